import Crypto
import Extractors
import Foundation
import Graph

/// Maps the extractor's per-document record onto the graph's input contract.
///
/// This is the one seam between the two libraries (Extractors knows nothing of the graph, Graph
/// nothing of Persian rules): ids stay the record's local ids, spans keep their original offsets,
/// and each meeting's evidence sentence is cut from the original text here, so the graph can keep
/// the sentence without keeping the article.
enum DocumentGraphMapper {
    /// - Parameter display: turns names and phrases into the form Didar prints (`DisplayForm`, remembered).
    static func map(_ record: DocumentExtraction, of document: SourceDocument, display: DisplayCache) -> DocumentGraph {
        func cut(_ start: Int, _ end: Int) -> String { slice(document.text, scalars: start, end) }
        func span(_ m: ExtractedMention) -> Span { Span(start: m.start, end: m.end, text: m.text, sentence: m.sentence) }
        // Labels are shown to people: Persian letters and restored ZWNJs («علي فتحاللهي» → «علی فتح‌اللهی»).
        // Spans keep the text as written, since their offsets point into the original.

        let info = DocumentInfo(
            id: record.document, url: document.url, date: record.date, title: document.title,
            contentHash: contentHash(document.text), agency: record.media.first.map { display.display($0.name) })
        let people = record.people.map { p in
            PersonRecord(
                localID: p.id, name: display.display(p.name), unnamed: p.unnamed, titles: p.titles, nameKey: p.nameKey,
                surnameKey: p.surnameKey.isEmpty ? nil : p.surnameKey,
                roles: p.roles.map { r in
                    RoleRecord(
                        text: display.display(r.text), key: r.key, head: r.head, gloss: r.gloss.isEmpty ? nil : r.gloss,
                        institutionLocalID: r.institution, placeKey: r.place.map(PersianNormalizer.key),
                        former: r.former, span: Span(start: r.start, end: r.end, text: r.text, sentence: r.sentence))
                },
                mentions: p.mentions.map(span))
        }
        let institutions = record.institutions.map {
            InstitutionRecord(localID: $0.id, name: display.display($0.name), key: $0.key, gloss: $0.gloss.isEmpty ? nil : $0.gloss, mentions: $0.mentions.map(span))
        }
        let groups = record.groups.map {
            GroupRecord(localID: $0.id, label: display.display($0.label), key: PersianNormalizer.key($0.label), mentions: $0.mentions.map(span))
        }
        let places = record.places.map { PlaceRecord(localID: $0.id, name: display.display($0.name), key: $0.key, mentions: $0.mentions.map(span)) }
        let placeIDs = Dictionary(record.places.map { (PersianNormalizer.key($0.name), $0.id) }, uniquingKeysWith: { a, _ in a })
        let meetings = record.meetings.map { m in
            MeetingRecord(
                localID: m.id, kind: kind(m.kind), cameo: m.cameo,
                trigger: Span(start: m.trigger.start, end: m.trigger.end, text: m.trigger.text, sentence: m.sentence.index),
                sentence: Span(start: m.sentence.start, end: m.sentence.end, text: cut(m.sentence.start, m.sentence.end), sentence: m.sentence.index),
                date: m.date ?? record.date,
                placeLocalID: m.place.flatMap { placeIDs[PersianNormalizer.key($0)] },
                participants: m.participants, groups: m.groups, institutions: m.institutions,
                host: m.host.first, guest: m.guest.first,
                hosts: m.host.isEmpty ? nil : m.host, guests: m.guest.isEmpty ? nil : m.guest,
                rule: m.rule, ruleSource: m.source)
        }
        return DocumentGraph(document: info, people: people, institutions: institutions, groups: groups, places: places, meetings: meetings)
    }

    static func kind(_ kind: Extractors.MeetingKind) -> Graph.MeetingKind {
        switch kind {
        case .meeting: .meeting
        case .visit: .visit
        case .ceremony: .ceremony
        case .council: .councilSession
        case .press: .pressConference
        }
    }

    /// The text between two Unicode scalar offsets (clamped to the text, an inverted range is empty).
    ///
    /// Cut from the UTF-8 bytes, counting scalars as it goes (a scalar starts at every byte that is not
    /// a continuation byte), so no array of the article's scalars is made for one sentence.
    static func slice(_ text: String, scalars start: Int, _ end: Int) -> String {
        let from = max(0, start), to = max(from, end)
        let cut = text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            var lo = bytes.count, hi = bytes.count
            var scalar = 0
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                if scalar == from { lo = offset }
                if scalar == to { hi = offset; break }
                scalar += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
        }
        if let cut { return cut }
        // A bridged string without contiguous UTF-8 (not what the readers make): by scalars.
        let scalars = Array(text.unicodeScalars)
        let lo = min(from, scalars.count), hi = min(to, scalars.count)
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }

    /// Hex SHA-256 of the text's UTF-8 bytes: the store skips a document it already holds by this hash.
    static func contentHash(_ text: String) -> String {
        // Hex digits by table: `String(format:)` per byte cost more than the hash itself.
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        // The bytes are hashed where they lie; copying them into a `Data` first cost as much as hashing.
        var hasher = SHA256()
        if text.utf8.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) == nil {
            hasher.update(data: Data(text.utf8))
        }
        for byte in hasher.finalize() {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
