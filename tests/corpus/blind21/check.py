#!/usr/bin/env python3
"""Verify the blind21 test set (stdlib only).

- every .eml parses with email.policy.default and has no defects (any part)
- every expected.json is valid; questions/quoted/language rules; replies' decision
- every key phrase is 3-8 words, does not end with '.' or '?', appears exactly once
  in every decoded body text part (whitespace folded, case-insensitive) and that
  occurrence lies in the client's new text (not in '>' quoted lines, not after a
  reply/forward header block, not inside an HTML blockquote)
- replies carry In-Reply-To (and References)
"""
import html
import json
import os
import re
import sys
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en", "de", "fr", "es", "nl", "it", "pt"}
DECISIONS = {"accept", "decline", "unclear", "automatic"}

MARKERS = [
    r"^-{2,}\s*(original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|"
    r"message d.origine|message transféré|mensaje original|mensaje reenviado|oorspronkelijk bericht|"
    r"doorgestuurd bericht|messaggio originale|messaggio inoltrato|mensagem original|"
    r"mensagem (re)?encaminhada)",
    r"^_{10,}\s*$",
    r"^(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|"
    r"inicio del mensaje reenviado|begin doorgestuurd bericht|inizio messaggio inoltrato|"
    r"início da mensagem (re)?encaminhada)\s*:",
    r"^\*?(from|von|de|van|da)\s?:\s*\S.*(@|\[mailto:)",
]
MARKER_RE = [re.compile(p, re.I) for p in MARKERS]

BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4",
         "blockquote", "hr", "pre", "section", "article", "header", "footer", "td"}


class H2T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.cur = ""
        self.cur_depth = None
        self.depth = 0
        self.skip = 0

    def nl(self):
        if self.cur.strip():
            self.lines.append((self.cur_depth if self.cur_depth is not None else self.depth, self.cur.strip()))
        elif self.cur == "" and self.lines and self.lines[-1][1] != "":
            pass
        self.cur = ""
        self.cur_depth = None

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in BLOCK:
            self.nl()
        if tag == "li":
            self.cur = "- "
        if tag == "blockquote":
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.nl()
        if tag == "blockquote":
            self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        if self.skip:
            return
        data = re.sub(r"\s+", " ", data)
        if not data.strip() and not self.cur:
            return
        if self.cur_depth is None:
            self.cur_depth = self.depth
        self.cur += data

    def text(self):
        self.nl()
        return "\n".join(("> " * d) + t for d, t in self.lines)


def html2text(s):
    p = H2T()
    p.feed(s)
    p.close()
    return p.text()


def fold(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


def new_region(text):
    keep = []
    for line in text.splitlines():
        st = line.strip()
        if any(r.match(st) for r in MARKER_RE):
            break
        if st.startswith(">"):
            keep.append("")
            continue
        keep.append(line)
    return "\n".join(keep)


def body_parts(msg):
    """text/* parts that are message bodies (no attachments, not inside message/*)."""
    out = []

    def walk(part):
        ct = part.get_content_type()
        if part.is_multipart():
            for sp in part.iter_parts():
                walk(sp)
            return
        if part.get_content_maintype() == "message":
            return
        if part.get_content_disposition() == "attachment":
            return
        if ct in ("text/plain", "text/html"):
            out.append(part)

    walk(msg)
    return out


def all_defects(msg):
    d = list(msg.defects)
    if msg.is_multipart():
        for p in msg.iter_parts():
            d += all_defects(p)
    elif msg.get_content_maintype() == "message" and msg.get_content_subtype() == "rfc822":
        for p in msg.get_payload():
            d += all_defects(p)
    return d


def load(path):
    with open(path, "rb") as f:
        return BytesParser(policy=policy.default).parse(f)


def main():
    errors = []
    counts = {}
    for kind in ("questions", "replies"):
        d = os.path.join(HERE, kind)
        names = sorted(n[:-4] for n in os.listdir(d) if n.endswith(".eml"))
        jsons = sorted(n[:-len(".expected.json")] for n in os.listdir(d) if n.endswith(".expected.json"))
        if names != jsons:
            errors.append(f"{kind}: eml/json name mismatch")
        counts[kind] = len(names)
        for n in names:
            p = os.path.join(d, n + ".eml")
            try:
                msg = load(p)
            except Exception as e:  # noqa
                errors.append(f"{n}: parse error {e}")
                continue
            defs = all_defects(msg)
            if defs:
                errors.append(f"{n}: defects {defs}")
            try:
                exp = json.load(open(os.path.join(d, n + ".expected.json"), encoding="utf-8"))
            except Exception as e:  # noqa
                errors.append(f"{n}: bad json {e}")
                continue
            if kind == "replies":
                if set(exp) != {"decision"} or exp["decision"] not in DECISIONS:
                    errors.append(f"{n}: bad reply json {exp}")
                if not msg["In-Reply-To"]:
                    errors.append(f"{n}: no In-Reply-To")
                if not msg["References"]:
                    errors.append(f"{n}: no References")
                continue
            qs = exp.get("questions")
            qd = exp.get("quoted")
            if not isinstance(qs, list) or not isinstance(qd, list):
                errors.append(f"{n}: questions/quoted missing")
                continue
            allowed = {"questions", "quoted", "language"}
            if set(exp) - allowed:
                errors.append(f"{n}: extra keys {set(exp) - allowed}")
            if qs:
                if exp.get("language") not in LANGS:
                    errors.append(f"{n}: language missing/bad")
            elif "language" in exp:
                errors.append(f"{n}: language present on empty list")
            if not set(qd) <= set(qs):
                errors.append(f"{n}: quoted not subset")
            if [q for q in qs if q in qd] != qd:
                errors.append(f"{n}: quoted not in question order")
            if len(set(qs)) != len(qs):
                errors.append(f"{n}: duplicate phrase")
            parts = body_parts(msg)
            if not parts:
                errors.append(f"{n}: no text parts")
            texts = []
            for part in parts:
                t = part.get_content()
                if part.get_content_subtype() == "html":
                    t = html2text(t)
                texts.append((part.get_content_type(), t))
            for q in qs:
                w = q.split()
                if not 3 <= len(w) <= 8:
                    errors.append(f"{n}: phrase word count {len(w)}: {q!r}")
                if q.rstrip().endswith((".", "?")):
                    errors.append(f"{n}: phrase ends with . or ?: {q!r}")
                fq = fold(q)
                for ct, t in texts:
                    c_all = fold(t).count(fq)
                    c_new = fold(new_region(t)).count(fq)
                    if c_all != 1 or c_new != 1:
                        errors.append(f"{n}: {ct} phrase {q!r} all={c_all} new={c_new}")
            # keep phrase order consistent with body order (first text part)
            if texts and qs:
                ft = fold(new_region(texts[0][1]))
                pos = [ft.find(fold(q)) for q in qs]
                if pos != sorted(pos):
                    errors.append(f"{n}: phrases not in body order {pos}")
    for e in errors:
        print("ERROR", e)
    print(f"checked {counts}; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
