import ArgumentParser
import KofuStore

/// `--key`, for the commands that sign documents or make a database: where the city's signing key file is.
struct KeyOption: ParsableArguments {
    @Option(help: ArgumentHelp("The city's signing key file, owner-only (default: the database path + .key); "
                               + "`store init` makes it when there is none."))
    var key: String?

    func path(besideDatabase database: String) -> String {
        key ?? SigningKey.defaultPath(besideDatabase: database)
    }
}
