import ArgumentParser
import Foundation
import KofuCore
import KofuStore

/// The spool folder against the print journal: what is owed, what is on paper, what does not belong.
struct SpoolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spool",
        abstract: "Check the printed certificates against what was paid for, and print owed copies again.",
        subcommands: [Check.self, Reprint.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check",
            abstract: "List copies paid for but not on paper, copies not marked printed, and files of no issuance; exit 1 if any.")

        @Option(help: "The database file.")
        var db: String

        @Option(help: "The spool folder (default: spool/ beside the database).")
        var spool: String?

        @Option(help: "Only this terminal's copies: for a terminal with a spool of its own, such as a kiosk on a center.")
        var terminal: String?

        func run() throws {
            let report = try SpoolJournal(database: try StoreLocation.open(db),
                                          directory: Spool.directory(spool, beside: db)).check(terminal: terminal)
            for line in SpoolReportText.lines(report) { print(line) }
            guard report.isClean else { throw ExitCode(1) }
        }
    }

    struct Reprint: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reprint",
            abstract: "Print owed copies again (or the serials given), marked as reprints; nothing is charged.")

        @Option(help: "The database file.")
        var db: String

        @Option(help: "The spool folder (default: spool/ beside the database).")
        var spool: String?

        @OptionGroup var signing: KeyOption

        @Argument(help: "Serials to print again (default: every owed copy).")
        var serials: [String] = []

        func run() throws {
            let database = try StoreLocation.open(db)
            let journal = SpoolJournal(database: database, directory: try Spool.directory(spool, beside: db),
                                       page: try Assets.locate().page())
            let printed = try journal.reprint(serials.isEmpty ? nil : serials,
                                              signingKey: try database.signingKey(at: signing.path(besideDatabase: db)),
                                              at: Date())
            for serial in printed { print("reprinted \(serial) (marked 再印刷, not charged)") }
            if printed.isEmpty { print("nothing owed: every paid copy is on paper") }
        }
    }
}

/// The report as people read it, on the console and in the operator log.
enum SpoolReportText {
    static func lines(_ report: SpoolReport) -> [String] {
        var lines = report.owed.map {
            "owed: \($0.serial) — issuance \($0.issuanceID) at \($0.channel.rawValue) \($0.terminal), "
                + "\($0.kind.printedName), \(Yen.digits($0.amount)) yen paid, not on paper (kofu spool reprint)"
        }
        lines += report.unmarked.map { "unmarked: \($0) — on paper, print not recorded (kofu spool reprint records it)" }
        lines += report.foreign.map { "foreign: \($0).txt — no paid issuance of this database has this serial" }
        lines += report.void.map { "void: \($0.serial).txt — refunded and voided on \($0.refundedOn); the paper is void" }
        if report.stagedRemoved > 0 { lines.append("removed \(report.stagedRemoved) half-written copies") }
        if report.isClean { lines.append("spool clean: every paid copy is on paper") }
        return lines
    }
}
