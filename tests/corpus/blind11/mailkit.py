"""Small hand-rolled RFC 5322 / MIME builder for the round11 test corpus (stdlib only).

Messages are assembled by hand so that headers (Date zones such as "UT"), charsets
and transfer encodings are exactly what we ask for.
"""
import base64
import hashlib
import html
import quopri
import re
from email.header import Header
from email.utils import formataddr

FIRMS = {
    "TAX": dict(name="Quillon & Marsh Tax Advisers", mailbox="clients@quillonmarsh-tax.co.uk",
                person="Harriet Quillon", addr="h.quillon@quillonmarsh-tax.co.uk",
                domain="quillonmarsh-tax.co.uk"),
    "LAW": dict(name="Barrowgate Lease Law LLP", mailbox="leases@barrowgate-law.com",
                person="Daniel Okafor-Reyes", addr="d.okafor-reyes@barrowgate-law.com",
                domain="barrowgate-law.com"),
    "ARC": dict(name="Studio Vlint Architecture", mailbox="studio@studiovlint-arch.eu",
                person="Marit Vlint", addr="marit@studiovlint-arch.eu",
                domain="studiovlint-arch.eu"),
    "MKT": dict(name="Loudfern Marketing", mailbox="hello@loudfern-marketing.com",
                person="Priya Castellano", addr="priya@loudfern-marketing.com",
                domain="loudfern-marketing.com"),
    "VISA": dict(name="Pathway Crossing Visa Consultants", mailbox="cases@pathwaycrossing-visa.com",
                 person="Tomasz Brandt", addr="t.brandt@pathwaycrossing-visa.com",
                 domain="pathwaycrossing-visa.com"),
}


def firm_to(firm):
    f = FIRMS[firm]
    return formataddr((f["name"], f["mailbox"]))


def enc_addr(name, addr):
    """Display name encoded as RFC 2047 when it is not ASCII."""
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def msgid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16].upper(), h[16:24], domain)


# ---------------------------------------------------------------- bodies

def encode_body(text, charset, cte):
    """Return (header lines, body text with \n line ends)."""
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        body = raw.decode(charset)
        if cte == "7bit":
            body.encode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    return body, raw


def leaf(subtype, text, charset="utf-8", cte="8bit", extra_ct=""):
    body, _ = encode_body(text, charset, cte)
    hdrs = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, extra_ct),
            "Content-Transfer-Encoding: %s" % cte]
    return hdrs, body


def multipart(subtype, parts, boundary, extra_ct=""):
    lines = []
    for hdrs, body in parts:
        lines.append("--" + boundary)
        lines.extend(hdrs)
        lines.append("")
        lines.append(body.rstrip("\n"))
    lines.append("--" + boundary + "--")
    lines.append("")
    hdrs = ['Content-Type: multipart/%s;\n boundary="%s"%s' % (subtype, boundary, extra_ct)]
    return hdrs, "\n".join(lines)


def assemble(headers, hdrs_body, crlf=False):
    ctype_hdrs, body = hdrs_body
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append("%s: %s" % (k, v))
    out.append("MIME-Version: 1.0")
    out.extend(ctype_hdrs)
    out.append("")
    out.append(body)
    txt = "\n".join(out)
    if not txt.endswith("\n"):
        txt += "\n"
    # the body may carry 8-bit text in a legacy charset: encode each section right.
    return txt


def to_bytes(txt, charset, crlf):
    if crlf:
        txt = txt.replace("\r\n", "\n").replace("\n", "\r\n")
    return txt.encode(charset)


# ---------------------------------------------------------------- HTML rendering

def esc(s):
    return html.escape(s, quote=False)


def paras_html(text, tag="div"):
    """Plain text -> simple Gmail-like HTML: one block per line, <br> for blank lines."""
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append("<%s><br></%s>" % (tag, tag))
        else:
            out.append("<%s>%s</%s>" % (tag, esc(line), tag))
    return "\n".join(out)


def outlook_paras(text):
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line))
    return "\n".join(out)


def html_doc(inner, outlook=False, lang="en"):
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
                '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (lang.upper(), inner))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body>\n%s\n</body>\n</html>\n' % inner)


# ---------------------------------------------------------------- text helpers

def gt(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return "\n".join(out)


def html_to_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|li|tr|blockquote|h\d)>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s):
    return re.sub(r"[\W_]+", " ", s.lower()).strip()


# ---------------------------------------------------------------- dates and quote headers
import datetime as _dt

_EN_D = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_EN_DF = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_EN_MF = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT_D = {
    "en": _EN_D,
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
}
SHORT_M = {
    "en": _EN_M,
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
}
FULL_D = {
    "en": _EN_DF,
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
}
FULL_M = {
    "en": _EN_MF,
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
}


def dt(s):
    """'2024-06-03 10:12' -> datetime"""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def rfc_date(d, zone="+0100", sec=None):
    if sec is None:
        sec = (d.minute * 7 + d.day) % 60
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (_EN_D[d.weekday()], d.day, _EN_M[d.month - 1], d.year,
                                                  d.hour, d.minute, sec, zone)


def gmail_hdr(lang, d, name, addr):
    wd, mo = SHORT_D[lang][d.weekday()], SHORT_M[lang][d.month - 1]
    t = "%02d:%02d" % (d.hour, d.minute)
    who = "%s <%s>" % (name, addr)
    if lang == "en":
        return "On %s, %d %s %d at %s, %s wrote:" % (wd, d.day, mo, d.year, t, who)
    if lang == "de":
        mo = FULL_M["de"][d.month - 1] if d.month in (3, 5, 6, 7) else mo
        return "Am %s, %d. %s %d um %s Uhr schrieb %s:" % (wd, d.day, mo, d.year, t, who)
    if lang == "fr":
        return "Le %s %d %s %d à %s, %s a écrit :" % (wd, d.day, mo, d.year, t, who)
    if lang == "es":
        return "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (wd, d.day, mo, d.year, t, name, addr)
    if lang == "nl":
        return "Op %s %d %s %d om %s schreef %s:" % (wd, d.day, mo, d.year, t, who)
    if lang == "it":
        return "Il giorno %s %d %s %d alle ore %s %s ha scritto:" % (wd, d.day, mo, d.year, t, who)
    if lang == "pt":
        return "Em %s, %d de %s de %d às %s, %s escreveu:" % (wd, d.day, mo, d.year, t, who)
    raise ValueError(lang)


def apple_hdr(lang, d, name, addr):
    mo = SHORT_M[lang][d.month - 1]
    t = "%02d:%02d" % (d.hour, d.minute)
    who = "%s <%s>" % (name, addr)
    return {
        "en": "On %d %s %d, at %s, %s wrote:" % (d.day, mo, d.year, t, who),
        "de": "Am %02d.%02d.%d um %s schrieb %s:" % (d.day, d.month, d.year, t, who),
        "fr": "Le %d %s %d à %s, %s a écrit :" % (d.day, mo, d.year, t, who),
        "es": "El %d %s %d, a las %s, %s escribió:" % (d.day, mo, d.year, t, who),
        "nl": "Op %d %s %d om %s heeft %s het volgende geschreven:" % (d.day, mo, d.year, t, who),
        "it": "Il giorno %d %s %d, alle ore %s, %s ha scritto:" % (d.day, mo, d.year, t, who),
        "pt": "Em %d de %s de %d, à(s) %s, %s escreveu:" % (d.day, mo, d.year, t, who),
    }[lang]


def tbird_hdr(lang, d, name):
    if lang == "de":
        return "Am %02d.%02d.%02d um %02d:%02d schrieb %s:" % (d.day, d.month, d.year % 100, d.hour, d.minute, name)
    return "On %02d/%02d/%d %02d:%02d, %s wrote:" % (d.day, d.month, d.year, d.hour, d.minute, name)


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:", "-----Original Message-----"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "-----Ursprüngliche Nachricht-----"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "-----Message d'origine-----"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:", "-----Mensaje original-----"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:", "-----Oorspronkelijk bericht-----"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:", "-----Messaggio originale-----"),
    "pt": ("De:", "Enviado:", "Para:", "Assunto:", "-----Mensagem original-----"),
}


def outlook_date(lang, d):
    wd, mo = FULL_D[lang][d.weekday()], FULL_M[lang][d.month - 1]
    t = "%02d:%02d" % (d.hour, d.minute)
    if lang == "en":
        h = d.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (wd, mo, d.day, d.year, h, d.minute, "AM" if d.hour < 12 else "PM")
    if lang == "de":
        return "%s, %d. %s %d %s" % (wd, d.day, mo, d.year, t)
    if lang in ("fr", "nl", "it"):
        return "%s %d %s %d %s" % (wd, d.day, mo, d.year, t)
    return "%s, %d de %s de %d %s" % (wd, d.day, mo, d.year, t)


def outlook_block(lang, d, frm, to, subject, old_style=False):
    """frm/to are display strings. Returns (plain text block lines, list of (label, value))."""
    lf, ls, lt, lsub, sep = OUTLOOK_LABELS[lang]
    rows = [(lf, frm), (ls, outlook_date(lang, d)), (lt, to), (lsub, subject)]
    first = sep if old_style else "________________________________"
    return first, rows


FWD_LINE = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Forwarded message ---------",
    "es": "---------- Mensaje reenviado ---------",
    "nl": "---------- Doorgestuurd bericht ---------",
    "it": "---------- Messaggio inoltrato ---------",
    "pt": "---------- Mensagem encaminhada ---------",
}
FWD_LABELS = {
    "en": ("From:", "Date:", "Subject:", "To:"),
    "de": ("Von:", "Date:", "Subject:", "To:"),
    "fr": ("De :", "Date:", "Subject:", "To:"),
    "es": ("De:", "Date:", "Subject:", "To:"),
    "nl": ("Van:", "Date:", "Subject:", "To:"),
    "it": ("Da:", "Date:", "Subject:", "To:"),
    "pt": ("De:", "Date:", "Subject:", "To:"),
}


def fwd_block(lang, d, frm, subject, to):
    lf, ld, ls, lt = FWD_LABELS[lang]
    return FWD_LINE[lang], [(lf, frm), (ld, "%s, %d %s %d at %02d:%02d" % (
        SHORT_D["en"][d.weekday()], d.day, SHORT_M["en"][d.month - 1], d.year, d.hour, d.minute)), (ls, subject),
        (lt, to)]
