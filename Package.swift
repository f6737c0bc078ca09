// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "briefing",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .executable(name: "briefing-serve", targets: ["briefing-serve"]),
        .library(name: "Briefing", targets: ["Briefing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The preview server of `briefing serve`: HTTP and WebSockets on plain sockets, no SwiftNIO.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // System libraries: module maps only, installed by Scripts/setup.
        .systemLibrary(
            name: "CCairo", pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(
            name: "CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(
            name: "CFontconfig", pkgConfig: "fontconfig",
            providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(
            name: "CDeflate", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        // glibc's malloc tuning (mallopt), for the command-line tool.
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // libhyphen has no pkg-config file; its dictionaries are hyphen-en-us (/usr/share/hyphen).
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev", "hyphen-en-us"])]),

        .systemLibrary(
            name: "CICU", pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"])]),
        // HarfBuzz's subsetter and FreeType: fonts cut down once, loaded from memory for cairo.
        .systemLibrary(
            name: "CFontSubset", pkgConfig: "harfbuzz-subset",
            providers: [.apt(["libharfbuzz-dev", "libfreetype-dev"])]),
        // ICU's word boundaries behind plain C types (Foundation carries its own ICU headers).
        .target(name: "CWordBreaks", dependencies: ["CICU"]),

        .target(name: "BriefingCore"),
        .target(
            name: "BriefingInput",
            dependencies: [
                "BriefingCore", "BriefingData", "CCmarkGFM", "CDeflate", .product(name: "Yams", package: "Yams"),
            ]),
        .target(name: "BriefingData", dependencies: ["BriefingCore"]),
        .target(name: "BriefingCharts", dependencies: ["BriefingCore"]),
        .target(name: "BriefingLayout", dependencies: ["BriefingCore"]),
        .target(
            name: "BriefingRender",
            dependencies: [
                "BriefingCore", "CCairo", "CPangoCairo", "CFontconfig", "CDeflate", "CHyphen", "CWordBreaks",
                "CFontSubset",
            ]),
        .target(
            name: "Briefing",
            dependencies: [
                "BriefingCore", "BriefingInput", "BriefingData", "BriefingCharts", "BriefingLayout",
                "BriefingRender", .product(name: "Yams", package: "Yams"),
            ]),
        // `briefing serve`: the preview page and its server.
        .target(
            name: "BriefingPreview",
            dependencies: [
                "Briefing", "BriefingCore", "BriefingData", "BriefingRender",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]),
        // What both command-line programs share: serve's options, printing diagnostics.
        .target(
            name: "BriefingCommandLine",
            dependencies: ["BriefingCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // `briefing serve` runs this program: the server's networking stays out of `briefing`.
        .executableTarget(
            name: "briefing-serve",
            dependencies: [
                "Briefing", "BriefingCommandLine", "BriefingCore", "BriefingPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "Briefing", "BriefingCommandLine", "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Helpers only tests use (reading frames back, raster comparison): in no product.
        .target(name: "BriefingTestSupport", dependencies: ["BriefingCore", "CCairo"]),

        .testTarget(name: "BriefingCoreTests", dependencies: ["BriefingCore", "BriefingTestSupport"]),
        .testTarget(name: "BriefingInputTests", dependencies: ["BriefingInput"]),
        .testTarget(name: "BriefingDataTests", dependencies: ["BriefingData", "BriefingInput"]),
        .testTarget(name: "BriefingChartsTests", dependencies: ["BriefingCharts", "BriefingTestSupport"]),
        .testTarget(name: "BriefingLayoutTests", dependencies: ["BriefingLayout", "BriefingTestSupport"]),
        .testTarget(name: "BriefingRenderTests", dependencies: ["BriefingRender", "BriefingTestSupport", "CMalloc"]),
        .testTarget(
            name: "BriefingTests",
            dependencies: [
                "Briefing", "briefing", "briefing-serve", "BriefingInput", "BriefingLayout", "BriefingTestSupport",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
