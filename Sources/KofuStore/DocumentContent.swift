import Foundation
import KofuCore

/// Gathers what one certificate prints, checking the request against the record as it goes: members must be
/// current members of the holder's household, the seal must exist, the income year must exist and be released.
/// Reads only through the caller's transaction, so a document can only ever hold the holder's own records.
struct DocumentContent {
    let db: any SQLConnection
    let holder: ResidentFacts
    let businessDate: String

    func context(for request: CertificateRequest, releasedAt date: Date, clock: CityClock) throws -> TemplateContext {
        let base = holder.cityContext(issueDate: businessDate)
        switch request {
        case .residentRecord(let options):
            return base.merging(try residentRecord(options), uniquingKeysWith: { $1 })
        case .sealRegistration:
            return base.merging(try sealRegistration(), uniquingKeysWith: { $1 })
        case .incomeTax(let year):
            return base.merging(try incomeTax(year, at: date, clock: clock), uniquingKeysWith: { $1 })
        }
    }

    func residentRecord(_ options: ResidentRecordOptions) throws -> TemplateContext {
        let household = try ResidentFacts.household(db, id: holder.householdID)
        let persons: [ResidentFacts]
        switch options.scope {
        case .holderOnly:
            persons = [holder]
        case .wholeHousehold:
            persons = household
        case .members(let ids):
            guard !ids.isEmpty else { throw IssuanceError.noMembersChosen }
            for id in ids where !household.contains(where: { $0.id == id }) {
                let member = try ResidentFacts.fetch(db, id: id)
                guard let member, member.householdID == holder.householdID else {
                    throw IssuanceError.memberNotInHousehold(id)
                }
                throw IssuanceError.memberNotActive(id)
            }
            persons = household.filter { ids.contains($0.id) }
        }
        let head = household.first { $0.relationship == "世帯主" }?.name ?? ""
        let entries: [TemplateContext] = persons.enumerated().map { index, p in
            [
                "number": .text(String(index + 1)),
                "name": .text(p.name),
                "kana": .text(p.kana),
                "birthDate": .text(p.birthDate),
                "sex": .text(p.sex),
                "relationship": .text(options.includeHeadAndRelationship ? p.relationship : ""),
                "becameResidentOn": .text(ResidentFacts.eraDate(p.row["became_resident_on"])),
                "movedInOn": .text(ResidentFacts.eraDate(p.row["moved_in_on"])),
                "notifiedOn": .text(ResidentFacts.eraDate(p.row["notified_on"])),
                "previousAddress": .text(p.row["previous_address"]),
                "domicile": .text(options.includeDomicile ? p.row["domicile"] : ""),
                "domicileHead": .text(options.includeDomicile ? p.row["domicile_head"] : ""),
                "myNumber": .text(options.includeMyNumber ? Self.groupMyNumber(p.row["my_number"]) : ""),
                "remarks": .text(p.remarks),
            ]
        }
        // A copy of the whole household says so, even when the household is one person.
        let record = options.scope == .wholeHousehold ? "世帯全員の住民票" : "住民票"
        return ["title": .text(Self.heading(record + "の写し")), "certifiedRecord": .text(record),
                "address": .text(holder.address), "persons": .list(entries),
                "head": .text(options.includeHeadAndRelationship ? head : ""),
                "personCount": .text(String(persons.count))]
    }

    func sealRegistration() throws -> TemplateContext {
        guard let seal = try SQLRow.fetchOne(
            db.cachedStatement(sql: "SELECT number, impression FROM seal_registration WHERE resident_id = ?"),
            arguments: [holder.id]) else {
            throw IssuanceError.noSealRegistration(residentID: holder.id)
        }
        let box = TextBox.draw([seal["impression"]]).split(separator: "\n").map { "　　" + $0 }.joined(separator: "\n")
        return ["impressionBox": .text(box), "registrationNumber": .text(seal["number"]), "name": .text(holder.name),
                "kana": .text(holder.kana), "birthDate": .text(holder.birthDate), "sex": .text(holder.sex),
                "address": .text(holder.address)]
    }

    /// A title spaced out and centred over the 68 columns of the record's rules.
    static func heading(_ title: String) -> String {
        let spaced = title.map(String.init).joined(separator: " ")
        return String(repeating: " ", count: max(0, (68 - DisplayWidth.of(spaced)) / 2)) + spaced
    }

    /// "1144 2329 8311": My Number printed in groups of four, as on the card.
    static func groupMyNumber(_ digits: String) -> String {
        stride(from: 0, to: digits.count, by: 4).map { start in
            String(digits.dropFirst(start).prefix(4))
        }.joined(separator: " ")
    }
}
