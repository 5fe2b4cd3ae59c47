import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// Kiosks and windows run as processes of their own, each with its own connection to the file. Here every writer
/// opens the file itself, as a process would, and they all append at once: one gapless chain comes out.
@Suite struct ChainConcurrencyTests {
    @Test func writersAtOnceLeaveOneGaplessChain() throws {
        let directory = try TemporaryDirectory()
        let seeded = try Fixture.seededDatabase(in: directory)
        let (writers, rounds) = (6, 8)
        let failures = Failures()
        // Threads of their own rather than `concurrentPerform`, which runs only as many at once as there are cores.
        let group = DispatchGroup()
        for writer in 0..<writers {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let database = try Fixture.reopen(seeded)
                    let kiosk = try Fixture.kioskDesk(database)
                    let window = try Fixture.windowDesk(database)
                    let card = Fixture.everyRecord
                    let record = ResidentRecordOptions()
                    for _ in 0..<rounds {
                        if writer.isMultiple(of: 2) {
                            _ = try kiosk.issue(IssuanceOrder(credentialID: card.id, residentID: card.resident,
                                                              request: .residentRecord(record), copies: 1,
                                                              channel: .kiosk, terminal: "T-\(writer)"), at: now)
                        } else {
                            _ = try window.issue(WindowIssueTests.order("R001", .kiosk(.residentRecord(record)),
                                                                        terminal: "W-\(writer)"), at: now)
                        }
                    }
                } catch {
                    failures.add("writer \(writer): \(error)")
                }
            }.start()
        }
        group.wait()
        #expect(failures.messages.isEmpty, "\(failures.messages)")

        let database = try Fixture.reopen(seeded)
        let perChannel = writers / 2 * rounds
        guard case .intact(let chain) = try database.verifyLedger() else {
            Issue.record("the chain should verify: \(try database.verifyLedger())")
            return
        }
        #expect(chain.rows == writers * rounds && chain.headSeq == Int64(writers * rounds))
        #expect(chain.total == perChannel * 150 + perChannel * 300)
        #expect(chain.auditRows == perChannel, "each window issuance is audited, in a chain of its own")
        #expect(Set(try database.ledgerEntries(businessDate: nil).map(\.terminal)).count == writers)
    }
}
