/// What one screen says, before any layout: the view fills it from a state, a painter lays it out on a grid of
/// terminal cells. Keeping it semantic lets ncurses and the golden-screen tests draw exactly the same thing.
public struct ScreenModel: Equatable, Sendable {
    public var title: String
    public var clock: String
    /// The step indicator (①カード ─ ②暗証番号 …) and which step is current; empty outside the numbered steps.
    public var steps: [String]
    public var currentStep: Int?
    public var body: [Block]
    public var keys: [KeyHint]
    /// Right end of the footer: the idle countdown or a short status.
    public var status: String
    public var statusIsUrgent: Bool
    /// The texts are Chinese, which is set breaking lines between any two ideographs (Japanese keeps a run of
    /// kanji whole).
    public var breaksBetweenIdeographs = false

    public init(title: String, clock: String, steps: [String] = [], currentStep: Int? = nil, body: [Block] = [],
                keys: [KeyHint] = [], status: String = "", statusIsUrgent: Bool = false) {
        self.title = title
        self.clock = clock
        self.steps = steps
        self.currentStep = currentStep
        self.body = body
        self.keys = keys
        self.status = status
        self.statusIsUrgent = statusIsUrgent
    }
}

/// A key the footer advertises, e.g. `[Q] 中止`.
public struct KeyHint: Equatable, Sendable {
    public var key: String
    public var label: String

    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}

public enum Emphasis: Equatable, Sendable {
    case normal
    case strong
    case warning
    case dim
}

/// One choice on a screen: a number key picks it, arrows move the highlight onto it.
public struct ScreenOption: Equatable, Sendable {
    public var key: String
    public var label: String
    /// Right-aligned beside the label, e.g. the fee or はい/いいえ.
    public var detail: String
    public var isHighlighted: Bool
    public var isEnabled: Bool

    public init(key: String, label: String, detail: String = "", isHighlighted: Bool = false, isEnabled: Bool = true) {
        self.key = key
        self.label = label
        self.detail = detail
        self.isHighlighted = isHighlighted
        self.isEnabled = isEnabled
    }
}

public enum Block: Equatable, Sendable {
    /// Wrapped to the body width; a heading-like line uses `.strong`.
    case paragraph(String, Emphasis)
    /// A paragraph on the left with a short text pinned to the right of the same line (the holder's name).
    case split(String, right: String)
    case spacer
    /// Boxed when there is room, one line each otherwise.
    case options([ScreenOption])
    /// The masked PIN boxes: `length` boxes of which `filled` show a dot.
    case pin(filled: Int, length: Int)
    /// A visible input field with a caret.
    case field(label: String, value: String, width: Int)
    /// Label/value rows, values right-aligned in one column (confirmation, payment).
    case table([TableRow])
    /// Left-aligned columns, each as wide as its widest cell (lists such as the demo credentials).
    case columns([[String]])
    /// A bar filling left to right, fraction 0...1.
    case progress(Double)
    /// Short words in a row, the chosen one highlighted (the languages, which `L` moves along); wraps when full.
    case picker([String], selected: Int)
    /// Stacked bars with their value axis, slot labels and keys.
    case chart(BarChart)
}

public struct TableRow: Equatable, Sendable {
    public var label: String
    public var value: String
    public var emphasis: Emphasis

    public init(_ label: String, _ value: String, _ emphasis: Emphasis = .normal) {
        self.label = label
        self.value = value
        self.emphasis = emphasis
    }
}
