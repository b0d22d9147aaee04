#!/usr/bin/env python3
"""The TextMate grammar tried on the scripts of Scripts/ (CI runs this): every keyword the
lexer knows is in it, and in every script every keyword, comment, string and number with
its unit gets its scope. A small TextMate engine reads the grammar as an editor does: at
each place the pattern that matches leftmost wins, ties going to the first listed; a
`begin`/`end` pattern holds its own patterns until its end.

  python3 Editors/test_grammar.py
"""
import glob
import importlib.util
import json
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
spec = importlib.util.spec_from_file_location("gen_grammar", os.path.join(HERE, "gen-grammar.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

with open(os.path.join(HERE, "vscode/syntaxes/jx.tmLanguage.json"), encoding="utf-8") as f:
    GRAMMAR = json.load(f)

KEYWORD_SCOPES = {scope for _, scope, _ in gen.CATEGORIES}


def resolve(patterns):
    out = []
    for p in patterns:
        if "include" in p:
            out.extend(resolve([GRAMMAR["repository"][p["include"][1:]]]))
        elif "patterns" in p and "match" not in p and "begin" not in p:
            out.extend(resolve(p["patterns"]))
        else:
            out.append(p)
    return out


TOP = resolve(GRAMMAR["patterns"])


def tokenize(line):
    """[(start, end, scope)] of one line (no pattern of this grammar spans lines)."""
    tokens, at = [], 0
    while at < len(line):
        best = None
        for p in TOP:
            rx = p.get("match") or p.get("begin")
            m = re.compile(rx).search(line, at)
            if m and m.end() > m.start() and (best is None or m.start() < best[1].start()):
                best = (p, m)
        if best is None:
            break
        p, m = best
        if "match" in p:
            if "name" in p:
                tokens.append((m.start(), m.end(), p["name"]))
            for k, cap in p.get("captures", {}).items():
                if m.group(int(k)) is not None:
                    tokens.append((m.start(int(k)), m.end(int(k)), cap["name"]))
            at = m.end()
        else:
            end = re.compile(p["end"]).search(line, m.end())
            stop = end.end() if end else len(line)
            tokens.append((m.start(), stop, p["name"]))
            inner_end = end.start() if end else len(line)
            for q in p.get("patterns", []):
                for n in re.compile(q["match"]).finditer(line, m.end(), inner_end):
                    tokens.append((n.start(), n.end(), q["name"]))
            at = stop
    return tokens


def scopes_at(tokens, start, end):
    return {s for a, b, s in tokens if a <= start and end <= b}


def words(line):
    """What the lexer would read on a line, roughly: words, numbers with units, strings
    and the comment, each with its place."""
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if c == "#":
            out.append(("comment", i, len(line), line[i:]))
            break
        if c in "\"“":
            close = "\"" if c == "\"" else "”"
            j = line.find(close, i + 1)
            j = len(line) if j < 0 else j + 1
            out.append(("string", i, j, line[i:j]))
            i = j
            continue
        d = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?!\w)").match(line, i)
        if d and (i == 0 or not re.match(r"[\w.]", line[i - 1])):
            out.append(("date", i, d.end(), d.group()))
            i = d.end()
            continue
        m = re.compile(r"\d[\d,]*(?:\.\d+)?").match(line, i)
        if m and (i == 0 or not re.match(r"[\w.]", line[i - 1])):
            u = re.compile(r"%|％|‰|[^\W\d_][^\W_]*").match(line, m.end())
            out.append(("number", i, m.end(), m.group()))
            if u:
                out.append(("unit", u.start(), u.end(), u.group()))
                i = u.end()
            else:
                i = m.end()
            continue
        m = re.compile(r"[^\W\d][\w]*").match(line, i)
        if m:
            out.append(("word", i, m.end(), m.group()))
            i = m.end()
            continue
        i += 1
    return out


class GrammarTests(unittest.TestCase):
    def test_every_keyword_spelling_is_in_the_grammar(self):
        for key, spellings in gen.KEYWORDS.items():
            for s in spellings:
                scopes = scopes_at(tokenize(s), 0, len(s))
                self.assertTrue(scopes & KEYWORD_SCOPES, f"{s} ({key}) is not scoped as a keyword")

    def test_every_script_keyword_comment_string_and_number_is_scoped(self):
        spelled = {s for ss in gen.KEYWORDS.values() for s in ss}
        scripts = sorted(glob.glob(os.path.join(ROOT, "Scripts/**/*.jx"), recursive=True))
        self.assertGreater(len(scripts), 5)
        counts = {"keyword": 0, "comment": 0, "string": 0, "number": 0, "unit": 0, "date": 0}
        want = {"comment": "comment.line.number-sign.jx", "number": "constant.numeric.jx", "unit": "keyword.other.unit.jx",
                "date": "constant.numeric.date.jx"}
        for path in scripts:
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f.read().split("\n"), 1):
                    tokens = tokenize(line)
                    for kind, a, b, text in words(line):
                        where = f"{os.path.relpath(path, ROOT)}:{n}:{a + 1} {text!r}"
                        got = scopes_at(tokens, a, b)
                        if kind == "word":
                            if text in spelled:
                                counts["keyword"] += 1
                                self.assertTrue(got & KEYWORD_SCOPES, f"{where}: keyword scoped {got}")
                        elif kind == "string":
                            counts["string"] += 1
                            self.assertTrue(any(s.startswith("string.") for s in got), f"{where}: string scoped {got}")
                        else:
                            counts[kind] += 1
                            self.assertIn(want[kind], got, f"{where}: {kind} scoped {got}")
        for kind, n in counts.items():
            self.assertGreater(n, 0, f"no {kind} met in the scripts")

    def test_a_name_holding_a_keyword_is_not_one(self):
        line = "indicator 绩效目标值 target 450亩 actual 30亩"
        tokens = tokenize(line)
        at = line.index("目标")
        self.assertFalse(scopes_at(tokens, at, at + 2) & KEYWORD_SCOPES)
        self.assertIn("storage.type.jx", scopes_at(tokens, 0, 9))
        self.assertIn("keyword.other.unit.jx", scopes_at(tokens, line.index("亩"), line.index("亩") + 1))

    def test_comparators_lights_and_members(self):
        line = "  red when 执行率 ≥ 时间进度 * 60%  \"执行率 {执行率}\""
        tokens = tokenize(line)
        self.assertIn("constant.language.light.jx", scopes_at(tokens, 2, 5))
        self.assertIn("keyword.control.jx", scopes_at(tokens, 6, 10))
        self.assertIn("variable.other.member.jx", scopes_at(tokens, 11, 14))
        self.assertIn("keyword.operator.comparison.jx", scopes_at(tokens, 15, 16))
        at = line.index("{执行率}")
        self.assertIn("variable.other.placeholder.jx", scopes_at(tokens, at, at + 5))


class EditorFilesTests(unittest.TestCase):
    def test_the_vsix_holds_the_extension_and_its_manifest(self):
        import tempfile
        import zipfile
        spec = importlib.util.spec_from_file_location("package_vsix", os.path.join(HERE, "vscode/package-vsix.py"))
        vsix = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(vsix)
        with tempfile.TemporaryDirectory() as tmp:
            out, _ = vsix.package(os.path.join(tmp, "jx.vsix"))
            with zipfile.ZipFile(out) as z:
                names = set(z.namelist())
                for rel in ["[Content_Types].xml", "extension.vsixmanifest", "extension/package.json", "extension/extension.js",
                            "extension/syntaxes/jx.tmLanguage.json", "extension/language-configuration.json"]:
                    self.assertIn(rel, names)
                pkg = json.loads(z.read("extension/package.json"))
        self.assertEqual(pkg["contributes"]["languages"][0]["extensions"], [".jx"])
        grammar = pkg["contributes"]["grammars"][0]
        self.assertEqual(grammar["scopeName"], GRAMMAR["scopeName"])
        self.assertTrue(os.path.exists(os.path.join(HERE, "vscode", grammar["path"])))
        with open(os.path.join(HERE, "vscode/extension.js"), encoding="utf-8") as f:
            self.assertIn('["lsp"]', f.read())

    def test_vim_gives_keywords_numbers_and_comments_their_groups(self):
        import shutil
        import subprocess
        import tempfile
        if not shutil.which("vim"):
            self.skipTest("no vim")
        line = "indicator 新增建设用地报批 target 450亩 actual 30亩  # 注释"
        with tempfile.TemporaryDirectory() as tmp:
            script = os.path.join(tmp, "t.jx")
            with open(script, "w", encoding="utf-8") as f:
                f.write(line + "\n指标 乙 目标 10个 实际 5个\n")
            out = os.path.join(tmp, "out.txt")
            probe = ["indicator", "450", "亩", "#"]
            cmds = [f"set rtp^={os.path.join(HERE, 'vim')}", "filetype on", "syntax on", f"edit {script}"]
            cmds += [f"call writefile([synIDattr(synID(1, {len(line[:line.index(p)].encode()) + 1}, 1), 'name')], '{out}', 'a')" for p in probe]
            cmds += [f"call writefile([synIDattr(synID(2, 1, 1), 'name'), synIDattr(synID(2, {len('指标 乙 '.encode()) + 1}, 1), 'name')], '{out}', 'a')", "qa!"]
            args = ["vim", "-u", "NONE", "-N", "-es"] + sum([["-c", c] for c in cmds], [])
            subprocess.run(args, timeout=30, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            with open(out, encoding="utf-8") as f:
                groups = f.read().split("\n")
        self.assertEqual(groups[:6], ["jxDeclaration", "jxNumber", "jxUnit", "jxComment", "jxDeclaration", "jxField"])


if __name__ == "__main__":
    unittest.main(verbosity=1)
