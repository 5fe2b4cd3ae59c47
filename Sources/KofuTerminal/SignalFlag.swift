import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGINT, SIGTERM and SIGHUP, turned into a flag the event loop polls: the handler itself only records the
/// signal number. The shim keeps the flag in a `static` C variable, one copy per object file, so this file is the
/// only place that may call the shim's signal functions.
public enum SignalFlag {
    public static func install() throws(TerminalError) {
        if kofu_install_signal_handlers() != 0 {
            throw .signalHandlers(errno: errno)
        }
    }

    /// Puts back the handlers that were there before `install()`, so a later signal ends the process as usual.
    public static func restore() {
        kofu_restore_signal_handlers()
    }

    /// The number of the last signal received since `install()` or `clear()`, if any.
    public static var received: Int32? {
        let number = kofu_received_signal()
        return number == 0 ? nil : number
    }

    public static func clear() {
        kofu_clear_signal()
    }
}
