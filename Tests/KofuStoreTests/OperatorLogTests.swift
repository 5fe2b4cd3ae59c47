import Foundation
import KofuCore
import KofuTestSupport
import Testing
@testable import KofuStore

/// The operator log is read by staff not entitled to residents' data: errors reach it without ids or names.
@Suite struct OperatorLogTests {
    static let resident = "R-PRIVATE-7"
    static let credential = "C-PRIVATE-9"

    /// Every case that carries a resident or credential id.
    static let identifyingErrors: [IssuanceError] = [
        .credentialRefused(credentialID: credential, .revoked),
        .credentialOfAnotherResident(credentialID: credential, residentID: resident),
        .memberNotInHousehold(resident),
        .memberNotActive(resident),
        .noSealRegistration(residentID: resident),
        .noIncomeRecord(residentID: resident, fiscalYear: 2026),
    ]

    @Test(arguments: identifyingErrors)
    func summaryNamesNobody(_ error: IssuanceError) {
        #expect(error.description.contains(Self.resident) || error.description.contains(Self.credential))
        #expect(!error.operatorSummary.contains(Self.resident) && !error.operatorSummary.contains(Self.credential))
        #expect(!error.operatorSummary.isEmpty)
    }

    @Test func refusedIssuanceIsLoggedWithoutTheResident() throws {
        var kiosk = try KioskHarness()
        kiosk.desk.failure = IssuanceError.noSealRegistration(residentID: "R001")
        kiosk.type("111100001\n1234\n\n" + "2\n14")
        #expect(kiosk.state.screen == .issueFailed)
        #expect(kiosk.log.lines == ["issuance refused, nothing charged: holder has no registered seal"])
        #expect(!kiosk.log.lines.joined().contains("R001"))
    }
}
