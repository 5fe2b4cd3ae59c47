import ArgumentParser
import KofuStore

/// `--key`, for the commands that sign documents or make a database: where the city's signing key file is.
struct KeyOption: ParsableArguments {
    @Option(help: ArgumentHelp("The city's signing key file, owner-only (default: the database path + .key; "
                               + "needed with a postgres:// database); `store init` makes it when there is none."))
    var key: String?

    func path(besideDatabase database: String) throws -> String {
        if let key { return key }
        guard !StoreLocation.isServer(database) else {
            throw ValidationError("a database on a server has no file beside it: give the signing key file with --key")
        }
        return SigningKey.defaultPath(besideDatabase: database)
    }
}
