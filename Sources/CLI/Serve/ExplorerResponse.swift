import Foundation
import HTTPTypes
import Hummingbird

/// Builds the explorer's responses: JSON with sorted keys, raw bytes with a content type, and the
/// security headers every answer carries.
enum ExplorerResponse {
    /// The encoder for every JSON answer: sorted keys, so equal data gives byte-equal bodies.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `value` as a JSON response.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        // Encoding plain Codable structs and dictionaries of strings cannot fail; if it ever does,
        // the client still gets valid JSON rather than a dropped connection.
        let data = (try? encoder().encode(value)) ?? Data(#"{"error":"the answer could not be encoded"}"#.utf8)
        return bytes(Array(data), contentType: "application/json; charset=utf-8", status: status)
    }

    /// `bytes` as a response of `contentType`; `filename` makes browsers save it instead of showing it.
    static func bytes(
        _ bytes: [UInt8], contentType: String, status: HTTPResponse.Status = .ok, filename: String? = nil
    ) -> Response {
        var headers: HTTPFields = [.contentType: contentType]
        if let filename { headers[.contentDisposition] = "attachment; filename=\"\(filename)\"" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// Adds the headers that make the explorer safe to open: nothing but its own scripts may run, the
/// browser may not guess content types, pages may not be framed, and no referrer leaks to news sites.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The Content-Security-Policy: own scripts only, no inline script, no plugins, no framing.
    /// Inline *styles* are allowed because Graphviz's SVG carries style attributes.
    static var contentSecurityPolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }

    /// Calls the next handler and adds the headers to its response or error.
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        // The store is read-only while the server runs, but a rebuilt store must show at once.
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
