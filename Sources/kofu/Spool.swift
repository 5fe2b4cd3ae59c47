import ArgumentParser
import Foundation

/// The spool folder: as given, else `spool/` beside the database (a database on a server has to be given one).
enum Spool {
    static func directory(_ given: String?, beside database: String) throws -> URL {
        if let given { return URL(fileURLWithPath: given) }
        guard !StoreLocation.isServer(database) else {
            throw ValidationError("a database on a server has no folder beside it: give the spool folder with --spool")
        }
        return URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("spool")
    }
}
