/// UTF-8 encoding of one scalar into a byte buffer, for the text layer's strings made in place
/// (`String(utf8Encoding:)`, `PersianNormalizer.key`, the tokenizer's normalized forms): writing the bytes
/// straight into a new string's storage costs a fraction of appending scalars to a `String.UnicodeScalarView`.
enum UTF8Encoding {
    /// Number of UTF-8 bytes of scalar value `v`.
    @inline(__always)
    static func count(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }

    /// Writes the UTF-8 bytes of scalar value `v` at `out[k...]` (room for `count(v)` bytes) and returns
    /// the index after them.
    @inline(__always)
    static func write(_ v: UInt32, to out: UnsafeMutablePointer<UInt8>, at k: Int) -> Int {
        if v < 0x80 {
            out[k] = UInt8(v)
            return k + 1
        } else if v < 0x800 {
            out[k] = UInt8(0xC0 | v >> 6); out[k + 1] = UInt8(0x80 | v & 0x3F)
            return k + 2
        } else if v < 0x10000 {
            out[k] = UInt8(0xE0 | v >> 12); out[k + 1] = UInt8(0x80 | (v >> 6) & 0x3F); out[k + 2] = UInt8(0x80 | v & 0x3F)
            return k + 3
        } else {
            out[k] = UInt8(0xF0 | v >> 18); out[k + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
            out[k + 2] = UInt8(0x80 | (v >> 6) & 0x3F); out[k + 3] = UInt8(0x80 | v & 0x3F)
            return k + 4
        }
    }
}
