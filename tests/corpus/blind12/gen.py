#!/usr/bin/env python3
"""Generator for the round-12 blind corpus. Run: python3 gen.py  (writes questions/ and replies/)."""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_lib import build_message, mid, FIRMS  # noqa: E402

CASE_MODULES = ["cases_q_en", "cases_q_other", "cases_r_en", "cases_r_other", "cases_r_auto"]


def load_cases():
    qs, rs, extra = [], [], []
    for m in CASE_MODULES:
        try:
            mod = __import__(m)
        except ImportError as e:
            print("skip", m, e)
            continue
        for attr in dir(mod):
            if attr.startswith("Q_"):
                qs += getattr(mod, attr)
            elif attr.startswith("R_"):
                rs += getattr(mod, attr)
    return qs, rs


def prepare(c, i):
    c.setdefault("crlf", i % 3 == 1)
    firm_domain = FIRMS[c["firm"]][1].split("@")[1]
    if c.get("in_reply_to") == "PREV":
        c["in_reply_to"] = mid(c["name"] + "-prev", firm_domain)
    return c


def main():
    qs, rs = load_cases()
    for sub in ("questions", "replies"):
        d = os.path.join(HERE, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    names = set()
    for i, c in enumerate(qs):
        assert c["name"] not in names, c["name"]
        names.add(c["name"])
        prepare(c, i)
        raw = c["raw_bytes"](c) if "raw_bytes" in c else build_message(c)
        with open(os.path.join(HERE, "questions", c["name"] + ".eml"), "wb") as f:
            f.write(raw)
        exp = {"questions": c["q"]}
        if c["q"]:
            exp["language"] = c["lang"]
        exp["quoted"] = c["quoted"]
        with open(os.path.join(HERE, "questions", c["name"] + ".expected.json"), "w",
                  encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for i, c in enumerate(rs):
        assert c["name"] not in names, c["name"]
        names.add(c["name"])
        prepare(c, i)
        raw = c["raw_bytes"](c) if "raw_bytes" in c else build_message(c)
        with open(os.path.join(HERE, "replies", c["name"] + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, "replies", c["name"] + ".expected.json"), "w") as f:
            json.dump({"decision": c["decision"]}, f)
            f.write("\n")
    # case list for CASES.md
    with open(os.path.join(HERE, "CASES.md"), "w", encoding="utf-8") as f:
        f.write("# Round 12 cases (one line each)\n\n## questions/\n\n")
        for c in qs:
            f.write("- %s [%s, %s, %s/%s%s] %s\n" % (
                c["name"], c["lang"], c["firm"], c.get("fmt", "plain"), c.get("cte"),
                ", CRLF" if c["crlf"] else "", c["note"]))
        f.write("\n## replies/\n\n")
        for c in rs:
            f.write("- %s [%s, %s, %s] %s\n" % (
                c["name"], c["lang"], c["firm"], c["decision"], c["note"]))
    print("wrote %d questions, %d replies" % (len(qs), len(rs)))


if __name__ == "__main__":
    main()
