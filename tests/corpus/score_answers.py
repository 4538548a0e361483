#!/usr/bin/env python3
"""Scores what a reply would say against a round's labels: the reply's language and which
questions are quoted (need more than the free allowance of work), where the round has them.

    python3 tests/corpus/score_answers.py BIN ROUND_DIR [--verbose]

Reads ROUND_DIR/questions/NAME.expected.json with {"questions": [...], "language": "de",
"quoted": ["key phrase", ...]} and runs `BIN preview --json NAME.eml`. Prints:
- language: share of emails with questions whose draft is in the labelled language;
- quote per email: share whose quote is there exactly when something is labelled quoted;
- quoted per question: over key phrases matched to a found question, share whose free/quoted
  reading matches the label;
- answered without typing: share of found questions whose suggested answer needs no person
  (needs_answer false).
"""
import json, re, subprocess, sys
from pathlib import Path

def norm(s):
    return re.sub(r"[\W_]+", " ", s.lower()).strip()

def main():
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    binary, root = sys.argv[1], Path(sys.argv[2])
    verbose = "--verbose" in sys.argv
    lang_ok = lang_n = quote_ok = quote_n = q_ok = q_n = typed_free = found = 0
    for exp_path in sorted((root / "questions").glob("*.expected.json")):
        exp = json.loads(exp_path.read_text())
        if "quoted" not in exp and "language" not in exp:
            continue
        eml = exp_path.with_name(exp_path.name.replace(".expected.json", ".eml"))
        out = subprocess.run([binary, "preview", "--json", str(eml)], capture_output=True)
        got = json.loads(out.stdout)
        phrases = exp.get("questions", [])
        draft = got.get("draft") or {}
        if phrases and "language" in exp:
            lang_n += 1
            ours = draft.get("language")
            if ours == exp["language"]:
                lang_ok += 1
            elif verbose:
                print(f"LANG {eml.name}: expected {exp['language']} got {ours}")
        quoted = set(exp.get("quoted", []))
        if phrases:
            quote_n += 1
            if bool(quoted) == (got.get("quote") is not None):
                quote_ok += 1
            elif verbose:
                print(f"QUOTE {eml.name}: expected {'a quote' if quoted else 'none'}")
        questions = got.get("questions", [])
        found += len(questions)
        typed_free += sum(1 for q in questions if not q.get("needs_answer", True))
        used = set()
        for p in phrases:
            for i, q in enumerate(questions):
                if i not in used and norm(p) in norm(q["text"]):
                    used.add(i)
                    q_n += 1
                    if (p in quoted) == (not q["free"]):
                        q_ok += 1
                    elif verbose:
                        print(f"Q {eml.name}: {p!r} expected {'quoted' if p in quoted else 'free'}")
                    break
    pct = lambda a, b: f"{a / b:.3f} ({a}/{b})" if b else "n/a"
    print(f"language: {pct(lang_ok, lang_n)}")
    print(f"quote per email: {pct(quote_ok, quote_n)}")
    print(f"quoted per question: {pct(q_ok, q_n)}")
    print(f"answered without typing: {pct(typed_free, found)}")

main()
