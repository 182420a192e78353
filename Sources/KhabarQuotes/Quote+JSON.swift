import ArabicText

/// The `khabar.analysis/1` shape of quotes: spans flattened to `start`, `end`, `text`.
///
/// ```json
/// {"start": 12, "end": 40, "text": "…", "kind": "indirect",
///  "cue": {"start": 0, "end": 5, "text": "أفادت"},
///  "speaker": {"start": 6, "end": 20, "text": "وكالة \"بلومبرغ\"", "actor": null, "inferred": false},
///  "via": [{"start": 22, "end": 38, "text": "مصادر غير معلنة", "link": "استنادًا إلى", "description": "unnamed sources"}]}
/// ```
extension Quote: Codable {
    enum CodingKeys: String, CodingKey { case start, end, text, kind, cue, speaker, via }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        content = TextSpan(
            start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
            text: try c.decode(String.self, forKey: .text))
        kind = try c.decode(QuoteKind.self, forKey: .kind)
        cue = try c.decode(TextSpan.self, forKey: .cue)
        speaker = try c.decodeIfPresent(QuoteSpeaker.self, forKey: .speaker)
        via = try c.decodeIfPresent([QuoteSource].self, forKey: .via) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(content.start, forKey: .start)
        try c.encode(content.end, forKey: .end)
        try c.encode(content.text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(cue, forKey: .cue)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(via, forKey: .via)
    }
}

extension QuoteSpeaker: Codable {
    enum CodingKeys: String, CodingKey { case start, end, text, actor, inferred }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        span = TextSpan(
            start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
            text: try c.decode(String.self, forKey: .text))
        actor = try c.decodeIfPresent(String.self, forKey: .actor)
        inferred = try c.decodeIfPresent(Bool.self, forKey: .inferred) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(span.text, forKey: .text)
        try c.encode(actor, forKey: .actor)
        try c.encode(inferred, forKey: .inferred)
    }
}

extension QuoteSource: Codable {
    enum CodingKeys: String, CodingKey { case start, end, text, link, description }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        span = TextSpan(
            start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
            text: try c.decode(String.self, forKey: .text))
        link = try c.decode(String.self, forKey: .link)
        description = try c.decode(String.self, forKey: .description)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(span.text, forKey: .text)
        try c.encode(link, forKey: .link)
        try c.encode(description, forKey: .description)
    }
}
