import Foundation

/// Compiles the C peers shipped in `Assets/bench/` at bench time, so they are built by the same machine they run on.
struct PeerBuild {
    let sources: URL
    let directory: URL

    func compile(_ source: String, libraries: [String]) throws -> String {
        guard let compiler = TimedCommand.which(["cc", "gcc", "clang"]) else { throw BenchError.noCompiler }
        let input = sources.appendingPathComponent(source).path
        guard FileManager.default.fileExists(atPath: input) else { throw BenchError.missing(input) }
        let output = directory.appendingPathComponent((source as NSString).deletingPathExtension).path
        do {
            try TimedCommand(arguments: [compiler, "-O2", "-o", output, input] + libraries.map { "-l" + $0 }).succeed()
        } catch BenchError.commandFailed(_, _, let printed) {
            throw BenchError.compileFailed(source: input, output: printed)
        }
        return output
    }
}
