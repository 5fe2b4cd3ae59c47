/// A refusal the window can explain to the clerk in the screen's language: the key of a `window.refusal.*` text.
public protocol ClerkExplained {
    var clerkReason: String { get }
}
