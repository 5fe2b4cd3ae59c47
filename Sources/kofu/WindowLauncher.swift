import Foundation
import KofuCenterClient
import KofuCore
import KofuStore
import KofuTerminal

/// Wires the staff window to its database, spool and terminal (100×30), and runs it until a signal or Ctrl-C
/// stops it: staff may leave the window with Ctrl-C, as they may log out.
enum WindowLauncher {
    static func run(database: KofuDatabase, signingKey: SigningKey, assets: Assets, spool: URL, terminal: String,
                    language: Language, now: String?, demoAccounts: [DemoStaffAccount] = [],
                    demoResidents: [DemoResident] = []) throws -> TerminalLoop.Ending {
        let log = OperatorLog(database: database, spool: spool)
        let hours = try assets.windowHours()
        try TerminalRegistry(database: database).require(terminal, kind: .window)
        let printer = SpoolPrinter(database: database, directory: spool, page: try assets.page())
        try printer.claim()
        try SpoolStartup.reconcile(database: database, spool: spool, terminal: terminal, log: log)
        let ports = WindowPorts(
            staff: SQLiteStaffDirectory(database: database),
            registry: SQLiteResidentRegistry(database: database),
            desk: try SQLiteWindowDesk(database: database, templates: assets.templates, signingKey: signingKey,
                                       hours: hours),
            printer: printer,
            log: log.write)
        return try run(ports, log: log, assets: assets, hours: hours, terminal: terminal, language: language, now: now,
                       demoAccounts: demoAccounts, demoResidents: demoResidents)
    }

    /// A window that holds no store: the center checks staff, searches the register and records every step, for
    /// the terminal its token names; only the printing happens here.
    static func run(center: CenterClient, log: OperatorLog, assets: Assets, spool: URL, language: Language,
                    now: String?, demoAccounts: [DemoStaffAccount] = [],
                    demoResidents: [DemoResident] = []) throws -> TerminalLoop.Ending {
        let terminal = try center.whoAmI()
        guard terminal.kind == .window else {
            throw CommandFailure("terminal \(terminal.id) is registered as a \(terminal.kind.rawValue) terminal")
        }
        let printer = SpoolPrinter(source: center, directory: spool, page: try assets.page())
        try printer.claim()
        let ports = WindowPorts(staff: center, registry: center, desk: center, printer: printer, log: log.write)
        return try run(ports, log: log, assets: assets, hours: try assets.windowHours(), terminal: terminal.id,
                       language: language, now: now, demoAccounts: demoAccounts, demoResidents: demoResidents)
    }

    private static func run(_ ports: WindowPorts, log: OperatorLog, assets: Assets, hours: WindowHours,
                            terminal: String, language: Language, now: String?, demoAccounts: [DemoStaffAccount] = [],
                            demoResidents: [DemoResident] = []) throws -> TerminalLoop.Ending {
        let clock = RunningClock(start: try RunningClock.start(from: now))
        guard hours.covers(clock.now(), clock: .japan) else {
            throw CommandFailure("the holiday calendar ends with \(hours.calendarEnds.map(String.init) ?? "no year"): "
                + "add this year's national holidays to Assets/calendar/holidays.json before opening the window")
        }
        let config = WindowConfig(terminal: terminal, hours: hours,
                                  changeFloat: try ChangeFloat.parse(settings: try assets.bytes("municipality.json")),
                                  demoAccounts: demoAccounts, demoResidents: demoResidents)
        var runtime = WindowRuntime(state: WindowState(config: config, language: language, now: clock.now()),
                                    strings: try assets.strings(), ports: ports)
        log.write("window \(terminal) started")
        let ending = try TerminalLoop.run(&runtime, paint: { ScreenPainter.paint($0, width: $1, height: $2) },
                                          now: clock.now, minimumSize: (100, 30), keyboardStop: .controlC,
                                          diagnostics: log.url.path)
        log.write("window \(terminal) stopped: \(ending)")
        return ending
    }
}
