import Crypto
import CryptoExtras
import Foundation

/// The city's Ed25519 private key, which signs every document. It lives in a file of its own (PKCS#8 PEM, mode
/// 0600), never in the database: a copy of the database, stolen or restored elsewhere, can verify documents but
/// cannot sign one.
public struct SigningKey: Sendable {
    public let path: String
    /// True when this run made the file; false when an existing key was taken up, so its published public key
    /// stays valid.
    public let created: Bool
    let privateKey: Curve25519.Signing.PrivateKey

    /// `kofu.sqlite` → `kofu.sqlite.key`, as the operator log is `kofu.sqlite.log`.
    public static func defaultPath(besideDatabase database: String) -> String { database + ".key" }

    public var publicKey: CityPublicKey { CityPublicKey(privateKey.publicKey) }

    /// Takes up the key at `path`, or makes one there when there is none. A city keeps its key when it makes a new
    /// database, so documents issued before still verify with the key it published.
    public static func openOrCreate(at path: String) throws -> SigningKey {
        FileManager.default.fileExists(atPath: path) ? try load(from: path) : try create(at: path)
    }

    /// The key to issue with. Refuses a key file that other users could read: anyone who read it could issue.
    public static func load(from path: String) throws -> SigningKey {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw errno == ENOENT ? SigningKeyError.missing(path: path) : SigningKeyError.unreadable(path: path)
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw SigningKeyError.unreadable(path: path) }
        let mode = status.st_mode & 0o777
        guard mode & 0o077 == 0 else { throw SigningKeyError.readableByOthers(path: path, mode: mode) }
        guard let data = FileManager.default.contents(atPath: path),
              let key = try? Curve25519.Signing.PrivateKey(pemRepresentation: String(decoding: data, as: UTF8.self))
        else { throw SigningKeyError.unreadable(path: path) }
        return SigningKey(path: path, created: false, privateKey: key)
    }

    /// Writes a new key where no file is, owner-only from the first byte, and flushed to disk with its directory
    /// entry before it is used: documents signed with a key that a power cut then lost would match no key at all.
    static func create(at path: String) throws -> SigningKey {
        let key = Curve25519.Signing.PrivateKey()
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw SigningKeyError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        do {
            let file = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try file.write(contentsOf: Data(key.pemRepresentation.utf8))
            try file.synchronize()
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileHandle(forReadingFrom: directory).synchronize()
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw SigningKeyError.cannotCreate(path: path, reason: "\(error)")
        }
        return SigningKey(path: path, created: true, privateKey: key)
    }
}

public enum SigningKeyError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String)
    case readableByOthers(path: String, mode: mode_t)
    case cannotCreate(path: String, reason: String)
    /// The key file belongs to another database (or the database's public key was replaced).
    case notThisDatabase(key: String, database: String)
    case notAPublicKey(path: String)

    public var description: String {
        switch self {
        case .missing(let p):
            "no signing key at \(p): without its key file a database can verify documents but issue none — "
                + "run where the key is, or give it with --key FILE"
        case .unreadable(let p):
            "\(p) is not a Kofu signing key (an Ed25519 PRIVATE KEY in PEM) or cannot be read"
        case .readableByOthers(let p, let mode):
            "signing key \(p) can be read by other users (mode \(String(mode, radix: 8))) — run `chmod 600 \(p)` and "
                + "consider the key disclosed"
        case .cannotCreate(let p, let reason):
            "cannot create the signing key \(p): \(reason)"
        case .notThisDatabase(let key, let database):
            "signing key \(key) is not the key of database \(database) (their public keys differ)"
        case .notAPublicKey(let p):
            "\(p) is not an Ed25519 PUBLIC KEY in PEM (as `kofu store public-key` prints it)"
        }
    }
}
