import ArgumentParser

@main
struct Kofu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kofu",
        abstract: "Certificates for residents at a kiosk (コンビニ交付), on a mock certificate store and fee ledger.",
        subcommands: [KioskCommand.self, DemoCommand.self, StoreCommand.self, LedgerCommand.self, VerifyCommand.self]
    )
}
