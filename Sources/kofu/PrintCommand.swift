import ArgumentParser
import Foundation
import KofuCore
import KofuStore

/// `kofu print`: a staff reprint of an issued document, as its text or as a printable A4 page.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Reprint an issued certificate for staff, marked 再発行 and free of charge, as text or as an A4 page.",
        discussion: """
            The document is the one issued under SERIAL, signed by the city and not refunded since. The staff \
            member asking signs in with their password (asked without echo, counted as a login), and the reprint is \
            recorded under their name in the audit trail; it charges nothing. --format html writes a page to print or save as PDF \
            from a browser (A4 portrait). Written to standard output, or to --out.
            """)

    @Option(help: "The database file (or postgres:// URL).")
    var db: String

    @Argument(help: "The certificate's serial (証明書番号), e.g. K-3FA9C1-20261125-000123-1.")
    var serial: String

    @Option(help: "The staff member making the reprint (their password is asked).")
    var staff: String

    @Option(help: "text or html.")
    var format: PrintablePage.Format = .text

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    func run() throws {
        let assets = try Assets.locate()
        let page = try assets.page()
        let database = try StoreLocation.open(db)
        let now = Date()
        let directory = SQLiteStaffDirectory(database: database)
        let member = try StaffCommand.Unlock.signIn(staff, as: "staff member", refusal: "nothing was reprinted") {
            try directory.login(staffID: staff, password: $0, at: now)
        }
        let printed: String
        do {
            printed = try database.reprint(serial: serial, staffID: member.id, at: now) { text in
                try page.render(text, serial: serial, as: format, reissued: CityClock.japan.businessDate(now))
            }
        } catch let refusal as ReprintError {
            throw CommandFailure(refusal.description)
        }
        guard let out else {
            let output = StandardOutput()
            try output.write(printed)
            return try output.flush()
        }
        do {
            try Data(printed.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(out): \(error.localizedDescription)")
        }
    }
}

extension PrintablePage.Format: ExpressibleByArgument {}
