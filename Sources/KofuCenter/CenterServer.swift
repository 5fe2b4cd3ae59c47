import Hummingbird
import Logging

/// The issuance center: the routes of `CenterRoute` over HTTP/1.1, for terminals that do not hold the store.
public enum CenterServer {
    public static func router(_ services: CenterServices) -> Router<CenterContext> {
        let router = Router(context: CenterContext.self)
        CenterRoutes(services: services).register(on: router)
        return router
    }

    /// The application listening on `host:port` (port 0: any free one); `onRunning` gets the port it bound.
    public static func application(_ services: CenterServices, host: String, port: Int, logger: Logger,
                                   onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        Application(router: router(services),
                    configuration: .init(address: .hostname(host, port: port), serverName: "kofu-center"),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
                    logger: logger)
    }
}
