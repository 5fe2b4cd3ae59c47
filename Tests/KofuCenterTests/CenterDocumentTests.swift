import Foundation
import KofuCenterAPI
import Testing

/// The served OpenAPI document and the routes the center registers are one list: an operation in either and not
/// in the other fails here.
@Suite struct CenterDocumentTests {
    /// (method, path, operationId) of every operation in the document, read from its layout: paths at two spaces,
    /// methods at four, `operationId` at six.
    static func operations(in document: String) -> [String] {
        var operations: [String] = [], path = "", method = ""
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            if let match = line.wholeMatch(of: #/  (\/[^ :]*):/#) { path = String(match.1) }
            else if let match = line.wholeMatch(of: #/    (get|put|post|delete|patch):/#) { method = match.1.uppercased() }
            else if let match = line.wholeMatch(of: #/      operationId: (\w+)/#) {
                operations.append("\(method) \(path) \(match.1)")
            }
        }
        return operations.sorted()
    }

    @Test func everyRouteIsInTheDocumentAndNothingElse() throws {
        let document = try String(contentsOf: CenterFixture.assets.appendingPathComponent("center/openapi.yaml"),
                                  encoding: .utf8)
        let documented = Self.operations(in: document)
        let served = CenterRoute.allCases.map { "\($0.method) \($0.path) \($0.operationID)" }.sorted()
        #expect(documented.count == CenterRoute.allCases.count)
        #expect(documented == served)
    }

    @Test func theReaderSeesADifference() {
        let document = """
        paths:
          /v1/x:
            get:
              operationId: x
          /v1/y/{id}:
            post:
              operationId: y
        """
        #expect(Self.operations(in: document) == ["GET /v1/x x", "POST /v1/y/{id} y"])
    }
}
