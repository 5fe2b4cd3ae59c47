import Testing
@testable import KofuTerminal

@Suite struct TerminalErrorTests {
    @Test func theLocaleMessageNamesTheFixAndTheCodeset() {
        #expect(TerminalError.notUTF8(codeset: "ANSI_X3.4-1968").description
            == "Kofu needs a UTF-8 locale (e.g. LANG=C.UTF-8); the current locale uses ANSI_X3.4-1968")
    }

    @Test func theTerminalTypeMessageNamesTERM() {
        #expect(TerminalError.unknownTerminal("vt999").description.contains("TERM=vt999"))
        #expect(TerminalError.unknownTerminal(nil).description.contains("TERM is not set"))
    }

    @Test func aTerminalThatCannotMoveItsCursorIsNamed() {
        let message = TerminalError.noCursorAddressing("dumb").description
        #expect(message.contains("TERM=dumb") && message.contains("cannot move the cursor"))
    }

    @Test(arguments: ["UTF-8", "utf8", "UTF8", "utf-8"])
    func utf8Spellings(codeset: String) {
        #expect(UTF8Locale.isUTF8(codeset))
    }

    @Test(arguments: ["ANSI_X3.4-1968", "EUC-JP", "ISO-8859-1", ""])
    func otherCodesets(codeset: String) {
        #expect(!UTF8Locale.isUTF8(codeset))
    }
}
