import Foundation

/// Checks, before a run does any work, that the folder it will write into can be made and written,
/// so that a read-only disk or someone else's folder gets one plain sentence (exit code 6) instead
/// of a Foundation error code after minutes of extraction.
enum OutputFolder {
    /// Makes `folder` if needed and checks that this user may create files in it.
    ///
    /// - Parameter purpose: what goes there, for the message («the outputs», «the store»).
    static func prepare(_ folder: URL, for purpose: String) throws {
        let path = folder.path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw UserFacingError(message: "cannot write \(purpose) into \(path): it is a file, not a folder; choose another place", exitCode: ExitStatus.storeFailed)
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw UserFacingError(message: "cannot make the folder \(path) for \(purpose): \(reason(error)); choose another place", exitCode: ExitStatus.storeFailed)
            }
        }
        guard access(path, W_OK | X_OK) == 0 else {
            let why = errno == EROFS ? "it is on a read-only file system" : "this user may not write in it (read-only or another user's folder)"
            throw UserFacingError(message: "cannot write \(purpose) into \(path): \(why); choose another place (-o / --db) or change its permissions", exitCode: ExitStatus.storeFailed)
        }
    }

    /// The system's sentence for a file error («Permission denied»), without Foundation's domain and code.
    static func reason(_ error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError {
            if underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
                return String(cString: strerror(code.rawValue))
            }
            return underlying.localizedDescription
        }
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain, ns.code == CocoaError.fileWriteNoPermission.rawValue { return "permission denied" }
        if ns.domain == NSCocoaErrorDomain, ns.code == CocoaError.fileWriteVolumeReadOnly.rawValue { return "read-only file system" }
        return ns.localizedDescription
    }
}
