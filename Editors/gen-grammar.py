#!/usr/bin/env python3
"""Writes the editors' syntax files from the lexer's keyword tables, so that a keyword
added to jx is highlighted everywhere without anyone remembering to.

  Editors/gen-grammar.py          write Editors/vscode/syntaxes/jx.tmLanguage.json and
                                  Editors/vim/syntax/jx.vim
  Editors/gen-grammar.py --check  write nothing; exit 1 naming the files that are not
                                  what this script writes (CI runs this)

Read from the Swift sources: every spelling of `Keyword` (Sources/JXCore/Lexer/Keywords.swift)
and of `Member` (Sources/JXCore/Syntax/Member.swift), the names of lights and states
(`Light.named`, `Status.named` in Sources/JXCore/Evaluate/Value.swift) and the rule levels
(`RuleLevel`, with the Chinese ones the parser accepts).
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


def spellings(swift):
    """`case .name: ["a", "b"]` lines of a `spellings` switch: {case: [spellings]}."""
    body = swift[swift.index("var spellings: [String]"):]
    out = {}
    for m in re.finditer(r'case \.(\w+): \[([^\]]*)\]', body):
        out[m.group(1)] = re.findall(r'"([^"]*)"', m.group(2))
    return out


def named(swift, type_name):
    """The spellings a `static func named` of `type_name` accepts."""
    start = swift.index(f"enum {type_name}")
    body = swift[start:]
    body = body[body.index("static func named"):]
    body = body[:body.index("default:")]
    return re.findall(r'"([^"]*)"', body)


KEYWORDS = spellings(read("Sources/JXCore/Lexer/Keywords.swift"))
MEMBERS = spellings(read("Sources/JXCore/Syntax/Member.swift"))
VALUE = read("Sources/JXCore/Evaluate/Value.swift")
LIGHTS = named(VALUE, "Light")
STATES = named(VALUE, "Status")
AST = read("Sources/JXCore/Syntax/AST.swift")
LEVELS = re.search(r'enum RuleLevel[^{]*\{\s*case ([^\n]*)', AST).group(1).replace(" ", "").split(",")
PARSER = read("Sources/JXCore/Syntax/Parser+Statements.swift")
LEVELS += re.findall(r'"([^"]*)"', re.search(r'RuleLevel\.allCases\.map\(\\\.rawValue\) \+ \[([^\]]*)\]', PARSER).group(1))

# How each keyword is shown: what a statement declares, the fields written in one, the words
# of rules and conditions, and the words that stand for a value.
DECLARATIONS = ["indicator", "budget", "report", "rule", "letKw", "unit", "scenario", "importKw", "group", "project", "policy", "set", "declared", "assert"]
CONTROL = ["when", "otherwise", "forKw", "each", "inKw", "whereKw"]
LOGICAL = ["and", "or", "not"]
CONSTANTS = ["pending", "elapsed", "done"]
FIELDS = [k for k in KEYWORDS if k not in DECLARATIONS + CONTROL + LOGICAL + CONSTANTS]
for group in (DECLARATIONS, CONTROL, LOGICAL, CONSTANTS):
    for k in group:
        assert k in KEYWORDS, f"{k} is not a keyword any more: update Editors/gen-grammar.py"

CATEGORIES = [
    ("declaration", "storage.type.jx", DECLARATIONS),
    ("control", "keyword.control.jx", CONTROL),
    ("logical", "keyword.operator.logical.jx", LOGICAL),
    ("constant", "constant.language.jx", CONSTANTS),
    ("field", "keyword.other.field.jx", FIELDS),
]


def words(keys):
    seen, out = set(), []
    for k in keys:
        for s in KEYWORDS[k]:
            if s not in seen:
                seen.add(s)
                out.append(s)
    return out


def alternation(ws):
    # Longest first: 预期指标值 before 指标值 before 指标.
    return "|".join(re.escape(w) for w in sorted(set(ws), key=lambda w: (-len(w), w)))


def boundary(ws):
    # A word of the language stands alone: no letter, digit or _ right before or after it
    # (CJK characters are letters, so 目标 inside 绩效目标值 is not the keyword).
    return r"(?<![\w])(?:" + alternation(ws) + r")(?![\w])"


def taken():
    """Spellings shown by an earlier category (a keyword before a member)."""
    return set(w for _, _, keys in CATEGORIES for w in words(keys))


def grammar():
    repo = {
        "comment": {"match": r"#.*$", "name": "comment.line.number-sign.jx"},
        "string": {"patterns": [
            {"begin": '"', "end": '"|$', "name": "string.quoted.double.jx",
             "patterns": [{"match": r"\{[^{}\"]*\}", "name": "variable.other.placeholder.jx"}]},
            {"begin": "“", "end": "”|$", "name": "string.quoted.double.fullwidth.jx",
             "patterns": [{"match": r"\{[^{}”]*\}", "name": "variable.other.placeholder.jx"}]},
        ]},
        "date": {"match": r"(?<![\w.])\d{4}-\d{1,2}-\d{1,2}(?![\w])", "name": "constant.numeric.date.jx"},
        "number": {
            "match": r"(?<![\w.])([+\-]?\d[\d,]*(?:\.\d+)?)(%|％|‰|[^\W\d_][^\W_]*)?",
            "captures": {"1": {"name": "constant.numeric.jx"}, "2": {"name": "keyword.other.unit.jx"}},
        },
        "light": {"match": boundary(LIGHTS + LEVELS), "name": "constant.language.light.jx"},
        "state": {"match": boundary([s for s in STATES if s not in taken()]), "name": "constant.language.status.jx"},
        "member": {"match": boundary([s for ss in MEMBERS.values() for s in ss if s not in taken()]), "name": "variable.other.member.jx"},
        "comparator": {"match": r">=|≥|<=|≤|==|!=|≠|＞|＜|>|<|=|±", "name": "keyword.operator.comparison.jx"},
        "arithmetic": {"match": r"[+\-*/×÷]", "name": "keyword.operator.arithmetic.jx"},
        "punctuation": {"match": r"[{}()\[\],，;；:：.．]", "name": "punctuation.jx"},
    }
    for key, scope, keys in CATEGORIES:
        repo[key] = {"match": boundary(words(keys)), "name": scope}
    order = ["comment", "string", "date", "number"] + [k for k, _, _ in CATEGORIES] + ["light", "state", "member", "comparator", "arithmetic", "punctuation"]
    return {
        "$schema": "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
        "name": "jx",
        "scopeName": "source.jx",
        "fileTypes": ["jx"],
        "comment": "Generated by Editors/gen-grammar.py from the lexer's keyword tables; do not edit.",
        "patterns": [{"include": "#" + k} for k in order],
        "repository": repo,
    }


def vim():
    lines = [
        '" Vim syntax for jx scripts (预算绩效监控). Generated by Editors/gen-grammar.py from the',
        "\" lexer's keyword tables; do not edit.",
        'if exists("b:current_syntax") | finish | endif',
        "syn case match",
        'syn match jxComment "#.*$" contains=@Spell',
        r'syn region jxString start=+"+ end=+"\|$+ contains=jxPlaceholder',
        r'syn region jxString start=+“+ end=+”\|$+ contains=jxPlaceholder',
        r'syn match jxPlaceholder "{[^{}]*}" contained',
        r'syn match jxDate "\<\d\{4}-\d\{1,2}-\d\{1,2}\>"',
        r'syn match jxNumber "\(\k\|\.\)\@<!\d[0-9,]*\(\.\d\+\)\=" nextgroup=jxUnit',
        r'syn match jxUnit "\(%\|％\|‰\|[^ \t0-9#"“()\[\]{},;:.=<>+*/-]\+\)" contained',
        r'syn match jxOperator ">=\|≥\|<=\|≤\|==\|!=\|≠\|＞\|＜\|>\|<\|=\|±"',
    ]
    groups = [("jxDeclaration", DECLARATIONS), ("jxControl", CONTROL), ("jxLogical", LOGICAL), ("jxConstant", CONSTANTS), ("jxField", FIELDS)]
    for name, keys in groups:
        ws = words(keys)
        for k in range(0, len(ws), 8):
            lines.append(f"syn keyword {name} " + " ".join(ws[k:k + 8]))
    lights = sorted(set(LIGHTS + LEVELS))
    lines.append("syn keyword jxLight " + " ".join(lights))
    members = [s for ss in MEMBERS.values() for s in ss if s not in taken()]
    for k in range(0, len(members), 8):
        lines.append("syn keyword jxMember " + " ".join(members[k:k + 8]))
    lines += [
        "hi def link jxComment Comment",
        "hi def link jxString String",
        "hi def link jxPlaceholder Special",
        "hi def link jxDate Constant",
        "hi def link jxNumber Number",
        "hi def link jxUnit Type",
        "hi def link jxOperator Operator",
        "hi def link jxDeclaration Statement",
        "hi def link jxControl Conditional",
        "hi def link jxLogical Operator",
        "hi def link jxConstant Constant",
        "hi def link jxField Keyword",
        "hi def link jxLight Constant",
        "hi def link jxMember Identifier",
        'let b:current_syntax = "jx"',
    ]
    return "\n".join(lines) + "\n"


OUTPUTS = {
    "Editors/vscode/syntaxes/jx.tmLanguage.json": lambda: json.dumps(grammar(), ensure_ascii=False, indent=2) + "\n",
    "Editors/vim/syntax/jx.vim": vim,
}


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for rel, make in OUTPUTS.items():
        text = make()
        path = os.path.join(ROOT, rel)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old == text:
            continue
        if check:
            stale.append(rel)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {rel}")
    if stale:
        print("not what Editors/gen-grammar.py writes (run it): " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
