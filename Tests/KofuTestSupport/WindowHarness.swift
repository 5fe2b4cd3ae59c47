import Foundation
import KofuCore

/// The window on fakes, driven by keys; `type` uses the kiosk harness's notation.
public struct WindowHarness {
    public var runtime: WindowRuntime
    public let staff = FakeStaff()
    public let desk = FakeWindowDesk()
    public let printer = FakePrinter()
    public private(set) var now: Date

    public init(now: Date = fixtureNow, language: Language = .ja, demoAccounts: [DemoStaffAccount] = [],
                demoResidents: [DemoResident] = []) throws {
        self.now = now
        let hours = try WindowHours(
            settings: Array(try Data(contentsOf: assetsDirectory.appendingPathComponent("municipality.json"))),
            calendar: Array(try Data(contentsOf: assetsDirectory.appendingPathComponent("calendar/holidays.json"))))
        let ports = WindowPorts(staff: staff, registry: FakeRegistry(), desk: desk, printer: printer, log: { _ in })
        runtime = WindowRuntime(state: WindowState(config: WindowConfig(terminal: "W-01", hours: hours, changeFloat: 10_000,
                                                                                demoAccounts: demoAccounts,
                                                                                demoResidents: demoResidents),
                                                   language: language, now: now),
                                strings: try loadStrings(), ports: ports)
    }

    public var state: WindowState { runtime.state }

    public mutating func type(_ keys: String) {
        for ch in keys { runtime.handle(keyInput(ch), at: now) }
    }

    public mutating func advance(_ seconds: TimeInterval) {
        now = now.addingTimeInterval(seconds)
        runtime.tick(at: now)
    }

    public mutating func logIn(_ id: String = "clerk01", _ password: String = "clerk-pass") {
        type("\(id)\n\(password)\n")
    }
}
