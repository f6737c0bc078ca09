import ArgumentParser

extension CompletionKind {
    /// A brief or report: its folder, or its manifest (`brief.yaml`, `report.zh.yaml`).
    static var briefPath: CompletionKind { .file(extensions: ["yaml", "yml"]) }
}
