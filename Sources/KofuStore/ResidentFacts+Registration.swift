import KofuCore

extension ResidentFacts {
    /// Where the resident stands in the register of `city`, the city whose window is asked.
    func registration(in city: CitySettings.City) -> Registration {
        guard row["municipality_code"] == city.code else { return .otherTown(row["city"]) }
        switch row["status"] as String {
        case "movedOut": return .movedOut(on: row["status_date"])
        case "deceased": return .deceased(on: row["status_date"])
        default: return .current
        }
    }

    func match(in city: CitySettings.City) -> ResidentMatch {
        ResidentMatch(residentID: id, name: name, kana: kana, birthDate: row["birth_date"], address: address,
                      registration: registration(in: city))
    }
}
