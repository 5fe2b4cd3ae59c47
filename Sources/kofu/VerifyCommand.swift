import ArgumentParser
import Foundation
import KofuStore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check printed certificates: the city's signature over every character, or a code typed from paper.",
        discussion: """
            With --public-key (as `kofu store public-key` prints it) and no database, a file is genuine when every \
            character is as the city signed it; otherwise the first altered line is named. With --db, the file must \
            also be the certificate issued under its serial, not refunded or voided since. \
            `--db PATH --code SERIAL CODE` checks the verification code typed from paper. Exits 2 if any is not genuine.
            """)

    @Option(help: "The database file.")
    var db: String?

    @Option(name: .customLong("public-key"),
            help: ArgumentHelp("The city's public key (PEM): checks without the database.", valueName: "file"))
    var publicKey: String?

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("A serial and the code typed from the paper (with --db).", valueName: "serial code"))
    var code: [String] = []

    @Argument(help: "Certificate files (as written to the spool).")
    var files: [String] = []

    func validate() throws {
        guard (db == nil) != (publicKey == nil) else {
            throw ValidationError("give either --db PATH or --public-key FILE")
        }
        if code.isEmpty {
            guard !files.isEmpty else {
                throw ValidationError("name the certificate files, or give --code SERIAL CODE")
            }
        } else {
            guard db != nil else { throw ValidationError("--code needs --db: only the database knows the codes") }
            guard code.count >= 2, files.isEmpty else { throw ValidationError("--code takes a serial and a code") }
        }
    }

    func run() throws {
        let verify: (String) throws -> DocumentVerification
        if let db {
            let database = try StoreLocation.open(db, readOnly: true)
            if let serial = code.first {
                // A code typed in groups may come as several words.
                let verdict = try database.verify(serial: serial, code: code.dropFirst().joined())
                print("\(serial): \(Self.message(verdict))")
                if !verdict.isGood { throw ExitCode(2) }
                return
            }
            verify = database.verify(printed:)
        } else {
            verify = try CityPublicKey.read(file: publicKey!).verify(printed:)
        }
        var failures = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure("cannot read \(file)")
            }
            // Bytes that are not UTF-8 were not printed by Kofu; decoding them leniently would hide what they are.
            let verdict = try String(validating: data, as: UTF8.self).map(verify) ?? .notACertificate
            if !verdict.isGood { failures += 1 }
            print("\(file): \(Self.message(verdict))")
        }
        if failures > 0 { throw ExitCode(2) }
    }

    static func message(_ verdict: DocumentVerification) -> String {
        switch verdict {
        case .genuine(let kind, let date): "genuine: \(kind.rawValue) issued on \(date)"
        case .signedByCity(let serial):
            "genuine: signed by the city, serial \(serial) (whether it was refunded since, the city's database tells)"
        case .unknownSerial: "NOT GENUINE: no certificate was issued with this serial"
        case .codeMismatch: "NOT GENUINE: the verification code does not match"
        case .lineAltered(let line, let text?): "NOT GENUINE: line \(line) is not as issued: 「\(shown(text))」"
        case .lineAltered(let line, nil): "NOT GENUINE: the text ends before line \(line) of the certificate issued"
        case .textAltered: "NOT GENUINE: the text is not as issued"
        case .signatureInvalid:
            "NOT GENUINE: the signature is not the city's (invented, signed with another key, or its lines altered)"
        case .recordAltered: "ALERT: the database record of this certificate was altered"
        case .notACertificate: "NOT GENUINE: no serial, verification code or signature found"
        case .refunded(let date): "NOT VALID: refunded and voided on \(date); this paper is void"
        }
    }

    /// A line of someone else's file, made safe to print: no control or invisible formatting characters reach the
    /// terminal, and a long line is cut.
    static func shown(_ line: String) -> String {
        let scalars = line.unicodeScalars.map { scalar in
            [.control, .format].contains(scalar.properties.generalCategory) ? "\u{FFFD}" : scalar
        }
        let text = String(String.UnicodeScalarView(scalars))
        return text.count > 80 ? text.prefix(80) + "…" : text
    }
}

extension DocumentVerification {
    var isGood: Bool {
        switch self {
        case .genuine, .signedByCity: true
        default: false
        }
    }
}
