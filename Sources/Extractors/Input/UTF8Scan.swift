/// Byte-level checks on raw input: the first invalid UTF-8 sequence, and whether bytes look binary.
///
/// Written over a buffer pointer because it runs on every byte of every corpus.
enum UTF8Scan {
    /// Byte offset of the first ill-formed UTF-8 sequence in `bytes`, or nil when all is valid.
    ///
    /// Follows the Unicode table of well-formed sequences (no overlongs, no surrogates, ≤ U+10FFFF).
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        var i = 0
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
                i + k < n && bytes[i + k] >= lo && bytes[i + k] <= hi
            }
            switch b0 {
            case 0xC2...0xDF:
                guard cont(1) else { return i }
                i += 2
            case 0xE0:
                guard cont(1, 0xA0), cont(2) else { return i }
                i += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard cont(1), cont(2) else { return i }
                i += 3
            case 0xED:
                guard cont(1, 0x80, 0x9F), cont(2) else { return i }
                i += 3
            case 0xF0:
                guard cont(1, 0x90), cont(2), cont(3) else { return i }
                i += 4
            case 0xF1...0xF3:
                guard cont(1), cont(2), cont(3) else { return i }
                i += 4
            case 0xF4:
                guard cont(1, 0x80, 0x8F), cont(2), cont(3) else { return i }
                i += 4
            default:
                return i
            }
        }
        return nil
    }

    /// Byte offset of the first sign that the bytes are not text: a NUL byte anywhere, or (in the
    /// first 8 KB) a control character when more than 5 % of those bytes are controls other than
    /// tab, line feed, carriage return and form feed.
    static func binaryOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        let window = min(n, 8192)
        var controls = 0
        var firstControl: Int?
        for i in 0..<window {
            let b = bytes[i]
            if b == 0 { return i }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C || b == 0x7F {
                controls += 1
                if firstControl == nil { firstControl = i }
            }
        }
        if let firstControl, controls * 20 > window { return firstControl }
        if window < n, let nul = bytes[window...].firstIndex(of: 0) { return nul }
        return nil
    }
}
