/// The languages a brief can be written in.
public enum Language: String, Hashable, Sendable, CaseIterable, Codable {
    case en
    case zh

    /// The BCP 47 tag given to Pango and written into the PDF.
    public var tag: String {
        switch self {
        case .en: return "en"
        case .zh: return "zh-CN"
        }
    }
}
