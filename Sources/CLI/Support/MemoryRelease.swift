#if canImport(Glibc)
    import Glibc
#endif

/// Hands memory the process has freed back to the system.
///
/// glibc keeps freed blocks for reuse, so after a build drops the per-article resolution or one export's
/// buffers, the resident size would stay at its high-water mark and the next phase would add to it.
/// Returning the free pages between phases keeps the peak at the largest phase, not their sum.
enum MemoryRelease {
    #if canImport(Glibc)
        /// glibc's `malloc_trim`, looked up at run time: the Glibc module does not export it.
        private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
            guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        }()
    #endif

    static func returnFreedPages() {
        #if canImport(Glibc)
            _ = mallocTrim?(0)
        #endif
    }
}
