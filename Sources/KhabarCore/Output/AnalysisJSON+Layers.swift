import ArabicText

extension AnalysisJSON {
    static func writeEntities(_ d: Document, _ w: inout JSONWriter) {
        w.key("entities")
        w.beginArray()
        for e in d.entities {
            span(&w, e.start, e.end) {
                $0.field("text", e.text)
                $0.field("type", e.type)
                $0.field("actor", e.actor)
            }
        }
        w.endArray()
    }

    static func writeActors(_ d: Document, _ w: inout JSONWriter) {
        w.key("actors")
        w.beginArray()
        for a in d.actors {
            w.beginObject()
            w.field("id", a.id)
            w.field("name_ar", a.nameAr)
            w.field("name_en", a.nameEn)
            w.field("type", a.type)
            w.field("cameo", a.cameo)
            if a.transliterated {
                w.key("transliterated")
                w.bool(true)
            }
            w.endObject()
        }
        w.endArray()
    }

    static func writeQuotes(_ d: Document, _ w: inout JSONWriter) {
        w.key("quotes")
        w.beginArray()
        for q in d.quotes {
            span(&w, q.start, q.end) {
                $0.field("text", q.text)
                $0.field("kind", q.kind.rawValue)
                $0.key("cue")
                textSpan(&$0, q.cue)
                $0.key("speaker")
                if let s = q.speaker {
                    span(&$0, s.start, s.end) {
                        $0.field("text", s.text)
                        $0.field("actor", s.actor)
                    }
                } else {
                    $0.null()
                }
                $0.key("via")
                $0.beginArray()
                for v in q.via {
                    span(&$0, v.start, v.end) {
                        $0.field("text", v.text)
                        $0.field("link", v.link)
                        $0.field("description", v.description)
                    }
                }
                $0.endArray()
            }
        }
        w.endArray()
    }

    static func writeEvents(_ d: Document, _ w: inout JSONWriter) {
        w.key("events")
        w.beginArray()
        for e in d.events {
            span(&w, e.start, e.end) {
                $0.key("trigger")
                textSpan(&$0, e.trigger)
                $0.field("code", e.code)
                $0.field("root", e.root)
                $0.key("goldstein")
                $0.double(e.goldstein)
                $0.field("quad", e.quad)
                $0.key("source")
                participant(&$0, e.source)
                $0.key("target")
                participant(&$0, e.target)
            }
        }
        w.endArray()
    }

    static func textSpan(_ w: inout JSONWriter, _ s: TextSpan?) {
        guard let s else { w.null(); return }
        span(&w, s.start, s.end) { $0.field("text", s.text) }
    }

    static func participant(_ w: inout JSONWriter, _ p: EventParticipant?) {
        guard let p else { w.null(); return }
        w.beginObject()
        w.field("text", p.text)
        w.field("actor", p.actor)
        w.field("cameo", p.cameo)
        w.endObject()
    }
}
