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
    /// Where the kiosk's questions go when not to the store itself: the issuance center.
    public var kioskBackend: KioskBackend?

    public init(database: KofuDatabase, signingKey: SigningKey, spool: URL, templates: URL, strings: Localization,
                hours: WindowHours, changeFloat: Int, seed: SeedFile, log: @escaping @Sendable (String) -> Void,
                kioskBackend: KioskBackend? = nil) {
        self.kioskBackend = kioskBackend
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

/// The kiosk's ports answered by something other than the store: the issuance center's client.
public struct KioskBackend: Sendable {
    public var authority: any CertificateAuthority
    public var desk: any IssuanceDesk
    public var printSource: any PrintSource
    /// Sees every payment left open through (withdrawn, or reported printed).
    public var settle: (@Sendable () throws -> Void)?

    public init(authority: any CertificateAuthority, desk: any IssuanceDesk, printSource: any PrintSource,
                settle: (@Sendable () throws -> Void)? = nil) {
        self.settle = settle
        self.authority = authority
        self.desk = desk
        self.printSource = printSource
    }
}
