import Foundation
import KofuStore

extension CityPublicKey {
    /// The PEM file `kofu store public-key` printed, as `--public-key` names it.
    static func read(file: String) throws -> CityPublicKey {
        guard let pem = FileManager.default.contents(atPath: file) else { throw CommandFailure("cannot read \(file)") }
        return try CityPublicKey(pem: String(decoding: pem, as: UTF8.self), source: file)
    }
}
