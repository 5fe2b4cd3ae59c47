import KofuCore
import Testing

/// The pure pieces documents are made of (they live in KofuCore; tested here beside their only user).
@Suite struct DocumentFormattingTests {
    @Test func substitutesRepeatsAndHidesEmptyBlocks() throws {
        let template = try Template(parsing: """
            {{title}}
            {{#people}}
            - {{name}} ({{city}})
            {{?note}}
              note: {{note}}
            {{/note}}
            {{/people}}
            end
            """)
        let text = try template.render([
            "title": "List", "city": "小牧",
            "people": .list([["name": "A", "note": "first"], ["name": "B", "note": ""]]),
        ])
        // Block tags on their own lines leave no blank lines; outer keys are visible inside a section.
        #expect(text == "List\n- A (小牧)\n  note: first\n- B (小牧)\nend")
    }

    @Test func inlineOptionalBlockAndEmptyList() throws {
        let template = try Template(parsing: "[{{?flag}}on{{/flag}}]{{#items}}x{{/items}}{{?items}}!{{/items}}")
        #expect(try template.render(["flag": "yes", "items": .list([])]) == "[on]")
        #expect(try template.render(["flag": "", "items": .list([[:], [:]])]) == "[]xx!")
    }

    @Test func brokenTemplatesAndMissingValuesAreErrors() throws {
        #expect(throws: TemplateError.unclosed("people")) { try Template(parsing: "{{#people}}\n{{name}}\n") }
        #expect(throws: TemplateError.unexpectedClose("x")) { try Template(parsing: "a{{/x}}") }
        #expect(throws: TemplateError.missingValue("name")) { try Template(parsing: "{{name}}").render([:]) }
        #expect(throws: TemplateError.missingList("rows")) { try Template(parsing: "{{#rows}}{{/rows}}").render(["rows": "x"]) }
    }

    @Test(arguments: [
        ("1980-04-12", "昭和55年4月12日"),
        ("1989-01-07", "昭和64年1月7日"),
        ("1989-01-08", "平成元年1月8日"),
        ("2019-04-30", "平成31年4月30日"),
        ("2019-05-01", "令和元年5月1日"),
        ("2026-11-25", "令和8年11月25日"),
        ("1926-12-24", "大正15年12月24日"),
    ])
    func eraDates(iso: String, expected: String) {
        #expect(JapaneseDate.format(iso: iso) == expected)
    }

    @Test func fiscalYearsAndBadDates() {
        #expect(JapaneseDate.fiscalYear(2026) == "令和8年度（令和7年分）")
        #expect(JapaneseDate.fiscalYear(2020) == "令和2年度（令和元年分）")
        #expect(JapaneseDate.fiscalYear(2019) == "令和元年度（平成30年分）")
        #expect(JapaneseDate.parse("2026-13-01") == nil)
        #expect(JapaneseDate.parse("2026/11/25") == nil)
    }

    @Test func yenHasThousandsSeparators() {
        #expect(Yen.format(4_360_000) == "4,360,000円")
        #expect(Yen.format(999) == "999円")
        #expect(Yen.format(1000) == "1,000円")
        #expect(Yen.format(0) == "0円")
        #expect(Yen.format(-150) == "-150円")
        #expect(Yen.padded(1000, width: 10) == "   1,000円")
    }

    @Test func boxFitsWideText() {
        let box = TextBox.draw(["小牧", "ab"]).split(separator: "\n").map(String.init)
        #expect(box == ["┌──────┐", "│ 小牧 │", "│ ab   │", "└──────┘"])
        #expect(Set(box.map(DisplayWidth.of)).count == 1)
    }
}
