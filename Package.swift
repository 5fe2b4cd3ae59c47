// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Kofu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kofu", targets: ["kofu"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        .package(url: "https://github.com/apple/swift-metrics", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "KofuCore"),
        .target(
            name: "KofuStore",
            dependencies: [
                "KofuCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "KofuStorePostgres",
            dependencies: [
                "KofuStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "KofuTerminal", dependencies: ["KofuCore", "CNcursesw"]),
        .target(name: "KofuCenterAPI", dependencies: ["KofuCore"]),
        .target(
            name: "KofuCenterClient",
            dependencies: [
                "KofuCore", "KofuStore", "KofuCenterAPI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "KofuCenter",
            dependencies: [
                "KofuCore", "KofuStore", "KofuCenterAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdHTTP2", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .target(name: "KofuSimulation", dependencies: ["KofuCore", "KofuStore"]),
        .target(name: "CPseudoTerminal"),
        .target(name: "KofuBench", dependencies: ["KofuCore", "KofuStore", "CPseudoTerminal"]),
        .executableTarget(
            name: "kofu",
            dependencies: [
                "KofuCore", "KofuStore", "KofuStorePostgres", "KofuTerminal", "KofuSimulation", "KofuBench",
                "KofuCenter", "KofuCenterClient",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Swift links executables with every symbol exported for the dynamic linker; nothing looks kofu's up,
            // and the table of them costs start-up time and resident pages in every command.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"])]
        ),
        .target(name: "KofuTestSupport", dependencies: ["KofuCore"], path: "Tests/KofuTestSupport"),
        .testTarget(
            name: "KofuCoreTests",
            dependencies: ["KofuCore", "KofuTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(
            name: "KofuStoreTests",
            dependencies: [
                "KofuStore", "KofuStorePostgres", "KofuCore", "KofuTestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "KofuTerminalTests", dependencies: ["KofuTerminal", "KofuCore", "KofuTestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "KofuEndToEndTests",
            dependencies: ["KofuStore", "KofuCore", "KofuBench", "KofuCenterClient", "KofuTestSupport",
                           .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "KofuBenchTests", dependencies: ["KofuBench"]),
        .testTarget(name: "KofuSimulationTests", dependencies: ["KofuSimulation", "KofuCore"]),
        .testTarget(
            name: "KofuCenterTests",
            dependencies: [
                "KofuCenter", "KofuCenterAPI", "KofuCenterClient", "KofuStore", "KofuCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
    ]
)
