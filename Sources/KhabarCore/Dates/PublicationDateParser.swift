import Foundation

/// Parses the publication dates metadata carries: RFC 822 (`Sun, 15 Jul 2018 21:56:56 +0400`, zone
/// names GMT/UT/UTC/Z/EST/EDT/CST/CDT/MST/MDT/PST/PDT), ISO 8601 (`2018-07-15T21:56:56+04:00`,
/// `2018-07-15 21:56`, `2018-07-15`), Unix seconds (9–10 digits), and, as a last resort, an Arabic
/// date in the text (`15 مارس 2024`, through ``DateRecognizer``, absolute days only).
///
/// Returns the instant and the UTC offset it was written in (seconds east; `nil` when the text gave
/// none). Arithmetic is done by hand (days from civil), no formatter, so it is cheap per article.
public enum PublicationDateParser {
    public static func parse(_ text: String) -> (date: Date, utcOffset: Int?)? {
        if let r = FastRFC822.parse(text) { return r }
        let s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !s.isEmpty, s.utf8.count < 200 else { return nil }
        if let r = rfc822(s) { return r }
        if let r = iso8601(s) { return r }
        if s.utf8.count >= 9, s.utf8.count <= 10, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Double(s) {
            return (Date(timeIntervalSince1970: n), 0)
        }
        let mentions = DateRecognizer().recognize(s)
        if let m = mentions.first(where: { $0.granularity == .day && $0.kind != .relative && !$0.value.hasPrefix("--") }) {
            let p = m.value.split(separator: "-").compactMap { Int($0) }
            if p.count == 3 { return (instant(p[0], p[1], p[2], 0, 0, 0, offset: 0), nil) }
        }
        return nil
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
        "pst": -8, "pdt": -7,
    ]

    static func rfc822(_ s: String) -> (date: Date, utcOffset: Int?)? {
        var parts = s.split(whereSeparator: { $0 == " " || $0 == "," }).map { String($0) }
        if let first = parts.first, Int(first) == nil { parts.removeFirst() }
        guard parts.count >= 4, let day = Int(parts[0]),
            let month = months.firstIndex(of: String(parts[1].lowercased().prefix(3))), var year = Int(parts[2])
        else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        let hms = parts[3].split(separator: ":").compactMap { Int($0) }
        guard hms.count >= 2 else { return nil }
        var offset: Int?
        if parts.count >= 5 {
            let z = parts[4]
            if let hours = zones[z.lowercased()] {
                offset = hours * 3600
            } else if z.count == 5, let sign = z.first, sign == "+" || sign == "-", let v = Int(z.dropFirst()) {
                offset = (sign == "-" ? -1 : 1) * ((v / 100) * 3600 + (v % 100) * 60)
            }
        }
        guard (1...31).contains(day), hms[0] < 24, hms[1] < 60 else { return nil }
        let date = instant(year, month + 1, day, hms[0], hms[1], hms.count > 2 ? hms[2] : 0, offset: offset ?? 0)
        return (date, offset)
    }

    static func iso8601(_ s: String) -> (date: Date, utcOffset: Int?)? {
        let u = Array(s.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= u.count else { return nil }
            var v = 0
            for b in u[from..<(from + len)] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            return v
        }
        guard let y = num(0, 4), u.count >= 10, u[4] == 0x2D, let mo = num(5, 2), u[7] == 0x2D, let d = num(8, 2),
            (1...12).contains(mo), (1...31).contains(d)
        else { return nil }
        var h = 0, mi = 0, se = 0, i = 10
        var offset: Int?
        if i < u.count, u[i] == 0x54 || u[i] == 0x20, let hh = num(i + 1, 2), i + 3 < u.count, u[i + 3] == 0x3A,
            let mm = num(i + 4, 2)
        {
            (h, mi) = (hh, mm)
            i += 6
            if i < u.count, u[i] == 0x3A, let ss = num(i + 1, 2) {
                se = ss
                i += 3
            }
            while i < u.count, u[i] == 0x2E || (u[i] >= 0x30 && u[i] <= 0x39) { i += 1 }
            if i < u.count {
                if u[i] == 0x5A {
                    offset = 0
                } else if u[i] == 0x2B || u[i] == 0x2D, let oh = num(i + 1, 2) {
                    var om = 0
                    if let m = num(i + 4, 2), u[i + 3] == 0x3A { om = m } else if let m = num(i + 3, 2) { om = m }
                    offset = (u[i] == 0x2D ? -1 : 1) * (oh * 3600 + om * 60)
                }
            }
        }
        return (instant(y, mo, d, h, mi, se, offset: offset ?? 0), offset)
    }

    /// The instant of a civil date and time written at `offset` seconds east of UTC.
    static func instant(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int, offset: Int) -> Date {
        // Days from 1970-01-01 (Howard Hinnant's days_from_civil).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + h * 3600 + mi * 60 + s - offset))
    }
}

/// The common RFC 822 shape (`Sun, 15 Jul 2018 21:56:56 +0400`, what every TREC `<TIME>` carries)
/// read over the UTF-8 bytes, without Foundation's trimming or per-part Strings.
///
/// It answers only when it is sure to give what the general path (`trimmingCharacters` then
/// ``PublicationDateParser/rfc822(_:)``) gives: printable ASCII with nothing to trim, unsigned
/// numbers of at most 9 digits, a known month, a time of 2–3 colon-separated numbers, a known or
/// `±HHMM` zone. Anything else — including input the general path would refuse — returns `nil`
/// and is left to the general path.
enum FastRFC822 {
    static let months: [[UInt8]] = PublicationDateParser.months.map { Array($0.utf8) }
    static let zones: [([UInt8], Int)] = PublicationDateParser.zones.map { (Array($0.key.utf8), $0.value) }

    static func parse(_ text: String) -> (date: Date, utcOffset: Int?)? {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    static func parse(_ u: UnsafeBufferPointer<UInt8>) -> (date: Date, utcOffset: Int?)? {
        let n = u.count
        guard n > 0, n < 200, u[0] != 0x20, u[n - 1] != 0x20 else { return nil }
        // Parts split on spaces and commas (empty parts dropped); only the first six are needed.
        var parts: [Range<Int>] = []
        parts.reserveCapacity(6)
        var i = 0
        while i < n {
            let b = u[i]
            guard b >= 0x20, b <= 0x7E else { return nil }  // printable ASCII only
            if b == 0x20 || b == 0x2C { i += 1; continue }
            let start = i
            while i < n, u[i] != 0x20, u[i] != 0x2C {
                guard u[i] >= 0x20, u[i] <= 0x7E else { return nil }
                i += 1
            }
            if parts.count < 6 { parts.append(start..<i) }
        }
        /// An unsigned decimal of 1–9 digits; a sign or anything longer is left to the general path.
        func number(_ r: Range<Int>) -> Int? {
            guard r.count >= 1, r.count <= 9 else { return nil }
            var v = 0
            for k in r {
                guard u[k] >= 0x30, u[k] <= 0x39 else { return nil }
                v = v * 10 + Int(u[k] - 0x30)
            }
            return v
        }
        func lowered(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        // A first part that is not a number (the weekday) is dropped; a signed or long one is left
        // to the general path (`Int` would read it).
        guard let first = parts.first, u[first.lowerBound] != 0x2B, u[first.lowerBound] != 0x2D else { return nil }
        if number(first) == nil {
            guard first.contains(where: { u[$0] < 0x30 || u[$0] > 0x39 }) else { return nil }
            parts.removeFirst()
        }
        guard parts.count >= 4, let day = number(parts[0]), var year = number(parts[2]) else { return nil }
        let m = parts[1]
        guard m.count >= 3,
            let month = months.firstIndex(where: { $0[0] == lowered(u[m.lowerBound]) && $0[1] == lowered(u[m.lowerBound + 1]) && $0[2] == lowered(u[m.lowerBound + 2]) })
        else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        // The time: every colon-separated piece a number, at least two of them.
        var hms: [Int] = []
        var start = parts[3].lowerBound
        for k in parts[3].lowerBound...parts[3].upperBound where k == parts[3].upperBound || u[k] == 0x3A {
            guard let v = number(start..<k) else { return nil }
            hms.append(v)
            start = k + 1
        }
        guard hms.count >= 2 else { return nil }
        var offset: Int?
        if parts.count >= 5 {
            let z = parts[4]
            if let zone = zones.first(where: { $0.0.count == z.count && zip($0.0, z).allSatisfy { $0 == lowered(u[$1]) } }) {
                offset = zone.1 * 3600
            } else if z.count == 5, u[z.lowerBound] == 0x2B || u[z.lowerBound] == 0x2D {
                guard let v = number(z.lowerBound + 1..<z.upperBound) else { return nil }
                offset = (u[z.lowerBound] == 0x2D ? -1 : 1) * ((v / 100) * 3600 + (v % 100) * 60)
            }
        }
        guard (1...31).contains(day), hms[0] < 24, hms[1] < 60 else { return nil }
        let date = PublicationDateParser.instant(year, month + 1, day, hms[0], hms[1], hms.count > 2 ? hms[2] : 0, offset: offset ?? 0)
        return (date, offset)
    }
}
