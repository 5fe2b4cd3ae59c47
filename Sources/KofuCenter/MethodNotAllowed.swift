import HTTPTypes
import Hummingbird
import KofuCenterAPI

/// A path the API has, asked with a method it does not take, is answered 405 with the methods it does (`Allow`),
/// not 404 as the router would: the path is there, the method is wrong.
struct MethodNotAllowed: RouterMiddleware {
    typealias Context = CenterContext

    /// Each path template's segments, with the methods it takes.
    private static let paths: [(segments: [Substring], allowed: String)] =
        Dictionary(grouping: CenterRoute.allCases, by: \.path).map { path, routes in
            (path.split(separator: "/"), Set(routes.map(\.method)).sorted().joined(separator: ", "))
        }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let segments = request.uri.path.split(separator: "/")
            guard let known = Self.paths.first(where: { Self.matches(segments, $0.segments) }) else { throw error }
            return Response(status: .methodNotAllowed, headers: [.allow: known.allowed])
        }
    }

    /// `{name}` in a template takes any one segment.
    static func matches(_ path: [Substring], _ template: [Substring]) -> Bool {
        path.count == template.count && zip(path, template).allSatisfy { $1.hasPrefix("{") || $0 == $1 }
    }
}
