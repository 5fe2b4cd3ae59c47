import Foundation
import KofuCore

/// The demo city's records, exactly as `Assets/demo/seed.json` spells them.
public struct SeedFile: Decodable, Sendable {
    public struct Municipality: Decodable, Sendable {
        public var code, name, nameEn, prefecture, mayor: String
        public var participatesInKiosk: Bool
    }

    public struct Household: Decodable, Sendable {
        public var id, municipality, address: String
    }

    public enum Sex: String, Decodable, Sendable {
        case male, female
    }

    public enum ResidentStatus: String, Decodable, Sendable {
        case active, movedOut, deceased
    }

    public struct Resident: Decodable, Sendable {
        public var id, household, familyName, givenName, familyNameKana, givenNameKana, birthDate: String
        public var sex: Sex
        public var relationship, domicile, domicileHead, myNumber: String
        public var becameResidentOn, movedInOn, notifiedOn, previousAddress: String
        public var status: ResidentStatus
        public var statusDate: String?
        /// 転出先: where someone who moved out went, printed on their 除票.
        public var movedTo: String?
        public var protectionMeasure: Bool
    }

    public struct Credential: Decodable, Sendable {
        public var id: String
        public var kind: CredentialKind
        public var resident, pin, issuedOn, expiresOn: String
        public var state: CredentialSummary.State
        public var noteJa, noteEn: String
    }

    public struct Seal: Decodable, Sendable {
        public var resident, number, impression, registeredOn: String
    }

    /// An income record with the figures the tax office computed, which the seed's validation recomputes.
    /// The spouse and dependants are residents, so their kinds follow from their birth dates.
    public struct Income: Decodable, Sendable {
        public var resident: String
        public var fiscalYear: Int
        public var addressOnJanuary1: String
        public var salaryRevenue, salaryIncome, pensionRevenue, pensionIncome, businessIncome, totalIncome: Int
        public var socialInsuranceDeduction, basicDeduction: Int
        public var spouse: String?
        public var spouseDeduction: Int
        public var dependants: [String]
        public var dependantDeduction, totalDeductions, taxableIncome: Int
        /// Each with its 均等割; 0 when 非課税.
        public var municipalTax, prefecturalTax, forestEnvironmentTax: Int
    }

    /// A demo staff account. Like the demo PINs, the password is published in the seed and stored only as a hash.
    public struct Staff: Decodable, Sendable {
        public var id, name: String
        public var role: StaffRole
        public var password: String
    }

    /// One tax item of one fiscal year, by installment (期別).
    public struct TaxPayment: Decodable, Sendable {
        public struct Installment: Decodable, Sendable {
            public var dueOn: String
            public var assessed, paid: Int
        }

        public var resident: String
        public var fiscalYear: Int
        public var item: TaxItem
        public var collection: CollectionMethod
        public var installments: [Installment]
    }

    public struct Business: Decodable, Sendable {
        public var registrationId, resident, name, address, kind, startedOn: String
    }

    /// The day the demo data describes (ages, expiry dates, fiscal years): the demo's clock starts there.
    public var demoDate: String?
    /// The municipality code of the city whose register this is: it certifies and takes the fees at its window.
    public var city: String
    public var municipalities: [Municipality]
    public var households: [Household]
    public var residents: [Resident]
    public var credentials: [Credential]
    public var seals: [Seal]
    public var incomes: [Income]
    public var staff: [Staff]
    public var taxPayments: [TaxPayment]
    public var businesses: [Business]

    public static func load(from url: URL) throws -> SeedFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw SeedError.unreadable(url.path, "there is no such file")
        }
        guard !isDirectory.boolValue else { throw SeedError.unreadable(url.path, "it is a directory") }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SeedError.unreadable(url.path, "permission denied")
        }
        do {
            return try JSONDecoder().decode(SeedFile.self, from: data)
        } catch let error as DecodingError {
            throw SeedError.unreadable(url.path, SeedError.describe(error))
        }
    }

    /// The credentials with their published PINs, for the demo's help panel.
    public var demoCredentials: [DemoCredential] {
        let names = Dictionary(residents.map { ($0.id, "\($0.familyName) \($0.givenName)") },
                               uniquingKeysWith: { first, _ in first })
        return credentials.map {
            DemoCredential(id: $0.id, kind: $0.kind, holder: names[$0.resident] ?? $0.resident, pin: $0.pin,
                           noteJa: $0.noteJa, noteEn: $0.noteEn)
        }
    }

    /// The residents with what a visitor can find of each, for the window demo's help panel.
    public var demoResidents: [DemoResident] {
        let town = Dictionary(households.map { ($0.id, $0.municipality) }, uniquingKeysWith: { first, _ in first })
        let places = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        return residents.map { r in
            var notes: [(ja: String, en: String)] = []
            switch r.status {
            case .movedOut: notes.append(("転出（除票）", "moved out (removed record)"))
            case .deceased: notes.append(("死亡（除票）", "deceased (removed record)"))
            case .active:
                if let code = town[r.household], code != city, let place = places[code] {
                    notes.append(("\(place.name)（広域交付）", "\(place.nameEn) (wide-area issuance)"))
                }
            }
            if r.protectionMeasure { notes.append(("支援措置", "protection measure")) }
            if incomes.contains(where: { $0.resident == r.id }) { notes.append(("所得", "income")) }
            if taxPayments.contains(where: { $0.resident == r.id }) { notes.append(("納税", "tax payments")) }
            if businesses.contains(where: { $0.resident == r.id }) { notes.append(("営業", "business")) }
            return DemoResident(
                name: "\(r.familyName) \(r.givenName)", kana: "\(r.familyNameKana) \(r.givenNameKana)", birthDate: r.birthDate,
                card: credentials.first { $0.resident == r.id && $0.kind == .card }?.id ?? "",
                sealCard: seals.first { $0.resident == r.id }?.number ?? "",
                noteJa: notes.map(\.ja).joined(separator: "・"), noteEn: notes.map(\.en).joined(separator: ", "))
        }
    }

    /// The staff accounts with their published passwords, for the window demo's login screen.
    public var demoStaffAccounts: [DemoStaffAccount] {
        staff.map { DemoStaffAccount(id: $0.id, name: $0.name, role: $0.role, password: $0.password) }
    }
}
