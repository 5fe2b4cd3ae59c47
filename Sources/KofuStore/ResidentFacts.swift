import KofuCore

/// One resident's record with their household and city, as documents print them.
struct ResidentFacts {
    var row: SQLRow

    static let select = """
        SELECT r.*, h.address, h.municipality_code, m.name AS city, m.mayor, m.prefecture
        FROM resident r JOIN household h ON h.id = r.household_id JOIN municipality m ON m.code = h.municipality_code
        """

    static func fetch(_ db: any SQLConnection, id: String) throws -> ResidentFacts? {
        try SQLRow.fetchOne(db.cachedStatement(sql: select + " WHERE r.id = ?"), arguments: [id]).map(ResidentFacts.init)
    }

    /// The household's current members, head first, then in the order they were registered.
    static func household(_ db: any SQLConnection, id: String) throws -> [ResidentFacts] {
        try SQLRow.fetchAll(db.cachedStatement(sql: select + """
             WHERE r.household_id = ? AND r.status = 'active' ORDER BY r.relationship <> '世帯主', r.id
            """), arguments: [id]).map(ResidentFacts.init)
    }

    var id: String { row["id"] }
    var householdID: String { row["household_id"] }
    var isActive: Bool { row["status"] == "active" }
    var name: String { "\(row["family_name"] as String) \(row["given_name"] as String)" }
    var kana: String { "\(row["family_name_kana"] as String) \(row["given_name_kana"] as String)" }
    var sex: String { row["sex"] == "male" ? "男" : "女" }
    var relationship: String { row["relationship"] }
    var address: String { row["address"] }

    /// "昭和55年4月12日（1980年）": the era date certificates use, with the western year for readers abroad.
    var birthDate: String {
        let iso: String = row["birth_date"]
        return Self.eraDate(iso) + "（\(iso.prefix(4))年）"
    }

    static func eraDate(_ iso: String) -> String { JapaneseDate.format(iso: iso) ?? iso }

    /// 備考: for someone removed from the register, when and why (消除); nothing for a current resident.
    var remarks: String {
        guard let date: String = row["status_date"] else { return "" }
        switch row["status"] as String {
        case "movedOut": return Self.eraDate(date) + "転出"
        case "deceased": return Self.eraDate(date) + "死亡"
        default: return ""
        }
    }

    /// Keys every certificate of this city shares: the date, the mayor and the seal mark.
    func cityContext(issueDate: String) -> TemplateContext {
        let city: String = row["city"]
        return [
            "issueDate": .text(Self.eraDate(issueDate)),
            "mayorTitle": .text(city + "長"),
            "mayor": .text(row["mayor"]),
            "sealMark": .text("【\(city)長之印】"),
            "municipalTaxLabel": .text(municipalTaxName),
            "prefecturalTaxLabel": .text(prefecturalTaxName),
        ]
    }

    /// 小牧市 → 市民税, みどり野町 → 町民税.
    var municipalTaxName: String { String((row["city"] as String).suffix(1)) + "民税" }
    /// 愛知県 → 県民税.
    var prefecturalTaxName: String { String((row["prefecture"] as String).suffix(1)) + "民税" }
}
