/// One data file's display path (as errors and replies show it, e.g. `Intents/roles.yaml`) and text.
public struct DataFile: Sendable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
