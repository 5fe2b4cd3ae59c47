/// A registered terminal: a multi-copy machine or a window till. Issuing, refunding and closing happen only under
/// one that is registered for that kind and not revoked, so no one can open a till by inventing an id.
public struct Terminal: Equatable, Codable, Sendable {
    public var id: String
    public var kind: Channel
    public var site: String
    public var registeredAt: String
    public var revokedAt: String?

    public init(id: String, kind: Channel, site: String, registeredAt: String, revokedAt: String? = nil) {
        self.id = id
        self.kind = kind
        self.site = site
        self.registeredAt = registeredAt
        self.revokedAt = revokedAt
    }
}
