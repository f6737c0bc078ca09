// libFuzzer harness for briefing; built and run by Scripts/fuzz/run, compiled together with
// Tests/BriefingTests/FuzzTargets.swift, which holds the entry points each harness feeds.
import Foundation

/// Which harness to run, from FUZZ_TARGET (see FuzzTargets.names).
private let target = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "csv"

/// A folder of this process's own for inputs the readers only take as files.
private let scratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

/// Whether a page laid out wrong without a warning counts as a finding (FUZZ_PAGE_CHECKS=no: not).
private let pageChecks = ProcessInfo.processInfo.environment["FUZZ_PAGE_CHECKS"] != "no"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let outcome = FuzzTargets.run(target, Array(UnsafeBufferPointer(start: data, count: size)), scratch: scratch)
    if pageChecks, let wrong = outcome.silentlyWrongPages.first { fatalError("silently wrong page: \(wrong)") }
    return 0
}
