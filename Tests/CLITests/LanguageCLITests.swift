import Testing
import Foundation
import JXTestSupport

/// Chinese by default; English with `--lang en` or `JX_LANG=en` (issue 15): the messages
/// made in both languages follow the choice, wherever `--lang` is written.
@Suite struct LanguageCLITests {
    static let slip = "指表 甲 target 450亩 actual 30亩\n"

    @Test func chineseByDefaultEnglishOnRequest() throws {
        let f = try CLI.temp(Self.slip)
        let zh = try CLI.run(["check", f])
        #expect(zh.status == 1)
        #expect(zh.stderr.contains("错误[E-unknown-keyword]: 不认识 `指表`") && zh.stderr.contains("是不是要写 `指标`（indicator）？"), "\(zh.stderr)")
        for args in [["--lang", "en", "check", f], ["check", "--lang=en", f], ["check", f, "--lang", "en"]] {
            let en = try CLI.run(args)
            #expect(en.status == 1)
            #expect(en.stderr.contains("`指表` is not a keyword a line can start with") && en.stderr.contains("did you mean `指标` (indicator)?"), "\(args): \(en.stderr)")
        }
        let env = try CLI.run(["check", f], env: ["JX_LANG": "en_US.UTF-8"])
        #expect(env.stderr.contains("did you mean `指标` (indicator)?"), "\(env.stderr)")
        // The option wins over the environment.
        let both = try CLI.run(["check", "--lang", "zh", f], env: ["JX_LANG": "en"])
        #expect(both.stderr.contains("是不是要写"), "\(both.stderr)")
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let f = try CLI.temp(Self.slip)
        let r = try CLI.run(["check", "--lang", "fr", f])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--lang fr") && r.stderr.contains("zh") && r.stderr.contains("en"))
    }

    @Test func theReplSpeaksTheChosenLanguage() throws {
        let r = try CLI.run(["repl", "--lang", "en"], stdin: "indicator 半 {\n  target 1个\n")
        #expect(r.stderr.contains("the fields of indicator 半 are not closed"), "\(r.stderr)")
    }
}
