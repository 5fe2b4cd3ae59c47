import Foundation
import Hummingbird
import KofuCore
import KofuStore

/// The window's operations on the center.
struct WindowOperations {
    let services: CenterServices

    func dailySummary(_ request: Request, _ context: CenterContext, _ terminal: Terminal?) async throws -> Response {
        guard let date = context.parameters.get("businessDate"), JapaneseDate.parse(date) != nil else {
            throw CenterError.badRequest("the business date is YYYY-MM-DD")
        }
        let window = services.window
        return try CenterRoutes.json(try await Blocking.run { try window.dailySummary(businessDate: date) })
    }
}
