import Foundation

/// The spool folder: as given, else `spool/` beside the database.
enum Spool {
    static func directory(_ given: String?, beside database: String) -> URL {
        given.map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("spool")
    }
}
