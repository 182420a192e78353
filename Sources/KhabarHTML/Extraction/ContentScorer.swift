/// Finds the element(s) holding an article's main text by text density, link density and paragraph
/// structure (an approach in the family of Readability and boilerpipe, written for Khabar).
///
/// Rules, in order:
/// 1. **Prune**: ``Boilerplate/removedTags``; elements hidden by `hidden`, `aria-hidden`, or an inline
///    `display:none` / `visibility:hidden`; ARIA landmark roles for navigation, banners, footers, asides,
///    search; `<header>` unless it holds the page's `<h1>`.
/// 2. **Measure** (bottom-up, no recursion): visible text length, text inside links, text in block children.
/// 3. **Class/id furniture**: elements whose class/id words read as comments are removed; other negative
///    words (share, related, sidebar, tags, ads…) remove an element unless a positive word cancels them.
///    Neither applies to an element holding more than 60 % of the page's text, so a page-wide wrapper
///    with an unlucky class name cannot empty the page.
/// 4. **Score paragraphs**: every element with ≥ 25 characters of its own (not in block children) and at
///    most half of it in links scores `1 + commas + min(length / 100, 3)` (Arabic and Latin commas).
///    The score goes to its parent in full, grandparent half, great-grandparent a third.
///    A container starts from a tag prior (`article` +10, `div`/`main`/`section` +5, `td`/`blockquote` +3,
///    lists −3, headings −5) plus ±25 for a positive/negative class.
/// 5. **Pick**: the container with the highest `score × (1 − link density)`.
/// 6. **Siblings**: the pick's siblings join when their score reaches `max(10, 0.2 × best)` (plus 0.2 ×
///    best for the same class), or they are paragraphs of ≥ 80 characters with link density < 0.25,
///    or short link-free paragraphs ending in sentence punctuation.
struct ContentScorer {
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
        "thead", "tfoot", "tr", "td", "th", "ul", "br", "summary", "caption",
    ]
    private static let removedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert",
    ]

    let root: HTMLNode
    /// The page's `<h1>` elements (a `<header>` holding one is kept).
    let h1: [HTMLNode]

    /// Runs the rules and returns the chosen content nodes in document order (empty when none scored).
    func selectContent() -> [HTMLNode] {
        prune()
        measure()
        removeFurnitureByClass(pageLength: root.textLength)
        measure()
        let candidates = scoreParagraphs()
        guard let best = pick(candidates) else { return [] }
        return withSiblings(best)
    }

    private func prune() {
        var stack: [HTMLNode] = [root]
        while let node = stack.popLast() {
            guard node.kind == .element else { continue }
            if shouldPrune(node) { node.removed = true; continue }
            stack.append(contentsOf: node.children)
        }
    }

    private func shouldPrune(_ node: HTMLNode) -> Bool {
        if Boilerplate.removedTags.contains(node.name) { return true }
        if node.name == "header" && !h1.contains(where: { $0.isInside(node) }) { return true }
        if node.attributes.isEmpty { return false }
        if node[attribute: "hidden"] != nil { return true }
        if node[attribute: "aria-hidden"]?.lowercased() == "true" { return true }
        if let style = node[attribute: "style"].map({ String($0.lowercased().unicodeScalars.filter { $0 != " " }) }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let role = node[attribute: "role"]?.lowercased(), Self.removedRoles.contains(role) { return true }
        return false
    }

    /// Bottom-up text, link and block-child lengths over the nodes not removed.
    func measure() {
        var order: [HTMLNode] = []
        var stack: [HTMLNode] = [root]
        while let node = stack.popLast() {
            order.append(node)
            if node.kind == .element && !node.removed { stack.append(contentsOf: node.children) }
        }
        for node in order.reversed() {
            if node.kind == .text {
                node.textLength = TextFolding.visibleLength(node.text)
                node.linkLength = 0
                continue
            }
            var text = 0, link = 0, block = 0
            if !node.removed {
                for child in node.children where !child.removed {
                    text += child.textLength
                    link += child.linkLength
                    if child.kind == .element && Self.blockTags.contains(child.name) { block += child.textLength }
                }
            }
            node.textLength = text
            node.linkLength = node.name == "a" ? text : link
            node.blockChildLength = block
        }
    }

    private func removeFurnitureByClass(pageLength: Int) {
        let limit = Double(pageLength) * 0.6
        var stack: [HTMLNode] = [root]
        while let node = stack.popLast() {
            guard node.kind == .element, !node.removed else { continue }
            if node.name != "html" && node.name != "body" && Double(node.textLength) <= limit {
                switch Boilerplate.verdict(node) {
                case .alwaysRemove, .negative:
                    node.removed = true
                    continue
                default:
                    break
                }
            }
            stack.append(contentsOf: node.children)
        }
    }

    private static let paragraphTags: Set<String> = [
        "p", "pre", "td", "blockquote", "dd", "div", "section", "article", "span", "font", "center",
        "figcaption", "main", "b", "strong",
    ]

    private func scoreParagraphs() -> [HTMLNode] {
        var candidates: [HTMLNode] = []
        var stack: [HTMLNode] = [root]
        while let node = stack.popLast() {
            guard node.kind == .element, !node.removed else { continue }
            stack.append(contentsOf: node.children)
            guard Self.paragraphTags.contains(node.name) else { continue }
            let own = node.textLength - node.blockChildLength
            guard own >= 25 else { continue }
            // A paragraph-like element whose parent is itself a paragraph is counted with the parent.
            if let p = node.parent, !Self.blockTags.contains(node.name),
               p.textLength - p.blockChildLength >= 25 { continue }
            if node.linkLength * 2 > node.textLength { continue }
            let contentScore = 1.0 + Double(commas(node)) + min(Double(own) / 100.0, 3.0)
            var ancestor = node.parent
            var level = 0
            while let a = ancestor, level < 3 {
                if !a.scored { initialize(a); candidates.append(a) }
                a.score += contentScore / Double(level == 0 ? 1 : (level == 1 ? 2 : 3))
                ancestor = a.parent
                level += 1
            }
        }
        return candidates
    }

    private func initialize(_ node: HTMLNode) {
        node.scored = true
        switch node.name {
        case "article": node.score = 10
        case "div", "main", "section": node.score = 5
        case "td", "blockquote", "pre": node.score = 3
        case "ol", "ul", "dl", "dd", "dt", "li", "form", "address": node.score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": node.score = -5
        default: node.score = 0
        }
        switch Boilerplate.verdict(node) {
        case .positive: node.score += 25
        case .negative, .alwaysRemove: node.score -= 25
        case .neutral: break
        }
    }

    private func commas(_ node: HTMLNode) -> Int {
        var n = 0
        var stack: [HTMLNode] = [node]
        while let x = stack.popLast() {
            if x.kind == .text {
                for s in x.text.unicodeScalars where s == "," || s == "\u{060C}" { n += 1 }
            } else if !x.removed && (x === node || !Self.blockTags.contains(x.name)) {
                stack.append(contentsOf: x.children)
            }
        }
        return n
    }

    static func linkDensity(_ node: HTMLNode) -> Double {
        node.textLength == 0 ? 0 : Double(node.linkLength) / Double(node.textLength)
    }

    private func pick(_ candidates: [HTMLNode]) -> HTMLNode? {
        var best: HTMLNode?
        var bestScore = -Double.infinity
        for c in candidates {
            let s = c.score * (1 - Self.linkDensity(c))
            c.score = s
            if s > bestScore { bestScore = s; best = c }
        }
        return best
    }

    private func withSiblings(_ best: HTMLNode) -> [HTMLNode] {
        guard let parent = best.parent, parent.name != "html" else { return [best] }
        let threshold = max(10, best.score * 0.2)
        let bestClass = best[attribute: "class"]
        var out: [HTMLNode] = []
        for sibling in parent.children where !sibling.removed && sibling.kind == .element {
            if sibling === best { out.append(sibling); continue }
            var bonus = 0.0
            if let c = bestClass, !c.isEmpty, sibling[attribute: "class"] == c { bonus = best.score * 0.2 }
            let density = Self.linkDensity(sibling)
            if sibling.scored && sibling.score + bonus >= threshold {
                out.append(sibling)
            } else if sibling.textLength >= 80 && density < 0.25 && sibling.name == "p" {
                out.append(sibling)
            } else if sibling.name == "p", sibling.textLength > 0, sibling.textLength < 80, density == 0,
                      let last = TextFolding.fold(sibling.textContent).unicodeScalars.last,
                      last == "." || last == "؟" || last == "!" || last == "?" {
                out.append(sibling)
            }
        }
        return out
    }
}
