// swift-tools-version:6.0
import PackageDescription

// Pier builds on Linux only: the console needs ncursesw through a system-library module and the
// engine hands freed heap back with glibc's malloc_trim (Sources/CMalloc). No Apple platform is
// declared because none is built or tested.
let package = Package(
    name: "Pier",
    products: [
        .executable(name: "pier", targets: ["pier"]),
        .executable(name: "pier-bench", targets: ["pier-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        .target(
            name: "PierCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "PierStore",
            dependencies: [
                "PierCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(
            name: "PierEngine",
            dependencies: ["PierCore", "PierStore", "CMalloc"],
            resources: [.copy("Resources")]
        ),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .target(
            name: "PierConsole",
            dependencies: ["PierCore", "PierStore", "PierEngine", "CNcurses"],
            resources: [.copy("Themes")]
        ),
        .executableTarget(
            name: "pier",
            dependencies: [
                "PierCore", "PierStore", "PierEngine", "PierConsole",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "pier-bench",
            dependencies: [
                "PierCore", "PierStore", "PierEngine", "PierConsole",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "PierTestSupport", dependencies: ["PierStore"], path: "Tests/Support"),
        .testTarget(name: "PierCoreTests", dependencies: ["PierCore", "PierTestSupport"]),
        .testTarget(name: "PierStoreTests", dependencies: ["PierStore", "PierCore", "PierTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "PierEngineTests", dependencies: ["PierEngine", "PierStore", "PierCore", "PierTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]),
        .testTarget(name: "PierConsoleTests", dependencies: ["PierConsole", "PierEngine", "PierStore", "PierCore", "PierTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "PierCLITests", dependencies: ["pier", "PierTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["pier", "PierConsole", "PierEngine", "PierTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
