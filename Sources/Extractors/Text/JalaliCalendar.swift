/// Conversion between the Solar Hijri (Jalali) calendar and the Gregorian calendar.
///
/// The arithmetic of Borkowski's algorithm as published in jalaali-js (valid for Jalali years
/// −61…3177): leap years follow the 2820-year break table, days go through a Julian Day Number.
public enum JalaliCalendar {
    private static let breaks = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178]

    /// The Gregorian (year, month, day) of a Jalali date, or nil when the date does not exist.
    ///
    /// ```swift
    /// JalaliCalendar.gregorian(year: 1400, month: 9, day: 3)  // (2021, 11, 24)
    /// ```
    public static func gregorian(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard isValid(year: year, month: month, day: day) else { return nil }
        let cal = calendar(year)
        let jdn = julianDay(gregorianYear: cal.gy, month: 3, day: cal.march) + (month - 1) * 31 - (month / 7) * (month - 7) + day - 1
        return gregorian(julianDay: jdn)
    }

    /// True when the Jalali date exists (the 30th of Esfand only in leap years).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard year >= breaks[0], year < breaks[breaks.count - 1], (1...12).contains(month), day >= 1 else { return false }
        if month <= 6 { return day <= 31 }
        if month <= 11 { return day <= 30 }
        return day <= (isLeap(year) ? 30 : 29)
    }

    /// True for a Jalali leap year (Esfand has 30 days).
    public static func isLeap(_ year: Int) -> Bool { calendar(year).leap == 0 }

    /// An ISO date string `YYYY-MM-DD`.
    public static func iso(_ date: (year: Int, month: Int, day: Int)) -> String {
        // The usual case written as ten ASCII bytes: string interpolation cost a few thousand
        // instructions a date, and every date mention in every article makes one.
        if (0...9999).contains(date.year), (0...99).contains(date.month), (0...99).contains(date.day) {
            return String(unsafeUninitializedCapacity: 10) { out in
                let zero = UInt8(ascii: "0")
                out[0] = zero + UInt8(date.year / 1000); out[1] = zero + UInt8(date.year / 100 % 10)
                out[2] = zero + UInt8(date.year / 10 % 10); out[3] = zero + UInt8(date.year % 10)
                out[4] = UInt8(ascii: "-")
                out[5] = zero + UInt8(date.month / 10); out[6] = zero + UInt8(date.month % 10)
                out[7] = UInt8(ascii: "-")
                out[8] = zero + UInt8(date.day / 10); out[9] = zero + UInt8(date.day % 10)
                return 10
            }
        }
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))"
    }

    /// True when the Gregorian date exists.
    public static func isValidGregorian(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        // A switch rather than an array of lengths, which was allocated on every call.
        switch month {
        case 2: return day <= ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28)
        case 4, 6, 9, 11: return day <= 30
        default: return day <= 31
        }
    }

    private static func calendar(_ jy: Int) -> (leap: Int, gy: Int, march: Int) {
        let gy = jy + 621
        var leapJ = -14
        var jp = breaks[0]
        var jump = 0
        for i in 1..<breaks.count {
            let jm = breaks[i]
            jump = jm - jp
            if jy < jm { break }
            leapJ += (jump / 33) * 8 + (jump % 33) / 4
            jp = jm
        }
        var n = jy - jp
        leapJ += (n / 33) * 8 + ((n % 33) + 3) / 4
        if jump % 33 == 4 && jump - n == 4 { leapJ += 1 }
        let leapG = gy / 4 - ((gy / 100 + 1) * 3) / 4 - 150
        let march = 20 + leapJ - leapG
        if jump - n < 6 { n = n - jump + ((jump + 4) / 33) * 33 }
        var leap = (((n + 1) % 33) - 1) % 4
        if leap == -1 { leap = 4 }
        return (leap, gy, march)
    }

    private static func julianDay(gregorianYear gy: Int, month gm: Int, day gd: Int) -> Int {
        var d = ((gy + (gm - 8) / 6 + 100100) * 1461) / 4 + (153 * ((gm + 9) % 12) + 2) / 5 + gd - 34840408
        d = d - ((gy + 100100 + (gm - 8) / 6) / 100 * 3) / 4 + 752
        return d
    }

    private static func gregorian(julianDay jdn: Int) -> (year: Int, month: Int, day: Int) {
        var j = 4 * jdn + 139361631
        j = j + ((4 * jdn + 183187720) / 146097 * 3) / 4 * 4 - 3908
        let i = ((j % 1461) / 4) * 5 + 308
        let gd = (i % 153) / 5 + 1
        let gm = ((i / 153) % 12) + 1
        let gy = j / 1461 - 100100 + (8 - gm) / 6
        return (gy, gm, gd)
    }
}
