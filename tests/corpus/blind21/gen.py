#!/usr/bin/env python3
"""Generate blind round 21: questions/ and replies/ (stdlib only).

Data lives in qdata.py (client questions) and rdata.py (replies to quotes);
this file holds the MIME builder and writes NAME.eml + NAME.expected.json.
"""
import html
import json
import os
import re
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- helpers
def quote(text, prefix="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line:
            out.append(prefix + line)
        else:
            out.append(prefix.rstrip())
    return "\n".join(out)


def text2html(text):
    """Plain text -> simple Gmail-like HTML, '>' blocks become blockquotes."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                block.append(re.sub(r"^> ?", "", lines[i]))
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                       + text2html("\n".join(block)) + "\n</blockquote>")
        else:
            line = lines[i]
            i += 1
            out.append("<div>" + (html.escape(line, quote=False) if line.strip() else "<br>") + "</div>")
    return "\n".join(out)


def wrap_html(inner, lang="en"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div dir="ltr" lang="{lang}">\n' + inner + "\n</div></body></html>\n")


BASE = datetime(2025, 3, 28, 7, 40, tzinfo=timezone(timedelta(hours=1)))


def date_for(n, minutes=0):
    return format_datetime(BASE.replace(hour=7) + timedelta(days=n * 17 // 60, hours=(n * 5) % 14, minutes=(n * 23) % 60 + minutes))


def build(s):
    m = EmailMessage()
    m["From"] = s["from"]
    m["To"] = s["to"]
    if s.get("cc"):
        m["Cc"] = s["cc"]
    m["Subject"] = s["subject"]
    m["Date"] = s["date"]
    m["Message-ID"] = s["msgid"]
    if s.get("irt"):
        m["In-Reply-To"] = s["irt"]
        m["References"] = s.get("refs", s["irt"])
    for k, v in s.get("headers", []):
        m[k] = v
    kind = s.get("kind", "plain")
    cs = s.get("charset", "utf-8")
    cte = s.get("cte")
    text = s.get("text")
    htm = s.get("html")
    if htm is None and text is not None and kind in ("html", "alt"):
        htm = wrap_html(text2html(text), s.get("lang", "en"))
    if cs == "iso-8859-1":
        try:
            ((text or "") + (htm or "")).encode("iso-8859-1")
        except UnicodeEncodeError:
            cs = "iso-8859-15"  # Latin-9: what mail clients pick when a quoted offer has the euro sign
    if cte == "7bit" and not ((text or "") + (htm or "")).isascii():
        cte = "8bit"  # offers quote currency symbols; keep the raw-8bit variant
    if kind == "plain":
        m.set_content(text, charset=cs, cte=cte)
    elif kind == "html":
        m.set_content(htm, subtype="html", charset=cs, cte=s.get("hcte", cte))
    elif kind == "alt":
        m.set_content(text, charset=cs, cte=cte)
        m.add_alternative(htm, subtype="html", charset=cs, cte=s.get("hcte", cte or "quoted-printable"))
    else:
        raise ValueError(kind)
    for fn, mt, st, data in s.get("att", []):
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for k, part in enumerate(m.walk()):  # deterministic boundaries
        if part.is_multipart():
            part.set_boundary(f"=_b21_{zlib.crc32(s['msgid'].encode()):08x}_{k}")
    pol = policy.default.clone(linesep="\r\n" if s.get("crlf") else "\n")
    return m.as_bytes(policy=pol)


# small fake attachments
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + b"\xff\xd9"


def write(kind, name, data, expected):
    d = os.path.join(HERE, kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".eml"), "wb") as f:
        f.write(data)
    with open(os.path.join(d, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    import qdata
    import rdata
    for i, s in enumerate(qdata.QUESTIONS, 1):
        name = f"q{i:03d}"
        s.setdefault("date", date_for(i))
        s.setdefault("msgid", f"<q{i:03d}.{zlib.crc32(s['subject'].encode()):08x}@{s['from'].split('@')[1].rstrip('>')}>")
        exp = {"questions": s["q"], "quoted": s.get("quoted", [])}
        if s["q"]:
            exp["language"] = s["lang"]
        write("questions", name, build(s), exp)
    for i, s in enumerate(rdata.REPLIES, 1):
        name = f"r{i:03d}"
        data = s["raw"] if "raw" in s else build(s)
        write("replies", name, data, {"decision": s["decision"]})
    print(f"wrote {len(qdata.QUESTIONS)} questions, {len(rdata.REPLIES)} replies")


if __name__ == "__main__":
    main()
