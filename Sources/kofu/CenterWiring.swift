import Foundation
import Hummingbird
import KofuCenter
import KofuStore
import Logging

/// The center's services on a database, as `kofu center` and `kofu demo --center` serve them.
enum CenterWiring {
    static func services(database: KofuDatabase, signingKey: SigningKey, assets: Assets,
                         now: @escaping @Sendable () -> Date) throws -> CenterServices {
        CenterServices(
            authority: SQLiteCertificateAuthority(database: database),
            desk: try SQLiteIssuanceDesk(database: database, templates: assets.templates, signingKey: signingKey),
            window: try SQLiteWindowDesk(database: database, templates: assets.templates, signingKey: signingKey,
                                         hours: try assets.windowHours()),
            staff: SQLiteStaffDirectory(database: database), registry: SQLiteResidentRegistry(database: database),
            sessions: StaffSessions(database: database),
            terminals: TerminalRegistry(database: database), issuances: TerminalIssuances(database: database),
            tickets: PINTickets(database: database),
            storeID: database.storeID, openAPIDocument: try assets.text("center/openapi.yaml"), now: now)
    }

    /// Starts a center on a free loopback port in this process and returns its URL once it listens. It serves
    /// until the process ends; its request log is dropped, since the screen belongs to the kiosk.
    static func startInProcess(_ services: CenterServices) throws -> String {
        let ready = DispatchSemaphore(value: 0)
        let bound = Bound()
        let app = try CenterServer.application(services, host: "127.0.0.1", port: 0,
                                           logger: Logger(label: "kofu.center", factory: { _ in SwiftLogNoOpLogHandler() })) {
            port in
            bound.port = port
            ready.signal()
        }
        Task {
            do { try await app.run() } catch { ready.signal() }
        }
        ready.wait()
        guard let port = bound.port else { throw CommandFailure("the demo's center could not start") }
        return "http://127.0.0.1:\(port)"
    }

    private final class Bound: @unchecked Sendable {
        // Set once before the semaphore is signalled, read once after the wait.
        var port: Int?
    }
}
