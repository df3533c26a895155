// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "caselint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "caselint", targets: ["caselint"]),
        .library(name: "CaseLintKit", targets: ["CaseLintKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .target(
            name: "CaseLintKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "caselint",
            dependencies: [
                "CaseLintKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes the built-in rule packs' parsed trees (run by Scripts/embed-resources.sh).
        .executableTarget(
            name: "embed-parsed-packs",
            dependencies: ["CaseLintKit"]
        ),
        .testTarget(
            name: "CaseLintKitTests",
            dependencies: ["CaseLintKit"],
            exclude: ["Golden", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
