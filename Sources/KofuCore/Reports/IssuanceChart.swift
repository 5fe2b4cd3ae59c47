/// A month's issuances as an SVG bar chart a manager can open in a browser: a bar per day, stacked by channel and
/// certificate kind (a colour per kind, kiosk solid and window paler), a legend, and the month's total, in the
/// words of the window's reports screen (Japanese by default). Every
/// segment carries its date, channel, kind and count as data attributes, so a script (or a test) can read the
/// figures back and hold them against the monthly report.
public enum IssuanceChart {
    static let width = 960, height = 540, left = 70, right = 230, top = 70, bottom = 60

    static func colour(_ kind: CertificateKind) -> String {
        switch kind {
        case .residentRecord: "#4e79a7"
        case .sealRegistration: "#f28e2b"
        case .incomeTax: "#59a14f"
        case .taxPayment: "#e15759"
        case .business: "#76b7b2"
        case .removedResidentRecord: "#af7aa1"
        }
    }

    public static func svg(_ report: MonthlyReport, city: String, strings: Localization, language: Language = .ja)
        -> String {
        func t(_ key: String, _ arguments: [any CustomStringConvertible] = []) -> String {
            strings.text(key, language, arguments)
        }
        func name(_ channel: Channel, _ kind: CertificateKind) -> String { strings.issuedAt(channel, kind, language) }
        let slots = report.days.slots
        let highest = max(1, slots.map(\.issued).max() ?? 0)
        let step = Self.step(for: highest)
        let top = (highest + step - 1) / step * step
        let plotWidth = width - left - right, plotHeight = height - Self.top - bottom
        let slotWidth = Double(plotWidth) / Double(max(1, slots.count))
        func y(_ count: Int) -> Double { Double(Self.top + plotHeight) - Double(count) / Double(top) * Double(plotHeight) }
        let month = DailySummaryFormat.Totals(report.lines)
        let title = Markup.escaped(city + " " + t("window.reports.title.days", [report.month]))
        let total = Markup.escaped(t("window.reports.total", [month.issued + month.exemptions, t("yen", [Yen.digits(month.net)])]))
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            font-family="IPAGothic, Noto Sans CJK JP, sans-serif" font-size="12">
            <title>\(title)</title>
            <rect width="\(width)" height="\(height)" fill="#ffffff"/>
            <text x="\(left)" y="30" font-size="18" font-weight="bold">\(title)</text>
            <text x="\(left)" y="52">\(total)</text>

            """
        for tick in stride(from: 0, through: top, by: step) {
            out += "<line x1=\"\(left)\" x2=\"\(left + plotWidth)\" y1=\"\(y(tick))\" y2=\"\(y(tick))\" stroke=\"#dddddd\"/>"
                + "<text x=\"\(left - 8)\" y=\"\(y(tick) + 4)\" text-anchor=\"end\">\(tick)</text>\n"
        }
        for (index, slot) in slots.enumerated() {
            let x = Double(left) + Double(index) * slotWidth
            var stacked = 0
            for count in slot.counts where count.issued > 0 {
                let attributes = "data-date=\"\(slot.label)\" data-channel=\"\(count.channel.rawValue)\" "
                    + "data-kind=\"\(count.kind.rawValue)\" data-issued=\"\(count.issued)\""
                out += "<rect class=\"bar\" \(attributes) x=\"\(x + slotWidth * 0.15)\" y=\"\(y(stacked + count.issued))\" "
                    + "width=\"\(slotWidth * 0.7)\" height=\"\(y(stacked) - y(stacked + count.issued))\" "
                    + "fill=\"\(colour(count.kind))\" fill-opacity=\"\(count.channel == .kiosk ? "1" : "0.55")\">"
                    + "<title>\(slot.label) \(Markup.escaped(name(count.channel, count.kind))) \(count.issued)</title></rect>\n"
                stacked += count.issued
            }
            out += "<text x=\"\(x + slotWidth / 2)\" y=\"\(Self.top + plotHeight + 16)\" text-anchor=\"middle\">"
                + "\(slot.label.suffix(2))</text>\n"
        }
        let present = report.lines.map { ($0.channel, $0.kind) }
        for (index, (channel, kind)) in present.enumerated() {
            let y = Self.top + index * 22
            out += "<rect x=\"\(width - right + 20)\" y=\"\(y)\" width=\"14\" height=\"14\" fill=\"\(colour(kind))\" "
                + "fill-opacity=\"\(channel == .kiosk ? "1" : "0.55")\"/>"
                + "<text x=\"\(width - right + 40)\" y=\"\(y + 12)\">\(Markup.escaped(name(channel, kind)))</text>\n"
        }
        return out + "</svg>\n"
    }

    /// A round tick step (1, 2 or 5 times a power of ten) giving five to ten gridlines.
    static func step(for highest: Int) -> Int {
        let rough = max(1, highest / 5)
        var unit = 1
        while unit * 10 <= rough { unit *= 10 }
        return [1, 2, 5, 10].map { $0 * unit }.first { $0 >= rough } ?? rough
    }
}
