import Foundation

public struct WindowConfig: Equatable, Sendable {
    public var terminal: String
    public var hours: WindowHours
    /// Staff sessions end after 10 minutes without input.
    public var idleTimeout: TimeInterval = 600
    /// 釣銭準備金: the cash each window till starts the day with, counted in at the close.
    public var changeFloat: Int
    /// Non-empty only in demo sessions: the login screen lists them.
    public var demoAccounts: [DemoStaffAccount]
    /// Demo only: the help panel (?) lists them.
    public var demoResidents: [DemoResident]

    public init(terminal: String, hours: WindowHours, changeFloat: Int, demoAccounts: [DemoStaffAccount] = [],
                demoResidents: [DemoResident] = []) {
        self.terminal = terminal
        self.hours = hours
        self.changeFloat = changeFloat
        self.demoAccounts = demoAccounts
        self.demoResidents = demoResidents
    }

    public var isDemo: Bool { !demoAccounts.isEmpty }
}

/// The till as counted at the close: the change float it started with, the day's takings by the ledger, and the cash
/// found in it.
public struct TillCount: Equatable, Sendable {
    public var changeFloat: Int
    public var takings: Int
    public var counted: Int

    public init(changeFloat: Int, takings: Int, counted: Int) {
        self.changeFloat = changeFloat
        self.takings = takings
        self.counted = counted
    }

    public var expected: Int { changeFloat + takings }
    public var difference: Int { counted - expected }
}

/// A line under the question: what went wrong, or what was done.
public struct WindowMessage: Equatable, Sendable {
    public var key: String
    public var arguments: [String]
    public var isError: Bool

    public init(_ key: String, _ arguments: [String] = [], isError: Bool = true) {
        self.key = key
        self.arguments = arguments
        self.isError = isError
    }
}

/// One customer being served: who, how identified, and the certificate being prepared.
public struct WindowCustomer: Equatable, Sendable {
    public var matches: [ResidentMatch] = []
    public var profile: WindowProfile?
    public var identity: IdentityDocument = .myNumberCard
    public var proxy: Proxy?
    public var kana = ""
    /// The birth date and card number as typed, kept when a search finds nobody.
    public var birthInput = ""
    public var cardNumber = ""
    public var certificate: WindowCertificate?
    public var residentOptions = ResidentRecordOptions()
    /// Members picked for a 住民票 of part of the household, in household order.
    public var pickedMembers: [String] = []
    public var sealCardNumber: String?
    public var copies = 1
    public var exemption: ExemptionReason?
    public var approvedBy: String?
    public var cashReceived: Int?
    /// The terminal's name for this customer's payment, made when it is first sent and kept until the next
    /// customer: the clerk's retry after a lost answer is then the same payment, answered once.
    public var requestKey: String?
    public var newPIN: PIN?
    /// The credential whose PIN is being reset.
    public var credentialID: String?

    public init() {}

    public var isDeceased: Bool {
        if case .deceased = profile?.resident.registration { true } else { false }
    }

    /// The resident record being prepared: the 除票 for someone removed from the register, else the 住民票.
    public var draftRecord: WindowCertificate {
        profile?.resident.registration.isRemoved == true ? .removedResidentRecord(residentOptions)
            : .kiosk(.residentRecord(residentOptions))
    }
}

/// Everything the window shows and decides from; the reducer changes it, the view draws it.
public struct WindowState: Equatable, Sendable {
    public var config: WindowConfig
    public var language: Language
    public var now: Date
    public var lastActivity: Date
    public var screen: WindowScreen = .staffID
    public var cursor = 0
    /// The field being typed on a text screen. Secret fields are dropped as soon as they are used.
    public var input = ""
    public var staffID = ""
    public var staff: StaffMember?
    public var customer = WindowCustomer()
    public var task = WindowTask.serve
    /// What a supervisor is asked to approve, and where to go once approved.
    public var approvalFor: WindowScreen?
    public var approvingSupervisor = ""
    /// Today's refundable issuances as last loaded, and the refund being prepared from one of them.
    public var refundable: [IssuanceSummary] = []
    public var refundTarget: IssuanceSummary?
    public var refundReason: RefundReason?
    public var refundNote = ""
    public var receipt: IssuanceReceipt?
    public var summary: DailySummary?
    public var report: IssuanceReport?
    public var reportView = IssuanceReport.View.hours
    public var close: DailySummary.Close?
    /// Expected and counted cash while the close is being confirmed.
    public var tillCount: TillCount?
    public var message: WindowMessage?
    /// Demo only: the help panel listing the demo residents, and which page of it.
    public var helpPage: Int?
    public var isFinished = false

    public init(config: WindowConfig, language: Language, now: Date) {
        self.config = config
        self.language = language
        self.now = now
        self.lastActivity = now
    }

    public var isOpen: Bool { config.hours.isOpen(at: now, clock: .japan) }
}
