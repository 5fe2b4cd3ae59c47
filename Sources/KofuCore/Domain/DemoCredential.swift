/// A demo staff account as the demo window's login screen lists it, password included for the same reason.
public struct DemoStaffAccount: Equatable, Sendable {
    public var id: String
    public var name: String
    public var role: StaffRole
    public var password: String

    public init(id: String, name: String, role: StaffRole, password: String) {
        self.id = id
        self.name = name
        self.role = role
        self.password = password
    }
}

/// A demo credential as the demo's help panel shows it. Only demo sessions ever hold a PIN in clear, and only
/// because the seed file publishes it.
public struct DemoCredential: Equatable, Sendable {
    public var id: String
    public var kind: CredentialKind
    public var holder: String
    public var pin: String
    public var noteJa: String
    public var noteEn: String

    public init(id: String, kind: CredentialKind, holder: String, pin: String, noteJa: String, noteEn: String) {
        self.id = id
        self.kind = kind
        self.holder = holder
        self.pin = pin
        self.noteJa = noteJa
        self.noteEn = noteEn
    }
}

/// A demo resident as the demo window's help lists them: whom a visitor can look up, by card or by name and birth
/// date, and what each one shows.
public struct DemoResident: Equatable, Sendable {
    public var name: String
    public var kana: String
    /// `YYYY-MM-DD`.
    public var birthDate: String
    /// The number of their My Number card, or empty.
    public var card: String
    /// The number of their seal registration card (印鑑登録証), or empty.
    public var sealCard: String
    public var noteJa: String
    public var noteEn: String

    public init(name: String, kana: String, birthDate: String, card: String, sealCard: String, noteJa: String,
                noteEn: String) {
        self.name = name
        self.kana = kana
        self.birthDate = birthDate
        self.card = card
        self.sealCard = sealCard
        self.noteJa = noteJa
        self.noteEn = noteEn
    }
}
