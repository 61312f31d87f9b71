import Extractors
import Foundation

/// `DisplayForm.display`, remembered by the text it was given and shared by the extraction workers.
///
/// Why: the mapper turns every name, role, institution, group and place of every article into its
/// display form, and the same names and roles come back article after article; restoring their ZWNJs
/// (splitting into words, normalizing each, looking words and suffixes up) was two thirds of the
/// mapper's time and the largest single cost of a build after extraction (perf, Fars dev corpus,
/// 2026-12-05). The display form depends on the text alone, so a remembered answer is the same bytes.
///
/// Texts are told apart by their UTF-8 bytes (`String` would hash canonically equivalent spellings
/// alike, and each hash of Persian text normalizes it first). Memory stays bounded on any corpus: the
/// table is emptied when it reaches `limit` texts, which only costs the display forms made again.
final class DisplayCache: @unchecked Sendable {
    /// Texts remembered at most; distinct names and roles, so a corpus reaches it only at a very large size.
    static let limit = 100_000

    /// The restorer whose answers are remembered.
    let form: DisplayForm
    private let lock = NSLock()
    private var known: [Bytes: String] = [:]

    init(_ form: DisplayForm) {
        self.form = form
    }

    /// `form.display(text)`.
    func display(_ text: String) -> String {
        let key = Bytes(text)
        if let shown = lock.withLock({ known[key] }) { return shown }
        // Made outside the lock: two workers may both make a new text's form, and both get the same bytes.
        let shown = form.display(text)
        lock.withLock {
            if known.count >= Self.limit { known.removeAll(keepingCapacity: true) }
            known[key] = shown
        }
        return shown
    }

    /// A string hashed and compared by its UTF-8 bytes.
    private struct Bytes: Hashable {
        let string: String

        init(_ string: String) { self.string = string }

        static func == (lhs: Bytes, rhs: Bytes) -> Bool {
            lhs.string.utf8.count == rhs.string.utf8.count && lhs.string.utf8.elementsEqual(rhs.string.utf8)
        }

        func hash(into hasher: inout Hasher) {
            // Native strings are contiguous UTF-8; the element loop is only for bridged ones.
            if string.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
                for byte in string.utf8 { hasher.combine(byte) }
            }
        }
    }
}
