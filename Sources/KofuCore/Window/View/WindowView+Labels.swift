/// Words for the window's choices.
extension WindowView {
    func label(_ choice: WindowChoice) -> String {
        switch choice {
        case .serve: t("window.menu.serve")
        case .resetPIN: t("window.menu.resetPIN")
        case .refund: t("window.menu.refund")
        case .daily: t("window.menu.daily")
        case .receipt: t("window.menu.receipt")
        case .logout: t("window.menu.logout")
        case .reports: t("window.menu.reports")
        case .reportView(let view): t("window.reports.view.\(view.rawValue)")
        case .byCard: t("window.find.byCard")
        case .byName: t("window.find.byName")
        case .match(let index): matchText(state.customer.matches[index])
        case .identity(let document): t("window.identity.\(document.rawValue)")
        case .applicant(let applicant): t("window.applicant.\(applicant)")
        case .applicantMember(let id): memberText(id)
        case .relationship(let relationship): strings.relationship(relationship, state.language)
        case .certificate(let kind): kindText(kind)
        case .scope(.holderOnly): t("scope.holderOnly")
        case .scope(.members): t("scope.someMembers")
        case .scope(.wholeHousehold): t("scope.wholeHousehold")
        case .member(let id): memberText(id)
        case .toggle(let toggle): t("toggle.\(toggle)")
        case .proceed: t("proceed")
        case .fiscalYear(let year): t("fiscalYear.label", year, year - 1, JapaneseDate.fiscalYear(year))
        case .taxRecord(let index): taxText(state.customer.profile!.taxPayments[index])
        case .business(let id): state.customer.profile?.businesses.first { $0.registrationID == id }?.name ?? id
        case .standardFee: t("window.fee.standard", yen(Channel.window.fee(copies: state.customer.copies)))
        case .exempt: t("window.fee.exempt")
        case .reason(let reason): t("window.reason.\(reason.rawValue)")
        case .issue: t("window.confirm.issue")
        case .credential(let id): id
        case .closeTill: t("window.daily.close")
        case .confirmClose: t("window.closeConfirm.close")
        case .askApproval: t("window.refundConfirm.approve")
        case .refundTarget(let index): refundableText(state.refundable[index])
        case .refundReason(let reason): t("window.refundReason.\(reason.rawValue)")
        case .printReceipt: t("window.issued.printReceipt")
        case .backHome: t("window.menu.back")
        }
    }

    func detail(_ item: WindowMenuItem) -> String {
        switch item.choice {
        case .certificate:
            return item.isEnabled ? yen(Channel.window.unitFee) : t("window.none")
        case .member(let id):
            return state.customer.pickedMembers.contains(id) ? t("picked") : ""
        case .toggle(let toggle):
            guard state.customer.residentOptions.includes(toggle) else { return t("exclude") }
            let mailed = toggle == .myNumber
                && Delivery.of(state.customer.draftRecord, proxy: state.customer.proxy) == .mailToRegisteredAddress
            return t(mailed ? "window.include.mailed" : "include")
        default:
            return ""
        }
    }

    func memberText(_ id: String) -> String {
        guard let profile = state.customer.profile else { return id }
        if id == profile.resident.residentID { return t("window.members.holder", profile.resident.name) }
        guard let member = profile.householdMembers.first(where: { $0.residentID == id }) else { return id }
        return t("members.member", member.name, strings.relationship(member.relationship, state.language))
    }

    func matchText(_ match: ResidentMatch) -> String {
        t("window.match", match.name, match.kana, date(match.birthDate), match.address) + registrationText(match)
    }

    /// Anyone but a current resident is marked as such wherever they are named.
    func registrationText(_ match: ResidentMatch) -> String {
        match.registration == .current ? "" : t("window.gap") + registrationTag(match.registration)
    }

    func registrationTag(_ registration: Registration) -> String {
        switch registration {
        case .current: ""
        case .otherTown(let town): t("window.registration.otherTown", town)
        case .movedOut(let on): t("window.registration.movedOut", date(on))
        case .deceased(let on): t("window.registration.deceased", date(on))
        }
    }

    func refundableText(_ issuance: IssuanceSummary) -> String {
        t("window.refund.item", issuance.issuanceID, issuance.residentName, t("kind.\(issuance.kind.rawValue)"),
          t("copies.value", issuance.copies), yen(issuance.amount))
    }

    func taxText(_ record: TaxPaymentRecord) -> String {
        t("window.tax.record", fiscalYear(record.fiscalYear), t("window.taxItem.\(record.item.rawValue)"),
          Yen.digits(record.assessed), Yen.digits(record.unpaid), Yen.digits(record.notYetDue))
    }

    /// 令和8年度 on Japanese screens, FY2026 on English ones.
    func fiscalYear(_ year: Int) -> String {
        state.language == .ja ? JapaneseDate.fiscalYearName(year) : t("window.fiscalYear", year)
    }

    /// A non-resident's 住民票 is a 広域交付住民票, and says so wherever it is named.
    func kindText(_ kind: CertificateKind) -> String {
        if kind == .residentRecord, case .otherTown = state.customer.profile?.resident.registration {
            return t("window.kind.wideArea")
        }
        return t("kind.\(kind.rawValue)")
    }

    func certificateText(_ certificate: WindowCertificate) -> String {
        switch certificate {
        case .kiosk(let request): kindText(request.kind)
        case .removedResidentRecord: kindText(.removedResidentRecord)
        case .taxPayment(let year, let item):
            t("kind.taxPayment") + " " + t("window.tax.short", fiscalYear(year), t("window.taxItem.\(item.rawValue)"))
        case .business(let id):
            t("kind.business") + " " + (state.customer.profile?.businesses.first { $0.registrationID == id }?.name ?? id)
        }
    }
}
