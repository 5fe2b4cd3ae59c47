/// Words for choices and for the confirmation summary.
extension KioskView {
    func label(_ choice: KioskChoice) -> String {
        switch choice {
        case .begin: t("start.begin")
        case .acceptTerms: t("terms.accept")
        case .declineTerms: t("terms.decline")
        case .credential(let kind): t("credential.\(kind.rawValue)")
        case .certificate(let kind): kindName(kind)
        case .scope(let scope): t("scope.\(scope)")
        case .member(let id): memberLabel(id)
        case .toggle(let toggle): t("toggle.\(toggle)")
        case .proceed: t("proceed")
        case .fiscalYear(let year): fiscalYearLabel(year)
        case .pay: t("confirm.pay")
        case .cash(let yen): t(yen >= 1000 ? "cash.note" : "cash.coin", self.yen(yen))
        }
    }

    /// A certificate's name. Certificates are printed in Japanese, so another language shows the Japanese name
    /// first and its own beside it: the resident can tell what the paper will say.
    func kindName(_ kind: CertificateKind) -> String {
        let own = t("kind.\(kind.rawValue)")
        let japanese = strings.text("kind.\(kind.rawValue)", .ja)
        return own == japanese ? own : "\(japanese)  \(own)"
    }

    /// A fee as the price list and the receipt write it, in Japanese, and in the chosen language beside it.
    func fee(_ amount: Int) -> String {
        let own = yen(amount)
        let japanese = strings.text("yen", .ja, [Yen.digits(amount)])
        return own == japanese ? own : "\(japanese) (\(own))"
    }

    func detail(_ item: MenuItem) -> String {
        let session = state.session ?? KioskSession()
        switch item.choice {
        case .certificate(let kind):
            guard item.isEnabled else { return t("unavailable.\(kind.rawValue)") }
            return fee(Channel.kiosk.unitFee)
        case .member(let id):
            return session.pickedMembers.contains(id) ? t("picked") : ""
        case .toggle(let toggle):
            return session.residentOptions.includes(toggle) ? t("include") : t("exclude")
        default:
            return ""
        }
    }

    func messageText(_ message: KioskMessage) -> String {
        switch message {
        case .pinIncomplete: t("pin.incomplete")
        case .unavailable(let reason): t("why.\(reason.rawValue)")
        case .printedUnreadable: t("printed.unreadable")
        }
    }

    func memberLabel(_ id: String) -> String {
        guard let profile = state.session?.profile else { return id }
        if id == profile.residentID { return t("members.holder", profile.name) }
        guard let member = profile.householdMembers.first(where: { $0.residentID == id }) else { return id }
        return t("members.member", member.name, strings.relationship(member.relationship, state.language))
    }

    /// A fiscal year is named by the year it starts and taxes the income of the year before.
    func fiscalYearLabel(_ year: Int) -> String {
        t("fiscalYear.label", year, year - 1, JapaneseDate.fiscalYear(year))
    }

    func summary(_ session: KioskSession) -> [TableRow] {
        var rows = [TableRow(t("confirm.certificate"), session.kind.map(kindName) ?? "")]
        if session.kind == .residentRecord {
            rows.append(TableRow(t("confirm.persons"), scopeText(session)))
            let chosen = ResidentRecordToggle.allCases.filter(session.residentOptions.includes)
            rows.append(TableRow(t("confirm.items"),
                                 chosen.isEmpty ? t("confirm.itemsNone") : chosen.map { t("toggle.\($0)") }.joined(separator: t("list.separator"))))
        }
        if let year = session.fiscalYear, session.kind == .incomeTax {
            rows.append(TableRow(t("confirm.fiscalYear"), fiscalYearLabel(year)))
        }
        rows.append(TableRow(t("confirm.copies"), t("copies.value", session.copies)))
        rows.append(TableRow(t("confirm.unitFee"), fee(Channel.kiosk.unitFee)))
        rows.append(TableRow(t("confirm.total"), fee(session.total(at: .kiosk)), .strong))
        return rows
    }

    func scopeText(_ session: KioskSession) -> String {
        switch session.residentOptions.scope {
        case .holderOnly: t("scope.holderOnly")
        case .wholeHousehold: t("scope.wholeHousehold")
        case .members(let ids): t("confirm.personsCount", ids.count)
        }
    }
}
