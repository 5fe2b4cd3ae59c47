import Foundation
@testable import KofuCenter
import KofuCenterClient
import KofuCore
import KofuStore
import Testing

/// A window on a center shows the center's refusals by their codes: each code the center or its client can give
/// has a text for the clerk in both languages, as the store's own reasons have (ClerkReasonTests).
@Suite struct CenterRefusalTextTests {
    struct Unforeseen: Error {}

    @Test func everyCodeOfTheCenterAndItsClientHasAText() throws {
        let center = [
            CenterError.unauthorized, .forbidden(.window), .staffSessionRequired, .approvalRequired, .badRequest(""),
            .from(IssuanceError.unknownIssuance(1)), .from(WindowError.residentNotFound("R")),
            .from(StoreError.busy(path: "")), .from(Unforeseen()),
        ].map(\.code)
        let client = [CenterClientError.unreachable(""), .unexpected(status: 500), .noPINTicket, .noApproval,
                      .refused(status: 409, code: "pinNotProven", message: "")].map(\.clerkReason)
        #expect(Set(center).count == center.count, "\(center)")
        for language in ["ja", "en"] {
            let url = CenterFixture.assets.appendingPathComponent("strings/\(language).json")
            let table = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
            for code in center + client {
                #expect(table["window.refusal.\(code)"] != nil, "window.refusal.\(code) in \(language)")
            }
        }
    }
}
