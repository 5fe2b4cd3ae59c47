import Foundation
import KofuCore
import Testing
@testable import KofuStore

/// A printed certificate checked with nothing but the city's published key, as a bank that receives it would;
/// and with the database, which also knows what was issued under each serial.
@Suite struct SigningTests {
    let directory: TemporaryDirectory
    let database: KofuDatabase
    let receipt: IssuanceReceipt
    /// The first copy as the printer wrote it.
    let printed: String
    let published: CityPublicKey

    init() throws {
        let desk: SQLiteIssuanceDesk
        (directory, database, desk) = try Fixture.seededDesk()
        receipt = try desk.issue(IssuanceTests.order(Fixture.everyRecord, .residentRecord(ResidentRecordOptions()),
                                                     copies: 2), at: now)
        let spool = directory.url.appendingPathComponent("spool")
        try SpoolPrinter(database: database, directory: spool).print(receipt)
        printed = try String(contentsOf: spool.appendingPathComponent("\(receipt.serials[0]).txt"), encoding: .utf8)
        published = try CityPublicKey(pem: try database.publicKey().pem, source: "city.pem")
    }

    var lines: [String] { printed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The line holding `text`, counted from 1 as the verdicts count.
    func lineNumber(of text: String) throws -> Int { try #require(lines.firstIndex { $0.contains(text) }) + 1 }

    func with(line number: Int, _ replacement: String?) -> String {
        var edited = lines
        if let replacement { edited[number - 1] = replacement } else { edited.remove(at: number - 1) }
        return edited.joined(separator: "\n")
    }

    @Test func theSealFollowsTheTemplateAndFitsThePage() throws {
        let codeLine = try lineNumber(of: "検証コード")
        #expect(lines[codeLine - 2].hasPrefix("交付　　　　コンビニ交付"), "right under the footer")
        #expect(lines[codeLine].hasPrefix("署名　　　　"))
        #expect(lines[(codeLine + 1)...].dropLast().allSatisfy { $0.hasPrefix("　　　　　　") })
        #expect(lines.last == "")
        #expect(lines[(codeLine - 1)...].allSatisfy { DisplayWidth.of($0) <= 68 })
    }

    @Test func theUntouchedFileIsGenuineWithThePublishedKeyAlone() {
        #expect(published.verify(printed: printed) == .signedByCity(serial: receipt.serials[0]))
        let database = try? database.verify(printed: printed)
        #expect(database == .genuine(kind: .residentRecord, businessDate: "2026-11-25"))
    }

    @Test func anEditedLineIsNamedWithoutTheDatabase() throws {
        let holder = Fixture.resident(Fixture.everyRecord.resident)
        let line = try lineNumber(of: holder.givenName)
        let edited = lines[line - 1].replacingOccurrences(of: holder.givenName, with: "次郎")
        #expect(published.verify(printed: with(line: line, edited)) == .lineAltered(line: line, text: edited))
        #expect(try database.verify(printed: with(line: line, edited)) == .lineAltered(line: line, text: edited))
    }

    @Test func aRemovedOrAddedLineIsNamed() throws {
        let line = try lineNumber(of: "生年月日")
        #expect(published.verify(printed: with(line: line, nil)) == .lineAltered(line: line, text: lines[line]))
        let added = with(line: line, lines[line - 1] + "\n　　　　備考　　　なし")
        #expect(published.verify(printed: added) == .lineAltered(line: line + 1, text: "　　　　備考　　　なし"),
                "the line added, not the ones it moved down")
        #expect(published.verify(printed: with(line: 1, nil)) == .lineAltered(line: 1, text: lines[1]))
    }

    /// What a text editor or a copy through another system may do without a visible change.
    @Test func invisibleChangesAreChangesToo() throws {
        let crlf = printed.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(published.verify(printed: crlf) == .lineAltered(line: 1, text: lines[0] + "\r"))
        let line = try lineNumber(of: "フリガナ")
        let decomposed = lines[line - 1].decomposedStringWithCanonicalMapping
        #expect(decomposed == lines[line - 1], "Swift calls the two forms equal")
        #expect(Array(decomposed.utf8) != Array(lines[line - 1].utf8), "their bytes differ")
        #expect(published.verify(printed: with(line: line, decomposed)) == .lineAltered(line: line, text: decomposed))
        #expect(try database.verify(printed: with(line: line, decomposed))
                == .lineAltered(line: line, text: decomposed))
    }

    @Test func theSealsOwnLinesAreChecked() throws {
        let codeLine = try lineNumber(of: "検証コード")
        let code = lines[codeLine - 1]
        let otherCode = code.replacingOccurrences(of: String(code.last!), with: code.last == "0" ? "1" : "0")
        #expect(published.verify(printed: with(line: codeLine, otherCode))
                == .lineAltered(line: codeLine, text: otherCode))
        let signature = lines[codeLine]
        let flipped = String(signature.dropLast()) + (signature.last == "A" ? "B" : "A")
        #expect(published.verify(printed: with(line: codeLine + 1, flipped)) == .signatureInvalid)
        let appended = printed + "追記　この証明書は無効です\n"
        let lastLine = TextLines.of(printed[...]).count + 1
        #expect(published.verify(printed: appended) == .lineAltered(line: lastLine, text: "追記　この証明書は無効です"),
                "a line added under the seal is named")
        #expect(try database.verify(printed: appended) == .lineAltered(line: lastLine, text: "追記　この証明書は無効です"))
        let unsealed = lines[..<(codeLine - 1)].joined(separator: "\n") + "\n"
        #expect(published.verify(printed: unsealed) == .notACertificate)
        #expect(try database.verify(printed: unsealed) == .lineAltered(line: codeLine, text: nil))
    }

    @Test func anInventedDocumentFails() throws {
        let forger = try SigningKey.openOrCreate(at: directory.path("forger.key"))
        let signed = String(try #require(SealedDocument(printed: printed)).signedText)
        let invented = signed.replacingOccurrences(of: receipt.serials[0], with: "K-20261125-999999-1")
        let sealed = try DocumentSeal.seal(invented, with: forger).text
        #expect(published.verify(printed: sealed) == .signatureInvalid)
        #expect(try database.verify(printed: sealed) == .signatureInvalid)
        #expect(published.verify(printed: invented) == .notACertificate)
        #expect(try database.verify(printed: invented) == .notACertificate)
    }

    @Test func aDocumentResignedWithAnotherKeyFails() throws {
        let forger = try SigningKey.openOrCreate(at: directory.path("forger.key"))
        let holder = Fixture.resident(Fixture.everyRecord.resident)
        let signed = String(try #require(SealedDocument(printed: printed)).signedText)
        let resigned = try DocumentSeal.seal(signed, with: forger).text
        #expect(published.verify(printed: resigned) == .signatureInvalid)
        let codeLine = try lineNumber(of: "検証コード")
        let resignedLines = resigned.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(try database.verify(printed: resigned) == .lineAltered(line: codeLine, text: resignedLines[codeLine - 1]),
                "the database names the first line that is not as issued: the other key's code")

        let line = try lineNumber(of: holder.givenName)
        let edited = lines[line - 1].replacingOccurrences(of: holder.givenName, with: "次郎")
        let forged = try DocumentSeal.seal(signed.replacingOccurrences(of: holder.givenName, with: "次郎"),
                                           with: forger)
        #expect(published.verify(printed: forged.text) == .signatureInvalid)
        #expect(try database.verify(printed: forged.text) == .lineAltered(line: line, text: edited))
    }

    @Test func eachCopyHasItsOwnSignatureAndCode() throws {
        let copies = try database.printedDocuments(issuanceID: receipt.issuanceID)
        #expect(copies.count == 2)
        let seals = copies.map { SealedDocument(printed: $0.whole)?.seal }
        #expect(seals[0] != nil && seals[1] != nil && seals[0] != seals[1])
        #expect(seals[0]?.code != seals[1]?.code)
    }

    @Test func aTypedCodeIsReadAsPeopleTypeIt() throws {
        let serial = receipt.serials[0]
        let code = try #require(SealedDocument(printed: printed)?.seal?.code)
        let genuine = DocumentVerification.genuine(kind: .residentRecord, businessDate: "2026-11-25")
        let fullWidth = String(code.unicodeScalars.map {
            Character(Unicode.Scalar($0.value - 0x21 + 0xFF01)!)
        })
        let lookalikes = code.replacingOccurrences(of: "0", with: "O").replacingOccurrences(of: "1", with: "l")
        for typed in [code, code.lowercased(), code.replacingOccurrences(of: "-", with: " "),
                      code.replacingOccurrences(of: "-", with: ""), fullWidth, lookalikes] {
            #expect(try database.verify(serial: serial, code: typed) == genuine, "typed as \(typed)")
        }
        let wrong = String(code.dropLast()) + (code.last == "Z" ? "Y" : "Z")
        #expect(try database.verify(serial: serial, code: wrong) == .codeMismatch)
        #expect(try database.verify(serial: receipt.serials[1], code: code) == .codeMismatch)
        #expect(try database.verify(serial: "K-20261125-999999-1", code: code) == .unknownSerial)
    }
}
