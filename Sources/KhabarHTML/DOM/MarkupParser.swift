import CXMLShim

/// Parses HTML and XML with libxml2 (through the `CXMLShim` C face) and copies the result into an
/// ``HTMLNode`` tree, freeing the C document before returning.
///
/// Rules:
/// - HTML: recover mode, no network, no error output. With `encoding == nil` libxml2 honours
///   `<meta charset>` / HTTP-equiv itself; with an encoding, in-document declarations are ignored.
/// - XML: recover mode, no network, entities substituted, CDATA as text, so broken entities do not stop a feed.
/// - Comments, processing instructions and DTD nodes are dropped.
/// - Nesting deeper than ``maxDepth`` is flattened: the deeper subtree's text joins as one text node,
///   so pathological pages cannot exhaust the stack.
enum MarkupParser {
    /// Depth beyond which subtrees are flattened to their text.
    static let maxDepth = 160

    /// Parses HTML bytes; nil when libxml2 produced no root element (e.g. empty input).
    static func parseHTML(_ bytes: [UInt8], encoding: String?) -> HTMLNode? {
        parse(bytes, encoding: encoding, xml: false)
    }

    /// Parses XML bytes leniently; nil when nothing usable came out.
    static func parseXML(_ bytes: [UInt8], encoding: String?) -> HTMLNode? {
        parse(bytes, encoding: encoding, xml: true)
    }

    private static func parse(_ bytes: [UInt8], encoding: String?, xml: Bool) -> HTMLNode? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let doc: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                let count = Int32(chars.count)
                if let encoding {
                    return encoding.withCString { enc in
                        xml ? khabar_xml_read(chars.baseAddress, count, enc) : khabar_html_read(chars.baseAddress, count, enc)
                    }
                }
                return xml ? khabar_xml_read(chars.baseAddress, count, nil) : khabar_html_read(chars.baseAddress, count, nil)
            }
        }
        guard let doc else { return nil }
        defer { khabar_doc_free(doc) }
        guard let root = khabar_doc_root(doc) else { return nil }
        return convert(root, depth: 0)
    }

    private static func string(_ ptr: UnsafePointer<CChar>?) -> String {
        guard let ptr else { return "" }
        return String(cString: ptr)
    }

    /// Element name, lower-cased, with any namespace prefix kept as `prefix:name` (feeds need `content:encoded`).
    private static func elementName(_ node: OpaquePointer) -> String {
        let local = string(khabar_node_name(node)).lowercased()
        if let prefix = khabar_node_prefix(node) { return string(prefix).lowercased() + ":" + local }
        return local
    }

    private static func attributes(_ node: OpaquePointer) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        var attr = khabar_node_first_attr(node)
        while let a = attr {
            var name = string(khabar_attr_name(a)).lowercased()
            if let prefix = khabar_attr_prefix(a) { name = string(prefix).lowercased() + ":" + name }
            var value = ""
            if let v = khabar_attr_value(a) {
                value = String(cString: v)
                khabar_xml_free(v)
            }
            out.append((name, value))
            attr = khabar_attr_next(a)
        }
        return out
    }

    private static func convert(_ node: OpaquePointer, depth: Int) -> HTMLNode? {
        switch Int(khabar_node_kind(node)) {
        case Int(KHABAR_NODE_TEXT):
            return HTMLNode(text: string(khabar_node_text(node)))
        case Int(KHABAR_NODE_ELEMENT):
            let element = HTMLNode(element: elementName(node), attributes: attributes(node))
            // Script and style bodies are never text; only JSON-LD is read (by PageMetadata).
            if (element.name == "script" && !(element[attribute: "type"] ?? "").lowercased().contains("json")) || element.name == "style" {
                return element
            }
            if depth >= maxDepth {
                let text = flattenedText(khabar_node_first_child(node))
                if !text.isEmpty { element.append(HTMLNode(text: text)) }
                return element
            }
            var child = khabar_node_first_child(node)
            while let c = child {
                if let converted = convert(c, depth: depth + 1) { element.append(converted) }
                child = khabar_node_next(c)
            }
            return element
        default:
            return nil
        }
    }

    /// The text of a subtree, iteratively, with a space at each element.
    private static func flattenedText(_ first: OpaquePointer?) -> String {
        var out = ""
        var stack: [OpaquePointer] = []
        var cursor = first
        while let c = cursor { stack.append(c); cursor = khabar_node_next(c) }
        stack.reverse()
        while let node = stack.popLast() {
            switch Int(khabar_node_kind(node)) {
            case Int(KHABAR_NODE_TEXT):
                out += string(khabar_node_text(node))
            case Int(KHABAR_NODE_ELEMENT):
                out += " "
                var kids: [OpaquePointer] = []
                var k = khabar_node_first_child(node)
                while let c = k { kids.append(c); k = khabar_node_next(c) }
                stack.append(contentsOf: kids.reversed())
            default:
                break
            }
        }
        return out
    }
}
