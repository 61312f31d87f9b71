import HTTPTypes
import Hummingbird

/// The explorer only reads, so it answers GET and HEAD and refuses every other method as HTTP asks
/// (RFC 9110 §15.5.6): 405 with an `Allow` header, rather than a 404 that would say the page is missing.
/// OPTIONS gets 204 and `Allow`.
///
/// HEAD itself is answered by the router (`RouterOptions.autoGenerateHeadEndpoints`: each GET route's
/// status and headers without the body), so it passes through here like GET.
struct MethodMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods the explorer answers, as sent in `Allow`.
    static var allowed: String { "GET, HEAD" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        switch request.method {
        case .get, .head:
            return try await next(request, context)
        case .options:
            var response = Response(status: .noContent)
            response.headers[.allow] = Self.allowed
            return response
        default:
            throw ExplorerError.methodNotAllowed("\(request.method.rawValue) is not allowed: the explorer only reads (use GET or HEAD)")
        }
    }
}
