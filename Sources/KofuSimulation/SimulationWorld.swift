import Foundation
import KofuCore
import KofuStore

/// Everything a simulation runs against: the store, its spool, the templates and texts, the seed whose published
/// PINs and passwords the simulated people know, and the operator log.
public struct SimulationWorld: Sendable {
    public var database: KofuDatabase
    public var signingKey: SigningKey
    public var spool: URL
    public var templates: URL
    public var strings: Localization
    public var hours: WindowHours
    public var changeFloat: Int
    public var seed: SeedFile
    public var log: @Sendable (String) -> Void

    public init(database: KofuDatabase, signingKey: SigningKey, spool: URL, templates: URL, strings: Localization,
                hours: WindowHours, changeFloat: Int, seed: SeedFile, log: @escaping @Sendable (String) -> Void) {
        self.database = database
        self.signingKey = signingKey
        self.spool = spool
        self.templates = templates
        self.strings = strings
        self.hours = hours
        self.changeFloat = changeFloat
        self.seed = seed
        self.log = log
    }
}
