import Foundation

/// The `String`s of the token spellings the tokenizer has made, kept across documents, so that a word
/// seen before is copied from here instead of made again.
///
/// Why: making a `String` from bytes validates them as UTF-8 and checks them for ASCII (~300 instructions
/// for a 14-byte Persian word, no public API skips it), and the tokenizer made one for every token: 19 % of
/// the text layer. News text repeats its words (the Fars dev corpus: ~1 M tokens, a few tens of thousands
/// of spellings), so after the first documents nearly every spelling is found here: a probe by the key hash
/// the tokenizer computes anyway and a byte comparison. (A table made anew for each document was tried in
/// the fourth round and cost more than it saved: most of a document's spellings were new to it.)
///
/// Open addressing over `1 << 16` slots, Fibonacci hashing of the FNV-1a hash; a slot's bytes are kept in
/// an arena to compare with. When half the slots or the arena are used, the table is emptied and refilled
/// by the next documents, so its memory is bounded (about 3 MB) whatever the corpus. Not thread-safe: each
/// analysis takes one from a `TokenSpellings.Pool` for the length of a document.
final class TokenSpellings {
    private static let slotBits = 16
    private static let slotCount = 1 << slotBits
    private static let maxEntries = slotCount / 2
    private static let arenaSize = 1 << 20
    /// Longer spellings are made each time (rare; they would fill the arena).
    static let maxLength = 64

    // Every field a `let` pointer: a class's `var` fields would be checked for exclusive access at every probe.
    /// The key hash of each slot; 0 marks an empty slot (a spelling hashing to 0 is never stored).
    private let hashes: UnsafeMutablePointer<UInt64>
    /// Where each slot's bytes start in the arena, and how many there are.
    private let offsets: UnsafeMutablePointer<UInt32>
    private let lengths: UnsafeMutablePointer<UInt32>
    private let strings: UnsafeMutablePointer<String>
    private let arena: UnsafeMutablePointer<UInt8>
    /// [0]: entries stored, [1]: arena bytes used.
    private let used: UnsafeMutablePointer<Int>

    init() {
        hashes = .allocate(capacity: Self.slotCount)
        hashes.initialize(repeating: 0, count: Self.slotCount)
        offsets = .allocate(capacity: Self.slotCount)
        lengths = .allocate(capacity: Self.slotCount)
        strings = .allocate(capacity: Self.slotCount)
        strings.initialize(repeating: "", count: Self.slotCount)
        arena = .allocate(capacity: Self.arenaSize)
        used = .allocate(capacity: 2)
        used.initialize(repeating: 0, count: 2)
    }

    deinit {
        hashes.deallocate()
        offsets.deallocate()
        lengths.deallocate()
        strings.deinitialize(count: Self.slotCount)
        strings.deallocate()
        arena.deallocate()
        used.deallocate()
    }

    /// The string of `bytes` (valid UTF-8) whose FNV-1a hash is `hash`: the stored one, or a new one, stored.
    @inline(__always)
    func string(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String {
        guard hash != 0, bytes.count <= Self.maxLength else { return String(decoding: bytes, as: UTF8.self) }
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Self.slotBits))
        while true {
            let h = hashes[slot]
            if h == 0 { break }
            if h == hash, Int(lengths[slot]) == bytes.count, memcmp(arena + Int(offsets[slot]), bytes.baseAddress!, bytes.count) == 0 {
                return strings[slot]
            }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
        let made = String(decoding: bytes, as: UTF8.self)
        if used[0] >= Self.maxEntries || used[1] + bytes.count > Self.arenaSize {
            clear()
            // The probe's empty slot is stale once the table is emptied: probe again.
            slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Self.slotBits))
        }
        hashes[slot] = hash
        offsets[slot] = UInt32(used[1])
        lengths[slot] = UInt32(bytes.count)
        strings[slot] = made
        (arena + used[1]).update(from: bytes.baseAddress!, count: bytes.count)
        used[0] += 1
        used[1] += bytes.count
        return made
    }

    /// Empties the table (the strings are released).
    private func clear() {
        hashes.update(repeating: 0, count: Self.slotCount)
        for i in 0..<Self.slotCount { strings[i] = "" }
        used[0] = 0
        used[1] = 0
    }

    /// The pool every tokenizer takes its table from.
    static let shared = Pool()

    /// The tables not in use, shared by the threads that analyze documents: each analysis takes one (or makes
    /// one) and gives it back, so a thread never reads a table another is filling.
    final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        // Guarded by `lock`.
        private var idle: [TokenSpellings] = []

        init() {}

        /// Runs `body` with a table no other thread is using.
        func with<R>(_ body: (TokenSpellings) -> R) -> R {
            lock.lock()
            let table = idle.popLast() ?? TokenSpellings()
            lock.unlock()
            defer {
                lock.lock()
                idle.append(table)
                lock.unlock()
            }
            return body(table)
        }
    }
}
