import Foundation
import KofuCore

/// Why a document is not reprinted, in one line for the clerk.
public enum ReprintError: Error, Equatable, CustomStringConvertible {
    case unknownSerial(String)
    /// Refunded or voided: the paper it was is void, and a copy of it would look valid.
    case void(serial: String, refundedOn: String)
    /// The stored text no longer carries the city's signature: the database was altered.
    case altered(serial: String)

    public var description: String {
        switch self {
        case .unknownSerial(let serial): "no document \(serial) was issued from this database"
        case .void(let serial, let date): "\(serial) was refunded on \(date): the document is void and is not reprinted"
        case .altered(let serial):
            "\(serial) no longer carries the city's signature in this database (run `kofu ledger verify`): not reprinted"
        }
    }
}

extension KofuDatabase {
    /// The document issued under `serial`, reprinted by `render` for `staffID`: no fee row, and an audit row naming
    /// the copy and who took it once it is made. Only a standing document the city signed is given out.
    public func reprint(serial: String, staffID: String, at date: Date, render: (_ text: String) throws -> String)
        throws -> String {
        let key = try publicKey()
        guard let issued = try issued(serial: serial) else { throw ReprintError.unknownSerial(serial) }
        if case .refunded(let on) = issued.verdict { throw ReprintError.void(serial: serial, refundedOn: on) }
        guard case .signedByCity(serial) = key.verify(certificate: issued.text) else {
            throw ReprintError.altered(serial: serial)
        }
        let printed = try render(issued.text)
        try write { db in
            try Audit.write(db, staffID: staffID, .reprint, issuanceID: issued.issuanceID, detail: "reprinted \(serial)",
                            at: date)
        }
        return printed
    }
}
