/// Where the highlight sits on a numbered menu: always on an item that can be chosen, so that Enter always does
/// something. Shared by the kiosk and the window.
public enum MenuCursor {
    /// The cursor kept where it is when that item can be chosen, else moved to the first that can (0 when none).
    public static func settle(_ cursor: Int, _ enabled: [Bool]) -> Int {
        if enabled.indices.contains(cursor), enabled[cursor] { return cursor }
        return enabled.firstIndex(of: true) ?? 0
    }

    /// One step up (`delta` -1) or down (+1), wrapping around and passing over items that cannot be chosen.
    public static func step(_ cursor: Int, by delta: Int, _ enabled: [Bool]) -> Int {
        guard !enabled.isEmpty else { return 0 }
        var index = cursor
        for _ in enabled.indices {
            index = ((index + delta) % enabled.count + enabled.count) % enabled.count
            if enabled[index] { return index }
        }
        return settle(cursor, enabled)
    }
}
