import Foundation
import Testing
@testable import KofuStore

@Suite struct PINHashTests {
    @Test func rightPINVerifiesAndWrongOneDoesNot() throws {
        let stored = try PINHash.make("4071")
        #expect(PINHash.verify("4071", against: stored))
        #expect(!PINHash.verify("4072", against: stored))
        #expect(!PINHash.verify("", against: stored))
    }

    @Test func storedFormIsSaltedAndNeverHoldsThePIN() throws {
        let a = try PINHash.make("1234")
        let b = try PINHash.make("1234")
        let parts = a.split(separator: "$")
        #expect(parts.count == 4)
        #expect(parts[0] == "pbkdf2-sha256" && parts[1] == "210000")
        #expect(Data(base64Encoded: String(parts[2]))?.count == 16)
        #expect(Data(base64Encoded: String(parts[3]))?.count == 32)
        #expect(a != b, "two hashes of one PIN must differ by their salt")
        #expect(!a.contains("1234"))
    }

    @Test func damagedOrWeakenedHashesNeverMatch() throws {
        let stored = try PINHash.make("1234")
        var parts = stored.split(separator: "$").map(String.init)
        #expect(!PINHash.verify("1234", against: "plain$1234"))
        parts[1] = "1000"  // too few rounds: refused by the checked API rather than accepted cheaply
        #expect(!PINHash.verify("1234", against: parts.joined(separator: "$")))
        parts[1] = "210000"
        parts[3] = Data(repeating: 0, count: 32).base64EncodedString()
        #expect(!PINHash.verify("1234", against: parts.joined(separator: "$")))
    }

    @Test func constantTimeCompare() {
        #expect(PINHash.constantTimeEqual(Data([1, 2, 3]), Data([1, 2, 3])))
        #expect(!PINHash.constantTimeEqual(Data([1, 2, 3]), Data([1, 2, 4])))
        #expect(!PINHash.constantTimeEqual(Data([9, 2, 3]), Data([1, 2, 3])))
        #expect(!PINHash.constantTimeEqual(Data([1, 2]), Data([1, 2, 3])))
        #expect(PINHash.constantTimeEqual(Data(), Data()))
    }
}
