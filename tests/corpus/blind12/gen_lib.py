"""Rendering helpers for the round-12 blind corpus (stdlib only)."""
import base64
import hashlib
import html
import quopri
import re
from email.header import Header
from email.utils import formataddr

# ---------------------------------------------------------------- firms
FIRMS = {
    "PAY": ("Tellerbrook Payroll & HR", "clients@tellerbrook-payroll.eu"),
    "LAW": ("Okafor Lindqvist Employment Law", "office@okaforlindqvist-law.com"),
    "GARDEN": ("Vellum & Fern Garden Studio", "studio@vellumandfern.com"),
    "SOFT": ("Quillstack Software", "hello@quillstack.io"),
    "CHAR": ("Brannock Charity Accounts", "team@brannock-accounts.org"),
}

# people at the firms who write offers / earlier mails
STAFF = {
    "fiona": ("Fiona Marsh", "fiona.marsh@tellerbrook-payroll.eu"),
    "anouk": ("Anouk Claes", "anouk.claes@tellerbrook-payroll.eu"),
    "jens": ("Jens Hoffmann", "jens.hoffmann@tellerbrook-payroll.eu"),
    "adaeze": ("Adaeze Okafor", "a.okafor@okaforlindqvist-law.com"),
    "lucia": ("Lucía Ferrer", "l.ferrer@okaforlindqvist-law.com"),
    "rui": ("Rui Carvalho", "r.carvalho@okaforlindqvist-law.com"),
    "chiara": ("Chiara Benedetti", "c.benedetti@okaforlindqvist-law.com"),
    "tom": ("Tom Vellum", "tom@vellumandfern.com"),
    "sanne": ("Sanne de Ruiter", "sanne@vellumandfern.com"),
    "giulia": ("Giulia Ferri", "giulia@vellumandfern.com"),
    "hanna": ("Hanna Berger", "hanna@vellumandfern.com"),
    "priya": ("Priya Nair", "priya@quillstack.io"),
    "matthias": ("Matthias Brenner", "matthias@quillstack.io"),
    "elodie": ("Élodie Marchand", "elodie@quillstack.io"),
    "pablo": ("Pablo Ortega", "pablo@quillstack.io"),
    "ines": ("Inês Duarte", "ines@quillstack.io"),
    "gareth": ("Gareth Brannock", "gareth@brannock-accounts.org"),
    "claire": ("Claire Dufour", "claire.dufour@brannock-accounts.org"),
    "francesca": ("Francesca Russo", "francesca.russo@brannock-accounts.org"),
    "joana": ("Joana Matos", "joana.matos@brannock-accounts.org"),
    "pieter": ("Pieter Jansen", "pieter.jansen@brannock-accounts.org"),
    "marta": ("Marta Ibáñez", "marta.ibanez@brannock-accounts.org"),
    "joris": ("Joris Smit", "joris@quillstack.io"),
    "davide": ("Davide Conti", "davide@quillstack.io"),
    "camila": ("Camila Rocha", "camila.rocha@tellerbrook-payroll.eu"),
    "beatriz": ("Beatriz Lopes", "beatriz@vellumandfern.com"),
    "daan": ("Daan Visser", "d.visser@okaforlindqvist-law.com"),
    "keller": ("Dr. Felix Keller", "f.keller@okaforlindqvist-law.com"),
    "sommer": ("Ulrike Sommer", "ulrike.sommer@brannock-accounts.org"),
    "camille": ("Camille Roux", "camille@vellumandfern.com"),
    "garnier": ("Hélène Garnier", "h.garnier@okaforlindqvist-law.com"),
    "elena": ("Elena Navarro", "elena.navarro@tellerbrook-payroll.eu"),
    "lucas": ("Lucas Medina", "lucas@vellumandfern.com"),
    "marco": ("Marco Rinaldi", "marco.rinaldi@tellerbrook-payroll.eu"),
}

HTML_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT", "pt": "PT"}


def reply_case(name, firm, lang, frm, subject, date, body, who, when, offer, decision, note,
               style="gmail", sent_to=None, **kw):
    """A client's reply to a quote offer; the offer is quoted (gmail/apple/outlook/original)."""
    if style in ("gmail", "apple"):
        q = dict(style=style, attr=attr(lang, when, who, style), text=offer)
    else:
        base = subject
        for p in ("Re: ", "RE: ", "AW: ", "R: ", "RES: ", "Res: ", "RE : ", "Antw: "):
            if base.startswith(p):
                base = base[len(p):]
        q = dict(style=style, lang=lang,
                 hdr=(who_str(who), when, sent_to or "%s <%s>" % frm, base))
        q["text"] = offer
    c = dict(name=name, firm=firm, lang=lang, frm=frm, subject=subject, date=date, body=body,
             quote=q, decision=decision, note=note, in_reply_to="PREV")
    c.update(kw)
    return c


def mid(name, domain):
    h = hashlib.sha1(("round12-" + name).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def enc_header(value, charset="utf-8"):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        cs = charset if charset in ("iso-8859-1", "windows-1252") else "utf-8"
        try:
            value.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return Header(value, cs).encode(linesep="\n")


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        cs = charset if charset in ("iso-8859-1", "windows-1252") else "utf-8"
        try:
            name.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return formataddr((name, addr), charset=cs)


# ---------------------------------------------------------------- quotes
def prefix_lines(text, p="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(">")
        else:
            out.append(p + line)
    return "\n".join(out)


HDR_LABELS = {
    # outlook-style header block labels: from, sent, to, subject
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviada", "Para", "Assunto"),
}

FWD_LINE = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Forwarded message ---------",
    "es": "---------- Mensaje reenviado ---------",
    "nl": "---------- Doorgestuurd bericht ---------",
    "it": "---------- Messaggio inoltrato ---------",
    "pt": "---------- Mensagem encaminhada ---------",
}


def plain_quote(q):
    """Render a quote dict as plain text (to append under the new text)."""
    st = q["style"]
    if st in ("gmail", "apple", "prefix"):
        return q["attr"] + "\n" + prefix_lines(q["text"])
    if st == "outlook":
        lab = HDR_LABELS[q.get("lang", "en")]
        f, s, t, sub = q["hdr"]
        return ("________________________________\n"
                "%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
                    lab[0], f, lab[1], s, lab[2], t, lab[3], sub, q["text"]))
    if st == "original":
        f, s, t, sub = q["hdr"]
        return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n"
                "Subject: %s\n\n%s" % (f, s, t, sub, q["text"]))
    if st == "forward":
        f, s, t, sub = q["hdr"]
        lang = q.get("lang", "en")
        lab = {"de": ("Von", "Date", "Subject", "To"),
               "es": ("De", "Date", "Subject", "To"),
               }.get(lang, ("From", "Date", "Subject", "To"))
        return ("%s\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (
            FWD_LINE[lang], lab[0], f, lab[1], s, lab[2], sub, lab[3], t, q["text"]))
    raise ValueError(st)


def _lines_html(text, tag="div", cls=None):
    """Plain lines -> html, '>' runs become nested blockquotes."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(">"):
            j = i
            inner = []
            while j < len(lines) and lines[j].startswith(">"):
                s = lines[j][1:]
                if s.startswith(" "):
                    s = s[1:]
                inner.append(s)
                j += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">' + _lines_html("\n".join(inner), tag, cls)
                       + "</blockquote>")
            i = j
            continue
        c = ' class="%s"' % cls if cls else ""
        if line.strip() == "":
            out.append("<%s%s><br></%s>" % (tag, c, tag))
        else:
            out.append("<%s%s>%s</%s>" % (tag, c, html.escape(line, quote=False), tag))
        i += 1
    return "\n".join(out)


def html_quote(q):
    st = q["style"]
    if st in ("gmail", "prefix"):
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n'
                '</blockquote></div>' % (html.escape(q["attr"], quote=False),
                                         _lines_html(q["text"])))
    if st == "apple":
        return ('<div><br><blockquote type="cite"><div>%s</div>\n%s\n</blockquote></div>' % (
            html.escape(q["attr"], quote=False), _lines_html(q["text"])))
    if st in ("outlook", "original"):
        lab = HDR_LABELS[q.get("lang", "en")] if st == "outlook" else HDR_LABELS["en"]
        f, s, t, sub = q["hdr"]
        e = lambda x: html.escape(x, quote=False)
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal"><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s<br>'
                '<b>%s:</b> %s</p></div>\n%s' % (
                    lab[0].strip(), e(f), lab[1].strip(), e(s), lab[2].strip(), e(t),
                    lab[3].strip(), e(sub), _lines_html(q["text"], "p", "MsoNormal")))
    if st == "forward":
        return '<div class="gmail_quote">%s</div>' % _lines_html(plain_quote(q))
    raise ValueError(st)


def html_doc(body_html, outlook=False, lang="en"):
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (HTML_LANG[lang], body_html))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET">'
            '</head><body>\n<div dir="ltr">\n%s\n</div>\n</body></html>\n' % body_html)


# ---------------------------------------------------------------- encoding
def encode_part(text, ctype, charset, cte):
    if cte == "7bit":
        data = text.encode("ascii")
        body = data
    elif cte == "8bit":
        body = text.encode(charset)
    elif cte == "qp":
        body = quopri.encodestring(text.encode(charset))
        if not body.endswith(b"\n"):
            body += b"\n"
        cte = "quoted-printable"
    elif cte == "b64":
        body = base64.encodebytes(text.encode(charset))
        cte = "base64"
    else:
        raise ValueError(cte)
    if cte in ("7bit", "8bit") and not body.endswith(b"\n"):
        body += b"\n"
    hdr = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (
        ctype, charset, cte)
    return hdr.encode("ascii") + b"\n" + body


def boundary(name, n=0):
    return "----=_Part_%s_%d" % (hashlib.md5((name + str(n)).encode()).hexdigest()[:20], n)


def assemble(headers, body_bytes, crlf):
    """headers: list of (k, v) str; body_bytes already includes part headers or content."""
    h = "".join("%s: %s\n" % (k, v) for k, v in headers).encode("ascii")
    raw = h + body_bytes
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def build_message(c, firm_to=True):
    """c: case dict. Returns bytes."""
    charset = c.get("charset", "utf-8")
    cte = c.get("cte", "8bit")
    fmt = c.get("fmt", "plain")
    new = c["body"].strip("\n")
    q = c.get("quote")
    top = c.get("bottom_post", False)
    plain = new
    if q:
        if top:
            plain = plain_quote(q) + "\n\n" + new
        else:
            plain = new + "\n\n" + plain_quote(q)
    plain += "\n"
    outlook = c.get("html_style") == "outlook"
    if fmt in ("html", "alt"):
        if c.get("html_body"):
            hb = c["html_body"]
        else:
            if outlook:
                nb = _lines_html(new, "p", "MsoNormal")
            else:
                nb = _lines_html(new)
            if q:
                qh = html_quote(q)
                hb = (qh + "\n<br>\n" + nb) if top else (nb + "\n<br>\n" + qh)
            else:
                hb = nb
        hdoc = html_doc(hb, outlook, c.get("lang", "en")).replace("CHARSET", charset)
    frm = enc_addr(c["frm"][0], c["frm"][1], charset)
    to_name, to_addr = FIRMS[c["firm"]]
    if c.get("to"):
        to_name, to_addr = c["to"]
    headers = [
        ("From", frm),
        ("To", enc_addr(to_name, to_addr)),
    ]
    if c.get("cc"):
        headers.append(("Cc", ", ".join(enc_addr(n, a) for n, a in c["cc"])))
    headers += [
        ("Subject", enc_header(c["subject"], charset)),
        ("Date", c["date"]),
        ("Message-ID", mid(c["name"], c["frm"][1].split("@")[1])),
    ]
    if c.get("in_reply_to"):
        headers.append(("In-Reply-To", c["in_reply_to"]))
        refs = c.get("references", c["in_reply_to"])
        headers.append(("References", refs))
    headers += c.get("extra_headers", [])
    headers.append(("MIME-Version", "1.0"))
    if fmt == "plain":
        part = encode_part(plain, "text/plain", charset, cte)
        # move part headers into the message header block
        ph, pb = part.split(b"\n\n", 1)
        body = ph + b"\n\n" + pb
    elif fmt == "html":
        part = encode_part(hdoc, "text/html", charset, cte)
        ph, pb = part.split(b"\n\n", 1)
        body = ph + b"\n\n" + pb
    elif fmt == "alt":
        b = boundary(c["name"])
        pcte = c.get("plain_cte", cte)
        p1 = encode_part(plain, "text/plain", charset, pcte)
        p2 = encode_part(hdoc, "text/html", charset, cte)
        body = ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % b).encode()
        body += ("--%s\n" % b).encode() + p1 + ("\n--%s\n" % b).encode() + p2
        body += ("\n--%s--\n" % b).encode()
    else:
        raise ValueError(fmt)
    if c.get("attach"):
        fname, ctype = c["attach"]
        b = boundary(c["name"], 7)
        payload = hashlib.sha256(fname.encode()).digest() * 24
        if ctype == "application/pdf":
            payload = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + payload + b"\n%%EOF\n"
        att = ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
               "Content-Transfer-Encoding: base64\n\n" % (ctype, fname, fname)).encode()
        att += base64.encodebytes(payload)
        body = ("Content-Type: multipart/mixed; boundary=\"%s\"\n\n"
                "This is a multi-part message in MIME format.\n\n--%s\n" % (b, b)).encode() + body
        body += ("\n--%s\n" % b).encode() + att + ("--%s--\n" % b).encode()
    return assemble(headers, body, c.get("crlf", False))


# ---------------------------------------------------------------- attribution helpers
def attr(lang, when, who, style="gmail"):
    """who = STAFF key or (name, email). when = language-specific date string."""
    name, email = STAFF[who] if isinstance(who, str) else who
    if lang == "en":
        if style == "apple":
            return "On %s, %s <%s> wrote:" % (when, name, email)
        return "On %s, %s <%s> wrote:" % (when, name, email)
    if lang == "de":
        return "Am %s schrieb %s <%s>:" % (when, name, email)
    if lang == "fr":
        return "Le %s, %s <%s> a écrit :" % (when, name, email)
    if lang == "es":
        return "El %s, %s (<%s>) escribió:" % (when, name, email)
    if lang == "nl":
        if style == "apple":
            return "Op %s heeft %s <%s> het volgende geschreven:" % (when, name, email)
        return "Op %s schreef %s <%s>:" % (when, name, email)
    if lang == "it":
        return "Il giorno %s %s <%s> ha scritto:" % (when, name, email)
    if lang == "pt":
        return "Em %s, %s <%s> escreveu:" % (when, name, email)
    raise ValueError(lang)


def who_str(who):
    name, email = STAFF[who] if isinstance(who, str) else who
    return "%s <%s>" % (name, email)
