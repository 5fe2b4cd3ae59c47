import Foundation
import KofuCore

public let fixtureClerk = StaffMember(id: "clerk01", name: "窓口 一郎", role: .clerk)
public let fixtureSupervisor = StaffMember(id: "super01", name: "監督 花子", role: .supervisor)

/// Passwords "clerk-pass" and "super-pass"; anything else is wrong. "locked01" is locked, and "waiting01" takes no
/// password until five minutes after `fixtureNow`.
public final class FakeStaff: StaffDirectory, @unchecked Sendable {
    private let lock = NSLock()
    public private(set) var approvals: [String] = []
    public private(set) var logouts: [String] = []

    public init() {}

    public func logout(staffID: String, at date: Date) throws {
        lock.withLock { logouts.append(staffID) }
    }

    public func login(staffID: String, password: String, at date: Date) throws -> LoginOutcome {
        switch (staffID, password) {
        case ("clerk01", "clerk-pass"): .loggedIn(fixtureClerk)
        case ("super01", "super-pass"): .loggedIn(fixtureSupervisor)
        case ("locked01", _): .locked
        case ("waiting01", _): .coolingDown(until: fixtureNow.addingTimeInterval(300))
        default: .rejected
        }
    }

    public func approve(supervisorID: String, password: String, at date: Date) throws -> LoginOutcome {
        lock.withLock { approvals.append(supervisorID) }
        return try login(staffID: supervisorID, password: password, at: date)
    }

    public func unlock(staffID: String, by supervisor: StaffMember, at date: Date) throws {}
}

public let fixtureMatch = ResidentMatch(residentID: "R007", name: "加藤 健一", kana: "カトウ ケンイチ",
                                        birthDate: "1975-08-30", address: "愛知県小牧市中央二丁目118番地")

public let fixtureWindowProfile = WindowProfile(
    resident: fixtureMatch, householdMembers: [], hasSealRegistration: false, incomeFiscalYears: [2025, 2026],
    taxPayments: [TaxPaymentRecord(fiscalYear: 2026, item: .inhabitantTax, assessed: 182_000, paid: 91_000),
                  TaxPaymentRecord(fiscalYear: 2026, item: .lightVehicleTax, assessed: 10_800, paid: 10_800)],
    businesses: [BusinessRegistration(registrationID: "B001", name: "加藤設計事務所")],
    credentialIDs: ["100007"])

/// 小牧 太郎 and his household of four, with a registered seal.
public let fixtureFamilyProfile = WindowProfile(
    resident: ResidentMatch(residentID: "R001", name: "小牧 太郎", kana: "コマキ タロウ", birthDate: "1980-04-12",
                            address: "愛知県小牧市堀の内三丁目1番地"),
    householdMembers: fixtureProfile.householdMembers, hasSealRegistration: true, incomeFiscalYears: [2024, 2025, 2026],
    taxPayments: [], businesses: [], credentialIDs: ["100001"])

/// 水野 裕子 and her son, under a protection measure (支援措置).
public let fixtureProtectedProfile = WindowProfile(
    resident: ResidentMatch(residentID: "R015", name: "水野 裕子", kana: "ミズノ ユウコ", birthDate: "1985-05-05",
                            address: "愛知県小牧市篠岡二丁目7番地5"),
    householdMembers: [HouseholdMember(residentID: "R016", name: "水野 悠斗", relationship: "子")],
    hasSealRegistration: true, incomeFiscalYears: [2026], taxPayments: [], businesses: [], credentialIDs: ["100012"],
    protectionMeasure: true)

/// 大野 浩二 of みどり野町 and his wife: the city's window gives them a 広域交付住民票 only.
public let fixtureOtherTownProfile = WindowProfile(
    resident: ResidentMatch(residentID: "R022", name: "大野 浩二", kana: "オオノ コウジ", birthDate: "1979-03-30",
                            address: "愛知県東尾張郡みどり野町緑ケ丘二丁目5番地", registration: .otherTown("みどり野町")),
    householdMembers: [HouseholdMember(residentID: "R023", name: "大野 恵美", relationship: "妻")],
    hasSealRegistration: false, incomeFiscalYears: [], taxPayments: [], businesses: [], credentialIDs: [])

/// 林 拓也, who moved out on 2026-10-15; his parents still live here.
public let fixtureMovedOutProfile = WindowProfile(
    resident: ResidentMatch(residentID: "R019", name: "林 拓也", kana: "ハヤシ タクヤ", birthDate: "1998-06-30",
                            address: "愛知県小牧市大字久保一色3410番地", registration: .movedOut(on: "2026-10-15")),
    householdMembers: [HouseholdMember(residentID: "R017", name: "林 誠", relationship: "世帯主"),
                       HouseholdMember(residentID: "R018", name: "林 直美", relationship: "妻")],
    hasSealRegistration: false, incomeFiscalYears: [2026],
    taxPayments: [TaxPaymentRecord(fiscalYear: 2026, item: .inhabitantTax, assessed: 150_000, paid: 100_000)],
    businesses: [], credentialIDs: [])

/// 山田 キヨ, who died on 2026-08-03; her son is the head of the household she lived in.
public let fixtureDeceasedProfile = WindowProfile(
    resident: ResidentMatch(residentID: "R021", name: "山田 キヨ", kana: "ヤマダ キヨ", birthDate: "1935-04-03",
                            address: "愛知県小牧市藤島二丁目88番地", registration: .deceased(on: "2026-08-03")),
    householdMembers: [HouseholdMember(residentID: "R020", name: "山田 博", relationship: "世帯主")],
    hasSealRegistration: true, incomeFiscalYears: [2026], taxPayments: [], businesses: [], credentialIDs: [])

public final class FakeRegistry: ResidentRegistry, @unchecked Sendable {
    /// By card number.
    public let profiles = ["100007": fixtureWindowProfile, "100001": fixtureFamilyProfile,
                           "100012": fixtureProtectedProfile, "100015": fixtureOtherTownProfile,
                           "100013": fixtureMovedOutProfile, "100014": fixtureDeceasedProfile]

    public init() {}

    public func find(cardNumber: String) throws -> ResidentMatch? { profiles[cardNumber]?.resident }

    public func search(kana: String, birthDate: String) throws -> [ResidentMatch] {
        fixtureMatch.kana.contains(kana) && birthDate == fixtureMatch.birthDate ? [fixtureMatch] : []
    }

    public func windowProfile(residentID: String, at date: Date) throws -> WindowProfile {
        profiles.values.first { $0.resident.residentID == residentID }!
    }

    /// 小牧 太郎's seal card is 0012345.
    public func sealCardMatches(residentID: String, number: String) throws -> Bool {
        residentID == "R001" && number == "0012345"
    }
}

public let fixtureRefundable = IssuanceSummary(issuanceID: 12, residentName: "小牧 太郎", kind: .residentRecord,
                                               copies: 1, channel: .window, businessDate: "2026-11-25", amount: 300)

public final class FakeWindowDesk: WindowDesk, @unchecked Sendable {
    private let lock = NSLock()
    public private(set) var orders: [WindowOrder] = []
    public private(set) var refunds: [(RefundRequest, String)] = []
    public private(set) var receipts: [Int64] = []
    public private(set) var resets: [(String, String, IdentityDocument)] = []
    public var refundFailure: (any Error)?
    /// How many issues, from the next, are answered with this failure (no answer reached the window).
    public var issueFailures = 0
    public private(set) var closes: [Int] = []

    public init() {}

    public struct NoAnswer: Error {}

    public func issue(_ order: WindowOrder, at date: Date) throws -> IssuanceReceipt {
        try lock.withLock {
            orders.append(order)
            if issueFailures > 0 {
                issueFailures -= 1
                throw NoAnswer()
            }
            let id = Int64(orders.count)
            return IssuanceReceipt(issuanceID: id, serials: (1...order.copies).map { "W-3FA9C1-20261125-00000\(id)-\($0)" },
                                   amount: order.amount, businessDate: CityClock.japan.businessDate(date))
        }
    }

    /// Issuance 12 (a 300-yen 住民票 of today) until it is refunded.
    public func refundableIssuances(businessDate: String) throws -> [IssuanceSummary] {
        lock.withLock { refunds.isEmpty } ? [fixtureRefundable] : []
    }

    public func refund(_ request: RefundRequest, approvedBy supervisorID: String, staffID: String, terminal: String,
                       at date: Date) throws {
        if let refundFailure { throw refundFailure }
        lock.withLock { refunds.append((request, supervisorID)) }
    }

    /// Numbers each receipt after those recorded as printed, as the store does; a serial names the issuance in its
    /// fourth part.
    public func receipt(for reference: ReceiptReference, staffID: String, at date: Date) throws -> FeeReceipt {
        let id = switch reference {
        case .issuance(let id): id
        case .serial(let serial): Int64(serial.split(separator: "-")[3])!
        }
        return lock.withLock { FeeReceipt(issuanceID: id, copy: receipts.filter { $0 == id }.count + 1, text: "領収書") }
    }

    public func receiptPrinted(_ receipt: FeeReceipt, staffID: String, terminal: String, at date: Date) throws {
        lock.withLock { receipts.append(receipt.issuanceID) }
    }

    public private(set) var unprintedRefunds: [Int64] = []

    public func refundUnprinted(issuanceID: Int64, staffID: String, terminal: String, at date: Date) throws {
        lock.withLock { unprintedRefunds.append(issuanceID) }
    }

    public func resetPIN(credentialID: String, newPIN: PIN, identity: IdentityDocument, staffID: String,
                         at date: Date) throws {
        lock.withLock { resets.append((credentialID, newPIN.digits, identity)) }
    }

    public func takings(businessDate: String, terminal: String) throws -> Int { 300 }

    /// Set to answer that this terminal was closed today before the clerk logged in.
    public var closedEarlier: DailySummary.Close?

    public func closeOf(businessDate: String, terminal: String) throws -> DailySummary.Close? { closedEarlier }


    public func dailySummary(businessDate: String) throws -> DailySummary {
        DailySummary(businessDate: businessDate, lines: [
            .init(channel: .kiosk, kind: .residentRecord, issued: 3, copies: 5, amount: 750, exemptions: 0, refunds: 0,
                  refunded: 0),
            .init(channel: .window, kind: .taxPayment, issued: 1, copies: 1, amount: 300, exemptions: 1, refunds: 0,
                  refunded: 0),
        ], closes: [])
    }

    /// A year of sales for the charts: a busy morning today, a few days of November, some months before.
    public func issuanceReport(businessDate: String) throws -> IssuanceReport {
        let sales: [(String, String, Channel, CertificateKind, Int)] = [
            ("2026-11-25", "00:10", .kiosk, .residentRecord, 2), ("2026-11-25", "01:05", .kiosk, .residentRecord, 1),
            ("2026-11-25", "01:20", .window, .taxPayment, 1), ("2026-11-25", "01:40", .kiosk, .incomeTax, 3),
            ("2026-11-25", "05:30", .window, .sealRegistration, 1), ("2026-11-25", "06:10", .window, .residentRecord, 2),
            ("2026-11-02", "02:00", .kiosk, .sealRegistration, 1), ("2026-11-05", "03:00", .window, .business, 1),
            ("2026-11-12", "04:00", .kiosk, .residentRecord, 2), ("2026-11-20", "00:30", .window, .incomeTax, 1),
            ("2026-07-01", "01:00", .kiosk, .residentRecord, 1), ("2026-03-16", "02:00", .window, .residentRecord, 4),
            ("2025-12-01", "03:00", .kiosk, .incomeTax, 1),
        ]
        let entries = sales.enumerated().flatMap { index, sale in
            let (date, time, channel, kind, count) = sale
            return (0..<count).map { n in
                LedgerEntry(id: Int64(index * 10 + n), entryType: .charge, issuanceID: Int64(index * 10 + n),
                            channel: channel, terminal: channel == .kiosk ? "KIOSK-01" : "W-01", kind: kind, copies: 1,
                            unitFee: channel.unitFee, amount: channel.unitFee, businessDate: date,
                            createdAt: "\(date)T\(time):00Z")
            }
        }
        return IssuanceReport(businessDate: businessDate, entries: entries)
    }

    public func close(businessDate: String, terminal: String, countedCash: Int, changeFloat: Int, staffID: String,
                      at date: Date) throws -> DailySummary.Close {
        lock.withLock { closes.append(countedCash) }
        return DailySummary.Close(terminal: terminal, staffID: staffID, changeFloat: changeFloat,
                                  expectedCash: changeFloat + 300, countedCash: countedCash,
                                  closedAt: "2026-11-25T07:00:00Z")
    }
}

public let fixtureDemoAccounts = [DemoStaffAccount(id: "clerk01", name: "窓口 一郎", role: .clerk, password: "clerk-pass"),
                                  DemoStaffAccount(id: "super01", name: "監督 花子", role: .supervisor, password: "super-pass")]

/// Twenty demo residents, enough for two pages of the window demo's help.
public let fixtureDemoResidents: [DemoResident] = [
    DemoResident(name: "小牧 太郎", kana: "コマキ タロウ", birthDate: "1980-04-12", card: "100001", sealCard: "0012345",
                 noteJa: "所得・納税", noteEn: "income, tax payments"),
    DemoResident(name: "林 拓也", kana: "ハヤシ タクヤ", birthDate: "1998-06-30", card: "100013", sealCard: "",
                 noteJa: "転出（除票）・所得", noteEn: "moved out (removed record), income"),
    DemoResident(name: "大野 浩二", kana: "オオノ コウジ", birthDate: "1979-03-30", card: "100015", sealCard: "",
                 noteJa: "みどり野町（広域交付）", noteEn: "Midorino Town (wide-area issuance)"),
] + (4...20).map {
    DemoResident(name: "試験 \($0)号", kana: "シケン", birthDate: "1990-01-\(10 + $0)", card: "", sealCard: "", noteJa: "",
                 noteEn: "")
}
