import ArgumentParser
import Foundation
import KofuStore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check printed certificates: serial, verification code and every character of the text.")

    @Option(help: "The database file.")
    var db: String

    @Argument(help: "Certificate files (as written to the spool).")
    var files: [String]

    func run() throws {
        let database = try KofuDatabase.open(at: db, readOnly: true)
        var failures = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure("cannot read \(file)")
            }
            let verdict = try database.verify(printed: String(decoding: data, as: UTF8.self))
            let message: String
            switch verdict {
            case .genuine(let kind, let date): message = "genuine: \(kind.rawValue) issued on \(date)"
            case .unknownSerial: message = "NOT GENUINE: no certificate was issued with this serial"
            case .codeMismatch: message = "NOT GENUINE: the verification code does not match"
            case .textAltered: message = "NOT GENUINE: the text differs from the certificate issued"
            case .recordAltered: message = "ALERT: the database record of this certificate was altered"
            case .notACertificate: message = "NOT GENUINE: no serial or verification code found"
            case .refunded(let date): message = "NOT VALID: refunded and voided on \(date); this paper is void"
            }
            if case .genuine = verdict {} else { failures += 1 }
            print("\(file): \(message)")
        }
        if failures > 0 { throw ExitCode(2) }
    }
}
