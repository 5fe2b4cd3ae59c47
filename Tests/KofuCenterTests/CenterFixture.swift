import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KofuCenter
import KofuCenterAPI
import KofuCore
@testable import KofuStore

/// A center on a freshly seeded store in a directory of its own, with a kiosk and a window registered for it.
struct CenterFixture: Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let assets = root.appendingPathComponent("Assets")
    /// Kiosk hours on a Wednesday in late November 2026.
    static let now = CityClock().date(year: 2026, month: 11, day: 25, hour: 10, minute: 2)
    static let seed: SeedFile = try! SeedFile.load(from: assets.appendingPathComponent("demo/seed.json"))

    /// Seeding hashes every PIN; it is done once and each fixture copies the file.
    private static let template: (directory: URL, database: String, key: String) = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kofu-center-tests-\(getpid())")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: CenterFixture.template.directory) }
        let path = directory.appendingPathComponent("template.sqlite").path
        let key = try! SigningKey.openOrCreate(at: SigningKey.defaultPath(besideDatabase: path))
        let database = try! KofuDatabase.create(at: path, signingKey: key)
        try! database.load(seed)
        return (directory, path, key.path)
    }()

    let directory: URL
    let database: KofuDatabase
    let services: CenterServices
    let kiosk: TerminalToken
    let window: TerminalToken

    init() throws {
        directory = Self.template.directory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("kofu.sqlite").path
        try FileManager.default.copyItem(atPath: Self.template.database, toPath: path)
        try FileManager.default.copyItem(atPath: Self.template.key, toPath: SigningKey.defaultPath(besideDatabase: path))
        database = try KofuDatabase.open(at: path)
        let key = try SigningKey.load(from: SigningKey.defaultPath(besideDatabase: path))
        let templates = Self.assets.appendingPathComponent("templates")
        let hours = try WindowHours(
            settings: Array(try Data(contentsOf: Self.assets.appendingPathComponent("municipality.json"))),
            calendar: Array(try Data(contentsOf: Self.assets.appendingPathComponent("calendar/holidays.json"))))
        let terminals = TerminalRegistry(database: database)
        kiosk = try terminals.addNetworked("KIOSK-0001", kind: .kiosk, site: "shop", at: Self.now).1
        window = try terminals.addNetworked("WINDOW-01", kind: .window, site: "counter", at: Self.now).1
        services = CenterServices(
            authority: SQLiteCertificateAuthority(database: database),
            desk: try SQLiteIssuanceDesk(database: database, templates: templates, signingKey: key),
            window: try SQLiteWindowDesk(database: database, templates: templates, signingKey: key, hours: hours),
            staff: SQLiteStaffDirectory(database: database), registry: SQLiteResidentRegistry(database: database),
            sessions: StaffSessions(database: database),
            terminals: terminals, issuances: TerminalIssuances(database: database),
            tickets: PINTickets(database: database), storeID: database.storeID,
            openAPIDocument: try String(contentsOf: Self.assets.appendingPathComponent("center/openapi.yaml"), encoding: .utf8),
            now: { CenterFixture.now })
    }

    /// Runs `body` against the center's router, in process.
    func test<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await Application(router: CenterServer.router(services)).test(.router, body)
    }

    /// The first active credential whose PIN works at a kiosk and whose holder has everything on record.
    static var holder: SeedFile.Credential { seed.credentials.first { $0.noteEn.hasPrefix("every record") }! }

    func ledgerRows() throws -> [(issuance: Int64?, terminal: String, type: String)] {
        try database.read { db in
            try SQLRow.fetchAll(db, sql: "SELECT issuance_id, terminal, entry_type FROM ledger ORDER BY id").map {
                ($0["issuance_id"], $0["terminal"], $0["entry_type"])
            }
        }
    }
}

extension TestClientProtocol {
    /// A JSON request with `token`'s bearer header (none when nil).
    func send(_ method: HTTPRequest.Method, _ uri: String, token: TerminalToken?, json: (any Encodable)? = nil,
              headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token.text)" }
        var body: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONEncoder().encode(json))
        }
        return try await execute(uri: uri, method: method, headers: headers, body: body) { $0 }
    }
}

extension TestResponse {
    func decoded<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: Data(body.readableBytesView))
    }
}
