/// A string hashed and compared by its UTF-8 bytes, for the normalized keys resolution groups by.
///
/// Swift's `String` hashes and compares by canonical equivalence, so every hash of non-ASCII text
/// normalizes it to NFC first: about 3,000 instructions per dictionary look-up of a Persian key, a third
/// of resolving a corpus. The keys resolution groups by (name, surname, role and institution keys) are the
/// extractor's matching keys, already in one normalized form with every mark removed, so their bytes
/// identify them and the NFC pass finds nothing to do.
///
/// Use it only for such keys; labels and texts as written keep `String`'s comparison.
struct ExactKey: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (lhs: ExactKey, rhs: ExactKey) -> Bool {
        lhs.string.utf8.count == rhs.string.utf8.count && lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        // Native strings are contiguous UTF-8; the element loop is only for bridged ones.
        if string.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in string.utf8 { hasher.combine(byte) }
        }
    }
}
