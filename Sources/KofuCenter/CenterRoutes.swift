import Foundation
import HTTPTypes
import Hummingbird
import KofuCenterAPI
import KofuCore
import KofuStore
import Logging

/// Who is calling: the terminal its token proved and, on a staff route, the clerk its session names.
struct Caller: Sendable {
    var terminal: Terminal?
    var clerk: StaffMember?
}

/// Registers every `CenterRoute` on a router: each request is authenticated for its route's audience, runs its
/// operation and is logged in one line (request id, terminal, clerk, operation, status, milliseconds), never with
/// a PIN, a password, a name, an address or a number of the resident's.
struct CenterRoutes {
    typealias Operation = @Sendable (Request, CenterContext, Caller) async throws -> Response

    let services: CenterServices

    func register(on router: Router<CenterContext>) {
        let operations = KioskOperations(services: services)
        let window = WindowOperations(services: services)
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
            case .staffLogin: window.login
            case .residentByCard: window.residentByCard
            case .residentSearch: window.residentSearch
            case .residentProfile: window.residentProfile
            case .sealCard: window.sealCard
            case .staffApprove: window.approve
            case .staffLogout: window.logout
            case .staffUnlock: window.unlock
            case .windowIssue: window.issue
            case .refundable: window.refundable
            case .windowRefund: window.refund
            case .receipt: window.receipt
            case .receiptPrinted: window.receiptPrinted
            case .windowRefundUnprinted: window.refundUnprinted
            case .pinReset: window.resetPIN
            case .till: window.till
            case .tillClose: window.closeTill
            case .dailySummary: window.dailySummary
            case .issuanceReport: window.issuanceReport
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
        var caller = Caller()
        func log(_ status: HTTPResponse.Status) {
            let elapsed = ContinuousClock.now - started
            services.metrics.request(route.operationID, status: status.code, took: elapsed)
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            context.logger.info("request", metadata: [
                "terminal": .string(caller.terminal?.id ?? "-"), "staff": .string(caller.clerk?.id ?? "-"),
                "operation": .string(route.operationID),
                "status": .stringConvertible(status.code), "ms": .string(String(format: "%.2f", milliseconds)),
            ])
        }
        do {
            if route.audience != .open {
                let terminal = try await authenticate(request)
                caller.terminal = terminal
                switch route.audience {
                case .only(let kind) where terminal.kind != kind: throw CenterError.forbidden(kind)
                case .staff:
                    guard terminal.kind == .window else { throw CenterError.forbidden(.window) }
                    caller.clerk = try await clerk(request, at: terminal)
                case .printing where terminal.kind == .window:
                    caller.clerk = try await clerk(request, at: terminal)
                default: break
                }
            }
            let response = try await operation(request, context, caller)
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

    /// The clerk whose session the request carries, logged in at this very terminal.
    private func clerk(_ request: Request, at terminal: Terminal) async throws -> StaffMember {
        guard let session = request.headers[HTTPField.Name(CenterRoute.staffSessionHeader)!] else {
            throw CenterError.staffSessionRequired
        }
        let (sessions, now) = (services.sessions, services.now)
        guard let clerk = try await Blocking.run({ try sessions.staff(session: session, terminal: terminal.id, at: now()) })
        else { throw CenterError.staffSessionRequired }
        return clerk
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

    /// The terminal's key for a payment, from the `Idempotency-Key` header.
    static func requestKey(_ request: Request) throws -> String {
        guard let key = request.headers[HTTPField.Name("Idempotency-Key")!], RequestKey.isValid(key) else {
            throw CenterError.badRequest("an Idempotency-Key header of 1 to 64 letters, digits, '-' or '_' is required")
        }
        return key
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
