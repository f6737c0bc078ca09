import BriefingInput
import Foundation

/// Whether a path names a brief or a report batch.
public enum ManifestKind: Sendable {
    case brief
    case reports

    /// A folder holding `report.yaml` and no `brief.yaml`, or a file whose name starts with `report`,
    /// is a report manifest; anything else is read as a brief.
    public static func of(_ path: String) -> ManifestKind {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            let folder = path as NSString
            let brief = FileManager.default.fileExists(atPath: folder.appendingPathComponent("brief.yaml"))
            let report = FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.yaml"))
            return !brief && report ? .reports : .brief
        }
        return (path as NSString).lastPathComponent.hasPrefix("report") ? .reports : .brief
    }

    /// The manifest file `path` stands for.
    public func manifestPath(for path: String) -> String {
        switch self {
        case .brief: ManifestReader.manifestPath(for: path)
        case .reports: ReportManifestReader.manifestPath(for: path)
        }
    }
}
