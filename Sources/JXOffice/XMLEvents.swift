import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Foundation's XMLParser over one part of a package, read through an InputStream: fed
/// from `Data` it fails on large sheets on Linux (`NSXMLParserErrorDomain` 1 on a 26 MB
/// sheet), from a stream it does not. Element names lose their namespace prefix (`x:c` is
/// `c`): writers differ in the prefixes they use, not in the names.
final class XMLEvents: NSObject, XMLParserDelegate {
    var start: (_ name: String, _ attributes: [String: String]) -> Void = { _, _ in }
    var end: (_ name: String) -> Void = { _ in }
    var text: (_ s: String) -> Void = { _ in }
    private(set) var failure: String?

    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parse(_ data: Data) -> String? {
        guard let stream = Optional(InputStream(data: data)) else { return "cannot read" }
        let parser = XMLParser(stream: stream)
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        if !parser.parse() {
            return failure ?? parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed XML"
        }
        return failure
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attrs: [String: String] = [:]
        for (k, v) in attributeDict { attrs[XMLEvents.local(k) == k ? k : (k.hasPrefix("r:") ? k : XMLEvents.local(k))] = v }
        start(XMLEvents.local(elementName), attrs)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        end(XMLEvents.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil { failure = "not well-formed XML at line \(parser.lineNumber): \(parseError.localizedDescription)" }
    }
}
