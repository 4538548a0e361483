#!/usr/bin/env python3
"""Checks: every .eml parses, expected.json valid, key phrases verbatim in the decoded body,
and (for questions) present in the client's own new text, not only in quoted parts."""
import collections
import email
import glob
import html
import json
import os
import re
import sys
from email import policy
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def norm(s):
    return re.sub(r"[\W_]+", " ", s.lower()).strip()


class Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "div", "blockquote", "li", "tr"):
            self.out.append("\n")


def body_texts(msg):
    texts = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html"):
            t = part.get_content()
            if ct == "text/html":
                s = Strip()
                s.feed(t)
                t = "".join(s.out)
            texts.append((ct, t))
    return texts


def main():
    import gen  # noqa
    qs, rs = gen.load_cases()
    bycase = {c["name"]: c for c in qs + rs}
    errors = []
    stats = collections.Counter()
    for path in sorted(glob.glob(os.path.join(HERE, "questions", "*.eml"))):
        name = os.path.basename(path)[:-4]
        raw = open(path, "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s defects %s" % (name, part.defects))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if msg[h] is None:
                errors.append("%s missing %s" % (name, h))
        exp = json.load(open(path[:-4] + ".expected.json", encoding="utf-8"))
        texts = body_texts(msg)
        if not texts:
            errors.append("%s no text part" % name)
        c = bycase[name]
        # new text only
        new = c["body"]
        if c.get("raw"):
            new = "\n".join(l for l in new.split("\n") if not l.startswith(">"))
        for ph in exp["questions"]:
            n = len(ph.split())
            if not 3 <= n <= 8:
                errors.append("%s phrase length %d: %s" % (name, n, ph))
            for ct, t in texts:
                if norm(ph) not in norm(t):
                    errors.append("%s phrase not in %s: %s" % (name, ct, ph))
                if ph not in t.replace("\n", " ") and ph not in t:
                    # verbatim check (whitespace may be re-flowed in html)
                    if ph not in re.sub(r"\s+", " ", t):
                        errors.append("%s phrase not verbatim in %s: %s" % (name, ct, ph))
            if norm(ph) not in norm(new):
                errors.append("%s phrase not in new text: %s" % (name, ph))
            # phrase should occur once in new text
            if norm(new).count(norm(ph)) != 1:
                errors.append("%s phrase occurs %d times in new text: %s" % (
                    name, norm(new).count(norm(ph)), ph))
        for ph in exp.get("quoted", []):
            if ph not in exp["questions"]:
                errors.append("%s quoted not subset: %s" % (name, ph))
        if exp["questions"]:
            if exp.get("language") not in ("en", "de", "fr", "es", "nl", "it", "pt"):
                errors.append("%s bad language" % name)
        elif "language" in exp:
            errors.append("%s language on empty" % name)
        stats["q_" + c["lang"]] += 1
        if not exp["questions"]:
            stats["q_empty"] += 1
        if exp.get("quoted"):
            stats["q_with_quoted"] += 1
        stats["q_phrases"] += len(exp["questions"])
        stats["crlf"] += raw.count(b"\r\n") > 0
    for path in sorted(glob.glob(os.path.join(HERE, "replies", "*.eml"))):
        name = os.path.basename(path)[:-4]
        raw = open(path, "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s defects %s" % (name, part.defects))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if msg[h] is None:
                errors.append("%s missing %s" % (name, h))
        exp = json.load(open(path[:-4] + ".expected.json"))
        if exp["decision"] not in ("accept", "decline", "unclear", "automatic"):
            errors.append("%s bad decision" % name)
        if exp["decision"] != "automatic" and not (msg["In-Reply-To"] and msg["References"]):
            errors.append("%s no In-Reply-To" % name)
        if not body_texts(msg):
            errors.append("%s no text part" % name)
        c = bycase[name]
        stats["r_" + c["lang"]] += 1
        stats["r_" + exp["decision"]] += 1
        stats["crlf"] += raw.count(b"\r\n") > 0
    for e in errors:
        print("ERROR", e)
    for k in sorted(stats):
        print(k, stats[k])
    print("errors:", len(errors))


if __name__ == "__main__":
    main()
