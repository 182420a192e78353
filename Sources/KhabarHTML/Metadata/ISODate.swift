/// Normalizes machine-readable date strings to ISO 8601.
///
/// Accepted: `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH[:]MM]`, the same with a
/// space instead of `T`, and RFC 822 dates (`Tue, 24 Oct 2018 10:15:00 GMT`, as in RSS). Eastern Arabic
/// and Persian digits are read as digits. Out-of-range months/days and years outside 1900–2100 are refused.
enum ISODate {
    /// ASCII digits for Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits.
    static func westernDigits(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if v >= 0x0660 && v <= 0x0669 { out.append(Unicode.Scalar(v - 0x0660 + 0x30)!) }
            else if v >= 0x06F0 && v <= 0x06F9 { out.append(Unicode.Scalar(v - 0x06F0 + 0x30)!) }
            else { out.append(s) }
        }
        return String(out)
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        guard y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 else { return false }
        let days = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(pad(m))-\(pad(d))"
    }

    /// The ISO form of a machine-readable date, or nil.
    static func parse(_ raw: String) -> String? {
        let text = westernDigits(raw).trimmingSpaces
        let b = Array(text.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= b.count else { return nil }
            var v = 0
            for i in from..<(from + len) {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        if let y = num(0, 4), b.count >= 10, b[4] == 0x2D || b[4] == 0x2F, b[7] == b[4],
           let m = num(5, 2), let d = num(8, 2) {
            guard valid(y, m, d) else { return nil }
            var out = day(y, m, d)
            if b.count >= 16, b[10] == 0x54 || b[10] == 0x20, let hh = num(11, 2), b[13] == 0x3A, let mm = num(14, 2),
               hh < 24, mm < 60 {
                out += "T" + String(decoding: b[11..<16], as: UTF8.self)
                var i = 16
                if i + 3 <= b.count, b[i] == 0x3A, let ss = num(i + 1, 2), ss < 61 {
                    out += String(decoding: b[i..<(i + 3)], as: UTF8.self)
                    i += 3
                }
                if i < b.count, b[i] == 0x2E { i += 1; while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 } }
                if i < b.count, b[i] == 0x5A { out += "Z" }
                else if i < b.count, b[i] == 0x2B || b[i] == 0x2D, let zh = num(i + 1, 2) {
                    var zm = 0
                    if let m2 = num(i + 3, 2) { zm = m2 } else if i + 6 <= b.count, b[i + 3] == 0x3A, let m2 = num(i + 4, 2) { zm = m2 }
                    func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
                    out += (b[i] == 0x2B ? "+" : "-") + pad(zh) + ":" + pad(zm)
                }
            }
            return out
        }
        return rfc822(text)
    }

    private static let englishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `[Day, ]DD Mon YYYY [HH:MM[:SS] [zone]]`.
    private static func rfc822(_ text: String) -> String? {
        var parts = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = parts.first, Int(first) == nil { parts.removeFirst() }
        guard parts.count >= 3, let d = Int(parts[0]),
              let m = englishMonths.firstIndex(of: String(parts[1].lowercased().prefix(3))), let y = Int(parts[2]) else { return nil }
        let year = y < 100 ? 2000 + y : y
        guard valid(year, m + 1, d) else { return nil }
        var out = day(year, m + 1, d)
        if parts.count >= 4 {
            let t = parts[3].split(separator: ":")
            if t.count >= 2, let hh = Int(t[0]), let mm = Int(t[1]), hh < 24, mm < 60 {
                func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
                out += "T\(pad(hh)):\(pad(mm))"
                if t.count >= 3, let ss = Int(t[2]) { out += ":\(pad(ss))" }
                if parts.count >= 5 {
                    let z = parts[4]
                    if z == "GMT" || z == "UT" || z == "UTC" || z == "Z" { out += "Z" }
                    else if z.count == 5, let sign = z.first, sign == "+" || sign == "-", let v = Int(z.dropFirst()) {
                        out += "\(sign)\(pad(v / 100)):\(pad(v % 100))"
                    }
                }
            }
        }
        return out
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !TextFolding.isSpace($0.value) }) else { return "" }
        let end = scalars.lastIndex(where: { !TextFolding.isSpace($0.value) })!
        return String(scalars[start...end])
    }
}
