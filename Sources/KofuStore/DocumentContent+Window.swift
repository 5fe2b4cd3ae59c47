import Foundation
import GRDB
import KofuCore

/// The window's certificates: the kiosk's three with the same content, and the two only the window issues.
extension DocumentContent {
    func context(for certificate: WindowCertificate, releasedAt date: Date, clock: CityClock) throws -> TemplateContext {
        let base = holder.cityContext(issueDate: businessDate)
        switch certificate {
        case .kiosk(let request):
            return try context(for: request, releasedAt: date, clock: clock)
        case .taxPayment(let year, let item):
            return base.merging(try taxPayment(year, item), uniquingKeysWith: { $1 })
        case .business(let registrationID):
            return base.merging(try business(registrationID), uniquingKeysWith: { $1 })
        }
    }

    /// 納税証明書: each installment with its due date, then the totals; unpaid amounts as of the issue date.
    func taxPayment(_ year: Int, _ item: TaxItem) throws -> TemplateContext {
        let rows = try Row.fetchAll(db, sql: """
            SELECT due_on, assessed, paid FROM tax_payment WHERE resident_id = ? AND fiscal_year = ? AND item = ?
            ORDER BY installment
            """, arguments: [holder.id, year, item.rawValue])
        guard !rows.isEmpty else { throw WindowError.noTaxRecord(residentID: holder.id, fiscalYear: year, item: item) }
        func amounts(_ assessed: Int, _ paid: Int) -> TemplateContext {
            ["assessed": .text(Yen.padded(assessed, width: 14)), "paid": .text(Yen.padded(paid, width: 14)),
             "unpaid": .text(Yen.padded(assessed - paid, width: 14))]
        }
        // Left-aligned in display columns, so that the amounts after them line up under the header.
        func column(_ text: String, _ width: Int) -> TemplateValue {
            .text(text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text))))
        }
        let installments: [TemplateContext] = rows.enumerated().map { index, row in
            amounts(row["assessed"], row["paid"]).merging([
                "term": column(rows.count == 1 ? "全期" : "第\(index + 1)期", 8),
                "dueOn": column(ResidentFacts.eraDate(row["due_on"]), 16),
            ], uniquingKeysWith: { $1 })
        }
        let totals = amounts(rows.reduce(0) { $0 + $1["assessed"] }, rows.reduce(0) { $0 + $1["paid"] })
        return [
            "taxItem": .text(taxItemName(item)),
            // Only the inhabitant tax is levied on a year's income; the others are named by fiscal year alone.
            "fiscalYear": .text(item == .inhabitantTax ? JapaneseDate.fiscalYear(year) : JapaneseDate.fiscalYearName(year)),
            "address": .text(holder.address), "name": .text(holder.name), "kana": .text(holder.kana),
            "installments": .list(installments), "totalAssessed": totals["assessed"]!, "totalPaid": totals["paid"]!,
            "totalUnpaid": totals["unpaid"]!,
        ]
    }

    func taxItemName(_ item: TaxItem) -> String {
        switch item {
        // 小牧市 in 愛知県 → 市県民税; みどり野町 → 町県民税.
        case .inhabitantTax: String((holder.row["city"] as String).suffix(1))
            + String((holder.row["prefecture"] as String).suffix(1)) + "民税"
        case .fixedAssetTax: "固定資産税"
        case .lightVehicleTax: "軽自動車税（種別割）"
        case .nationalHealthInsuranceTax: "国民健康保険税"
        }
    }

    /// 営業証明書: only for a business registered to this resident.
    func business(_ registrationID: String) throws -> TemplateContext {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT * FROM business WHERE registration_id = ? AND resident_id = ?
            """, arguments: [registrationID, holder.id]) else {
            throw WindowError.unknownBusiness(registrationID: registrationID, residentID: holder.id)
        }
        return ["businessName": .text(row["name"]), "businessAddress": .text(row["address"]),
                "businessKind": .text(row["kind"]), "startedOn": .text(ResidentFacts.eraDate(row["started_on"])),
                "registrationID": .text(registrationID), "name": .text(holder.name), "kana": .text(holder.kana),
                "address": .text(holder.address)]
    }
}
