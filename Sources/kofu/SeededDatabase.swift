import Foundation
import KofuStore

/// A new database loaded from a seed, or nothing: a failed load leaves no half-made database behind, nor a key
/// that was made for it.
enum SeededDatabase {
    @discardableResult
    static func create(at path: String, signingKey: SigningKey, seed: SeedFile,
                       progress: ProgressBar? = nil) throws -> KofuDatabase {
        do {
            let database = try StoreLocation.create(path, signingKey: signingKey)
            do {
                try database.load(seed) { progress?.update($0, of: $1) }
            } catch {
                StoreLocation.remove(path)
                throw error
            }
            return database
        } catch {
            if signingKey.created { try? FileManager.default.removeItem(atPath: signingKey.path) }
            throw error
        }
    }
}
