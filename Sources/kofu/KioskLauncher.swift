import Foundation
import KofuCore
import KofuStore
import KofuTerminal

/// Wires a kiosk to its database, spool and terminal, and runs it until a signal stops it (or, in a demo, Ctrl-C).
enum KioskLauncher {
    static func run(database: KofuDatabase, signingKey: SigningKey, assets: Assets, spool: URL,
                    options: SessionOptions, demoCredentials: [DemoCredential] = [],
                    keyboardStop: KeyboardStop = .none) throws -> TerminalLoop.Ending {
        let log = OperatorLog(database: database)
        try TerminalRegistry(database: database).require(options.terminal, kind: .kiosk)
        let printer = SpoolPrinter(database: database, directory: spool)
        try printer.claim()
        try SpoolStartup.reconcile(database: database, spool: spool, terminal: options.terminal, log: log)
        let ports = KioskPorts(
            authority: SQLiteCertificateAuthority(database: database),
            desk: try SQLiteIssuanceDesk(database: database, templates: assets.templates, signingKey: signingKey),
            printer: printer,
            cash: SimulatedCashUnit(log: log),
            log: log.write)
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
