import Foundation

/// The processes a tmux pane's shell started, found in /proc, so a test can signal the program as an operator would
/// with `kill`, rather than by typing at it.
enum ProcessTree {
    static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { parentOf($0) == parent }
    }

    /// The fourth field of /proc/PID/stat, after the command name in parentheses (which may itself hold spaces).
    static func parentOf(_ pid: pid_t) -> pid_t? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let nameEnd = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: nameEnd)...].split(separator: " ")
        return fields.count > 1 ? Int32(fields[1]) : nil
    }
}
