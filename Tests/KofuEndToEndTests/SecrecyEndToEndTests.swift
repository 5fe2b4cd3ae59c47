import Foundation
import Testing

/// PINs and passwords are typed, right and wrong, at a kiosk and a window under tmux, through the simulator's kiosk
/// and window sessions (one of them killed, so that its WAL stays behind) and into the staff commands. Afterwards
/// none is in clear in the database, its WAL, the spool, the operator log, what the commands printed or any
/// captured screen; and the signing key is in no database, spool or log.
@Suite(.serialized) struct SecrecyEndToEndTests {
    /// The demo seed's PINs and staff passwords: what the people in the tests know. A PIN that is also a number
    /// of the seed's own data (an address's 番地, say) cannot be told from that data, so only the others are
    /// looked for; there are enough of them, and the kiosk below is typed only those.
    struct Secrets {
        var pins: [String]
        var passwords: [String]

        init() throws {
            let url = Kofu.repository.appendingPathComponent("Assets/demo/seed.json")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            var credentials = try #require(json["credentials"] as? [[String: Any]])
            let staff = try #require(json["staff"] as? [[String: Any]])
            let all = Set(credentials.compactMap { $0["pin"] as? String })
            for index in credentials.indices { credentials[index]["pin"] = nil }
            var withoutPINs = json
            withoutPINs["credentials"] = credentials
            let data = String(decoding: try JSONSerialization.data(withJSONObject: withoutPINs), as: UTF8.self)
            let innocent = Set(SecrecyEndToEndTests.pins(in: data, all.sorted()))
            pins = all.subtracting(innocent).sorted()
            passwords = staff.compactMap { $0["password"] as? String }
        }
    }

    /// A PIN as a number of its own: four digits with no letter or digit either side. The seed, templates and
    /// strings hold none of them otherwise, so one found here was written by Kofu.
    static func pins(in text: String, _ pins: [String]) -> [String] {
        let words = Set(text.unicodeScalars.split { !(("0"..."9").contains($0) || ("A"..."Z").contains($0)
            || ("a"..."z").contains($0)) }.map { String(String.UnicodeScalarView($0)) })
        return pins.filter(words.contains)
    }

    /// Everything Kofu wrote beside the database, by name; the key file is the one place the key may be.
    static func artifacts(in directory: URL) throws -> [(name: String, bytes: Data)] {
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])!
        return try files.compactMap { $0 as? URL }
            .filter { try $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true }
            .filter { !$0.lastPathComponent.hasSuffix(".key") }
            .map { ($0.path.replacingOccurrences(of: directory.path + "/", with: ""), try Data(contentsOf: $0)) }
    }

    /// The last 32 bytes of a PEM key's DER: the raw Ed25519 key, private (PKCS#8) or public (SPKI) alike.
    static func rawKey(pem: String) throws -> Data {
        let body = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        return try #require(Data(base64Encoded: body)).suffix(32)
    }

    func kioskSessions(_ connection: TerminalConnection, _ secrets: Secrets) throws -> [String] {
        let kiosk = try TmuxSession([try Kofu.binary(), "kiosk", "--now", "2026-11-25T10:00:00+09:00"]
                                    + connection.arguments)
        defer { kiosk.close() }
        // Card 100005 (PIN 7316, seal registered), first with the PIN of 100003.
        try #require(secrets.pins.contains("7316") && secrets.pins.contains("4071"))
        var screens = [try kiosk.waitFor("証明書交付サービス")]
        try kiosk.send("111", "100005", .enter)
        screens.append(try kiosk.waitFor("残り入力回数 3回"))
        try kiosk.send("4071")
        screens.append(try kiosk.waitFor("│ ● │ ● │ ● │ ● │"))
        try kiosk.send(.enter)
        screens.append(try kiosk.waitFor("残り入力回数 2回"))
        try kiosk.send("7316")
        screens.append(try kiosk.waitFor("│ ● │ ● │ ● │ ● │"))
        try kiosk.send(.enter)
        screens.append(try kiosk.waitFor("カードをお取りください"))
        try kiosk.send(.enter, "2", "1", .enter, "1")
        screens.append(try kiosk.waitFor("お金を入れて"))
        try kiosk.send("4")
        screens.append(try kiosk.waitFor("証明書をお取りください", timeout: .seconds(15)))
        return screens + [try kiosk.capture(history: true)]
    }

    func windowLogin(_ connection: TerminalConnection, _ secrets: Secrets) throws -> [String] {
        let window = try WindowCounter.start(connection)
        defer { window.close() }
        var screens = [try window.waitFor("職員IDを入力")]
        try window.send("S001", .enter)
        screens.append(try window.waitFor("パスワードを入力"))
        try window.send(.text(secrets.passwords[1]), .enter)
        // A rejected login starts again from the ID.
        screens.append(try window.waitFor("IDまたはパスワードが違います"))
        try window.send("S001", .enter)
        screens.append(try window.waitFor("パスワードを入力"))
        try window.send(.text(secrets.passwords[0]))
        screens.append(try window.waitFor("●●●●●●●●●●●●●"))
        try window.send(.enter)
        screens.append(try window.waitFor("業務を選んで"))
        return screens + [try window.capture(history: true)]
    }

    /// A simulator killed mid-run leaves its WAL as a crash would.
    func killedSimulation(_ store: ScratchStore) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Kofu.binary())
        process.arguments = ["simulate", "--db", store.database, "--spool", store.spool.path, "--terminal", "SIM-K",
                             "--sessions", "100000", "--seed", "5"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let wal = store.database + "-wal"
        for _ in 0..<200 where ((try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0) < 65_536 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// On a center, its request log and the terminals' logs beside their key files are scanned too.
    @Test(arguments: Backend.allCases)
    func noSecretIsWrittenAnywhere(backend: Backend) throws {
        let secrets = try Secrets()
        let store = try ScratchStore()
        for (id, kind) in [("SIM-K", "kiosk"), ("SIM-W", "window")] {
            try Kofu.run(["terminal", "add", "--db", store.database, "--id", id, "--kind", kind])
        }
        let newPassword = "tsubame-7-pass"
        var printed = [
            try Kofu.run(["staff", "add", "--db", store.database, "--id", "S777", "--name", "燕 三郎", "--role", "clerk",
                          "--supervisor", "S101"], input: "\(newPassword)\n\(newPassword)\n\(secrets.passwords[2])\n"),
            try Kofu.run(["simulate", "--db", store.database, "--spool", store.spool.path, "--terminal", "SIM-W",
                          "--channel", "window", "--sessions", "30", "--seed", "7", "--days", "2"]),
        ]
        let kiosk = try TerminalConnection(backend, store, terminal: "E2E-01")
        printed += try kioskSessions(kiosk, secrets)
        let window = try TerminalConnection(backend, store, terminal: "W-E2E", kind: "window")
        printed += try windowLogin(window, secrets)
        try killedSimulation(store)
        let files = try Self.artifacts(in: store.directory)
        let names = Set(files.map(\.name))
        #expect(names.isSuperset(of: ["kofu.sqlite", "kofu.sqlite-wal"]), "\(names.sorted())")
        switch backend {
        case .embedded: #expect(names.contains("kofu.sqlite.log"), "\(names.sorted())")
        case .center:
            // The terminals log beside their key files, the centers to their own logs.
            #expect(names.isSuperset(of: ["NET-E2E-01.token.log", "NET-W-E2E.token.log"]), "\(names.sorted())")
            #expect(names.filter { $0.hasPrefix("center-") && $0.hasSuffix(".log") }.count == 2, "\(names.sorted())")
        }
        #expect(files.filter { $0.name.hasPrefix("spool/") }.count > 10, "the spool holds what was printed")

        let passwords = secrets.passwords + [newPassword]
        for (name, text) in files.map({ ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }) + printed.map({ ("output", $0) }) {
            #expect(Self.pins(in: text, secrets.pins).isEmpty, "a PIN in clear in \(name)")
            #expect(passwords.filter { text.contains($0) }.isEmpty, "a password in clear in \(name)")
        }

        let publicPEM = try Kofu.run(["store", "public-key", "--db", store.database])
        let publicKey = try Self.rawKey(pem: publicPEM).base64EncodedString()
        let privatePEM = try String(contentsOfFile: store.database + ".key", encoding: .utf8)
        let privateKey = try Self.rawKey(pem: privatePEM)
        let privateForms = [privateKey, Data(privateKey.base64EncodedString().utf8),
                            Data(privateKey.map { String(format: "%02x", $0) }.joined().utf8)]
            + privatePEM.split(separator: "\n").filter { !$0.hasPrefix("-----") }.map { Data($0.utf8) }
        let database = try #require(files.first { $0.name == "kofu.sqlite" })
        #expect(String(decoding: database.bytes, as: UTF8.self).contains(publicKey), "the scan reads the settings")
        for file in files {
            #expect(!privateForms.contains { file.bytes.range(of: $0) != nil }, "the signing key in \(file.name)")
        }
    }

    /// The scan finds a secret when one is there: the seed file names every PIN and password.
    @Test func theScanFindsSecretsWhereTheyAre() throws {
        let secrets = try Secrets()
        let seed = try String(contentsOf: Kofu.repository.appendingPathComponent("Assets/demo/seed.json"), encoding: .utf8)
        #expect(Self.pins(in: seed, secrets.pins) == secrets.pins && secrets.pins.count >= 12)
        #expect(secrets.passwords.allSatisfy(seed.contains) && secrets.passwords.count == 3)
        #expect(Self.pins(in: "残り 1234円 K-3FA9C1-1234AB ●●●● 12345", ["1234"]).count == 1)
        #expect(Self.pins(in: "K-3FA9C1-1234AB ●●●● 12345 a1234", ["1234"]).isEmpty)
    }
}
