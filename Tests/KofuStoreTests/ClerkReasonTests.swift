import Foundation
import KofuCore
import KofuTestSupport
import Testing
@testable import KofuStore

/// Every refusal the window can meet has a text for the clerk in both languages.
@Suite struct ClerkReasonTests {
    static let windowErrors: [WindowError] = [
        .residentNotFound("R"), .residentNotActive("R"), .proxyPurposeMissing, .notPlainText,
        .notAHouseholdMember, .notRemoved("R"), .otherTown("町"), .notInWideArea, .wideAreaApplicant, .photoIDRequired,
        .sealRegistrationEnded, .deceasedInPerson, .relationshipMissing, .heirOfTheLiving, .removedRecordAlone,
        .protectedNoWideArea, .myNumberNotOnRemovedRecord, .notResidentOnJanuary1(2027), .unknownSerial("K-1"),
        .proxyUnderProtectionMeasure, .sealCardMismatch, .noTaxRecord(residentID: "R", fiscalYear: 2026, item: .inhabitantTax),
        .unknownBusiness(registrationID: "B", residentID: "R"), .approvalMissing, .ownApproval,
        .tillClosed(businessDate: "2026-11-25", terminal: "W"), .alreadyClosed(businessDate: "2026-11-25", terminal: "W"),
        .notSameBusinessDay(1), .notAWindowIssuance(1), .pinIncomplete, .cashOutOfRange(-1), .outsideWindowHours,
        .implausibleTakings(businessDate: "2026-11-25", terminal: "W"),
        .copiesNotCollected(1), .refundReasonMissing, .cashShort(received: 0, amount: 300), .notPaid(1),
        .receiptNotMade(issuanceID: 1, copy: 2),
    ]
    static let issuanceErrors: [IssuanceError] = [
        .credentialRefused(credentialID: "C", .revoked), .credentialOfAnotherResident(credentialID: "C", residentID: "R"),
        .memberNotInHousehold("R"), .memberNotActive("R"), .noMembersChosen, .noSealRegistration(residentID: "R"),
        .noIncomeRecord(residentID: "R", fiscalYear: 2026), .fiscalYearNotReleased(2027), .copiesOutOfRange(11),
        .unknownIssuance(1), .alreadyRefunded(1), .outsideServiceHours, .requestKeyReused, .requestWithdrawn,
        .pinNotProven, .alreadyPrinted(1),
    ]
    static let staffErrors: [StaffError] = [.unknownStaff("S"), .notSupervisor("S"), .locked("S"), .alreadyExists("S"),
                                            .invalid("x")]

    @Test func everyReasonHasATextInBothLanguages() throws {
        let strings = try loadStrings()
        let reasons = Self.windowErrors.map(\.clerkReason) + Self.issuanceErrors.map(\.clerkReason)
            + Self.staffErrors.map(\.clerkReason)
        #expect(Set(reasons).count >= 20)
        for reason in reasons {
            for language in Language.allCases {
                let text = strings.text("window.refusal.\(reason)", language)
                #expect(!text.hasPrefix("⟨"), "\(reason) has no \(language) text")
            }
        }
    }
}
