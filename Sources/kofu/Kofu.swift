import ArgumentParser
import Foundation

@main
struct Kofu: ParsableCommand {
    /// Databases, certificates and logs hold personal data: nothing Kofu creates is readable by other users.
    static func main() {
        umask(0o077)
        CrashReports.keepOffScreen()
        main(nil)
    }

    static let configuration = CommandConfiguration(
        commandName: "kofu",
        abstract: "Certificates at a kiosk (コンビニ交付) and at the city hall window (窓口交付), on a mock certificate store and fee ledger.",
        subcommands: [KioskCommand.self, WindowCommand.self, DemoCommand.self, StoreCommand.self, StaffCommand.self, LedgerCommand.self,
                      ReportCommand.self, VerifyCommand.self, PrintCommand.self, TerminalCommand.self, SpoolCommand.self, SimulateCommand.self,
                      BenchCommand.self, CenterCommand.self]
    )
}
