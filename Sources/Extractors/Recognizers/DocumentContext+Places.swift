/// The place names asked of each token, remembered: `PlaceRecognizer` asks the same token many times (the
/// article's places, then every phrase that may end in a place).
extension DocumentContext {
    /// What `PlaceRecognizer.placeName(at: i, allowAmbiguous:)` answered before, if it was asked.
    func placeNameMemo(at i: Int, allowAmbiguous: Bool) -> PlaceNameMemo {
        let code = allowAmbiguous ? lenientPlaceNames[i] : strictPlaceNames[i]
        return code == 0 ? .unknown : .known(code < 0 ? nil : placeNames[Int(code) - 1])
    }

    /// Keeps `PlaceRecognizer.placeName`'s answer at `i` for the next time it is asked.
    func rememberPlaceName(_ answer: PlaceName?, at i: Int, allowAmbiguous: Bool) {
        var code: Int32 = -1
        if let answer {
            placeNames.append(answer)
            code = Int32(placeNames.count)
        }
        if allowAmbiguous { lenientPlaceNames[i] = code } else { strictPlaceNames[i] = code }
    }

    /// True when a place lexicon lists the word at `i` («اصفهان» is not a surname; «اصفهانی» may be).
    func isPlaceName(_ i: Int) -> Bool {
        PlaceRecognizer.nameLexicons.contains { matchLength($0.lexicon, at: i) == 1 }
    }
}
