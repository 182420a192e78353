/// Writes an ``HTMLNode`` subtree back as HTML (text escaped, attributes quoted). Used for Atom
/// `type="xhtml"` content, which arrives as markup rather than as escaped text.
enum HTMLSerializer {
    static func html(_ node: HTMLNode) -> String {
        var out = ""
        write(node, into: &out)
        return out
    }

    private enum Step { case open(HTMLNode), close(String) }

    private static func write(_ top: HTMLNode, into out: inout String) {
        var stack: [Step] = [.open(top)]
        while let step = stack.popLast() {
            switch step {
            case .close(let name):
                out += "</\(name)>"
            case .open(let node):
                if node.kind == .text { out += escape(node.text, quote: false); continue }
                let name = XMLFeedReader.local(node.name)
                out += "<\(name)"
                for (k, v) in node.attributes { out += " \(k)=\"\(escape(v, quote: true))\"" }
                out += ">"
                stack.append(.close(name))
                for child in node.children.reversed() { stack.append(.open(child)) }
            }
        }
    }

    static func escape(_ s: String, quote: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quote: out += "&quot;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
