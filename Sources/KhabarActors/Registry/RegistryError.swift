/// A registry or model resource that cannot be read: names the resource and the line.
public struct ActorResourceError: Error, CustomStringConvertible, Sendable {
    public var resource: String
    public var line: Int
    public var message: String
    public var description: String { "\(resource):\(line): \(message)" }
}
