/// One question per screen, as at the kiosk.
extension WindowView {
    var body: [Block] {
        switch state.screen {
        case .staffID: return [question("window.staffID.title"), .spacer, field("window.field.staffID")] + demoAccounts
        case .password: return [question("window.password.title"), .spacer, field("window.field.password")]
        case .home: return homeBody
        case .findMethod: return [question(state.task == .serve ? "window.find.title" : "window.find.pin"), .spacer, options]
        case .cardNumber: return [question("window.card.title"), .spacer, field("window.field.card")]
        case .kana: return [question("window.kana.title"), .spacer, field("window.field.kana")]
        case .birthDate: return [question("window.birth.title"), .spacer, field("window.field.birth")]
        case .results: return [question("window.results.title"), .spacer, options]
        case .identity: return [question(identityQuestion), .spacer, options]
        case .applicant: return [question("window.applicant.title"), .spacer, options]
        case .householdApplicant: return [question("window.householdApplicant.title"), .spacer, options]
        case .applicantRelationship:
            // An attorney says how the heir who gave the power of attorney was related.
            let attorney = state.customer.proxy?.standing == .attorney
            return [question(attorney ? "window.relationship.attorney" : "window.relationship.title"), .spacer, options]
        case .proxyName: return [question("window.proxy.title"), .spacer, field("window.field.proxy")]
        case .proxyPurpose: return [question("window.proxyPurpose.title"), .spacer, field("window.field.purpose")]
        case .proxySubmitTo: return [question("window.proxySubmitTo.title"), .spacer, field("window.field.submitTo")]
        case .certificate: return [question("window.certificate.title"), .spacer, options]
        case .residentScope: return [question("scope.title"), .spacer, options]
        case .householdMembers: return [question("members.title"), .spacer, options]
        case .residentOptions:
            // Said before My Number is chosen: for a proxy from outside, a current record with it is mailed.
            var withMyNumber = state.customer
            withMyNumber.residentOptions.includeMyNumber = true
            let mailed = Delivery.of(withMyNumber.draftRecord, proxy: state.customer.proxy) == .mailToRegisteredAddress
            return [question("options.title"), .spacer, options]
                + (mailed ? [.spacer, .paragraph(t("window.options.proxyNote"), .dim)] : [])
        case .sealCard: return [question("window.seal.title"), .spacer, field("window.field.sealCard")]
        case .fiscalYear: return [question("fiscalYear.title"), .spacer, options]
        case .taxRecord: return [question("window.tax.title"), .spacer, options]
        case .business: return [question("window.business.title"), .spacer, options]
        case .copies: return [question("window.copies.title"), .spacer, field("window.field.copies")]
        case .fee: return [question("window.fee.title"), .spacer, options]
        case .exemptionReason: return [question("window.exemption.title"), .spacer, options]
        case .supervisorID: return [question("window.supervisor.title"), .spacer, field("window.field.staffID")]
        case .supervisorPassword: return [question("window.supervisor.title"), .spacer, field("window.field.password")]
        case .confirm: return [question("confirm.title"), .spacer, .table(summary), .spacer, options]
        case .issued: return issuedBody
        case .pinCredential: return [question("window.pin.credential"), .spacer, options]
        case .newPIN: return [question("window.pin.new"), .spacer, field("window.field.pin")]
        case .newPINAgain: return [question("window.pin.again"), .spacer, field("window.field.pin")]
        case .refundIssuance: return [question("window.refund.title"), .spacer, options]
        case .refundReason: return [question("window.refundReason.title"), .spacer, options]
        case .refundNote:
            return [question("window.refundNote.title"), .spacer, field("window.field.note"), .spacer,
                    .paragraph(t("window.refundNote.hint"), .dim)]
        case .cashReceived:
            return [.paragraph(t("window.cashReceived.title", yen(WindowReducer.order(state)?.amount ?? 0)), .strong),
                    .spacer, field("window.field.received")]
        case .receiptIssuance: return [question("window.receipt.title"), .spacer, field("window.field.issuanceOrSerial")]
        case .daily: return dailyBody
        case .reports: return reportsBody
        case .countedCash: return [question("window.close.title"), .spacer, field("window.field.cash")]
        case .confirmClose: return confirmCloseBody
        case .confirmRefund: return confirmRefundBody
        }
    }

    func question(_ key: String) -> Block { .paragraph(t(key), .strong) }

    /// Demo only: whom to look up, by card or by name and birth date, and what each one shows.
    var helpBody: [Block] {
        let help = HelpPages(state.config.demoResidents, page: state.helpPage ?? 0, perPage: WindowReducer.helpPageSize)
        let header = ["card", "name", "kana", "birth", "seal", "note"].map { t("window.help.\($0)") }
        let rows = help.rows.map { r in
            [r.card, r.name, r.kana, date(r.birthDate), r.sealCard, state.language.readsJapanese ? r.noteJa : r.noteEn]
        }
        return [.paragraph(t("window.help.title", help.page + 1, help.pages), .strong), .spacer, .columns([header] + rows)]
    }

    /// The document checked is that of whoever stands at the counter.
    var identityQuestion: String {
        guard let proxy = state.customer.proxy else { return "window.identity.title" }
        return proxy.sameHousehold ? "window.identity.member" : "window.identity.other"
    }

    var demoAccounts: [Block] {
        let accounts = state.config.demoAccounts
        guard !accounts.isEmpty else { return [] }
        let rows = accounts.map { [$0.id, $0.name, t("window.role.\($0.role.rawValue)"), $0.password] }
        return [.spacer, .paragraph(t("window.demo.title"), .dim),
                .columns([["window.field.staffID", "window.demo.name", "window.demo.role", "window.field.password"].map { t($0) }] + rows)]
    }

    var homeBody: [Block] {
        var blocks: [Block] = [question("window.home.title"), .spacer, options]
        if !state.isOpen {
            let hours = state.config.hours
            blocks += [.spacer, .paragraph(t("window.outsideHours", hours.weekday.text, hours.sunday.text), .warning)]
        }
        return blocks
    }

    var issuedBody: [Block] {
        guard let receipt = state.receipt else { return [] }
        var rows = [TableRow(t("window.issued.issuance"), String(receipt.issuanceID)),
                    TableRow(t("window.issued.serials"), receipt.serials.joined(separator: " ")),
                    TableRow(t("window.issued.amount"), yen(receipt.amount), .strong)]
        if let received = state.customer.cashReceived {
            rows += [TableRow(t("window.issued.received"), yen(received)),
                     TableRow(t("window.issued.change"), yen(received - receipt.amount), .strong)]
        }
        let mailed = WindowReducer.order(state)?.delivery == .mailToRegisteredAddress
        return [.paragraph(t(mailed ? "window.issued.mailed" : "window.issued.title"), .strong), .spacer, .table(rows),
                .spacer, options]
    }

    var dailyBody: [Block] {
        guard let summary = state.summary else { return [] }
        let header = ["channel", "kind", "issued", "copies", "amount", "exempt", "refunds", "refunded"].map { t("window.daily.\($0)") }
        let rows = summary.lines.map { line in
            [t("window.channel.\(line.channel.rawValue)"), t("kind.\(line.kind.rawValue)"), String(line.issued),
             String(line.copies), Yen.digits(line.amount), String(line.exemptions), String(line.refunds),
             Yen.digits(line.refunded)]
        }
        var blocks: [Block] = [.paragraph(t("window.daily.title", date(summary.businessDate)), .strong), .spacer,
                               .columns([header] + rows), .spacer,
                               .table([TableRow(t("window.channel.kiosk"), yen(summary.net(.kiosk))),
                                       TableRow(t("window.channel.window"), yen(summary.net(.window)), .strong)])]
        if let close = state.close {
            blocks += [.spacer, .paragraph(t("window.daily.closed", close.terminal, yen(close.expectedCash),
                                             yen(close.countedCash), yen(close.difference), yen(close.changeFloat)),
                                           close.difference == 0 ? .strong : .warning)]
        }
        return blocks + [.spacer, options]
    }

    var confirmRefundBody: [Block] {
        guard let target = state.refundTarget, let reason = state.refundReason else { return [] }
        var rows = [TableRow(t("window.issued.issuance"), String(target.issuanceID)),
                    TableRow(t("window.refundConfirm.resident"), target.residentName),
                    TableRow(t("confirm.certificate"), t("kind.\(target.kind.rawValue)")),
                    TableRow(t("confirm.copies"), t("copies.value", target.copies)),
                    TableRow(t("window.refundConfirm.channel"),
                             t("window.channel.\(target.channel.rawValue)") + " " + date(target.businessDate)),
                    TableRow(t("window.refundConfirm.reason"), t("window.refundReason.\(reason.rawValue)"))]
        if !state.refundNote.isEmpty { rows.append(TableRow(t("window.refundConfirm.note"), state.refundNote)) }
        rows.append(TableRow(t("window.refundConfirm.amount"), yen(target.amount), .strong))
        return [question("window.refundConfirm.title"), .spacer, .table(rows), .spacer,
                .paragraph(target.receipts == 0 ? t("window.refundConfirm.collect", target.copies)
                               : t("window.refundConfirm.collectReceipts", target.copies, target.receipts), .warning),
                .spacer, options]
    }

    var confirmCloseBody: [Block] {
        guard let count = state.tillCount else { return [] }
        return [question("window.closeConfirm.title"), .spacer,
                .table([TableRow(t("window.closeConfirm.float"), yen(count.changeFloat)),
                        TableRow(t("window.closeConfirm.takings"), yen(count.takings)),
                        TableRow(t("window.closeConfirm.expected"), yen(count.expected), .strong),
                        TableRow(t("window.closeConfirm.counted"), yen(count.counted)),
                        TableRow(t("window.closeConfirm.difference"), yen(count.difference),
                                 count.difference == 0 ? .strong : .warning)]),
                .spacer, .paragraph(t("window.closeConfirm.note"), .dim), .spacer, options]
    }

    var summary: [TableRow] {
        guard let certificate = state.customer.certificate else { return [] }
        var rows = [TableRow(t("confirm.certificate"), certificateText(certificate))]
        if let proxy = state.customer.proxy {
            rows.append(TableRow(t("window.confirm.\(proxy.standing.rawValue)"), proxy.name))
            if !proxy.relationship.isEmpty {
                rows.append(TableRow(t("window.confirm.relationship"), strings.relationship(proxy.relationship, state.language)))
            }
            if proxy.standing == .attorney {
                rows += [TableRow(t("window.confirm.purpose"), proxy.purpose),
                         TableRow(t("window.confirm.submitTo"), proxy.submitTo)]
            }
        }
        rows.append(TableRow(t("window.confirm.identity"), t("window.identity.\(state.customer.identity.rawValue)")))
        if let options = certificate.recordOptions {
            let scope = switch options.scope {
            case .holderOnly: t("scope.holderOnly")
            case .wholeHousehold: t("scope.wholeHousehold")
            case .members(let ids): t("confirm.personsCount", ids.count)
            }
            let items = ResidentRecordToggle.allCases.filter(options.includes).map { t("toggle.\($0)") }
            rows.append(TableRow(t("window.confirm.persons"), scope))
            rows.append(TableRow(t("window.confirm.items"),
                                 items.isEmpty ? t("confirm.itemsNone") : items.joined(separator: t("list.separator"))))
        }
        if Delivery.of(certificate, proxy: state.customer.proxy) == .mailToRegisteredAddress {
            rows.append(TableRow(t("window.confirm.delivery"), t("window.delivery.mail")))
        }
        rows.append(TableRow(t("confirm.copies"), t("copies.value", state.customer.copies)))
        if let reason = state.customer.exemption {
            rows.append(TableRow(t("window.confirm.exemption"), t("window.reason.\(reason.rawValue)")))
        }
        let amount = WindowReducer.order(state)?.amount ?? 0
        rows.append(TableRow(t("confirm.total"), yen(amount), .strong))
        return rows
    }
}
