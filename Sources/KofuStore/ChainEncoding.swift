import Crypto
import Foundation

/// The bytes a chained row is hashed over, and its SHA-256. Once rows are hashed this way the format is part of the
/// stored data: it never changes (another format would need another name in the header).
///
/// A header line names the format and the table, so that a ledger row's hash never passes for an audit row's. Then
/// each field that is not NULL, sorted by column name, as `name=value\n`, the value being `int:<decimal>`,
/// `real:<decimal>`, `text:<UTF-8 byte count>:<bytes>` or `blob:<byte count>:<hex>`: the count makes a text
/// unambiguous whatever characters it holds, newlines and `=` included. NULL fields are left out so that a
/// nullable column added by a later migration leaves the rows hashed before it as they were.
enum ChainEncoding {
    static let format = "kofu-chain-1"

    /// What the first row of every chain links to.
    static let genesis = String(repeating: "0", count: 64)

    static func bytes(table: String, fields: [String: SQLValue]) -> Data {
        var data = Data("\(format) \(table)\n".utf8)
        for (name, value) in fields.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            let encoded: Data
            switch value {
            case .null:
                continue
            case .integer(let number):
                encoded = Data("int:\(number)".utf8)
            case .real(let number):
                encoded = Data("real:\(number)".utf8)
            case .text(let text):
                encoded = Data("text:\(text.utf8.count):\(text)".utf8)
            case .blob(let blob):
                encoded = Data("blob:\(blob.count):\(Hex.lowercase(blob))".utf8)
            }
            data.append(Data("\(name)=".utf8) + encoded + Data("\n".utf8))
        }
        return data
    }

    /// Lower-case hex, 64 characters.
    static func hash(table: String, fields: [String: SQLValue]) -> String {
        Hex.lowercase(SHA256.hash(data: bytes(table: table, fields: fields)))
    }
}
