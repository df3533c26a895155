// swift-tools-version:6.0
// libFuzzer harness for caselint's input readers (Scripts/fuzz.sh builds and runs it; the README's
// Development section says how). A package of its own, so that the root package's `swift build` and
// `swift test` never see a main-less executable or sanitizer flags. Scripts/fuzz.sh builds it with
// `swift build -c release --sanitize=fuzzer --sanitize=address`, which instruments CaseLintKit and
// Yams' C parser too. Chosen over compiling the sources with swiftc by hand: SwiftPM already builds
// Yams' C module and the library's other dependencies, so nothing here lists source files.
import PackageDescription

// A path dependency is known by its folder's name (a clone's or a worktree's), taken from where this
// manifest sits. Plain string work on purpose: a manifest that imports Foundation for this made
// SwiftPM rebuild every target on every run.
let rootName = String(#filePath.split(separator: "/").dropLast(2).last!)

let package = Package(
    name: "caselint-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "caselint-fuzz", dependencies: [.product(name: "CaseLintKit", package: rootName)]),
    ],
    swiftLanguageModes: [.v5]
)
