/// One node of a parsed page: an element (lower-cased tag name and attributes) or a run of text.
///
/// The tree is built once from libxml2's DOM (``MarkupParser``) and then owned by Swift, so the
/// extraction code never touches C pointers. Nodes are reference types so that the extractor can
/// keep per-node statistics and parent links without copying subtrees.
final class HTMLNode {
    /// Whether the node is an element or text.
    enum Kind: Sendable { case element, text }

    /// Element or text.
    let kind: Kind
    /// The lower-cased tag name for elements; empty for text.
    let name: String
    /// The text of a text node (entities decoded); empty for elements.
    let text: String
    /// The element's attributes in document order, names lower-cased (lookups take the first).
    let attributes: [(name: String, value: String)]
    /// Child nodes in document order.
    var children: [HTMLNode] = []
    /// The parent element (nil for the root). Not retained (no weak side table either): a tree lives
    /// as long as its root is held, and nodes never leave the module, so the reference cannot dangle.
    unowned(unsafe) var parent: HTMLNode?

    // Working state of the content extractor (see ContentScorer); not part of the public model.
    var removed = false
    var textLength = 0
    var linkLength = 0
    var blockChildLength = 0
    var score = 0.0
    var scored = false

    init(element name: String, attributes: [(name: String, value: String)]) {
        self.kind = .element
        self.name = name
        self.text = ""
        self.attributes = attributes
    }

    init(text: String) {
        self.kind = .text
        self.name = ""
        self.text = text
        self.attributes = []
    }

    func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    /// The attribute's value, or nil.
    subscript(attribute name: String) -> String? {
        for a in attributes where a.name == name { return a.value }
        return nil
    }

    /// All text below this node, in document order; `<br>` and block elements add a space so that
    /// `<h1>سطر<br>سطر</h1>` does not run two words together (inline elements add nothing).
    var textContent: String {
        var out = ""
        var stack: [HTMLNode] = [self]
        while let node = stack.popLast() {
            if node.kind == .text { out += node.text; continue }
            if node !== self && ContentScorer.blockTags.contains(node.name) { out += " " }
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }

    /// Every element below (and including) this node in document order, iteratively (no recursion).
    func elements(named wanted: Set<String>? = nil) -> [HTMLNode] {
        var out: [HTMLNode] = []
        var stack: [HTMLNode] = [self]
        while let node = stack.popLast() {
            guard node.kind == .element else { continue }
            if wanted == nil || wanted!.contains(node.name) { out.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }

    /// The first element with this tag name below (and including) this node.
    func first(_ tag: String) -> HTMLNode? {
        var stack: [HTMLNode] = [self]
        while let node = stack.popLast() {
            guard node.kind == .element else { continue }
            if node.name == tag { return node }
            stack.append(contentsOf: node.children.reversed())
        }
        return nil
    }

    /// Whether `self` is `other` or lies below it.
    func isInside(_ other: HTMLNode) -> Bool {
        var node: HTMLNode? = self
        while let n = node {
            if n === other { return true }
            node = n.parent
        }
        return false
    }
}
