import Foundation

/// What each numbered choice and each submitted field does.
extension WindowReducer {
    static func choose(_ choice: WindowChoice, _ state: inout WindowState) -> [WindowEffect] {
        state.message = nil
        switch choice {
        case .serve, .resetPIN:
            state.customer = WindowCustomer()
            state.task = choice == .serve ? .serve : .resetPIN
            show(.findMethod, &state)
        case .refund:
            return [.loadRefundable(businessDate: CityClock.japan.businessDate(state.now))]
        case .receipt:
            show(.receiptIssuance, &state)
        case .daily:
            return [.loadSummary(businessDate: CityClock.japan.businessDate(state.now))]
        case .reports:
            state.reportView = .hours
            return [.loadReport(businessDate: CityClock.japan.businessDate(state.now))]
        case .reportView(let view):
            state.reportView = view
        case .logout:
            return logout(&state)
        case .byCard:
            show(.cardNumber, &state)
        case .byName:
            show(.kana, &state)
        case .match(let index):
            return [.loadProfile(residentID: state.customer.matches[index].residentID)]
        case .identity(let document):
            state.customer.identity = document
            show(state.task == .resetPIN ? .pinCredential : .certificate, &state)
        case .applicant(let applicant):
            state.customer.proxy = nil
            switch applicant {
            case .resident: show(.identity, &state)
            case .householdMember: show(.householdApplicant, &state)
            case .heir, .proxyWithAttorney:
                state.customer.proxy = Proxy(standing: applicant == .heir ? .heir : .attorney, name: "")
                show(.proxyName, &state)
            }
        case .applicantMember(let id):
            guard let member = state.customer.profile?.householdMembers.first(where: { $0.residentID == id }) else {
                return []
            }
            state.customer.proxy = .member(member)
            show(state.customer.isDeceased ? .applicantRelationship : .identity, &state)
        case .relationship(let relationship):
            state.customer.proxy?.relationship = relationship
            show(.identity, &state)
        case .certificate(let kind):
            chooseCertificate(kind, &state)
        case .scope(.members):
            state.customer.pickedMembers = []
            show(.householdMembers, &state)
        case .scope(let scope):
            state.customer.residentOptions.scope = scope
            show(.residentOptions, &state)
        case .member(let id):
            guard let profile = state.customer.profile else { return [] }
            state.customer.pickedMembers = HouseholdScope.toggling(
                id, in: state.customer.pickedMembers,
                order: [profile.resident.residentID] + profile.householdMembers.map(\.residentID))
        case .toggle(let toggle):
            state.customer.residentOptions.toggle(toggle)
        case .proceed where state.screen == .householdMembers:
            state.customer.residentOptions.scope = .members(state.customer.pickedMembers)
            show(.residentOptions, &state)
        case .proceed:
            state.customer.certificate = state.customer.draftRecord
            show(.copies, &state)
        case .fiscalYear(let year):
            state.customer.certificate = .kiosk(.incomeTax(fiscalYear: year))
            show(.copies, &state)
        case .taxRecord(let index):
            guard let record = state.customer.profile?.taxPayments[index] else { return [] }
            state.customer.certificate = .taxPayment(fiscalYear: record.fiscalYear, item: record.item)
            show(.copies, &state)
        case .business(let id):
            state.customer.certificate = .business(registrationID: id)
            show(.copies, &state)
        case .standardFee:
            state.customer.exemption = nil
            state.customer.approvedBy = nil
            show(.confirm, &state)
        case .exempt:
            show(.exemptionReason, &state)
        case .reason(let reason):
            state.customer.exemption = reason
            state.approvalFor = .exemptionReason
            show(.supervisorID, &state)
        case .issue:
            return issue(&state)
        case .credential(let id):
            state.customer.credentialID = id
            show(.newPIN, &state)
        case .closeTill:
            show(.countedCash, &state)
        case .refundTarget(let index):
            state.refundTarget = state.refundable[index]
            state.refundReason = nil
            state.refundNote = ""
            show(.refundReason, &state)
        case .refundReason(let reason):
            state.refundReason = reason
            show(.refundNote, &state)
        case .askApproval:
            state.approvalFor = .refundIssuance
            show(.supervisorID, &state)
        case .printReceipt:
            return state.receipt.map { [.printReceipt(.issuance($0.issuanceID))] } ?? []
        case .confirmClose:
            guard let count = state.tillCount else { return [] }
            return [.close(businessDate: CityClock.japan.businessDate(state.now), countedCash: count.counted,
                           changeFloat: count.changeFloat)]
        case .backHome:
            finish(nil, &state)
        }
        return []
    }

    static func chooseCertificate(_ kind: CertificateKind, _ state: inout WindowState) {
        state.customer.residentOptions = ResidentRecordOptions()
        switch kind {
        case .residentRecord, .removedResidentRecord: show(.residentScope, &state)
        case .sealRegistration: show(.sealCard, &state)
        case .incomeTax: show(.fiscalYear, &state)
        case .taxPayment: show(.taxRecord, &state)
        case .business: show(.business, &state)
        }
    }

    /// Enter on a text screen. Secret input leaves the state here, whatever happens next.
    static func submit(_ state: inout WindowState) -> [WindowEffect] {
        let input = state.input.trimmingCharacters(in: .whitespaces)
        state.input = ""
        if state.screen == .refundNote { return refundNote(input, &state) }
        guard !input.isEmpty else {
            state.message = WindowMessage("window.message.required")
            return []
        }
        switch state.screen {
        case .staffID:
            state.staffID = input
            show(.password, &state)
        case .password:
            return [.login(staffID: state.staffID, password: input)]
        case .cardNumber:
            state.customer.cardNumber = input
            return [.findCard(input)]
        case .kana:
            state.customer.kana = KanaInput.katakana(input)
            show(.birthDate, &state)
            state.input = state.customer.birthInput
        case .birthDate:
            state.customer.birthInput = input
            guard let birthDate = DateInput.iso(input) else {
                state.message = WindowMessage("window.message.badDate")
                state.input = input
                return []
            }
            return [.search(kana: state.customer.kana, birthDate: birthDate)]
        case .proxyName:
            state.customer.proxy?.name = input
            show(.proxyPurpose, &state)
        case .proxyPurpose:
            state.customer.proxy?.purpose = input
            show(.proxySubmitTo, &state)
        case .proxySubmitTo:
            state.customer.proxy?.submitTo = input
            show(state.customer.isDeceased ? .applicantRelationship : .identity, &state)
        case .sealCard:
            guard let resident = state.customer.profile?.resident.residentID else { return [] }
            return [.checkSealCard(residentID: resident, number: input)]
        case .copies:
            guard let copies = Int(input), (1...10).contains(copies) else {
                state.message = WindowMessage("window.message.copiesRange")
                return []
            }
            state.customer.copies = copies
            show(.fee, &state)
        case .supervisorID:
            // The clerk stays logged in; the supervisor only approves this one step, and never their own (four eyes).
            guard input != state.staff?.id else {
                state.message = WindowMessage("window.message.ownApproval")
                return []
            }
            state.customer.approvedBy = nil
            state.approvingSupervisor = input
            show(.supervisorPassword, &state)
        case .supervisorPassword:
            return [.approve(supervisorID: state.approvingSupervisor, password: input)]
        case .cashReceived:
            return cashReceived(input, &state)
        case .receiptIssuance:
            return receiptFor(input, &state)
        case .newPIN:
            guard input.count == PIN.length else {
                state.message = WindowMessage("window.message.pinLength")
                return []
            }
            state.customer.newPIN = PIN(input)
            show(.newPINAgain, &state)
        case .newPINAgain:
            guard let first = state.customer.newPIN, first == PIN(input) else {
                state.customer.newPIN = nil
                state.message = WindowMessage("window.message.pinMismatch")
                show(.newPIN, &state)
                return []
            }
            state.customer.newPIN = nil
            return state.customer.credentialID.map {
                [.resetPIN(credentialID: $0, pin: first, identity: state.customer.identity)]
            } ?? []
        case .countedCash:
            guard let yen = typedCash(input, &state) else { return [] }
            return [.countTill(businessDate: CityClock.japan.businessDate(state.now), counted: yen)]
        default:
            break
        }
        return []
    }
}
