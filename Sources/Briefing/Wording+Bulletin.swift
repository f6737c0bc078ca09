import BriefingCore
import BriefingInput

/// The words of a bulletin's masthead and closing block (版记), after GB/T 9704-2012 and common
/// 简报 practice: `第3期`, `报：`, `2014年3月12日印发`, `（共印50份）`.
extension Wording {
    /// An issue number: en `No. 3`, zh `第3期`.
    func issue(_ number: Int) -> String { pick("No. \(number)", "第\(number)期") }

    /// The issue as the masthead sets it: a number worded, text as written.
    func issue(_ issue: Bulletin.Issue) -> String {
        switch issue {
        case .number(let number): return self.issue(number)
        case .text(let text): return text
        }
    }

    /// A distribution line's label: zh `报：`, `送：`, `发：`; en `Submitted to: `, `Copied to: `, `Issued to: `.
    func distributionLabel(_ recipients: Bulletin.Recipients) -> String {
        switch recipients {
        case .report: return pick("Submitted to", "报") + language.labelColon
        case .copy: return pick("Copied to", "送") + language.labelColon
        case .send: return pick("Issued to", "发") + language.labelColon
        }
    }

    /// Names in a distribution line: zh joined with `、`, en with `, `.
    func recipients(_ names: [String]) -> String { names.joined(separator: language.listSeparator) }

    /// The printing date: en `Printed 12 March 2014`, zh `2014年3月12日印发`.
    func printed(_ date: String) -> String { pick("Printed \(date)", "\(date)印发") }

    /// The print run: en `(50 copies)`, zh `（共印50份）`.
    func printRun(_ copies: Int) -> String { pick("(\(copies) cop\(copies == 1 ? "y" : "ies"))", "（共印\(copies)份）") }
}
