import Foundation
import KofuCenterClient
import KofuCore
import KofuStore
import KofuTerminal

/// Wires a kiosk to its database, spool and terminal, and runs it until a signal stops it (or, in a demo, Ctrl-C).
enum KioskLauncher {
    static func run(database: KofuDatabase, signingKey: SigningKey, assets: Assets, spool: URL,
                    options: SessionOptions, demoCredentials: [DemoCredential] = [],
                    keyboardStop: KeyboardStop = .none) throws -> TerminalLoop.Ending {
        let log = OperatorLog(database: database, spool: spool)
        try TerminalRegistry(database: database).require(options.terminal, kind: .kiosk)
        let printer = SpoolPrinter(database: database, directory: spool, page: try assets.page())
        try printer.claim()
        try SpoolStartup.reconcile(database: database, spool: spool, terminal: options.terminal, log: log)
        let ports = KioskPorts(
            authority: SQLiteCertificateAuthority(database: database),
            desk: try SQLiteIssuanceDesk(database: database, templates: assets.templates, signingKey: signingKey),
            printer: printer,
            cash: SimulatedCashUnit(log: log),
            log: log.write)
        return try run(ports, log: log, assets: assets, spool: spool, options: options,
                       demoCredentials: demoCredentials, keyboardStop: keyboardStop)
    }

    /// A kiosk that holds no store: every question goes to the issuance center, which dates and records
    /// everything; only the printing happens here.
    static func run(center: CenterClient, log: OperatorLog, assets: Assets, spool: URL,
                    options: SessionOptions, demoCredentials: [DemoCredential] = [],
                    keyboardStop: KeyboardStop = .none) throws -> TerminalLoop.Ending {
        let terminal = try center.whoAmI()
        guard terminal.kind == .kiosk else {
            throw CommandFailure("terminal \(terminal.id) is registered as a \(terminal.kind.rawValue) terminal")
        }
        let printer = SpoolPrinter(source: center, directory: spool, page: try assets.page())
        try printer.claim()
        for settlement in try center.settlePending() {
            log.write(settlement.description)
        }
        let ports = KioskPorts(authority: center, desk: center, printer: printer, cash: SimulatedCashUnit(log: log),
                               log: log.write)
        var options = options
        options.terminal = terminal.id
        return try run(ports, log: log, assets: assets, spool: spool, options: options,
                       demoCredentials: demoCredentials, keyboardStop: keyboardStop)
    }

    private static func run(_ ports: KioskPorts, log: OperatorLog, assets: Assets, spool: URL, options: SessionOptions,
                            demoCredentials: [DemoCredential] = [], keyboardStop: KeyboardStop = .none) throws
        -> TerminalLoop.Ending {
        let clock = RunningClock(start: try options.startTime())
        let config = KioskConfig(terminal: options.terminal, idleTimeout: TimeInterval(options.idleTimeout),
                                 spoolPath: spool.path, demoCredentials: demoCredentials)
        let state = KioskState(config: config, language: options.lang, now: clock.now(), screen: .start)
        var runtime = KioskRuntime(state: state, strings: try assets.strings(), ports: ports)
        runtime.tick(at: clock.now())
        log.write("kiosk \(options.terminal) started")
        let ending = try TerminalLoop.run(&runtime, paint: { ScreenPainter.paint($0, width: $1, height: $2) },
                                          now: clock.now, keyboardStop: keyboardStop, diagnostics: log.url.path)
        log.write("kiosk \(options.terminal) stopped: \(ending)")
        return ending
    }
}
