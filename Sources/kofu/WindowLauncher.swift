import Foundation
import KofuCore
import KofuStore
import KofuTerminal

/// Wires the staff window to its database, spool and terminal (100×30), and runs it until a signal or Ctrl-C
/// stops it: staff may leave the window with Ctrl-C, as they may log out.
enum WindowLauncher {
    static func run(database: KofuDatabase, signingKey: SigningKey, assets: Assets, spool: URL, terminal: String,
                    language: Language, now: String?, demoAccounts: [DemoStaffAccount] = [],
                    demoResidents: [DemoResident] = []) throws -> TerminalLoop.Ending {
        let log = OperatorLog(database: database)
        let hours = try assets.windowHours()
        try TerminalRegistry(database: database).require(terminal, kind: .window)
        let printer = SpoolPrinter(database: database, directory: spool)
        try printer.claim()
        try SpoolStartup.reconcile(database: database, spool: spool, terminal: terminal, log: log)
        let ports = WindowPorts(
            staff: SQLiteStaffDirectory(database: database),
            registry: SQLiteResidentRegistry(database: database),
            desk: try SQLiteWindowDesk(database: database, templates: assets.templates, signingKey: signingKey,
                                       hours: hours),
            printer: printer,
            log: log.write)
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
