import Hummingbird

/// Hummingbird's context for one request; the terminal is not in it but passed to each handler by
/// `CenterRoutes`, once its token has been checked.
public struct CenterContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
