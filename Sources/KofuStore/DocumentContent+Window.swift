import Foundation
import KofuCore

/// The window's certificates: the kiosk's three with the same content, and those only the window issues.
extension DocumentContent {
    func context(for certificate: WindowCertificate, releasedAt date: Date, clock: CityClock) throws -> TemplateContext {
        let base = holder.cityContext(issueDate: businessDate)
        let city = try CitySettings.city(db)
        switch certificate {
        case .kiosk(.residentRecord(let options)) where holder.registration(in: city) != .current:
            return base.merging(try wideAreaResidentRecord(options, city: city), uniquingKeysWith: { $1 })
        case .kiosk(let request):
            return try context(for: request, releasedAt: date, clock: clock)
        case .removedResidentRecord(let options):
            return base.merging(try removedResidentRecord(options), uniquingKeysWith: { $1 })
        case .taxPayment(let year, let item):
            return base.merging(try taxPayment(year, item), uniquingKeysWith: { $1 })
        case .business(let registrationID):
            return base.merging(try business(registrationID), uniquingKeysWith: { $1 })
        }
    }

    /// 納税証明書: each installment with its due date, then the totals. On the issue date an unpaid installment is
    /// 未納 once its due date has come, and 納期未到来 before: the two are never added together.
    func taxPayment(_ year: Int, _ item: TaxItem) throws -> TemplateContext {
        let rows = try SQLRow.fetchAll(db.cachedStatement(sql: """
            SELECT due_on, assessed, paid, collection FROM tax_payment
            WHERE resident_id = ? AND fiscal_year = ? AND item = ? ORDER BY installment
            """), arguments: [holder.id, year, item.rawValue])
        guard !rows.isEmpty else { throw WindowError.noTaxRecord(residentID: holder.id, fiscalYear: year, item: item) }
        let width = DocumentContent.amountWidth
        // Left-aligned in display columns, so that the amounts after them line up under the header.
        func column(_ text: String, _ width: Int) -> TemplateValue {
            .text(text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text))))
        }
        let collection = CollectionMethod(rawValue: rows[0]["collection"])!
        // Withheld tax is named by the month of the salary or pension it was taken from.
        let months = item == .inhabitantTax && collection != .ordinary
            ? collection.inhabitantTaxInstallments(fiscalYear: year).map(\.month) : []
        let standings = rows.map {
            InstallmentStanding(dueOn: $0["due_on"], assessed: $0["assessed"], paid: $0["paid"], on: businessDate)
        }
        let installments: [TemplateContext] = zip(rows, standings).enumerated().map { index, entry in
            let (row, standing) = entry
            let term = index < months.count ? "\(months[index])月分" : rows.count == 1 ? "全期" : "第\(index + 1)期"
            let unpaid = if case .notYetDue = standing {
                String(repeating: " ", count: width - DisplayWidth.of("納期未到来")) + "納期未到来"
            } else { Yen.padded(standing.unpaid, width: width) }
            return ["term": column(term, 8), "dueOn": column(ResidentFacts.eraDate(row["due_on"]), 16),
                    "assessed": .text(Yen.padded(row["assessed"], width: width)),
                    "paid": .text(Yen.padded(row["paid"], width: width)), "unpaid": .text(unpaid)]
        }
        let notYetDue = standings.reduce(0) { $0 + $1.notYetDue }
        return [
            "taxItem": .text(taxItemName(item, fiscalYear: year)),
            // Only the inhabitant tax is levied on a year's income; the others are named by fiscal year alone.
            "fiscalYear": .text(item == .inhabitantTax ? JapaneseDate.fiscalYear(year) : JapaneseDate.fiscalYearName(year)),
            "collection": .text(Self.collectionName(collection)),
            "address": .text(holder.address), "name": .text(holder.name), "kana": .text(holder.kana),
            "installments": .list(installments),
            "totalAssessed": .text(Yen.padded(rows.reduce(0) { $0 + $1["assessed"] }, width: width)),
            "totalPaid": .text(Yen.padded(rows.reduce(0) { $0 + $1["paid"] }, width: width)),
            "totalUnpaid": .text(Yen.padded(standings.reduce(0) { $0 + $1.unpaid }, width: width)),
            "totalNotYetDue": notYetDue == 0 ? "" : .text(Yen.padded(notYetDue, width: width)),
        ]
    }

    static func collectionName(_ method: CollectionMethod) -> String {
        switch method {
        case .ordinary: "普通徴収"
        case .salary: "特別徴収（給与）"
        case .pension: "特別徴収（年金）"
        }
    }

    func taxItemName(_ item: TaxItem, fiscalYear: Int) -> String {
        switch item {
        // 市民税 and 県民税 → 市県民税; 町民税 → 町県民税. The 森林環境税 is assessed and collected with it.
        case .inhabitantTax: String(holder.municipalTaxName.prefix(1)) + holder.prefecturalTaxName
            + (InhabitantTax.includesForestEnvironmentTax(fiscalYear: fiscalYear) ? "（森林環境税を含む）" : "")
        case .fixedAssetTax: "固定資産税"
        case .lightVehicleTax: "軽自動車税（種別割）"
        case .nationalHealthInsuranceTax: "国民健康保険税"
        }
    }

    /// 営業証明書: only for a business registered to this resident.
    func business(_ registrationID: String) throws -> TemplateContext {
        guard let row = try SQLRow.fetchOne(db.cachedStatement(sql: """
            SELECT * FROM business WHERE registration_id = ? AND resident_id = ?
            """), arguments: [registrationID, holder.id]) else {
            throw WindowError.unknownBusiness(registrationID: registrationID, residentID: holder.id)
        }
        return ["businessName": .text(row["name"]), "businessAddress": .text(row["address"]),
                "businessKind": .text(row["kind"]), "startedOn": .text(ResidentFacts.eraDate(row["started_on"])),
                "registrationID": .text(registrationID), "name": .text(holder.name), "kana": .text(holder.kana),
                "address": .text(holder.address)]
    }
}
