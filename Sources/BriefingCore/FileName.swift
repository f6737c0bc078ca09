/// The rule for a name taken from input data that becomes one file name: a chart id in
/// `briefing chart`, an entity id in a batch's output pattern. A name that passes cannot lead out
/// of the folder it is written into, hide itself, or hold characters a terminal would act on.
public enum FileName {
    /// The longest name, in UTF-8 bytes: with a suffix such as `-en.pdf` it stays within the
    /// 255 bytes file systems allow.
    public static let maximumBytes = 200

    /// Why `name` cannot be one file name, or nil when it can.
    public static func problem(_ name: String) -> String? {
        if name.isEmpty { return "it is empty" }
        if name.contains("/") || name.contains("\\") { return "it holds '/' or '\\'" }
        if let control = name.unicodeScalars.first(where: isControl) {
            return "it holds the control character U+\(hex(control))"
        }
        if name == "." || name == ".." { return "it is '\(name)'" }
        if name.hasPrefix(".") { return "it starts with '.'" }
        if name.utf8.count > maximumBytes { return "it is longer than \(maximumBytes) bytes" }
        return nil
    }

    /// `name` for a message: control characters written as `\u{1B}`, so that the message shows
    /// what is there and a terminal does not act on it.
    public static func quoted(_ name: String) -> String {
        var text = "'"
        for scalar in name.unicodeScalars {
            text += isControl(scalar) ? "\\u{\(hex(scalar))}" : String(scalar)
        }
        return text + "'"
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
