/// A certificate layout with holes: `{{key}}` is replaced by text, `{{#list}}…{{/list}}` repeats once per element
/// of a list, `{{?key}}…{{/key}}` appears only when the key is a non-empty text or list. A block tag alone on its
/// line takes the line with it, so templates can put tags on lines of their own without leaving blank lines.
/// Parsed once when loaded, so a broken template fails at start-up rather than when a resident is paying.
public struct Template: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case value(String)
        case section(String, [Node])
        case optional(String, [Node])
    }

    let nodes: [Node]

    public init(parsing source: String) throws(TemplateError) {
        var tokens = Self.tokenize(source)[...]
        nodes = try Self.parse(&tokens, closing: nil)
    }

    public func render(_ context: TemplateContext) throws(TemplateError) -> String {
        var out = ""
        try Self.render(nodes, scopes: [context], into: &out)
        return out
    }

    // MARK: - Parsing

    enum Token: Equatable {
        case text(String)
        case tag(String)
    }

    static func tokenize(_ source: String) -> [Token] {
        var tokens: [Token] = []
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces()
            if isBlockTag(trimmed) {
                tokens.append(.tag(String(trimmed.dropFirst(2).dropLast(2))))
                continue
            }
            tokens += inlineTokens(line)
            if index < lines.count - 1 { tokens.append(.text("\n")) }
        }
        return tokens
    }

    static func isBlockTag(_ s: Substring) -> Bool {
        guard s.hasPrefix("{{"), s.hasSuffix("}}"), s.count > 5 else { return false }
        let inner = s.dropFirst(2).dropLast(2)
        return ["#", "?", "/"].contains(inner.first) && !inner.contains("{") && !inner.contains("}")
    }

    static func inlineTokens(_ line: Substring) -> [Token] {
        var tokens: [Token] = []
        var rest = line
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            if open.lowerBound > rest.startIndex { tokens.append(.text(String(rest[..<open.lowerBound]))) }
            tokens.append(.tag(String(rest[open.upperBound..<close.lowerBound])))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { tokens.append(.text(String(rest))) }
        return tokens
    }

    static func parse(_ tokens: inout ArraySlice<Token>, closing: String?) throws(TemplateError) -> [Node] {
        var nodes: [Node] = []
        while let token = tokens.popFirst() {
            switch token {
            case .text(let s):
                nodes.append(.text(s))
            case .tag(let tag):
                let name = String(tag.dropFirst().trimmingSpaces())
                switch tag.first {
                case "#": nodes.append(.section(name, try parse(&tokens, closing: name)))
                case "?": nodes.append(.optional(name, try parse(&tokens, closing: name)))
                case "/":
                    guard name == closing else { throw .unexpectedClose(name) }
                    return nodes
                default: nodes.append(.value(String(tag[...].trimmingSpaces())))
                }
            }
        }
        if let closing { throw .unclosed(closing) }
        return nodes
    }

    // MARK: - Rendering

    static func lookup(_ key: String, in scopes: [TemplateContext]) -> TemplateValue? {
        for scope in scopes.reversed() {
            if let value = scope[key] { return value }
        }
        return nil
    }

    static func render(_ nodes: [Node], scopes: [TemplateContext], into out: inout String) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let s):
                out += s
            case .value(let key):
                guard case .text(let s)? = lookup(key, in: scopes) else { throw .missingValue(key) }
                out += s
            case .section(let key, let body):
                guard case .list(let items)? = lookup(key, in: scopes) else { throw .missingList(key) }
                for item in items { try render(body, scopes: scopes + [item], into: &out) }
            case .optional(let key, let body):
                switch lookup(key, in: scopes) {
                case .text(let s)? where !s.isEmpty: try render(body, scopes: scopes, into: &out)
                case .list(let items)? where !items.isEmpty: try render(body, scopes: scopes, into: &out)
                default: break
                }
            }
        }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return s
    }
}

public typealias TemplateContext = [String: TemplateValue]

public enum TemplateValue: Equatable, Sendable, ExpressibleByStringLiteral {
    case text(String)
    case list([TemplateContext])

    public init(stringLiteral value: String) { self = .text(value) }
}

public enum TemplateError: Error, Equatable, CustomStringConvertible {
    case unclosed(String)
    case unexpectedClose(String)
    case missingValue(String)
    case missingList(String)

    public var description: String {
        switch self {
        case .unclosed(let k): "template block {{#\(k)}} or {{?\(k)}} is never closed"
        case .unexpectedClose(let k): "template closes {{/\(k)}} without opening it"
        case .missingValue(let k): "template asks for {{\(k)}}, which the document does not provide"
        case .missingList(let k): "template repeats {{#\(k)}}, which the document does not provide as a list"
        }
    }
}
