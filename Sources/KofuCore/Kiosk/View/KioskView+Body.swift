/// The body of each screen: one question, then what can be chosen or typed.
extension KioskView {
    var body: [Block] {
        let session = state.session ?? KioskSession()
        switch state.screen {
        case .closed:
            return noticeBlocks + [.paragraph(t("closed.title"), .strong), .spacer, .paragraph(t("hours", KioskHours().openingText), .normal),
                    .paragraph(t("closed.yearEnd"), .normal)]
        case .start:
            return startBody
        case .terms:
            return [.paragraph(t("terms.title"), .strong), .spacer, .paragraph(t("terms.text"), .normal), .spacer, options]
        case .credentialKind:
            return [.paragraph(t("credentialKind.title"), .strong), .spacer, options]
        case .credentialEntry:
            return credentialEntryBody(session)
        case .pinEntry:
            return pinBody(session)
        case .authenticating:
            return [.paragraph(t("authenticating"), .strong)]
        case .systemUnavailable:
            return [.paragraph(t("systemUnavailable.title"), .warning), .spacer,
                    .paragraph(t("systemUnavailable.text"), .normal), .spacer, takeBack(session.credentialKind)]
        case .refused(let refusal):
            return [.paragraph(credentialText("refusal.\(refusal.rawValue)"), .warning), .spacer,
                    .paragraph(t("refusal.where.\(refusal.rawValue)"), .normal), .spacer, takeBack(session.credentialKind)]
        case .takeCard:
            let kind = session.credentialKind.rawValue
            return [.paragraph(t("takeCard.title.\(kind)"), .warning), .spacer, .paragraph(t("takeCard.text.\(kind)"), .normal)]
        case .certificateMenu:
            return [.split(t("certificate.title"), right: t("honorific", session.profile?.name ?? "")), .spacer, options,
                    .spacer, .paragraph(credentialText("certificate.cardReminder"), .dim)]
        case .residentScope:
            return [.paragraph(t("scope.title"), .strong), .spacer, options]
        case .householdMembers:
            return [.paragraph(t("members.title"), .strong), .spacer, options]
        case .residentOptions:
            return [.paragraph(t("options.title"), .strong), .spacer, options, .spacer,
                    .paragraph(t("options.noResidentCode"), .dim)]
        case .fiscalYear:
            return [.paragraph(t("fiscalYear.title"), .strong), .spacer, options]
        case .copies:
            return [.paragraph(t("copies.title", state.config.maxCopies), .strong), .spacer,
                    .table([TableRow(t("copies.count"), t("copies.value", session.copies), .strong),
                            TableRow(t("copies.amount"), yen(session.total(at: .kiosk)))]),
                    .spacer, .paragraph(t("copies.typeHint"), .dim)]
        case .confirm:
            var blocks: [Block] = [.paragraph(t("confirm.title"), .strong), .spacer, .table(summary(session)), .spacer, options]
            if state.returnedCash > 0 { blocks += [.spacer, .paragraph(t("notice.returned", yen(state.returnedCash)), .strong)] }
            return blocks
        case .payment:
            return paymentBody(session)
        case .issuing:
            return [.paragraph(t("issuing"), .strong)]
        case .printing:
            return printingBody(session)
        case .takeCertificate:
            return takeCertificateBody(session)
        case .issueFailed:
            return [.paragraph(t("issueFailed.title"), .warning), .spacer,
                    .paragraph(t("issueFailed.text", yen(state.returnedCash)), .normal)]
        case .printFailed:
            return [.paragraph(t("printFailed.title"), .warning), .spacer,
                    .paragraph(t("printFailed.text", yen(state.returnedCash)), .normal)]
        }
    }

    var startBody: [Block] {
        var blocks = noticeBlocks.isEmpty ? [.paragraph(t("start.service"), .strong)] : noticeBlocks
        blocks += [.spacer, options, .spacer, .paragraph(t("hours", KioskHours().openingText), .normal), .spacer,
                   .paragraph(t("language.pick"), .dim),
                   .picker(Language.allCases.map { strings.text("language.name", $0) },
                           selected: Language.allCases.firstIndex(of: state.language) ?? 0)]
        if state.config.isDemo { blocks += [.spacer, .paragraph(t("demo.hint"), .dim)] }
        return blocks
    }

    /// How the last session ended, with any cash given back and the card or smartphone left on the reader.
    var noticeBlocks: [Block] {
        let (key, returned, onReader): (String, Int, CredentialKind?)
        switch state.notice {
        case .cancelled(let yen, let kind)?: (key, returned, onReader) = ("notice.cancelled", yen, kind)
        case .timedOut(let yen, let kind)?: (key, returned, onReader) = ("notice.timedOut", yen, kind)
        case .interrupted(let yen, let kind)?: (key, returned, onReader) = ("notice.interrupted", yen, kind)
        case .hoursEnded(let yen, let kind)?: (key, returned, onReader) = ("notice.hoursEnded", yen, kind)
        case nil: return []
        }
        return [.paragraph(t(key) + returnedText(returned), .strong)] + (onReader.map { [takeBack($0)] } ?? []) + [.spacer]
    }

    /// 「カードをお取りください。」 for a card or smartphone still on the reader.
    func takeBack(_ kind: CredentialKind) -> Block {
        .paragraph(t("takeCard.title.\(kind.rawValue)"), .warning)
    }

    func returnedText(_ yen: Int) -> String {
        yen > 0 ? t("notice.returned", self.yen(yen)) : ""
    }

    func credentialEntryBody(_ session: KioskSession) -> [Block] {
        let kindKey = session.credentialKind == .card ? "credentialEntry.card" : "credentialEntry.smartphone"
        var blocks: [Block] = [.paragraph(t(kindKey), .strong), .spacer,
                               .field(label: t("credentialEntry.label"), value: session.credentialID, width: 12)]
        if state.config.isDemo {
            blocks += [.spacer, .paragraph(t("credentialEntry.demoPick"), .dim)]
            if let demo = state.config.demoCredentials.first(where: { $0.id == session.credentialID }) {
                blocks.append(.paragraph("\(demo.holder) — \(state.language.readsJapanese ? demo.noteJa : demo.noteEn)", .normal))
            }
        }
        return blocks
    }

    func pinBody(_ session: KioskSession) -> [Block] {
        var blocks: [Block] = [.paragraph(t("pin.title"), .strong), .spacer,
                               .pin(filled: session.pin.count, length: PIN.length), .spacer]
        if session.lastPINWasWrong { blocks.append(.paragraph(t("pin.wrong"), .warning)) }
        blocks.append(.paragraph(t("pin.triesLeft", session.triesLeft), .normal))
        return blocks
    }

    func paymentBody(_ session: KioskSession) -> [Block] {
        let total = session.total(at: .kiosk)
        var blocks: [Block] = [.paragraph(t("payment.title"), .strong),
                               .table([TableRow(t("payment.total"), yen(total), .strong),
                                       TableRow(t("payment.inserted"), yen(session.inserted)),
                                       TableRow(t("payment.remaining"), yen(max(0, total - session.inserted)), .strong)]),
                               .spacer, options]
        blocks.append(.paragraph(t("payment.cancelNote"), .dim))
        return blocks
    }

    func printingBody(_ session: KioskSession) -> [Block] {
        let duration = KioskReducer.printDuration(copies: session.copies)
        let elapsed = session.printStartedAt.map { state.now.timeIntervalSince($0) } ?? 0
        let fraction = min(1, max(0, elapsed / duration))
        let done = min(session.copies, Int(fraction * Double(session.copies)))
        return [.paragraph(t("printing.title"), .strong), .spacer, .progress(fraction), .spacer,
                .paragraph(t("printing.count", done, session.copies), .normal)]
    }

    var helpBody: [Block] {
        let help = HelpPages(state.config.demoCredentials, page: state.helpPage ?? 0, perPage: KioskReducer.helpPageSize)
        let rows = help.rows.map { c in
            [c.id, t("help.kind.\(c.kind.rawValue)"), c.holder, c.pin, state.language.readsJapanese ? c.noteJa : c.noteEn]
        }
        return [.paragraph(t("help.title", help.page + 1, help.pages), .strong), .spacer,
                .columns([[t("help.id"), t("help.kind"), t("help.holder"), t("help.pin"), t("help.note")]] + rows)]
    }
}

/// The last screen: take the certificate; in a demo, where it went and, on V, what it says.
extension KioskView {
    func takeCertificateBody(_ session: KioskSession) -> [Block] {
        if let view = session.printedView { return printedBody(view) }
        var blocks: [Block] = [.paragraph(t("takeCertificate.title"), .warning), .spacer]
        if state.returnedCash > 0 { blocks.append(.paragraph(t("takeCertificate.change", yen(state.returnedCash)), .strong)) }
        blocks.append(.paragraph(credentialText("takeCertificate.text"), .normal))
        if state.config.isDemo {
            blocks += [.spacer, .paragraph(t("takeCertificate.demoSpool"), .dim), .paragraph(state.config.spoolPath, .normal)]
        }
        return blocks
    }

    /// The certificate lines as printed, spacing kept, one page from the scroll position.
    func printedBody(_ view: PrintedView) -> [Block] {
        let shown = Array(view.lines.dropFirst(view.top).prefix(PrintedView.rows))
        return [.paragraph(t("printed.title", view.top + 1, view.top + shown.count, view.lines.count), .strong), .spacer,
                .columns(shown.map { [$0] })]
    }
}
