#!/usr/bin/env python3
"""Generator for the round11 blind corpus: five fictional firms, seven languages.

Run:  python3 gen.py        (writes questions/ and replies/ and checks them)
Stdlib only.  Case data lives in cases_q.py and cases_r.py.
"""
import email
import hashlib
import json
import os
import sys
from email import policy

import mailkit as mk

HERE = os.path.dirname(os.path.abspath(__file__))

FORMATS = {
    "plain": ("single", [("plain", "utf-8", "8bit")]),
    "ascii": ("single", [("plain", "us-ascii", "7bit")]),
    "qp": ("single", [("plain", "utf-8", "quoted-printable")]),
    "b64": ("single", [("plain", "utf-8", "base64")]),
    "latin1": ("single", [("plain", "iso-8859-1", "8bit")]),
    "latin1qp": ("single", [("plain", "iso-8859-1", "quoted-printable")]),
    "latin9qp": ("single", [("plain", "iso-8859-15", "quoted-printable")]),
    "cp1252": ("single", [("plain", "windows-1252", "8bit")]),
    "cp1252qp": ("single", [("plain", "windows-1252", "quoted-printable")]),
    "html": ("single", [("html", "utf-8", "quoted-printable")]),
    "html_b64": ("single", [("html", "utf-8", "base64")]),
    "html_cp1252": ("single", [("html", "windows-1252", "quoted-printable")]),
    "alt": ("alternative", [("plain", "utf-8", "quoted-printable"), ("html", "utf-8", "quoted-printable")]),
    "alt_b64": ("alternative", [("plain", "utf-8", "base64"), ("html", "utf-8", "base64")]),
    "alt_8bit": ("alternative", [("plain", "utf-8", "8bit"), ("html", "utf-8", "quoted-printable")]),
    "alt_cp1252": ("alternative", [("plain", "windows-1252", "quoted-printable"),
                                   ("html", "windows-1252", "quoted-printable")]),
    "alt_latin1": ("alternative", [("plain", "iso-8859-1", "quoted-printable"),
                                   ("html", "iso-8859-1", "quoted-printable")]),
}


# ---------------------------------------------------------------- quote specs (used by case files)

def firm_person(firm):
    f = mk.FIRMS[firm]
    return f["person"], f["addr"]


def reply_q(lang, firm, when, text, style="gmail", who=None, position="top"):
    """Quoted earlier message written by the firm (or by `who`=(name, addr))."""
    name, addr = who or firm_person(firm)
    d = mk.dt(when)
    if style == "gmail":
        hdr = mk.gmail_hdr(lang, d, name, addr)
    elif style == "apple":
        hdr = mk.apple_hdr(lang, d, name, addr)
    elif style == "tbird":
        hdr = mk.tbird_hdr(lang, d, name)
    else:
        hdr = style  # literal header line
    return dict(kind="reply", hdr=hdr, text=text, position=position)


def outlook_q(lang, firm, when, to_disp, subject, text, old=False, who=None):
    name, addr = who or firm_person(firm)
    first, rows = mk.outlook_block(lang, mk.dt(when), "%s <%s>" % (name, addr), to_disp, subject, old)
    return dict(kind="outlook", first=first, rows=rows, text=text, position="top")


def fwd_q(lang, when, frm, subject, to, text):
    first, rows = mk.fwd_block(lang, mk.dt(when), frm, subject, to)
    return dict(kind="fwd", first=first, rows=rows, text=text, position="top")


# ---------------------------------------------------------------- rendering

def render_plain(c):
    if c.get("body") is not None:
        return c["body"]
    new = c["new"]
    if c.get("sig"):
        new = new + "\n\n" + c["sig"]
    q = c.get("quote")
    if not q:
        return new + "\n"
    if q["kind"] == "reply":
        quoted = q["hdr"] + "\n" + mk.gt(q["text"])
        if q["position"] == "bottom":
            return quoted + "\n\n" + new + "\n"
        return new + "\n\n" + quoted + "\n"
    rows = "\n".join("%s %s" % r for r in q["rows"])
    if q["kind"] == "outlook":
        return new + "\n\n" + q["first"] + "\n" + rows + "\n\n" + q["text"] + "\n"
    if q["kind"] == "fwd":
        return new + "\n\n" + q["first"] + "\n" + rows + "\n\n\n" + q["text"] + "\n"
    raise ValueError(q["kind"])


def quoted_html(text):
    lines = text.split("\n")
    out, buf, qbuf = [], [], []

    def flush():
        if buf:
            out.append(mk.paras_html("\n".join(buf)))
            buf.clear()
        if qbuf:
            inner = "\n".join((l[2:] if l.startswith("> ") else l[1:]) for l in qbuf)
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">\n%s\n</blockquote>' % quoted_html(inner))
            qbuf.clear()

    for l in lines:
        if l.startswith(">"):
            if buf:
                out.append(mk.paras_html("\n".join(buf)))
                buf.clear()
            qbuf.append(l)
        else:
            if qbuf:
                flush()
            buf.append(l)
    flush()
    return "\n".join(out)


def rows_html(first, rows, bold=True):
    parts = [mk.esc(first)] if first else []
    for lab, val in rows:
        if bold:
            parts.append("<b>%s</b> %s" % (mk.esc(lab), mk.esc(val)))
        else:
            parts.append("%s %s" % (mk.esc(lab), mk.esc(val)))
    return "<br>\n".join(parts)


def render_html(c, charset):
    style = c.get("html_style", "gmail")
    new, sig, q = c["new"], c.get("sig", ""), c.get("quote")
    lang = c.get("lang") or "en"
    if style == "outlook":
        top = mk.outlook_paras(new + ("\n\n" + sig if sig else ""))
        bottom = ""
        if q:
            if q["kind"] == "outlook":
                if q["first"].startswith("_"):
                    bottom = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                              '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n' % rows_html(None, q["rows"]))
                else:
                    bottom = '<div>\n<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n' % rows_html(
                        q["first"], q["rows"], bold=False)
                bottom += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mk.outlook_paras(q["text"])
            elif q["kind"] == "fwd":
                bottom = '<p class="MsoNormal">%s<o:p></o:p></p>\n%s' % (rows_html(q["first"], q["rows"]),
                                                                       mk.outlook_paras(q["text"]))
            else:
                bottom = ('<p class="MsoNormal">%s<o:p></o:p></p>\n<blockquote style="border:none;border-left:'
                          'solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt">\n%s\n</blockquote>\n'
                          % (mk.esc(q["hdr"]), quoted_html(q["text"])))
        inner = top + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + bottom
        if q and q["position"] == "bottom":
            inner = bottom + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + top
        doc = mk.html_doc(inner, outlook=True, lang=lang)
    else:
        top = '<div dir="ltr">' + mk.paras_html(new)
        if sig:
            top += ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                    '<div dir="ltr" class="gmail_signature">' + mk.paras_html(sig) + "</div>")
        top += "</div>\n"
        bottom = ""
        if q:
            if q["kind"] == "reply":
                bottom = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
                          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                          'rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>\n'
                          % (mk.esc(q["hdr"]), quoted_html(q["text"])))
            elif q["kind"] == "fwd":
                bottom = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>\n%s\n'
                          '</div>\n' % (rows_html(q["first"], q["rows"], bold=False), quoted_html(q["text"])))
            else:
                bottom = ('<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:'
                          '11pt" color="#000000">%s</font><div>&nbsp;</div></div>\n<div>%s</div>\n'
                          % (rows_html(None, q["rows"]), quoted_html(q["text"])))
        if q and q["position"] == "bottom":
            inner = bottom + "<br>\n" + top
        else:
            inner = top + "<br>\n" + bottom
        doc = mk.html_doc(inner)
    if charset != "utf-8":
        doc = doc.replace("charset=utf-8", "charset=" + charset)
    return doc


def crlf_of(c):
    """Explicit crlf wins; otherwise about one case in three gets CRLF, chosen by a hash of the id."""
    if "crlf" in c:
        return c["crlf"]
    return int(hashlib.sha1(c["id"].encode()).hexdigest(), 16) % 3 == 0


def build(c, kind):
    c["crlf"] = crlf_of(c)
    firm = mk.FIRMS[c["firm"]]
    name, addr = c["frm"]
    domain = addr.split("@")[1]
    if c.get("special"):
        raw = c["special"](c)
        return raw if isinstance(raw, bytes) else mk.to_bytes(raw, "ascii", c.get("crlf", False))
    structure, parts_spec = FORMATS[c.get("fmt", "plain")]
    plain_text = render_plain(c)
    parts = []
    eight_bit = None
    for sub, cs, cte in parts_spec:
        text = plain_text if sub == "plain" else render_html(c, cs)
        extra = c.get("ct_extra", "") if sub == "plain" else ""
        parts.append(mk.leaf(sub, text, cs, cte, extra))
        if cte == "8bit":
            eight_bit = cs
    if structure == "single":
        body = parts[0]
    else:
        body = mk.multipart("alternative", parts, "000000000000%s" % mk.msgid(c["id"], "b")[1:13].lower())
    headers = [("From", mk.enc_addr(name, addr)), ("To", c.get("to") or mk.firm_to(c["firm"]))]
    if c.get("cc"):
        headers.append(("Cc", c["cc"]))
    headers.append(("Subject", mk.enc_subject(c["subject"])))
    when, zone = c["date"]
    headers.append(("Date", mk.rfc_date(mk.dt(when), zone)))
    headers.append(("Message-ID", mk.msgid(c["id"] + c["subject"], domain)))
    if kind == "reply" or c.get("in_reply"):
        ref = mk.msgid(c["id"] + "offer", firm["domain"])
        headers.append(("In-Reply-To", ref))
        older = c.get("older_refs", [])
        headers.append(("References", " ".join(older + [ref])))
    for h in c.get("headers", []):
        headers.append(h)
    txt = mk.assemble(headers, body)
    return mk.to_bytes(txt, eight_bit or "ascii", c.get("crlf", False))


# ---------------------------------------------------------------- checks

def decoded_texts(raw):
    msg = email.message_from_bytes(raw, policy=policy.default)
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = mk.html_to_text(t)
            texts.append((part.get_content_subtype(), t))
    return msg, texts


def check_question(c, raw, errors):
    msg, texts = decoded_texts(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            errors.append("%s: missing header %s" % (c["id"], h))
    new_norm = mk.norm(c["new"] if c.get("body") is None else c["new_check"])
    qtext = ""
    q = c.get("quote")
    if q:
        qtext = mk.norm(q["text"])
    for p in c["q"]:
        n = mk.norm(p)
        words = n.split()
        if not 3 <= len(words) <= 8:
            errors.append("%s: phrase length %d: %r" % (c["id"], len(words), p))
        if n not in new_norm:
            errors.append("%s: phrase not in new text: %r" % (c["id"], p))
        if qtext and n in qtext:
            errors.append("%s: phrase also in quoted text: %r" % (c["id"], p))
        for sub, t in texts:
            if n not in mk.norm(t):
                errors.append("%s: phrase not in decoded %s part: %r" % (c["id"], sub, p))
        # phrase should sit inside one source line
        src = c["new"] if c.get("body") is None else c["new_check"]
        if not any(n in mk.norm(line) for line in src.split("\n")):
            errors.append("%s: phrase spans lines: %r" % (c["id"], p))
    for p in c.get("quoted", []):
        if p not in c["q"]:
            errors.append("%s: quoted phrase not in questions: %r" % (c["id"], p))


def check_reply(c, raw, errors):
    msg, texts = decoded_texts(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            errors.append("%s: missing header %s" % (c["id"], h))
    if c["decision"] != "automatic" and msg["In-Reply-To"] is None:
        errors.append("%s: reply without In-Reply-To" % c["id"])
    if c["decision"] not in ("accept", "decline", "unclear", "automatic"):
        errors.append("%s: bad decision" % c["id"])
    if not texts:
        errors.append("%s: no text part" % c["id"])


def main():
    from cases_q import QUESTIONS
    from cases_r import REPLIES
    errors = []
    seen = set()
    for c in QUESTIONS:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        raw = build(c, "question")
        path = os.path.join(HERE, "questions", c["id"] + ".eml")
        with open(path, "wb") as f:
            f.write(raw)
        exp = {"questions": c["q"]}
        if c["q"]:
            exp["language"] = c["lang"]
            exp["quoted"] = list(c.get("quoted", []))
        else:
            exp["quoted"] = []
        with open(os.path.join(HERE, "questions", c["id"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        check_question(c, raw, errors)
    for c in REPLIES:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        raw = build(c, "reply")
        with open(os.path.join(HERE, "replies", c["id"] + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, "replies", c["id"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump({"decision": c["decision"]}, f, indent=2)
            f.write("\n")
        check_reply(c, raw, errors)
    # CASES.md: one line per case
    lines = ["# round11 cases (generated by gen.py)", "",
             "Firms: TAX = Quillon & Marsh Tax Advisers, LAW = Barrowgate Lease Law LLP (commercial leases), "
             "ARC = Studio Vlint Architecture, MKT = Loudfern Marketing, VISA = Pathway Crossing Visa Consultants.",
             "", "## questions", ""]
    for c in QUESTIONS:
        lines.append("- %s [%s, %s, %s%s] %s -> %d question(s), %d quoted" % (
            c["id"], c["lang"], c["firm"], c.get("fmt", "plain"), ", CRLF" if c["crlf"] else "", c["note"],
            len(c["q"]), len(c.get("quoted", []))))
    lines += ["", "## replies", ""]
    for c in REPLIES:
        lines.append("- %s [%s, %s, %s%s] %s -> %s" % (
            c["id"], c["lang"], c["firm"], c.get("fmt", "machine-built"), ", CRLF" if c["crlf"] else "",
            c["note"], c["decision"]))
    with open(os.path.join(HERE, "CASES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # re-read every json
    for sub in ("questions", "replies"):
        for fn in sorted(os.listdir(os.path.join(HERE, sub))):
            if fn.endswith(".json"):
                with open(os.path.join(HERE, sub, fn), encoding="utf-8") as f:
                    json.load(f)
    for e in errors:
        print("ERROR", e)
    print("%d questions, %d replies, %d errors" % (len(QUESTIONS), len(REPLIES), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
