import Foundation

/// The Swift runtime reports a crash with a backtrace on standard output, and may wait for keys there when it is a
/// terminal: at a kiosk, that is the customer's screen. The runtime reads `SWIFT_BACKTRACE` only as the process
/// starts, so the commands that own a screen set it and start themselves once more; a crash report then goes to
/// standard error, which `TerminalSession` sends to the operator log (`PATH.log`) while the screen is up.
enum CrashReports {
    static let settings = "enable=yes,interactive=no,color=no,sanitize=yes,output-to=stderr"
    static let screenCommands: Set<String> = ["kiosk", "window", "demo"]

    static func keepOffScreen() {
        let arguments = CommandLine.arguments
        guard arguments.count > 1, screenCommands.contains(arguments[1]),
              ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] != settings else { return }
        setenv("SWIFT_BACKTRACE", settings, 1)
        #if os(Linux)
        // The binary's own path rather than /proc/self/exe, which would leave the process named "exe" in ps.
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? "/proc/self/exe"
        execv(executable, CommandLine.unsafeArgv)
        #endif
        // Reached only when the exec failed: the process runs on with the runtime's own settings.
    }
}
