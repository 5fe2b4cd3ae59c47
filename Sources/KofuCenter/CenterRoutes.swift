import Foundation
import HTTPTypes
import Hummingbird
import KofuCenterAPI
import KofuCore
import KofuStore
import Logging

/// Registers every `CenterRoute` on a router: each request is authenticated for its route's audience, runs its
/// operation and is logged in one line (request id, terminal, operation, status, milliseconds), never with a PIN,
/// a password, a name, an address or a number of the resident's.
struct CenterRoutes {
    typealias Operation = @Sendable (Request, CenterContext, Terminal?) async throws -> Response

    let services: CenterServices

    func register(on router: Router<CenterContext>) {
        let operations = KioskOperations(services: services)
        for route in CenterRoute.allCases {
            let operation: Operation = switch route {
            case .health: { _, _, _ in try Self.json(["status": "ok"]) }
            case .openAPI: { _, _, _ in Self.document(services.openAPIDocument) }
            case .metrics: { _, _, _ in Self.text(services.metrics.text) }
            case .terminal: operations.terminal
            case .readCredential: operations.readCredential
            case .authenticate: operations.authenticate
            case .issue: operations.issue
            case .copies: operations.copies
            case .markPrinted: operations.markPrinted
            case .refundUnprinted: operations.refundUnprinted
            case .withdraw: operations.withdraw
            case .dailySummary: WindowOperations(services: services).dailySummary
            }
            router.on(RouterPath(Self.hummingbirdPath(route.path)), method: HTTPRequest.Method(route.method)!) {
                request, context in
                try await handle(route, request, context, operation)
            }
        }
    }

    private func handle(_ route: CenterRoute, _ request: Request, _ context: CenterContext,
                        _ operation: Operation) async throws -> Response {
        let started = ContinuousClock.now
        var terminal: Terminal?
        func log(_ status: HTTPResponse.Status) {
            let elapsed = ContinuousClock.now - started
            services.metrics.request(route.operationID, status: status.code, took: elapsed)
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            context.logger.info("request", metadata: [
                "terminal": .string(terminal?.id ?? "-"), "operation": .string(route.operationID),
                "status": .stringConvertible(status.code), "ms": .string(String(format: "%.2f", milliseconds)),
            ])
        }
        do {
            if route.audience != .open {
                let caller = try await authenticate(request)
                terminal = caller
                if case .only(let kind) = route.audience, caller.kind != kind { throw CenterError.forbidden(kind) }
            }
            let response = try await operation(request, context, terminal)
            log(response.status)
            return response
        } catch {
            let refusal = CenterError.from(error)
            if refusal.status == .internalServerError {
                context.logger.error("operation failed", metadata: ["operation": .string(route.operationID),
                                                                     "error": .string(String(describing: type(of: error)))])
            }
            log(refusal.status)
            throw refusal
        }
    }

    /// The bearer token's terminal, registered with a secret and not revoked.
    private func authenticate(_ request: Request) async throws -> Terminal {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
              let token = TerminalToken(String(header.dropFirst("Bearer ".count))) else { throw CenterError.unauthorized }
        let terminals = services.terminals
        guard let terminal = try await Blocking.run({ try terminals.authenticate(token) }) else {
            throw CenterError.unauthorized
        }
        return terminal
    }

    /// `/v1/kiosk/issuances/{issuanceID}/copies` → `/v1/kiosk/issuances/:issuanceID/copies`.
    static func hummingbirdPath(_ template: String) -> String {
        template.replacing(/\{([A-Za-z]+)\}/) { ":" + $0.1 }
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return Response(status: status, headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    static func document(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/yaml"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func text(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The request's JSON body as `T`, or a 400 that says so.
    static func body<T: Decodable>(_ type: T.Type, _ request: Request, _ context: CenterContext) async throws -> T {
        do {
            return try await request.decode(as: type, context: context)
        } catch {
            throw CenterError.badRequest("the body is not a valid \(String(describing: type))")
        }
    }
}
