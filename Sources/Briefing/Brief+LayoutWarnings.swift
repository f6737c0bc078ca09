import BriefingCore
import BriefingInput
import BriefingLayout
import Foundation

extension Brief {
    /// Layout's warnings as diagnostics: each at the block it concerns, with that line of the
    /// manifest or the notes and a caret, or at the manifest when the block has no place of its own.
    func diagnostics(for warnings: [LayoutWarning]) -> [Diagnostic] {
        let world = manifest.world
        // The files a warning can point at, read again only when one does.
        var files: [String: (name: String, kind: BriefWorld.Kind)] = [:]
        if let notes = manifest.notes { files[world.path(of: notes)] = (notes, .notes) }
        files[manifest.path] = ((manifest.path as NSString).lastPathComponent, .manifest)
        var lines: [String: [String]] = [:]
        return warnings.map { warning in
            guard let location = warning.location else { return .warning(at: .file(manifest.path), warning.message) }
            if lines[location.path] == nil, let file = files[location.path] {
                lines[location.path] = world.lines(of: file.name, as: file.kind)
            }
            let text = lines[location.path]
            let line = text.flatMap { $0.indices.contains(location.line - 1) ? $0[location.line - 1] : nil }
            return .warning(at: location, warning.message, sourceLine: line)
        }
    }
}
