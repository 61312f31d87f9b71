/// Stable, short node and edge ids derived from canonical keys.
///
/// An id is a kind prefix ("p_", "i_", "m_", …) followed by the 64-bit FNV-1a hash of the canonical
/// key's UTF-8 bytes in 16 lowercase hex digits. The same key gives the same id on every run and on
/// every corpus, so a re-run over a larger corpus keeps the ids of what it already knew. FNV-1a is
/// implemented here (not a cryptographic hash) because ids need stability, not secrecy, and the
/// package takes no crypto dependency.
public enum StableID {
    /// 64-bit FNV-1a of the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The id for `key` with the given prefix, for example `make("p_", "person:علی لاریجانی")`.
    public static func make(_ prefix: String, _ key: String) -> String {
        let hex = String(fnv1a64(key), radix: 16)
        return prefix + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
