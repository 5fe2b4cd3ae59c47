
/// The city whose register the database holds (set from the seed's `city`): its window certifies, as 小牧市長,
/// whatever it issues, residents of other towns included, and takes the fees.
enum CitySettings {
    static let cityCode = "city_code"

    struct City {
        var code: String
        var name: String
        var mayor: String
        var prefecture: String
    }

    static func city(_ db: any SQLConnection) throws -> City {
        guard let row = try SQLRow.fetchOne(db, sql: """
            SELECT m.code, m.name, m.mayor, m.prefecture FROM settings s JOIN municipality m ON m.code = s.value
            WHERE s.key = ?
            """, arguments: [cityCode]) else {
            throw StoreError.noCity
        }
        return City(code: row["code"], name: row["name"], mayor: row["mayor"], prefecture: row["prefecture"])
    }

    static func name(_ db: any SQLConnection) throws -> String { try city(db).name }
}

extension KofuDatabase {
    /// The city the database serves, as open data names it: its local government code (全国地方公共団体コード),
    /// prefecture and name.
    public func municipality() throws -> (code: String, prefecture: String, name: String) {
        let city = try read { db in try CitySettings.city(db) }
        return (city.code, city.prefecture, city.name)
    }
}
