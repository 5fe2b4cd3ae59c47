import Hummingbird
import HummingbirdHTTP2
import Logging
import NIOSSL

/// The issuance center: the routes of `CenterRoute` over HTTP/1.1, for terminals that do not hold the store.
public enum CenterServer {
    public static func router(_ services: CenterServices) -> Router<CenterContext> {
        let router = Router(context: CenterContext.self)
        router.add(middleware: MethodNotAllowed())
        CenterRoutes(services: services).register(on: router)
        return router
    }

    /// The application listening on `host:port` (port 0: any free one); `onRunning` gets the port it bound. With
    /// `tls` it speaks HTTPS only, HTTP/2 or HTTP/1.1 as the client offers; without, plain HTTP/1.1, for loopback.
    public static func application(_ services: CenterServices, host: String, port: Int, tls: CenterTLS? = nil,
                                   logger: Logger,
                                   onRunning: @escaping @Sendable (Int) async -> Void) throws -> some ApplicationProtocol {
        Application(router: router(services),
                    server: try tls.map { try .http2Upgrade(tlsConfiguration: try $0.configuration()) } ?? .http1(),
                    configuration: .init(address: .hostname(host, port: port), serverName: "kofu-center"),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
                    logger: logger)
    }
}

/// The center's certificate chain and private key, PEM files.
public struct CenterTLS: Sendable {
    public var certificateFile: String
    public var keyFile: String

    public init(certificateFile: String, keyFile: String) {
        self.certificateFile = certificateFile
        self.keyFile = keyFile
    }

    func configuration() throws -> TLSConfiguration {
        let chain = try NIOSSLCertificate.fromPEMFile(certificateFile).map { NIOSSLCertificateSource.certificate($0) }
        return TLSConfiguration.makeServerConfiguration(
            certificateChain: chain, privateKey: .privateKey(try NIOSSLPrivateKey(file: keyFile, format: .pem)))
    }
}
