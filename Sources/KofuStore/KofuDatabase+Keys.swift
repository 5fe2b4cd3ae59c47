
/// The database knows the public half of the city's key, never the private one, which stays in its file.
extension KofuDatabase {
    /// The city's public key, which every document issued from this database must verify with.
    public func publicKey() throws -> CityPublicKey {
        let value = try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [Settings.publicKey])
        }
        guard let key = value.flatMap(CityPublicKey.init(base64:)) else { throw StoreError.notInitialized(path: path) }
        return key
    }

    /// The key file at `path`, to issue from this database with. A database made before documents were signed is
    /// told as such before its missing key is.
    public func signingKey(at path: String) throws -> SigningKey {
        _ = try publicKey()
        return try requireOwn(try SigningKey.load(from: path))
    }

    /// `key`, once it is this database's: documents signed with another key would not verify with the key the city
    /// published.
    func requireOwn(_ key: SigningKey) throws -> SigningKey {
        guard try publicKey() == key.publicKey else {
            throw SigningKeyError.notThisDatabase(key: key.path, database: path)
        }
        return key
    }
}
