import KofuCore

/// What the rest of the database says a ledger row holds: its fee is copies × the channel's unit fee (0 when
/// exempt), a refund gives back exactly its charge, and a charge matches its issuance. A hash only says that a row
/// changed; these name the field that most likely did.
enum LedgerRowFacts {
    static func differences(_ db: any SQLConnection, _ fields: [String: SQLValue]) throws -> [String] {
        func int(_ name: String) -> Int? { Int.fromSQLValue(fields[name] ?? .null) }
        func text(_ name: String) -> String? { String.fromSQLValue(fields[name] ?? .null) }
        guard let amount = int("amount"), let copies = int("copies"), let unitFee = int("unit_fee") else { return [] }
        var found: [String] = []
        if let channel = text("channel").flatMap(Channel.init(rawValue:)), unitFee != channel.unitFee {
            found.append("unit fee \(unitFee) yen is not the \(channel.rawValue)'s \(channel.unitFee) yen")
        }
        switch text("entry_type") {
        case "charge" where amount != copies * unitFee:
            found.append("amount \(amount) yen is not \(copies) copies × \(unitFee) yen")
        case "refund":
            if let charge = int("references_ledger_id"),
               let charged = try Int.fetchOne(db, sql: "SELECT amount FROM ledger WHERE id = ?", arguments: [charge]),
               amount != -charged {
                found.append("amount \(amount) yen does not give back the \(charged) yen of ledger row \(charge)")
            }
        default:
            break
        }
        if let issuanceID = int("issuance_id"),
           let issuance = try SQLRow.fetchOne(db, sql: "SELECT kind, copies, channel FROM issuance WHERE id = ?",
                                           arguments: [issuanceID]) {
            for column in ["kind", "copies", "channel"] where issuance[column] as SQLValue != fields[column] {
                found.append("\(column) \((fields[column] ?? .null).plainText) is not issuance \(issuanceID)'s "
                             + (issuance[column] as SQLValue).plainText)
            }
        }
        return found
    }
}
