extension Int {
    /// The number with its thousands separated by commas, as the CLI prints counts: 5360 → «5,360».
    var grouped: String {
        let digits = String(magnitude)
        var out = self < 0 ? "-" : ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
