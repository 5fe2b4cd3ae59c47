import CoreMetrics
import KofuCore
import Prometheus

/// What `/metrics` shows, in Prometheus' text format: requests by operation and status, their latency, and paid
/// issuances and yen by channel. Each center has its own registry, so that two in one process count apart.
public struct CenterMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    let factory: PrometheusMetricsFactory

    public init() {
        registry = PrometheusCollectorRegistry()
        factory = PrometheusMetricsFactory(registry: registry)
    }

    func request(_ operation: String, status: Int, took duration: Duration) {
        Counter(label: "kofu_center_requests_total",
                dimensions: [("operation", operation), ("status", String(status))], factory: factory).increment()
        Timer(label: "kofu_center_request_duration_seconds", dimensions: [("operation", operation)], factory: factory)
            .recordNanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// A new payment, counted once: a replayed answer is not another one.
    func issued(channel: Channel, yen: Int) {
        Counter(label: "kofu_center_issuances_total", dimensions: [("channel", channel.rawValue)], factory: factory)
            .increment()
        Counter(label: "kofu_center_yen_total", dimensions: [("channel", channel.rawValue)], factory: factory)
            .increment(by: yen)
    }

    var text: String { registry.emitToString() }
}
