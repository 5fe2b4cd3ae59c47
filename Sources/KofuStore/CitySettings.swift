
/// The city whose register the database holds (set from the seed's `city`): its window certifies, as 小牧市長,
/// whatever it issues, residents of other towns included, and takes the fees.
enum CitySettings {
    static let cityCode = "city_code"

    struct City {
        var code: String
        var name: String
        var mayor: String
    }

    static func city(_ db: any SQLConnection) throws -> City {
        guard let row = try SQLRow.fetchOne(db, sql: """
            SELECT m.code, m.name, m.mayor FROM settings s JOIN municipality m ON m.code = s.value WHERE s.key = ?
            """, arguments: [cityCode]) else {
            throw StoreError.noCity
        }
        return City(code: row["code"], name: row["name"], mayor: row["mayor"])
    }

    static func name(_ db: any SQLConnection) throws -> String { try city(db).name }
}
