/// The reports screen: the chosen span's issuances as bars stacked by channel and certificate kind (a colour per
/// kind, window shaded), the yen they brought, and the other spans to switch to.
extension WindowView {
    var reportsBody: [Block] {
        guard let report = state.report else { return [] }
        let view = state.reportView
        let series = report.series(view)
        let kinds = CertificateKind.allCases
        let present = [Channel.kiosk, .window].flatMap { channel in
            kinds.filter { kind in series.slots.contains { $0.counts.contains { $0.channel == channel && $0.kind == kind } } }
                .map { (channel, $0) }
        }
        let chart = BarChart(
            bars: series.slots.map { slot in
                BarChart.Bar(label: String(slot.label.suffix(2)), segments: slot.counts.map {
                    BarChart.Segment(series: kinds.firstIndex(of: $0.kind)!, shaded: $0.channel == .window, value: $0.issued)
                })
            },
            keys: present.map { channel, kind in
                BarChart.Key(series: kinds.firstIndex(of: kind)!, shaded: channel == .window,
                             label: strings.issuedAt(channel, kind, state.language))
            },
            rows: 9)
        let issued = series.slots.reduce(0) { $0 + $1.issued }
        let span = switch view {
        case .hours: date(report.businessDate)
        case .days: String(report.businessDate.prefix(7))
        case .months: "\(series.slots.first?.label ?? "")–\(series.slots.last?.label ?? "")"
        }
        return [.paragraph(t("window.reports.title.\(view.rawValue)", span), .strong),
                issued == 0 ? .paragraph(t("window.reports.empty"), .dim) : .chart(chart),
                .paragraph(t("window.reports.total", issued, yen(series.slots.reduce(0) { $0 + $1.yen })), .normal),
                options]
    }
}
