import Foundation

#if canImport(Glibc)
private let RUSAGE_SELF_WHO = RUSAGE_SELF.rawValue
#else
private let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

/// Wall-clock, CPU time and peak memory of this process, for `didar bench`.
struct ResourceUsage {
    var wall: Double
    var cpu: Double

    static func now() -> ResourceUsage {
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return ResourceUsage(wall: Date().timeIntervalSince1970, cpu: cpu)
    }

    /// Peak resident set size in MB (VmHWM from /proc/self/status; ru_maxrss elsewhere).
    static func peakRSSMegabytes() -> Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
            for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
                let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
                return kb / 1024
            }
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
