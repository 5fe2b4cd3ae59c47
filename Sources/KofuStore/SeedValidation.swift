import KofuCore

/// Checks a seed before anything is written: every text prints as it is, every My Number has its check digit,
/// every reference resolves, every id is unique, every date is a day of the calendar, every figure is within range,
/// and every income record adds up the way the city computes it. The first problem found is reported.
extension SeedFile {
    public func validate() throws(SeedError) {
        try checkTexts()
        try checkMyNumbers()
        try unique(municipalities.map(\.code), "municipality")
        try unique(households.map(\.id), "household")
        try unique(residents.map(\.id), "resident")
        try unique(credentials.map(\.id), "credential")
        try unique(seals.map(\.resident), "seal of resident")
        try unique(seals.map(\.number), "seal number")
        try unique(incomes.map { "\($0.resident) \($0.fiscalYear)" }, "income")
        try unique(staff.map(\.id), "staff")
        try unique(taxPayments.map { "\($0.resident) \($0.fiscalYear) \($0.item.rawValue)" }, "tax payment")
        try unique(businesses.map(\.registrationId), "business")

        let municipalityCodes = Set(municipalities.map(\.code))
        guard municipalityCodes.contains(city) else {
            throw .invalid(record: "city \(city)", problem: "is none of the seed's municipalities")
        }
        let householdIDs = Set(households.map(\.id))
        let residentIDs = Set(residents.map(\.id))
        for h in households where !municipalityCodes.contains(h.municipality) {
            throw .invalid(record: "household \(h.id)", problem: "unknown municipality \(h.municipality)")
        }
        for r in residents {
            let record = "resident \(r.id)"
            guard householdIDs.contains(r.household) else {
                throw .invalid(record: record, problem: "unknown household \(r.household)")
            }
            try dates(record, ["birthDate": r.birthDate, "becameResidentOn": r.becameResidentOn,
                               "movedInOn": r.movedInOn, "notifiedOn": r.notifiedOn])
            if r.status != .active {
                guard let date = r.statusDate else {
                    throw .invalid(record: record, problem: "status \(r.status.rawValue) needs a statusDate")
                }
                try dates(record, ["statusDate": date])
            }
        }
        for c in credentials {
            let record = "credential \(c.id)"
            guard residentIDs.contains(c.resident) else {
                throw .invalid(record: record, problem: "unknown resident \(c.resident)")
            }
            guard c.pin.count == PIN.length, c.pin.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw .invalid(record: record, problem: "the PIN must be \(PIN.length) digits")
            }
            try dates(record, ["issuedOn": c.issuedOn, "expiresOn": c.expiresOn])
        }
        for s in seals {
            guard residentIDs.contains(s.resident) else {
                throw .invalid(record: "seal \(s.number)", problem: "unknown resident \(s.resident)")
            }
            try dates("seal \(s.number)", ["registeredOn": s.registeredOn])
        }
        for i in incomes {
            guard residentIDs.contains(i.resident) else {
                throw .invalid(record: "income \(i.resident) \(i.fiscalYear)", problem: "unknown resident")
            }
            try checkFigures(i)
            try checkArithmetic(i)
        }
        for member in staff {
            if let problem = StaffPassword.problem(id: member.id, password: member.password) {
                throw .invalid(record: "staff \(member.id)", problem: problem)
            }
        }
        for t in taxPayments {
            let record = "tax payment \(t.resident) \(t.fiscalYear) \(t.item.rawValue)"
            guard residentIDs.contains(t.resident) else { throw .invalid(record: record, problem: "unknown resident") }
            guard !t.installments.isEmpty else { throw .invalid(record: record, problem: "has no installments") }
            try checkFigures(t)
            for (n, i) in t.installments.enumerated() {
                try dates(record, ["installments[\(n)].dueOn": i.dueOn])
                guard i.assessed >= 0, (0...i.assessed).contains(i.paid) else {
                    throw .invalid(record: record, problem: "installment \(n + 1) pays \(i.paid) of \(i.assessed)")
                }
            }
            try checkCollection(t)
        }
        for b in businesses {
            let record = "business \(b.registrationId)"
            guard residentIDs.contains(b.resident) else {
                throw .invalid(record: record, problem: "unknown resident \(b.resident)")
            }
            try dates(record, ["startedOn": b.startedOn])
        }
    }

    private func unique(_ keys: [String], _ what: String) throws(SeedError) {
        var seen = Set<String>()
        for key in keys where !seen.insert(key).inserted {
            throw .invalid(record: "\(what) \(key)", problem: "appears more than once")
        }
    }

    private func dates(_ record: String, _ fields: [String: String]) throws(SeedError) {
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            guard let (year, _, _) = JapaneseDate.parse(value) else {
                throw .invalid(record: record, problem: "\(name) \"\(value)\" is not a YYYY-MM-DD date")
            }
            guard Self.years.contains(year) else {
                throw .invalid(record: record, problem: "\(name) \"\(value)\" is not in \(Self.years.lowerBound) to "
                               + "\(Self.years.upperBound)")
            }
        }
    }
}
