import Foundation
import Hummingbird

/// A request the explorer refuses or cannot answer: an HTTP status and a sentence saying why.
///
/// Sent as `{"error": "…"}` with the status, so scripts and the page show the same message.
/// Internal failures keep their detail in the server's log and send only a generic sentence.
enum ExplorerError: Error, HTTPResponseError, Equatable {
    /// 400: a parameter is missing or malformed.
    case badRequest(String)
    /// 404: no such person or page.
    case notFound(String)
    /// 405: a method other than GET and HEAD (the explorer only reads); sent with `Allow`.
    case methodNotAllowed(String)
    /// 413: the network is too large to draw; the message says how to narrow it.
    case tooLarge(String)
    /// 500: drawing or reading failed.
    case failed(String)
    /// 503: too many drawings are waiting; try again in a moment.
    case busy

    /// The HTTP status of the error.
    var status: HTTPResponse.Status {
        switch self {
        case .badRequest: .badRequest
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .tooLarge: .contentTooLarge
        case .failed: .internalServerError
        case .busy: .serviceUnavailable
        }
    }

    /// The sentence sent to the client.
    var message: String {
        switch self {
        case .badRequest(let message), .notFound(let message), .methodNotAllowed(let message), .tooLarge(let message),
            .failed(let message): message
        case .busy: "the server is drawing other networks; try again in a moment"
        }
    }

    /// The JSON error response.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = ExplorerResponse.json(["error": message], status: status)
        if self == .busy { response.headers[.retryAfter] = "1" }
        if case .methodNotAllowed = self { response.headers[.allow] = MethodMiddleware<BasicRequestContext>.allowed }
        return response
    }
}
