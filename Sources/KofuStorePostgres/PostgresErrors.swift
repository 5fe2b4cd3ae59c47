import KofuStore
import PostgresNIO

/// The server's and the driver's errors in the store's words.
enum PostgresErrors {
    static func mapping(_ error: any Error, location: String) -> any Error {
        guard let error = error as? PSQLError else {
            if error is StoreError { return error }
            if error is PostgresSession.ConnectionLost {
                return StoreError.unavailable(path: location, reason: "the connection to the server was lost")
            }
            // A socket that could not be opened (refused, unreachable, timed out) is NIO's own error.
            if "\(type(of: error))".contains("ChannelError") || "\(type(of: error))".contains("IOError")
                || "\(type(of: error))".contains("Connect") {
                return StoreError.unavailable(path: location, reason: "\(error)")
            }
            return error
        }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "\(error)"
            switch state {
            case "P0001", "23000", "23001", "23502", "23503", "23505", "23514", "23P01":
                return StoreError.refused(path: location, message: message)
            case "40001", "40P01", "55P03":
                return StoreError.busy(path: location)
            case "25006":
                return StoreError.readOnly(path: location)
            case "53100":
                return StoreError.diskFull(path: location)
            case "3D000":
                return StoreError.missing(path: location)
            case "28000", "28P01":
                return StoreError.cannotOpen(path: location, reason: message)
            case _ where state.hasPrefix("08") || state.hasPrefix("57P"):
                return StoreError.unavailable(path: location, reason: message)
            default:
                return StoreError.sqlite(path: location, message: "\(message) (SQLSTATE \(state))")
            }
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return StoreError.unavailable(path: location, reason: "the connection to the server was lost")
        default:
            return StoreError.sqlite(path: location, message: "\(error)")
        }
    }
}
