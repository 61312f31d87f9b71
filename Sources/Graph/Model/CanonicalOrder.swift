/// `String`'s order (`<`), computed on the UTF-8 bytes whenever that gives the same answer.
///
/// Swift orders strings by their NFC-normalized scalars, and for non-ASCII text it checks the
/// normalization on every comparison: sorting the people's look-up keys of one corpus spent most of its
/// time there. A string made only of scalars that normalization leaves alone and that never combine
/// with a neighbour is its own NFC form, and UTF-8 byte order is scalar order, so for two such strings
/// the bytes answer; anything else (combining marks, Greek, Hebrew, most symbols) is left to `String`.
enum CanonicalOrder {
    /// True when `lhs` sorts before `rhs`, exactly as `lhs < rhs`.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool { compare(lhs, rhs) < 0 }

    /// -1, 0 or 1 as `lhs` sorts before, equal to (`==`) or after `rhs` in `String`'s order.
    static func compare(_ lhs: String, _ rhs: String) -> Int {
        let byBytes: Int?? = lhs.utf8.withContiguousStorageIfAvailable { l -> Int? in
            let answer: Int?? = rhs.utf8.withContiguousStorageIfAvailable { r -> Int? in
                guard isStable(l), isStable(r) else { return nil }
                // Equal bytes are equal strings, whatever they hold.
                if l.elementsEqual(r) { return 0 }
                return l.lexicographicallyPrecedes(r) ? -1 : 1
            }
            return answer ?? nil
        }
        if let answer = byBytes ?? nil { return answer }
        return lhs == rhs ? 0 : (lhs < rhs ? -1 : 1)
    }

    /// True when every scalar of `string` is one `isStable(_:)` accepts.
    static func isStable(_ string: String) -> Bool {
        string.utf8.withContiguousStorageIfAvailable { isStable($0) } ?? false
    }

    /// Like `compare(_:_:)`, with each string's `isStable(_:)` answer computed beforehand (a sort checks
    /// every string once rather than in each of its comparisons).
    static func compare(_ lhs: String, stable lhsStable: Bool, _ rhs: String, stable rhsStable: Bool) -> Int {
        if lhsStable && rhsStable {
            let byBytes: Int?? = lhs.utf8.withContiguousStorageIfAvailable { l -> Int? in
                rhs.utf8.withContiguousStorageIfAvailable { r -> Int in
                    l.elementsEqual(r) ? 0 : (l.lexicographicallyPrecedes(r) ? -1 : 1)
                }
            }
            if let answer = byBytes ?? nil { return answer }
        }
        return lhs == rhs ? 0 : (lhs < rhs ? -1 : 1)
    }

    /// True when every scalar of the UTF-8 text is ASCII or Latin up to U+02FF, a Persian or Arabic letter,
    /// digit or punctuation mark (not a harakat or Quranic mark), or a zero-width (non-)joiner.
    static func isStable(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = utf8.count
        while i < n {
            let lead = utf8[i]
            if lead < 0x80 { i += 1; continue }
            if lead >= 0xC2 && lead <= 0xCB {           // U+0080…U+02FF
                i += 2
                continue
            }
            if lead >= 0xD8 && lead <= 0xDB, i + 1 < n {  // U+0600…U+06FF
                let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(utf8[i + 1] & 0x3F)
                guard isStableArabic(scalar) else { return false }
                i += 2
                continue
            }
            // U+200C and U+200D (E2 80 8C, E2 80 8D).
            if lead == 0xE2, i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0x8C || utf8[i + 2] == 0x8D {
                i += 3
                continue
            }
            return false
        }
        return true
    }

    /// Arabic-block scalars with no decomposition and no combining class (letters, digits, punctuation).
    private static func isStableArabic(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x060C, 0x061B, 0x061F, 0x0621...0x063A, 0x0640...0x064A, 0x0660...0x066D, 0x0671...0x06D3,
             0x06D5, 0x06F0...0x06F9:
            return true
        default:
            return false
        }
    }
}
