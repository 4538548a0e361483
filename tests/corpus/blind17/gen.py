#!/usr/bin/env python3
"""Generator for blind round 17: client question emails and quote replies.

Stdlib only.  Run `python3 gen.py`; it (re)writes questions/ and replies/ next
to this file.  Every message is assembled byte by byte (headers, MIME
structure, transfer encoding, charset, line endings) so that the corpus covers
what real mail clients send.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import io
import json
import os
import re
import shutil
import struct
import zipfile
import zlib
from email import quoprimime
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# people and firms
# --------------------------------------------------------------------------
# Five made-up firms of unusual kinds.
FIRMS = {
    'patent': 'Brandt & Okafor Patent Attorneys (London, Munich, Eindhoven)',
    'wedding': 'Fleur & Fable Weddings (Provence, Tuscany, Sintra)',
    'dental': 'Molar Systems, IT for dental practices (Utrecht, Manchester, Aachen)',
    'genealogy': 'Raizes & Registos Genealogy (Porto)',
    'energy': 'Kilowatt Clarity Energy Audits (Bristol, Lyon, Freiburg, Bologna)',
}

STAFF = {
    'helen': ('Helen Brandt', 'helen.brandt@brandt-okafor.co.uk'),
    'weil': ('Dr. Jonas Weil', 'j.weil@brandt-okafor.de'),
    'smits': ('Eline Smits', 'e.smits@brandt-okafor.nl'),
    'camille': ('Camille Roux', 'camille@fleuretfable.com'),
    'giulia': ('Giulia Bassi', 'giulia@fleuretfable.com'),
    'marta': ('Marta Nunes', 'marta@fleuretfable.com'),
    'ashworth': ('Tom Ashworth', 'tom.ashworth@molarsystems.co.uk'),
    'ruben': ('Ruben de Graaf', 'ruben@molarsystems.nl'),
    'brenner': ('Lukas Brenner', 'l.brenner@molarsystems.de'),
    'ines': ('Inês Marques', 'ines@raizeseregistos.pt'),
    'tomas': ('Tomás Aguilar', 'tomas@raizeseregistos.pt'),
    'owen': ('Owen Pryce', 'owen@kilowattclarity.co.uk'),
    'claire': ('Claire Dumas', 'claire.dumas@kilowattclarity.fr'),
    'vogt': ('Katrin Vogt', 'k.vogt@kilowattclarity.de'),
    'ferri': ('Marco Ferri', 'marco.ferri@kilowattclarity.it'),
}

# --------------------------------------------------------------------------
# small binary attachments (valid enough to look real)
# --------------------------------------------------------------------------

def fake_pdf(title):
    body = ('%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
            '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'
            '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n'
            '4 0 obj\n<< /Title (%s) /Producer (Scanner) >>\nendobj\n'
            'trailer\n<< /Root 1 0 R /Info 4 0 R >>\n%%%%EOF\n' % title)
    return body.encode('latin-1') + hashlib.sha256(title.encode()).digest() * 8


def tiny_png(seed):
    def chunk(kind, data):
        c = struct.pack('>I', len(data)) + kind + data
        return c + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    w, h = 4, 4
    shade = hashlib.md5(seed.encode()).digest()
    raw = b''.join(b'\x00' + bytes(shade[(y * 3 + x) % 16] for x in range(w * 3)) for y in range(h))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def fake_jpeg(seed):
    return (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
            + hashlib.sha512(seed.encode()).digest() * 40 + b'\xff\xd9')


def fake_docx(text):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types/>')
        z.writestr('word/document.xml', '<?xml version="1.0"?><w:document><w:t>%s</w:t></w:document>'
                   % _html.escape(text))
    return buf.getvalue()


def attachment(kind, filename, seed=None):
    seed = seed or filename
    if kind == 'pdf':
        return ('application/pdf', filename, fake_pdf(seed))
    if kind == 'png':
        return ('image/png', filename, tiny_png(seed))
    if kind == 'jpg':
        return ('image/jpeg', filename, fake_jpeg(seed))
    if kind == 'docx':
        return ('application/vnd.openxmlformats-officedocument.wordprocessingml.document', filename,
                fake_docx(seed))
    if kind == 'xlsx':
        return ('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename,
                fake_docx(seed))
    raise ValueError(kind)

# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------


def _hdr(value, eol):
    """Encode an unstructured header value (RFC 2047 when not ASCII)."""
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, 'utf-8', maxlinelen=76).encode(linesep=eol)


def addr(person):
    name, mail = person
    return formataddr((name, mail), charset='utf-8')


def boundary(seed, style):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == 'outlook':
        return '_000_%s%sEXCH_' % (h[:20].upper(), h[20:28].upper())
    if style == 'apple':
        return 'Apple-Mail=_%s-%s-%s' % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
    if style == 'thunderbird':
        return '------------%s' % h[:24]
    return '000000000000%s' % h[:16]


def wrap_lines(text, width=72, flowed=False):
    """Wrap long lines, keeping '>' quote prefixes.  With flowed=True soft
    breaks end with a space (RFC 3676)."""
    out = []
    for line in text.split('\n'):
        m = re.match(r'^((?:> ?)*)(.*)$', line)
        prefix, rest = m.group(1), m.group(2)
        if len(line) <= width or ' ' not in rest or line == '-- ':
            out.append(line)
            continue
        words = rest.split(' ')
        cur = ''
        pieces = []
        for w in words:
            cand = (cur + ' ' + w) if cur else w
            if len(prefix) + len(cand) > width and cur:
                pieces.append(cur)
                cur = w
            else:
                cur = cand
        pieces.append(cur)
        for i, p in enumerate(pieces):
            soft = (' ' if flowed else '') if i < len(pieces) - 1 else ''
            out.append(prefix + p + soft)
    return '\n'.join(out)


class TextPart:
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable', flowed=False,
                 filename=None, disposition=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.flowed, self.filename, self.disposition = flowed, filename, disposition

    def render(self, eol):
        ct = 'text/%s; charset="%s"' % (self.subtype, self.charset)
        if self.flowed:
            ct += '; format=flowed'
        if self.filename:
            ct += '; name="%s"' % self.filename
        heads = ['Content-Type: ' + ct, 'Content-Transfer-Encoding: ' + self.cte]
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += '; filename="%s"' % self.filename
            heads.append('Content-Disposition: ' + d)
        lines = self.text.replace('\r\n', '\n').split('\n')
        if self.cte == '7bit':
            data = eol.join(lines).encode('ascii')
        elif self.cte == '8bit':
            data = eol.join(lines).encode(self.charset)
        elif self.cte == 'quoted-printable':
            raw = '\n'.join(lines).encode(self.charset).decode('latin-1')
            data = quoprimime.body_encode(raw, maxlinelen=76, eol=eol).encode('ascii')
        elif self.cte == 'base64':
            raw = '\r\n'.join(lines).encode(self.charset)
            data = base64.encodebytes(raw).replace(b'\n', eol.encode()).rstrip(eol.encode())
        else:
            raise ValueError(self.cte)
        for ln in data.split(eol.encode()):
            assert len(ln) <= 998, 'line too long for %s' % self.cte
        return heads, data


class BinPart:
    def __init__(self, ctype, filename, data, disposition='attachment', cid=None):
        self.ctype, self.filename, self.data = ctype, filename, data
        self.disposition, self.cid = disposition, cid

    def render(self, eol):
        try:
            self.filename.encode('ascii')
            fn_param = 'filename="%s"' % self.filename
            name_param = 'name="%s"' % self.filename
        except UnicodeEncodeError:
            from urllib.parse import quote
            fn_param = "filename*=utf-8''%s" % quote(self.filename)
            name_param = "name*=utf-8''%s" % quote(self.filename)
        heads = ['Content-Type: %s; %s' % (self.ctype, name_param),
                 'Content-Disposition: %s; %s' % (self.disposition, fn_param),
                 'Content-Transfer-Encoding: base64']
        if self.cid:
            heads.append('Content-ID: <%s>' % self.cid)
        data = base64.encodebytes(self.data).replace(b'\n', eol.encode()).rstrip(eol.encode())
        return heads, data


class RawPart:
    """A part given with its own headers and an ASCII body (delivery-status,
    disposition-notification, rfc822-headers...)."""

    def __init__(self, heads, body):
        self.heads, self.body = heads, body

    def render(self, eol):
        return list(self.heads), eol.join(self.body.replace('\r\n', '\n').split('\n')).encode('utf-8')


class MessagePart:
    """message/rfc822 holding another full message (bytes, already with eol)."""

    def __init__(self, data, description=None):
        self.data, self.description = data, description

    def render(self, eol):
        heads = ['Content-Type: message/rfc822']
        if self.description:
            heads.append('Content-Description: ' + self.description)
        return heads, self.data.rstrip(eol.encode())


class Multipart:
    def __init__(self, subtype, parts, bnd, params='', preamble=None):
        self.subtype, self.parts, self.bnd = subtype, parts, bnd
        self.params, self.preamble = params, preamble

    def render(self, eol):
        e = eol.encode()
        heads = ['Content-Type: multipart/%s;%s boundary="%s"%s' % (
            self.subtype, eol + '\t', self.bnd, self.params)]
        chunks = []
        if self.preamble:
            chunks.append(self.preamble.encode('ascii') + e + e)
        for p in self.parts:
            ph, pd = p.render(eol)
            chunks.append(b'--' + self.bnd.encode() + e + e.join(h.encode('ascii') for h in ph) + e + e
                          + pd + e)
        chunks.append(b'--' + self.bnd.encode() + b'--' + e)
        return heads, b''.join(chunks)


def render_message(headers, root, eol):
    """headers: list of (name, value) already ASCII-safe (encoded here)."""
    out = []
    for name, value in headers:
        if name in ('Subject', 'Thread-Topic'):
            value = _hdr(value, eol)
        out.append('%s: %s' % (name, value))
    rh, rd = root.render(eol)
    out.append('MIME-Version: 1.0')
    out.extend(rh)
    head = eol.join(out)
    for ln in head.split(eol):
        assert all(ord(c) < 128 for c in ln), ln
    return head.encode('ascii') + eol.encode() + eol.encode() + rd + (b'' if rd.endswith(eol.encode()) else eol.encode())

# --------------------------------------------------------------------------
# text -> HTML in the style of a few mail clients
# --------------------------------------------------------------------------

HEAD_LABELS = (r'From|Sent|To|Cc|Subject|Date|Von|Gesendet|An|Betreff|Datum|De|Envoy\u00e9|\u00c0|Objet|'
               r'Enviado|Para|Asunto|Fecha|Van|Verzonden|Aan|Onderwerp|Da|Inviato|A|Oggetto|Assunto|Data')
HEAD_RE = re.compile(r'^(%s)\s?:(.*)$' % HEAD_LABELS)
FROM_LABELS = ('From', 'Von', 'De', 'Van', 'Da')

HTML_HEADS = {
    'gmail': '<div dir="ltr">',
    'apple': ('<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head>'
              '<body dir="auto">'),
    'thunderbird': ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
                    'charset={cs}">\n  </head>\n  <body>\n'),
    'outlook': ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n'
                '\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n@font-face\n\t{{font-family:Aptos;}}\n'
                '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n'
                '\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}}\n'
                'span.EmailStyle19\n\t{{mso-style-type:personal-reply;}}\n--></style></head>'
                '<body lang={lang} link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
                '<div class=WordSection1>\n'),
    'android': '<html><head></head><body><div dir="auto">',
}
HTML_TAILS = {
    'gmail': '</div>\n',
    'apple': '</body></html>\n',
    'thunderbird': '  </body>\n</html>\n',
    'outlook': '</div></body></html>\n',
    'android': '</div></body></html>\n',
}
BLOCKQUOTE = {
    'gmail': ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              'border-left:1px solid rgb(204,204,204);padding-left:1ex">'),
    'apple': '<blockquote type="cite">',
    'thunderbird': '<blockquote type="cite">',
    'outlook': '<blockquote style="margin-left:3.75pt">',
    'android': '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">',
}


def text_to_html(text, style='gmail', cs='utf-8', lang='EN-GB'):
    esc = lambda s: _html.escape(s, quote=False)
    out = [HTML_HEADS[style].format(cs=cs, lang=lang)]
    depth = 0
    in_header_block = False
    for line in text.split('\n'):
        m = re.match(r'^((?:> ?)*)(.*)$', line)
        d = m.group(1).count('>')
        content = m.group(2)
        while depth < d:
            out.append(BLOCKQUOTE[style])
            depth += 1
        while depth > d:
            out.append('</blockquote>')
            depth -= 1
        if style == 'outlook':
            hm = HEAD_RE.match(content)
            if re.match(r'^_{10,}$', content) or re.match(r'^-{3,}', content):
                out.append('<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
                           '</div>')
                in_header_block = True
                continue
            if hm and not in_header_block and hm.group(1) in FROM_LABELS:
                out.append('<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
                           '</div>')
                in_header_block = True
            if hm and in_header_block:
                out.append('<p class=MsoNormal><b>%s:</b>%s<o:p></o:p></p>' % (esc(hm.group(1)), esc(hm.group(2))))
                continue
            if content.strip() == '':
                in_header_block = False
                out.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
            else:
                out.append('<p class=MsoNormal>%s<o:p></o:p></p>' % esc(content))
        elif style in ('gmail', 'android'):
            out.append((esc(content) if content else '') + '<br>')
        elif style == 'thunderbird':
            out.append('    <p>%s</p>' % esc(content) if content else '    <br>')
        else:  # apple
            out.append('<div>%s</div>' % (esc(content) if content else '<br>'))
    while depth > 0:
        out.append('</blockquote>')
        depth -= 1
    out.append(HTML_TAILS[style])
    return '\n'.join(out)

# --------------------------------------------------------------------------
# case -> message
# --------------------------------------------------------------------------

MAILERS = {
    'gmail': None,
    'apple': ('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)'),
    'iphone': ('X-Mailer', 'iPhone Mail (22E252)'),
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'thunderbird': ('User-Agent', 'Mozilla Thunderbird'),
    'android': ('X-Mailer', 'Outlook for Android'),
    'samsung': None,
}


def msgid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:12], h[12:20], domain)


def fmt_date(s):
    """'2025-03-04 09:12 +0100' -> RFC 5322 date."""
    d = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M %z')
    return d.strftime('%a, %d %b %Y %H:%M:') + '%02d ' % (int(hashlib.md5(s.encode()).hexdigest(), 16) % 60) \
        + d.strftime('%z')


def build(case):
    eol = case.get('eol', '\n')
    style = case.get('style', 'gmail')
    client = case.get('client', style)
    cs = case.get('cs', 'utf-8')
    cte = case.get('cte', 'quoted-printable')
    mime = case.get('mime', 'plain')
    seed = case['id']
    text = case.get('text')
    if text is not None:
        if case.get('flowed'):
            text = wrap_lines(text, 72, flowed=True)
        elif case.get('wrap', 76 if cte in ('7bit', '8bit') else 0):
            text = wrap_lines(text, case.get('wrap', 76))
    html_text = case.get('html')
    if mime in ('html', 'alt') and html_text is None:
        html_text = text_to_html(case.get('html_src', case.get('text')), style, case.get('html_cs', cs),
                                 case.get('html_lang', 'EN-GB'))
    html_cs = case.get('html_cs', cs)
    html_cte = case.get('html_cte', cte if cte in ('quoted-printable', 'base64') else 'quoted-printable')
    if case.get('root') is not None:
        body = case['root']
    elif mime == 'plain':
        body = TextPart(text, 'plain', cs, cte, flowed=case.get('flowed', False))
    elif mime == 'html':
        body = TextPart(html_text, 'html', html_cs, html_cte)
    elif mime == 'alt':
        body = Multipart('alternative', [TextPart(text, 'plain', cs, cte, flowed=case.get('flowed', False)),
                                         TextPart(html_text, 'html', html_cs, html_cte)],
                         boundary(seed + 'alt', style))
    else:
        raise ValueError(mime)
    if case.get('inline_images'):
        imgs = [BinPart(ct, fn, data, 'inline', cid) for (ct, fn, data, cid) in case['inline_images']]
        body = Multipart('related', [body] + imgs, boundary(seed + 'rel', style), '; type="multipart/alternative"'
                         if mime == 'alt' else '; type="text/html"')
    if case.get('attach'):
        parts = [body] + [BinPart(ct, fn, data) for (ct, fn, data) in case['attach']]
        body = Multipart('mixed', parts, boundary(seed + 'mix', style))
    frm = case['frm']
    domain = frm[1].split('@')[1]
    headers = []
    if case.get('received', True):
        headers.append(('Received', 'from %s (mail.%s [203.0.113.%d])%s\tby mx.%s (Postfix) with ESMTPS id %s;%s\t%s'
                        % (domain.split('.')[0], domain, int(hashlib.md5(seed.encode()).hexdigest(), 16) % 250 + 2,
                           eol, case['to'][1].split('@')[1], hashlib.md5(seed.encode()).hexdigest()[:10].upper(),
                           eol, fmt_date(case['date']))))
    headers += [('From', addr(frm)), ('To', addr(case['to']))]
    if case.get('cc'):
        headers.append(('Cc', ', '.join(addr(p) for p in case['cc'])))
    headers += [('Subject', case['subject']), ('Date', fmt_date(case['date'])),
                ('Message-ID', case.get('message_id', msgid(seed, domain)))]
    if case.get('in_reply_to'):
        headers.append(('In-Reply-To', case['in_reply_to']))
        headers.append(('References', case.get('references', case['in_reply_to'])))
    m = MAILERS.get(client)
    if m:
        headers.append(m)
    if client == 'outlook':
        headers.append(('Thread-Topic', re.sub(r'^((RE|AW|WG|FW|TR|R|RV|Fwd|Fw|Re|Antw|Doorst|ENC|RES|I):\s*)+', '',
                                                case['subject'])))
        headers.append(('Thread-Index', base64.b64encode(hashlib.md5(seed.encode()).digest()[:22]).decode()))
        headers.append(('Content-Language', case.get('content_language', 'en-GB')))
    for h in case.get('headers', ()):
        headers.append(h)
    return render_message(headers, body, eol)


def write_case(folder, case, expected):
    data = build(case)
    with open(os.path.join(folder, case['id'] + '.eml'), 'wb') as f:
        f.write(data)
    with open(os.path.join(folder, case['id'] + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write('\n')
    return data

# --------------------------------------------------------------------------
# quote headers and forward markers, per language and client
# --------------------------------------------------------------------------


def quote(text):
    """Prefix every line with '> ' (empty lines get '>')."""
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def outlook_block(lang, frm, to, sent, subject, cc=None):
    labels = {
        'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
        'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
        'fr': ('De\u00a0', 'Envoy\u00e9\u00a0', '\u00c0\u00a0', 'Cc\u00a0', 'Objet\u00a0'),
        'es': ('De', 'Enviado', 'Para', 'CC', 'Asunto'),
        'nl': ('Van', 'Verzonden', 'Aan', 'CC', 'Onderwerp'),
        'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
        'pt': ('De', 'Enviada', 'Para', 'Cc', 'Assunto'),
        'pt-br': ('De', 'Enviado', 'Para', 'Cc', 'Assunto'),
    }[lang]
    lines = ['%s: %s <%s>' % (labels[0], frm[0], frm[1]), '%s: %s' % (labels[1], sent),
             '%s: %s <%s>' % (labels[2], to[0], to[1])]
    if cc:
        lines.append('%s: %s' % (labels[3], cc))
    lines.append('%s: %s' % (labels[4], subject))
    return '\n'.join(lines)

# ==========================================================================
# QUESTION EMAILS
# ==========================================================================
# Each case: the message as the client sent it, plus the labels.
#   questions: one key phrase per question/request, in order
#   quoted:    those needing more than five minutes of work (to be priced)
#   lang:      language of the client's new text (for the README counts;
#              written to expected.json only when questions is non-empty)

Q = []


def q(**kw):
    kw.setdefault('questions', [])
    kw.setdefault('quoted', [])
    Q.append(kw)


# --- English ---------------------------------------------------------------

q(id='q001', lang='en', firm='patent', frm=('Rob Kettering', 'rob@ketteringcycles.co.uk'), to=STAFF['helen'],
  subject='renewal + US', date='2025-04-11 07:42 +0100', client='iphone', style='apple', mime='plain',
  cs='us-ascii', cte='7bit', wrap=0,
  text="""\
helen - need the renewal fee for EP3456789 paid before the 30th, invoice to the new address pls. also whats the deadline for the US continuation

Sent from my iPhone""",
  questions=['need the renewal fee for EP3456789 paid', 'invoice to the new address pls',
             'whats the deadline for the US continuation'],
  notes='terse phone mail; two requests in one sentence; no capitals, no question marks')

q(id='q002', lang='en', firm='energy', frm=('Gillian Marsh', 'gillian.marsh@btinternet.com'), to=STAFF['owen'],
  subject='Heat pump quote - are we being sold too big a one?', date='2025-02-19 21:14 +0000',
  client='gmail', mime='plain', cte='quoted-printable',
  attach=[attachment('pdf', 'Greenway Heat - Quotation 4471.pdf'), attachment('xlsx', 'heat loss calc.xlsx')],
  text="""\
Hi Owen,

Hope you're keeping well. I don't know if you remember us, you did the survey on our place in Horfield back in 2022 (the 1930s semi with the awful conservatory). Well, we finally took your advice and had the loft done last autumn, and the cavity walls were filled in January, and I have to say the difference is remarkable, although the conservatory is still a lost cause and I've more or less given up on it. Who knew a 1930s semi could leak so much heat? My husband says we should have done it twenty years ago and for once he's right.

Anyway, the boiler is 19 years old and making the most alarming noises, so we've had an installer round about an air source heat pump. He was very nice and very keen and the quote is for an 11kW unit plus new radiators in three rooms. Could you have a look at whether the 11kW heat pump the installer quoted us is oversized for a house like ours? My neighbour has a 7kW one in an almost identical house and says it copes fine, even in February. I've attached the quote and his heat loss sheet.

We're also thinking of solar panels at some point but that's for another day.

Let me know if you need anything else from me.

Best wishes,
Gillian Marsh
""",
  questions=['whether the 11kW heat pump the installer quoted'],
  quoted=['whether the 11kW heat pump the installer quoted'],
  notes='long rambling story, one buried request, rhetorical question, polite closing')

q(id='q003', lang='en', firm='dental', frm=('Margaret Doyle', 'practice.manager@elmfielddental.co.uk'),
  to=STAFF['ashworth'], subject='New surgery - a few things', date='2025-03-27 11:05 +0000',
  client='outlook', style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable', eol='\r\n',
  text="""\
Hi Tom,

Following the move to the new surgery on Albert Road, a few things:

1. Can the intraoral scanner PC go on the same network as the reception PCs, or does it need its own VLAN?
2. Please send me the current network diagram for our insurer.
3. We need the two hygienist rooms set up with workstations (same spec as last time) \u2013 could you do that in the week of 14 April?
4. What\u2019s the login for the new Wi-Fi guest portal?

Thanks in advance,

Margaret Doyle
Practice Manager | Elmfield Dental Care
T: 0161 496 0481 | www.elmfielddental.co.uk
Smile \u2013 you\u2019re in good hands
""",
  questions=['same network as the reception PCs', 'send me the current network diagram',
             'two hygienist rooms set up with workstations', 'login for the new Wi-Fi guest portal'],
  quoted=['two hygienist rooms set up with workstations'],
  notes='numbered list; windows-1252; CRLF; signature slogan')

q(id='q004', lang='en', firm='genealogy', frm=('Karen Sousa Dunn', 'karen.sousa.dunn@gmail.com'), to=STAFF['ines'],
  subject='Fwd: Processo de nacionalidade n.\u00ba 2025/11873 - documenta\u00e7\u00e3o em falta',
  date='2025-05-07 08:31 -0400', client='gmail', mime='alt', cte='quoted-printable',
  text="""\
Hi In\u00eas,

Can you deal with the below? Mum says her dad's papers are in the blue folder, I'll scan them this weekend and send them over.

Thanks!
Karen

---------- Forwarded message ---------
From: Consulado-Geral de Portugal em Boston <consulado.boston@mne.pt>
Date: Tue, 6 May 2025 at 15:12
Subject: Processo de nacionalidade n.\u00ba 2025/11873 - documenta\u00e7\u00e3o em falta
To: <karen.sousa.dunn@gmail.com>


Dear Ms. Sousa Dunn,

Regarding your nationality application, the following documents are still missing:

- Full birth record (assento de nascimento) of your grandfather, Ant\u00f3nio Sousa, born in Ponta Delgada;
- Apostilled US birth certificate of your mother.

Could you please provide these documents within 90 days? Otherwise the process will be archived.

Com os melhores cumprimentos,
Sec\u00e7\u00e3o Consular
""",
  questions=['Can you deal with the below'],
  quoted=['Can you deal with the below'],
  notes='note on top of a forwarded message; the question in the forwarded mail is not the client\'s')

q(id='q005', lang='en', firm='wedding', frm=('Becky Lawson', 'becky.lawson92@gmail.com'), to=STAFF['camille'],
  subject='Venue contract + bits', date='2025-07-15 22:48 +0100', client='gmail', mime='html',
  cte='quoted-printable',
  html="""\
<div dir="ltr"><div>Hi Camille!!</div><div><br></div><div>Hope you survived the heatwave, wasn't it insane?? Our garden looks like the Sahara.</div><div><br></div><div>Mark and I went through the venue contract last night and have a few things:</div><ul><li>can you check clause 14 about the noise curfew, does it really mean music off at 11?</li><li>we'd like to add 12 guests - can you redo the budget spreadsheet with the extra heads</li><li>please ask the florist if peonies are possible in September</li></ul><div>Also my mum wants to know if there's a step-free route from the car park to the chapel (her knee again).</div><div><br></div><div>xx Becky</div></div>
""",
  questions=['check clause 14 about the noise curfew', 'redo the budget spreadsheet with the extra heads',
             'ask the florist if peonies are possible', 'step-free route from the car park'],
  quoted=['redo the budget spreadsheet with the extra heads'],
  notes='HTML-only bullet list of requests; relayed question from mum; small talk')

q(id='q006', lang='en', firm='patent', frm=('Andrew Pike', 'andrew.pike@corvane-robotics.co.uk'), to=STAFF['helen'],
  subject='GB2504417.6 - signed declarations', date='2025-06-04 16:20 +0100', client='outlook', style='outlook',
  mime='plain', cs='us-ascii', cte='7bit', eol='\r\n',
  text="""\
Dear Ms Brandt,

Thank you for the filing receipt for GB2504417.6.

We confirm that:
- the inventor declarations have been signed by all three inventors;
- the originals were sent to your London office by courier today (DHL 4471 2290 58);
- the assignment from Dr Lindqvist to the company was executed on 2 June.

Kind regards,

Andrew Pike
Head of Legal
Corvane Robotics Ltd
+44 (0)1223 496 0172

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system. Any unauthorised use, disclosure or copying is prohibited. Corvane Robotics Ltd is registered in England and Wales, company no. 10987654. Registered office: 12 Science Park, Cambridge CB4 0WS.
""",
  notes='asks nothing: confirmation with an informative list and a legal disclaimer')

q(id='q007', lang='en', firm='energy', frm=('Devinder Gill', 'dev@gilljoinery.co.uk'), to=STAFF['owen'],
  subject='EPC for remortgage', date='2025-03-03 12:02 +0000', client='thunderbird', style='thunderbird',
  mime='plain', cte='8bit', flowed=True,
  text="""\
Hi Owen,

The mortgage lender wants to know: is the EPC you did in 2019 still valid for the remortgage, or do we need a new one?

Also could you send the report again and invoice my company rather than me personally \u2013 details below.

Cheers,
Dev

-- 
Devinder Gill
Gill Joinery Ltd, Unit 4 Avonside Works, Bristol BS2 0RT
VAT GB 312 4455 90
07700 900 312
""",
  questions=['EPC you did in 2019 still valid', 'send the report again',
             'invoice my company rather than me personally'],
  notes='relayed question (the lender); two requests in one sentence; format=flowed')

q(id='q008', lang='en', firm='dental', frm=('Priya Raman', 'priya@smilehousedental.co.uk'), to=STAFF['ashworth'],
  subject='Re: Thursday\u2019s migration \u2013 checklist', date='2025-05-12 13:37 +0100', client='thunderbird',
  style='thunderbird', mime='plain', cs='utf-8', cte='8bit', flowed=True,
  in_reply_to=msgid('q008-prev', 'molarsystems.co.uk'),
  text="""\
On 12/05/2025 09:14, Tom Ashworth wrote:
> Hi Priya,
>
> A few things before Thursday's migration:
>
> 1. Which PCs still run Windows 10?

Reception 1 and 2, and the one in surgery 3.

> 2. Do you want the old server kept running for a month as a fallback?

Yes please. Does that cost extra though?

> 3. Can someone be on site from 7:30?

I'll be there myself. Should I bring the keys to the comms cupboard or is the door code enough?

> Best,
> Tom
> --
> Tom Ashworth | Molar Systems
> IT for dental practices

Priya
""",
  questions=['Does that cost extra though', 'bring the keys to the comms cupboard'],
  notes='inline answers between quoted lines; the quoted questions are the firm\'s')

q(id='q009', lang='en', firm='genealogy', frm=('Deborah Pacheco Hale', 'debhale.fairhaven@gmail.com'),
  to=STAFF['ines'], subject='Manuel Pacheco, b. abt 1888, S\u00e3o Miguel', date='2025-01-23 19:55 -0500',
  client='gmail', mime='alt', cte='quoted-printable', html_cte='base64',
  attach=[attachment('pdf', 'Pacheco_FamilySearch_notes.pdf')],
  text="""\
Dear In\u00eas,

My name is Deborah Pacheco Hale and I found you through the Azorean Heritage group on Facebook (a lady called F\u00e1tima said you were wonderful). I'm writing on behalf of my whole family, really, because we've been going round in circles for years.

My great-grandfather, Manuel Pacheco, left S\u00e3o Miguel in 1907 and ended up in New Bedford, Massachusetts, where he worked in the Wamsutta mills and later had a small grocery store on Purchase Street. He married my great-grandmother Rosa in 1911 and they had nine children, one of whom was my grandfather Joe. Family legend says Manuel came from Ribeira Grande and that his father was a fisherman, but nobody alive knows for sure, and my aunt insists it was actually Rabo de Peixe. Isn't it amazing how much gets lost in just three generations?

I've attached what my cousin found on FamilySearch, which is mostly the ship manifest and the 1910 census. Would you be able to trace his baptism in the parish records of Ribeira Grande and find out if he had siblings who stayed on the island? We would love to know if we have cousins there.

Let me know if you need anything else from me!

Warmly,
Deborah

Deborah Pacheco Hale
Fairhaven, MA
(508) 555-0147
""",
  questions=['trace his baptism in the parish records', 'find out if he had siblings'],
  quoted=['trace his baptism in the parish records', 'find out if he had siblings'],
  notes='long story; two research requests in one sentence; rhetorical question; closing')

q(id='q010', lang='en', firm='wedding', frm=('Tom Whitaker', 'tomwhitaker@icloud.com'), to=STAFF['camille'],
  subject='Deposit', date='2025-05-30 08:12 +0100', client='iphone', style='apple', mime='plain',
  cte='quoted-printable',
  text="""\
Hi Camille,

Deposit paid this morning, reference FF-2291. Thanks so much for all your help so far. Only 4 months to go, how exciting is that?!

Speak soon,
Tom

Sent from my iPhone
""",
  notes='asks nothing; rhetorical question only')

q(id='q011', lang='en', firm='patent', frm=('Nadia Cherif', 'nadia@tessellate.io'), to=STAFF['helen'],
  subject='FW: Tessellate - Series A - IP due diligence', date='2025-06-03 08:05 +0100', client='outlook',
  style='outlook', mime='alt', cte='quoted-printable', eol='\r\n',
  text="""\
Helen \u2013 see below. Our investor's lawyer wants a freedom-to-operate opinion on the sensor housing before closing on 20 June. Can you prepare one for us in time?

Thanks,
Nadia

Nadia Cherif
CTO | Tessellate Sensing Ltd
+44 7700 900 884
tessellate.io \u2014 Sensing what matters

From: James Whitcombe <jwhitcombe@whitcombe-legal.co.uk>
Sent: 02 June 2025 17:48
To: Nadia Cherif <nadia@tessellate.io>
Cc: Oliver Grant <oliver@northbridgevc.com>
Subject: RE: Tessellate - Series A - IP due diligence

Nadia,

Thanks for the IP schedule. Before we can close, our client needs comfort that the housing design does not infringe third-party rights, in particular the two Bosch patents we flagged (EP3012345 and EP3156789). Could your patent attorneys provide a written freedom-to-operate opinion? Could you also confirm the priority date of GB2301122.4?

Kind regards,
James

From: Nadia Cherif <nadia@tessellate.io>
Sent: 30 May 2025 11:02
To: James Whitcombe <jwhitcombe@whitcombe-legal.co.uk>
Subject: RE: Tessellate - Series A - IP due diligence

Hi James,

Attached is the IP schedule. Let me know if you need anything else.

Nadia

From: James Whitcombe <jwhitcombe@whitcombe-legal.co.uk>
Sent: 28 May 2025 09:15
To: Nadia Cherif <nadia@tessellate.io>
Subject: Tessellate - Series A - IP due diligence

Dear Nadia,

Please could you send us a schedule of all patents and applications owned by the company, with status and renewal dates?

Best regards,
James Whitcombe
Partner, Whitcombe Legal LLP
""",
  questions=['Can you prepare one for us in time'],
  quoted=['Can you prepare one for us in time'],
  notes='top-posted over a long Outlook thread full of other people\'s questions')

q(id='q012', lang='en', firm='energy', frm=('Joost van Leeuwen', 'joost.vanleeuwen@ziggo.nl'), to=STAFF['owen'],
  subject='3 flats Leeds EPC', date='2025-09-08 20:40 +0200', client='gmail', mime='plain', cte='quoted-printable',
  text="""\
Hello Owen,

I have 3 rental flats in Leeds (Hyde Park area, all from ca. 1900, two with old combi boilers). New rules say EPC minimum C from 2028, is it? Please make for me the audit of all three flats and tell me what is the cheapest way to get each to C.

The tenants are informed, you can visit on weekdays after 16:00.

Met vriendelijke groet,
Joost van Leeuwen
+31 6 12345678
""",
  questions=['EPC minimum C from 2028, is it', 'the audit of all three flats',
             'the cheapest way to get each to C'],
  quoted=['the audit of all three flats', 'the cheapest way to get each to C'],
  notes='non-native English with Dutch sign-off; imperative requests; two requests in one sentence')

q(id='q013', lang='en', firm='dental', frm=('Dr Anjali Shah', 'a.shah@riversidedentalstudio.co.uk'),
  to=STAFF['ashworth'], subject='Label printer', date='2025-04-02 17:10 +0100', client='outlook', style='outlook',
  mime='html', cte='quoted-printable',
  text="""\
Hi Tom,

Just to let you know the new label printer arrived on Monday and Sanne from your office set it up remotely \u2013 all working. Invoice 2025-114 was paid today.

Could you add the new printer to the asset register you keep for us, please?

Kind regards,

Dr Anjali Shah BDS
Principal Dentist
Riverside Dental Studio
0117 496 0322

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Riverside Dental Studio Ltd accepts no liability for viruses.
""",
  questions=['add the new printer to the asset register'],
  notes='HTML-only Outlook; mostly informative, one small request; disclaimer')

q(id='q014', lang='en', firm='genealogy', frm=('Michael Ferreira', 'm.ferreira@comcast.net'), to=STAFF['ines'],
  subject='Re: Marriage record found!', date='2025-06-03 21:02 -0400', client='thunderbird', style='thunderbird',
  mime='plain', cte='8bit', flowed=True, in_reply_to=msgid('q014-prev', 'raizeseregistos.pt'),
  text="""\
On 03/06/2025 18:22, In\u00eas Marques wrote:
> Dear Michael,
>
> Good news: the Viana do Castelo district archive has confirmed they hold the 1921 marriage record of your grandparents. To request the certified copy I will need a copy of your grandmother's death certificate. Do you have it?
>
> Kind regards,
> In\u00eas
>
> -- 
> In\u00eas Marques
> Ra\u00edzes & Registos Genealogy
> Rua de Cedofeita 212, 4050-174 Porto

I do, I'll scan it tonight. Quick one: do you need the original, or is a certified copy OK for the consulate?

Michael
""",
  questions=['is a certified copy OK for the consulate'],
  notes='bottom-posted reply; the firm\'s quoted question does not count')

q(id='q015', lang='en', firm='wedding', frm=('Sam Okoro', 'sam.okoro@outlook.com'), to=STAFF['camille'],
  subject='shuttle', date='2025-08-20 13:03 +0100', client='gmail', mime='alt', cte='quoted-printable',
  text="""\
Camille, pls confirm the shuttle for 40 guests and send me the updated timeline by friday. Also ring me when you're free, it's about the speeches.

Sam
""",
  questions=['confirm the shuttle for 40 guests', 'send me the updated timeline by friday',
             "ring me when you're free"],
  notes='imperatives without question marks; two requests in one sentence')

q(id='q016', lang='en', firm='patent', frm=('Priyanka Desai', 'priyanka@magnalock.co.uk'), to=STAFF['helen'],
  subject='Re: Examination report - options', date='2025-06-18 09:26 +0100', client='gmail', mime='alt',
  cte='quoted-printable', in_reply_to=msgid('q016-prev', 'brandt-okafor.co.uk'),
  text="""\
Thanks Helen, that's really clear. Who knew claim drafting was an art form? We'll discuss it with the team on Thursday.

In the meantime, what's the latest date we could file the divisional without paying extra fees?

Best,
Priyanka

On Tue, 17 Jun 2025 at 16:05, Helen Brandt <helen.brandt@brandt-okafor.co.uk> wrote:
> Dear Priyanka,
>
> Thank you for the call today. As discussed, the examiner's objection only concerns claims 1 to 4; the dependent claims covering the magnetic coupling look allowable. We could restrict the present application to those and pursue the broader claims in a divisional.
>
> Would you like us to file the divisional before the summer? Let me know once you have spoken to your board.
>
> Kind regards,
> Helen
""",
  questions=['latest date we could file the divisional'],
  notes='rhetorical question; the quoted firm question is not the client\'s')

q(id='q017', lang='en', firm='energy', frm=('Linda Carver', 'l.carver@northgate-logistics.co.uk'), to=STAFF['owen'],
  subject='ESOS - documents', date='2025-10-09 10:44 +0100', client='outlook', style='outlook', mime='alt',
  cs='windows-1252', cte='quoted-printable', eol='\r\n',
  attach=[attachment('pdf', 'Electricity 2024.pdf'), attachment('pdf', 'Gas 2024.pdf'),
          attachment('pdf', 'Avonmouth warehouse plans.pdf'), attachment('pdf', 'Brightline lighting survey 2021.pdf')],
  text="""\
Hi Owen,

As discussed on Tuesday, attached are:

- electricity bills Jan\u2013Dec 2024 (both meters)
- gas bills Jan\u2013Dec 2024
- floor plans of the Avonmouth warehouse
- the 2021 lighting survey by Brightline

These are for the ESOS compliance report you're preparing for us. One thing: can you also include the staff car park lighting, or is that out of scope?

Regards,

Linda Carver
Facilities Manager
Northgate Logistics Ltd
Direct: 0117 496 0190 | Mobile: 07700 900 551

Northgate Logistics Ltd is registered in England and Wales (No. 04567123). This message is intended only for the addressee and may contain confidential information.
""",
  questions=['also include the staff car park lighting'],
  quoted=['also include the staff car park lighting'],
  notes='informative list of attachments (not questions) plus one scope question')

q(id='q018', lang='en', firm='genealogy', frm=('Linda Kowalski', 'linda.kowalski@icloud.com'), to=STAFF['ines'],
  subject='apostille?', date='2025-08-01 15:22 -0500', client='iphone', style='apple', mime='html',
  cte='quoted-printable',
  text="""\
Hi In\u00eas,

My lawyer asks: does the Portuguese nationality application need the apostille on my US birth certificate, or is a certified translation enough?

Also, please send the invoice to my husband's email (dave.kowalski@outlook.com) as he's handling the payments.

Thanks so much,
Linda

Sent from my iPad
""",
  questions=['does the Portuguese nationality application need the apostille',
             "send the invoice to my husband's email"],
  notes='relayed question from a lawyer; imperative request; HTML-only')

q(id='q019', lang='en', firm='dental', frm=('Olivia Grant', 'olivia.grant@clearviewdental.co.uk'),
  to=STAFF['ashworth'], subject='Points from the partners\' meeting', date='2025-02-11 16:58 +0000',
  client='outlook', style='outlook', mime='alt', cte='quoted-printable', html_cte='base64', eol='\r\n',
  text="""\
Dear Tom,

On behalf of the partners, three points from Monday's meeting:

1) We would like you to review the backup logs for the last three months and confirm they meet the CQC requirements.
2) Is it possible to move the Tuesday maintenance window to Wednesday evenings?
3) The partners ask whether the imaging software licence can be transferred to the new Didsbury branch.

Kind regards,

Olivia Grant
Operations Lead, Clearview Dental Group
0161 496 0777
""",
  questions=['backup logs for the last three months',
             'move the Tuesday maintenance window to Wednesday evenings',
             'whether the imaging software licence can be transferred'],
  quoted=['backup logs for the last three months'],
  notes='numbered points; a statement-form request; a relayed question; base64 HTML')

q(id='q020', lang='en', firm='wedding', frm=('Hannah Price', 'hannah.price@me.com'), to=STAFF['camille'],
  subject='Mood board!!', date='2025-03-14 19:31 +0000', client='iphone', style='apple', mime='html',
  cte='quoted-printable', attach=[attachment('jpg', 'IMG_4821.jpeg')],
  text="""\
Hi Camille!

Here's the mood board from Pinterest, like you asked. Sooo excited!! Can you forward it to the florist before Thursday?

x Hannah

Sent from my iPhone
""",
  questions=['forward it to the florist before Thursday'],
  notes='HTML-only with an image attachment')

q(id='q021', lang='en', firm='patent', frm=('Klaus Reimer', 'k.reimer@t-online.de'), to=STAFF['helen'],
  subject='Patent for bike lock with fingerprint', date='2025-03-22 10:15 +0100', client='thunderbird',
  style='thunderbird', mime='plain', cs='iso-8859-1', cte='8bit', flowed=True,
  text="""\
Dear Mrs Brandt,

I am inventor of a new kind of Fahrradschloss (bike lock) which opens with fingerprint and has alarm in the b\u00fcgel. My friend told me you have office also in M\u00fcnchen.

Before I show it on the Eurobike Messe in Frankfurt in June, must I file a patent or is a Gebrauchsmuster enough? Also what costs approximately the search for similar patents.

Mit freundlichen Gr\u00fc\u00dfen / Best regards
Klaus Reimer
Dipl.-Ing. (FH)
Tel. +49 7541 123456
""",
  questions=['must I file a patent', 'what costs approximately the search for similar patents'],
  quoted=['what costs approximately the search for similar patents'],
  notes='non-native English mixing German words; question without question mark; Latin-1 8bit')

q(id='q022', lang='en', firm='energy', frm=('Rachel Greene', 'rachel.greene@me.com'), to=STAFF['owen'],
  subject='Fwd: Mould in back bedroom', date='2025-10-15 07:58 +0100', client='apple', style='apple',
  mime='plain', cte='quoted-printable',
  text="""\
Owen,

See below from my tenant. Can you deal with this? I think the damp might be from the cavity wall insulation you recommended last year, which would be a bit awkward.

Rachel

Begin forwarded message:

From: Tomasz Nowak <t.nowak88@gmail.com>
Subject: Mould in back bedroom
Date: 14 October 2025 at 21:37:12 BST
To: Rachel Greene <rachel.greene@me.com>

Hi Rachel,

The black mould in the back bedroom is back, worse than last winter, and now it is also behind the wardrobe. Can someone come and look at it? Also is it safe for the baby to sleep there?

Thanks,
Tomasz
""",
  questions=['Can you deal with this'],
  quoted=['Can you deal with this'],
  notes='note on top of an Apple Mail forward; forwarded questions are the tenant\'s')

q(id='q023', lang='en', firm='genealogy', frm=('Margaret Olsen', 'm.olsen@btinternet.com'), to=STAFF['ines'],
  subject='RE: Certificates posted', date='2025-09-26 14:03 +0100', client='outlook', style='outlook',
  mime='alt', cs='windows-1252', cte='quoted-printable', eol='\r\n', in_reply_to=msgid('q023-prev', 'raizeseregistos.pt'),
  text="""\
Thank you In\u00eas, the certificates arrived today and they are beautiful. My mother cried when she saw her grandmother's signature.

Have a lovely weekend!

Margaret

-----Original Message-----
From: In\u00eas Marques <ines@raizeseregistos.pt>
Sent: Monday, 22 September 2025 10:04
To: Margaret Olsen <m.olsen@btinternet.com>
Subject: Certificates posted

Dear Margaret,

The certified copies of the 1884 baptism and the 1902 marriage went out by registered post this morning (RR 123 456 789 PT). Did the package arrive safely? Let me know if you'd like framed copies as well.

Best wishes,
In\u00eas
""",
  notes='asks nothing; thanks over a quoted mail that contains the firm\'s questions')

q(id='q024', lang='en', firm='dental', frm=('Dr Ken Mathers', 'ken@mathersdental.co.uk'), to=STAFF['ashworth'],
  subject='URGENT xray pc', date='2025-11-04 11:17 +0000', client='android', style='android', mime='html',
  cte='quoted-printable',
  text="""\
xray pc in surgery 2 wont boot again. need someone here before 2pm, patients waiting

Get Outlook for Android
""",
  questions=['need someone here before 2pm'],
  quoted=['need someone here before 2pm'],
  notes='terse, no capitals, no question mark; urgent call-out')

q(id='q025', lang='en', firm='wedding', frm=('Richard Ashcombe', 'r.ashcombe@ashcombe-family.co.uk'),
  to=STAFF['camille'], subject='RE: Ashcombe / Delacroix wedding - revised schedule', date='2025-07-14 18:22 +0100',
  client='outlook', style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable', eol='\r\n',
  in_reply_to=msgid('q025-prev', 'fleuretfable.com'),
  text="""\
Dear Camille,

Thank you for your message of last week and for the revised schedule, which my wife and I have now read with care.

Two matters, if I may. First, could you let me have a copy of the receipt for the second instalment, as our bank has no record of the reference. Second, I should be grateful if you would review the cancellation terms of the hotel, which seem rather one-sided to me, and advise whether we ought to renegotiate them before signing. One does wonder whether anyone actually reads these contracts before signing them?

With kind regards,

Richard Ashcombe

-----Original Message-----
From: Camille Roux <camille@fleuretfable.com>
Sent: 08 July 2025 14:31
To: Richard Ashcombe <r.ashcombe@ashcombe-family.co.uk>
Subject: Ashcombe / Delacroix wedding - revised schedule

Dear Mr Ashcombe,

Please find attached the revised schedule for the weekend. Could you confirm that the rehearsal dinner may move to the Friday? The hotel contract for the guest rooms is also attached for your signature.

Warm regards,
Camille
""",
  questions=['copy of the receipt for the second instalment', 'review the cancellation terms of the hotel'],
  quoted=['review the cancellation terms of the hotel'],
  notes='formal; requests phrased as statements; rhetorical question; quoted question')

q(id='q026', lang='en', firm='patent', frm=('Greg Holloway', 'greg.holloway@apertureoptics.co.uk'),
  to=STAFF['helen'], subject='RE: JP national phase - Aperture Optics', date='2025-08-06 11:40 +0100',
  client='outlook', style='outlook', mime='alt', cte='quoted-printable', in_reply_to=msgid('q026-prev', 'brandt-okafor.co.uk'),
  text="""\
Helen, one more thing on this: the Japanese agent's invoice below is in yen. Is that already included in your estimate, or will it be charged on top?

Thanks
Greg

Greg Holloway | Finance Director | Aperture Optics Ltd
T +44 1865 960 233
"We see further"

________________________________
From: Helen Brandt <helen.brandt@brandt-okafor.co.uk>
Sent: Wednesday, August 6, 2025 9:12 AM
To: Greg Holloway <greg.holloway@apertureoptics.co.uk>
Subject: RE: JP national phase - Aperture Optics

Dear Greg,

Please see the invoice from our Tokyo associates (Yamada & Partners) for the translation and filing of the Japanese national phase, forwarded below. We will re-invoice it together with our fees at the end of the month.

Kind regards,
Helen

________________________________
From: Yamada & Partners <billing@yamada-ip.jp>
Sent: Tuesday, August 5, 2025 5:40 PM
To: Helen Brandt <helen.brandt@brandt-okafor.co.uk>
Subject: Invoice YP-2025-0841

Dear Ms Brandt,

Please find our invoice YP-2025-0841 for JPY 412,000 (translation, filing, official fees). Could you kindly confirm receipt?

Best regards,
Keiko Sato
Yamada & Partners

________________________________
From: Greg Holloway <greg.holloway@apertureoptics.co.uk>
Sent: Monday, July 14, 2025 3:02 PM
To: Helen Brandt <helen.brandt@brandt-okafor.co.uk>
Subject: JP national phase - Aperture Optics

Helen, please go ahead with Japan as discussed. What's the deadline again?

Greg
""",
  questions=['already included in your estimate'],
  notes='top-posted over a long thread with questions from other people and an old one of his own')

q(id='q027', lang='en', firm='energy', frm=('Francesca Bellini', 'f.bellini.london@gmail.com'), to=STAFF['owen'],
  subject='APE for casale', date='2025-09-19 18:02 +0200', client='iphone', style='apple', mime='plain',
  cte='quoted-printable',
  text="""\
Ciao Owen,

sorry for my english. We bought a casale near Todi last month and the notaio says we need the APE before the rogito in November. Marco from your Bologna office is on holiday, so can you do the APE for us or you know somebody there, and quanto costa more or less?

Grazie mille,
Francesca Bellini

Inviato da iPhone
""",
  questions=['can you do the APE for us'],
  quoted=['can you do the APE for us'],
  notes='English mixed with Italian words; the price question belongs to the same request')

q(id='q028', lang='en', firm='genealogy', frm=('Chris Alvarez-Reid', 'chris.alvarezreid@gmail.com'),
  to=STAFF['ines'], subject='Attic finds', date='2025-04-27 16:09 -0700', client='gmail', mime='html',
  cte='quoted-printable',
  html="""\
<div dir="ltr">Hi In&ecirc;s,<div><br></div><div>We finally cleared out Nana's attic. Here's what turned up:</div><ul><li>the ship manifest from 1912 (Vigo to Havana, then New York)</li><li>a letter in Spanish from someone in Lugo, dated 1931</li><li>two photos with names written on the back</li><li>Grandpa's naturalization certificate</li></ul><div>Do you want me to post the originals, or are scans enough?</div><div><br></div><div>Best,</div><div>Chris</div><div><br></div><div>--</div><div>Chris Alvarez-Reid<br>Portland, OR | (503) 555-0198</div></div>
""",
  questions=['post the originals, or are scans enough'],
  notes='HTML bullet list that informs; one question')

q(id='q029', lang='en', firm='dental', frm=('Jess Morton', 'reception@patelyoungdental.co.uk'), to=STAFF['ashworth'],
  subject='scanner + new associate', date='2025-08-28 09:47 +0100', client='gmail', mime='alt',
  cte='quoted-printable',
  text="""\
Hi Tom,

Dr Patel asked me to check: will the new scanner work with the old version of the imaging software, or do we need to upgrade first?

Also need remote access for the new associate set up by Monday, she starts on the 3rd.

Thanks,
Jess
Reception, Patel & Young Dental
""",
  questions=['new scanner work with the old version', 'remote access for the new associate set up'],
  quoted=['remote access for the new associate set up'],
  notes='relayed question; request as a bare statement')

q(id='q030', lang='en', firm='wedding', frm=('Elena Mart\u00edn', 'elena.martin.g@gmail.com'), to=STAFF['camille'],
  subject='Re: Caterer - three things', date='2025-07-09 21:15 +0200', client='gmail', mime='alt',
  cte='quoted-printable', in_reply_to=msgid('q030-prev', 'fleuretfable.com'),
  text="""\
Hi Camille, answers below!

On Wed, 9 Jul 2025 at 10:41, Camille Roux <camille@fleuretfable.com> wrote:
> Hi Elena and Javier,
>
> To finalise things with the caterer I need three things from you:
>
> 1. Final guest count?

86 (if Javi's cousins confirm, 88)

> 2. Any dietary requirements?

3 vegans, 1 coeliac. Can the caterer do a separate gluten free cake for her?

> 3. Would you like a photographer recommendation?

Yes please, send us two or three names with prices.

> Merci !
> Camille

Besos,
Elena
""",
  questions=['caterer do a separate gluten free cake', 'send us two or three names with prices'],
  notes='inline answers in HTML and plain; the firm\'s numbered questions are quoted')

# --- German ----------------------------------------------------------------

q(id='q031', lang='de', firm='patent', frm=('Petra Sch\u00e4fer', 'p.schaefer@hollmann-antriebe.de'), to=STAFF['weil'],
  subject='Pr\u00fcfungsbescheid DE 10 2023 118 422.7', date='2025-03-18 14:26 +0100', client='outlook',
  style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable', eol='\r\n', html_lang='DE',
  content_language='de-DE', attach=[attachment('pdf', 'Pr\u00fcfungsbescheid_DPMA_2025-03-14.pdf', 'dpma')],
  text="""\
Sehr geehrter Herr Dr. Weil,

anbei erhalten Sie den Pr\u00fcfungsbescheid des DPMA vom 14. M\u00e4rz 2025 zu unserer Anmeldung DE 10 2023 118 422.7.

K\u00f6nnten Sie die Einw\u00e4nde pr\u00fcfen und uns bei der Gelegenheit die Rechnung f\u00fcr das erste Quartal noch einmal zusenden? Unser Gesch\u00e4ftsf\u00fchrer fragt au\u00dferdem, ob wir die Frist um zwei Monate verl\u00e4ngern lassen k\u00f6nnen, da Herr Hollmann erst Ende April aus China zur\u00fcck ist.

Mit freundlichen Gr\u00fc\u00dfen

Petra Sch\u00e4fer
Assistenz der Gesch\u00e4ftsf\u00fchrung

Hollmann Antriebstechnik GmbH
Industriestra\u00dfe 14 | 88045 Friedrichshafen
Tel. +49 7541 9876-0 | www.hollmann-antriebe.de

Gesch\u00e4ftsf\u00fchrer: Dipl.-Ing. Bernd Hollmann | Amtsgericht Ulm HRB 123456
Diese E-Mail enth\u00e4lt vertrauliche und/oder rechtlich gesch\u00fctzte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrt\u00fcmlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
""",
  questions=['K\u00f6nnten Sie die Einw\u00e4nde pr\u00fcfen', 'die Rechnung f\u00fcr das erste Quartal',
             'die Frist um zwei Monate verl\u00e4ngern'],
  quoted=['K\u00f6nnten Sie die Einw\u00e4nde pr\u00fcfen'],
  notes='two requests in one sentence; relayed question from the managing director; disclaimer')

q(id='q032', lang='de', firm='dental', frm=('Marta Kowalski', 'empfang@praxis-heinen.de'), to=STAFF['brenner'],
  subject='Drucker Empfang', date='2025-01-14 08:19 +0100', client='iphone', style='apple', mime='plain',
  cte='base64',
  text="""\
Hallo Herr Brenner,

der Drucker am Empfang druckt seit heute fr\u00fch keine Rezepte mehr, Fehlermeldung \u201ePapierstau\u201c, aber da ist kein Papier drin. Bitte um R\u00fcckruf unter 0171 2345678.

Gru\u00df
M. Kowalski
Zahnarztpraxis Dr. Heinen, Aachen

Von meinem iPhone gesendet
""",
  questions=['Bitte um R\u00fcckruf unter 0171 2345678'],
  notes='request without a question mark; base64 plain body')

q(id='q033', lang='de', firm='energy', frm=('Ursula Brandauer', 'u.brandauer@web.de'), to=STAFF['vogt'],
  subject='Energieausweis f\u00fcr Verkauf', date='2025-04-08 19:45 +0200', client='gmail', mime='alt',
  cte='quoted-printable',
  text="""\
Liebe Frau Vogt,

wie war Ihr Urlaub? Ich hoffe, Sie hatten besseres Wetter als wir hier in Freiburg, es hat ja drei Wochen lang nur geregnet.

Bei uns hat sich einiges getan: Meine Mutter ist im Fr\u00fchjahr ins Pflegeheim gezogen, und wir Geschwister haben beschlossen, ihr Haus in Littenweiler zu verkaufen (Baujahr 1968, \u00d6lheizung von 1994, Fenster teils noch original). Der Makler sagt, wir brauchen einen Energieausweis, mein Bruder meint, ein Verbrauchsausweis reicht, der Makler sagt, bei so einem alten Haus muss es ein Bedarfsausweis sein. Wer soll da noch durchblicken? Und dann noch das neue Heizungsgesetz, von dem jeder etwas anderes erz\u00e4hlt.

Langer Rede kurzer Sinn: Wir brauchen f\u00fcr den Verkauf einen Bedarfsausweis, k\u00f6nnen Sie den bis Ende Mai erstellen? Und ist es richtig, dass der Ausweis zehn Jahre gilt, auch wenn der K\u00e4ufer die Heizung tauscht?

Melden Sie sich gern, falls Sie noch Unterlagen brauchen.

Herzliche Gr\u00fc\u00dfe
Ursula Brandauer
""",
  questions=['k\u00f6nnen Sie den bis Ende Mai erstellen', 'dass der Ausweis zehn Jahre gilt'],
  quoted=['k\u00f6nnen Sie den bis Ende Mai erstellen'],
  notes='long story; small talk and rhetorical question; polite closing')

q(id='q034', lang='de', firm='patent', frm=('Jan Petersen', 'jan.petersen@nordlicht-sensorik.de'), to=STAFF['weil'],
  subject='Re: EP 3 771 204 - m\u00fcndliche Verhandlung verlegt', date='2025-07-04 15:51 +0200',
  client='thunderbird', style='thunderbird', mime='plain', cs='iso-8859-1', cte='8bit',
  in_reply_to=msgid('q034-prev', 'brandt-okafor.de'),
  text="""\
Hallo Herr Dr. Weil,

danke f\u00fcr die Info, dann warten wir den Bescheid erst einmal ab.

Sch\u00f6nes Wochenende!
Jan Petersen

Am 03.07.25 um 11:20 schrieb Dr. Jonas Weil:
> Sehr geehrter Herr Petersen,
>
> das EPA hat die m\u00fcndliche Verhandlung auf den 18. September verlegt. Sollen wir vorsorglich einen Antrag auf Fristverl\u00e4ngerung f\u00fcr die schriftlichen Eingaben stellen, oder m\u00f6chten Sie zun\u00e4chst den Bescheid abwarten?
>
> Mit freundlichen Gr\u00fc\u00dfen
> Jonas Weil
""",
  notes='asks nothing; answers the firm\'s quoted question; Latin-1 8bit')

q(id='q035', lang='de', firm='dental', frm=('Dr. Sabine K\u00f6rner', 'praxis@dr-koerner-aachen.de'), to=STAFF['brenner'],
  subject='Fwd: Nachweis TI-Anbindung und eRezept bis 30.06.2025', date='2025-06-02 12:30 +0200',
  client='gmail', mime='alt', cte='quoted-printable',
  text="""\
Hallo Herr Brenner,

k\u00f6nnen Sie sich das mal anschauen? Die KZV will bis 30.6. eine Best\u00e4tigung zur TI-Anbindung, und ich verstehe nur Bahnhof. Und schicken Sie mir bitte nochmal die Zugangsdaten f\u00fcrs Wartungsportal, ich finde sie nicht mehr.

Danke und Gru\u00df
Dr. Sabine K\u00f6rner

---------- Forwarded message ---------
Von: KZV Nordrhein <ti-support@kzv-nordrhein.example>
Date: Mo., 2. Juni 2025 um 08:15 Uhr
Subject: Nachweis TI-Anbindung und eRezept bis 30.06.2025
To: <praxis@dr-koerner-aachen.de>


Sehr geehrte Frau Dr. K\u00f6rner,

bitte best\u00e4tigen Sie uns bis zum 30.06.2025, dass Ihre Praxis an die Telematikinfrastruktur angebunden ist und das eRezept nutzt. Welcher Konnektor ist bei Ihnen im Einsatz? Bitte f\u00fcllen Sie das beigef\u00fcgte Formular aus.

Mit freundlichen Gr\u00fc\u00dfen
Ihre KZV
""",
  questions=['k\u00f6nnen Sie sich das mal anschauen', 'die Zugangsdaten f\u00fcrs Wartungsportal'],
  quoted=['k\u00f6nnen Sie sich das mal anschauen'],
  notes='note on top of a German Gmail forward; forwarded questions do not count')

# --- French ----------------------------------------------------------------

q(id='q036', lang='fr', firm='wedding', frm=('Manon Leroy', 'manon.leroy@icloud.com'), to=STAFF['camille'],
  subject='Desserts + plan de table', date='2025-06-10 23:02 +0200', client='iphone', style='apple', mime='html',
  cte='quoted-printable',
  text="""\
Coucou Camille,

Tu te rends compte, plus que trois mois ?! Je commence \u00e0 stresser un peu.

Est-ce que tu peux demander au traiteur s\u2019il peut faire un buffet de desserts \u00e0 la place de la pi\u00e8ce mont\u00e9e ? Ma belle-m\u00e8re va r\u00e2ler mais tant pis.

Et envoie-moi le plan de table d\u00e8s que tu l\u2019as, que je le montre \u00e0 Julien ce week-end.

Bisous,
Manon

Envoy\u00e9 de mon iPhone
""",
  questions=['peut faire un buffet de desserts', 'envoie-moi le plan de table'],
  notes='rhetorical question; imperative without question mark; HTML-only iPhone')

q(id='q037', lang='fr', firm='energy', frm=('Sylvie Marchand', 's.marchand@rhone-syndic.fr'), to=STAFF['claire'],
  subject='RE: R\u00e9sidence Les Tilleuls', date='2025-05-20 10:12 +0200', client='outlook', style='outlook',
  mime='alt', cs='windows-1252', cte='quoted-printable', eol='\r\n', html_lang='FR', content_language='fr-FR',
  in_reply_to=msgid('q037-prev', 'kilowattclarity.fr'),
  text="""\
Madame,

Suite \u00e0 l'assembl\u00e9e g\u00e9n\u00e9rale du 12 mai, le conseil syndical de la r\u00e9sidence Les Tilleuls (32 lots, chauffage collectif au gaz, construction 1972) souhaite :

1. un audit \u00e9nerg\u00e9tique r\u00e9glementaire de l'immeuble ;
2. une estimation des aides MaPrimeR\u00e9nov' Copropri\u00e9t\u00e9 mobilisables pour l'isolation des fa\u00e7ades ;
3. savoir si le DPE collectif r\u00e9alis\u00e9 en 2021 reste valable.

Nous restons \u00e0 votre disposition pour tout compl\u00e9ment d'information.

Cordialement,

Sylvie Marchand
Gestionnaire de copropri\u00e9t\u00e9
Cabinet Rh\u00f4ne Syndic
04 78 12 34 56

-----Message d'origine-----
De : Claire Dumas <claire.dumas@kilowattclarity.fr>
Envoy\u00e9 : mardi 29 avril 2025 16:10
\u00c0 : Sylvie Marchand <s.marchand@rhone-syndic.fr>
Objet : R\u00e9sidence Les Tilleuls

Madame Marchand,

Suite \u00e0 notre \u00e9change t\u00e9l\u00e9phonique, pourriez-vous me dire quand l'assembl\u00e9e g\u00e9n\u00e9rale aura lieu ?

Bien cordialement,
Claire Dumas
""",
  questions=["un audit \u00e9nerg\u00e9tique r\u00e9glementaire de l'immeuble",
             "une estimation des aides MaPrimeR\u00e9nov' Copropri\u00e9t\u00e9",
             'si le DPE collectif r\u00e9alis\u00e9 en 2021'],
  quoted=["un audit \u00e9nerg\u00e9tique r\u00e9glementaire de l'immeuble",
          "une estimation des aides MaPrimeR\u00e9nov' Copropri\u00e9t\u00e9"],
  notes='numbered list of requests without question marks; closing formula; quoted question')

q(id='q038', lang='fr', firm='wedding', frm=('Jean-Marc Lef\u00e8vre', 'jm.lefevre@orange.fr'), to=STAFF['camille'],
  subject='RE: Mariage Lef\u00e8vre / Garnier - solde', date='2025-08-22 09:05 +0200', client='outlook',
  style='outlook', mime='plain', cs='iso-8859-1', cte='quoted-printable', eol='\r\n', content_language='fr-FR',
  in_reply_to=msgid('q038-prev', 'fleuretfable.com'),
  text="""\
Bonjour Madame Roux,

Virement effectu\u00e9 ce jour pour le solde (8 400 EUR). Bonne r\u00e9ception.

Cordialement,
Jean-Marc Lef\u00e8vre

De : Camille Roux <camille@fleuretfable.com>
Envoy\u00e9 : jeudi 21 ao\u00fbt 2025 09:30
\u00c0 : Jean-Marc Lef\u00e8vre <jm.lefevre@orange.fr>
Objet : Mariage Lef\u00e8vre / Garnier - solde

Bonjour Monsieur Lef\u00e8vre,

Le solde de 8 400 EUR est \u00e0 r\u00e9gler avant le 1er septembre. Pouvez-vous me confirmer la date du virement ?

Bien \u00e0 vous,
Camille Roux
""",
  notes='asks nothing; Latin-1 quoted-printable; answers the quoted question')

q(id='q039', lang='fr', firm='energy', frm=('Philippe Girard', 'philippe.girard69@free.fr'), to=STAFF['claire'],
  subject='Re: Rapport audit - Villeurbanne', date='2025-06-03 18:40 +0200', client='thunderbird',
  style='thunderbird', mime='plain', cte='8bit', flowed=True, in_reply_to=msgid('q039-prev', 'kilowattclarity.fr'),
  text="""\
Le 02/06/2025 \u00e0 10:15, Claire Dumas a \u00e9crit\u00a0:
> Bonjour Monsieur Girard,
>
> Vous trouverez ci-joint le rapport de l'audit \u00e9nerg\u00e9tique de votre maison de Villeurbanne. La classe passe de F \u00e0 C apr\u00e8s les travaux propos\u00e9s.
>
> Bien cordialement,
> Claire Dumas

Bonjour Madame Dumas,

Merci pour le rapport. Mon notaire me demande si le DPE doit \u00eatre refait apr\u00e8s l'installation de la pompe \u00e0 chaleur, ou si l'audit suffit pour la vente ?

Merci de me rappeler demain matin au 06 12 34 56 78, je suis en d\u00e9placement le reste de la semaine.

Cordialement,
Philippe Girard
""",
  questions=['si le DPE doit \u00eatre refait', 'Merci de me rappeler demain matin'],
  notes='bottom-posted; relayed question from the notary; callback request as a statement')

q(id='q040', lang='fr', firm='wedding', frm=('L\u00e9a Fontaine', 'lea.fontaine@gmail.com'), to=STAFF['camille'],
  subject='Re: Photographe + contrat domaine', date='2025-06-17 08:50 +0200', client='gmail', mime='alt',
  cte='quoted-printable', in_reply_to=msgid('q040-prev', 'fleuretfable.com'),
  text="""\
Bonjour Camille,

\u00c7a va depuis le salon du mariage ? On a ador\u00e9 ton stand.

Pourrais-tu r\u00e9server le photographe pour le 6 septembre et relire le contrat du domaine avant qu'on signe ? Le domaine nous presse un peu.

Bises,
L\u00e9a

Le lun. 16 juin 2025 \u00e0 18:02, Camille Roux <camille@fleuretfable.com> a \u00e9crit :
> Bonjour L\u00e9a, bonjour Hugo,
>
> Le photographe Antoine Mercier est disponible le 6 septembre. Je vous envoie aussi le contrat du Domaine des Oliviers. Voulez-vous que je bloque la date ?
>
> Belle soir\u00e9e,
> Camille
""",
  questions=['r\u00e9server le photographe pour le 6 septembre', 'relire le contrat du domaine'],
  quoted=['relire le contrat du domaine'],
  notes='small talk question; two requests in one sentence; quoted question')

# --- Spanish ---------------------------------------------------------------

q(id='q041', lang='es', firm='genealogy', frm=('Guadalupe Ferreiro', 'lupita.ferreiro@hotmail.com'), to=STAFF['tomas'],
  subject='Acta de nacimiento de mi abuelo (Ourense, 1920)', date='2025-02-05 13:20 -0600', client='gmail',
  mime='alt', cte='quoted-printable',
  text="""\
Estimado Tom\u00e1s:

Le escribe Guadalupe Ferreiro, de Guadalajara (M\u00e9xico). Me pas\u00f3 su contacto la se\u00f1ora Amparo R\u00edos, a quien ustedes ayudaron el a\u00f1o pasado con lo de la nacionalidad.

Le cuento un poco: mi abuelo, Jos\u00e9 Ferreiro Outeiro, naci\u00f3 en 1920 en un pueblito de Ourense que se llamaba algo as\u00ed como San Xo\u00e1n de R\u00edo, y sali\u00f3 de Espa\u00f1a en 1939, despu\u00e9s de la guerra, primero a Francia y luego a Veracruz. Con la Ley de Memoria Democr\u00e1tica mis hermanos y yo podr\u00edamos pedir la nacionalidad espa\u00f1ola, pero en el consulado nos piden el acta de nacimiento de \u00e9l y nosotros solo tenemos su pasaporte mexicano y unas cartas. \u00bfQui\u00e9n iba a pensar que un papel de 1920 ser\u00eda tan importante?

\u00bfPodr\u00edan ustedes buscar el acta de nacimiento de mi abuelo en el registro civil de Ourense? Tengo copia del pasaporte y de las cartas, se las puedo mandar escaneadas.

Quedo atenta a cualquier cosa que necesiten.

Saludos cordiales,
Guadalupe Ferreiro
Tel. +52 33 1234 5678
""",
  questions=['buscar el acta de nacimiento de mi abuelo'],
  quoted=['buscar el acta de nacimiento de mi abuelo'],
  notes='long story; rhetorical question; polite closing')

q(id='q042', lang='es', firm='wedding', frm=('Alba Serrano', 'albaserrano@icloud.com'), to=STAFF['camille'],
  subject='ensayo', date='2025-09-03 16:44 +0200', client='iphone', style='apple', mime='plain',
  cte='quoted-printable',
  text="""\
Camille, conf\u00edrmame la hora del ensayo del viernes. Y dile al DJ que nada de reguet\u00f3n jaja

Enviado desde mi iPhone
""",
  questions=['conf\u00edrmame la hora del ensayo del viernes', 'dile al DJ que nada de reguet\u00f3n'],
  notes='two imperatives, no question marks')

q(id='q043', lang='es', firm='genealogy', frm=('Mart\u00edn Ruiz Bianchi', 'martin.ruizb@gmail.com'), to=STAFF['tomas'],
  subject='RE: Expediente Ruiz - siguientes pasos', date='2025-06-11 10:02 +0200', client='outlook',
  style='outlook', mime='alt', cs='windows-1252', cte='8bit', html_cte='quoted-printable', eol='\r\n',
  html_lang='ES', content_language='es-ES', in_reply_to=msgid('q043-prev', 'raizeseregistos.pt'),
  text="""\
Estimado Tom\u00e1s:

Le escribo con las dudas que me quedaron despu\u00e9s de la llamada de ayer:

1. \u00bfHace falta traducir al espa\u00f1ol el certificado de nacimiento argentino?
2. Mi abogado pregunta si el consulado acepta copias digitales o solo originales.
3. Por favor, env\u00edeme la factura con mi NIE correcto (X1234567L), la anterior sali\u00f3 con un n\u00famero equivocado.

Un saludo,
Mart\u00edn Ruiz Bianchi

-----Mensaje original-----
De: Tom\u00e1s Aguilar <tomas@raizeseregistos.pt>
Enviado el: martes, 10 de junio de 2025 17:45
Para: Mart\u00edn Ruiz Bianchi <martin.ruizb@gmail.com>
Asunto: Expediente Ruiz - siguientes pasos

Estimado Mart\u00edn:

Gracias por la llamada. Para seguir con el expediente necesito el acta de matrimonio de sus abuelos. \u00bfLa tiene usted o la tiene su t\u00eda en Rosario?

Un saludo,
Tom\u00e1s Aguilar
""",
  questions=['traducir al espa\u00f1ol el certificado de nacimiento argentino',
             'si el consulado acepta copias digitales', 'env\u00edeme la factura con mi NIE correcto'],
  notes='numbered; relayed question; imperative; windows-1252 8bit; quoted question')

q(id='q044', lang='es', firm='wedding', frm=('Luc\u00eda Navarro', 'lucia.navarro@me.com'), to=STAFF['camille'],
  subject='\u00a1Vestidos!', date='2025-04-22 20:10 +0200', client='iphone', style='apple', mime='html',
  cte='quoted-printable',
  text="""\
\u00a1Hola Camille!

Solo para contarte que ya tenemos los vestidos de las damas de honor. \u00bfTe lo puedes creer? \u00a1Por fin!

Un abrazo enorme,
Luc\u00eda

Enviado desde mi iPhone
""",
  notes='asks nothing; rhetorical question only')

q(id='q045', lang='es', firm='genealogy', frm=('Carmen Vilari\u00f1o', 'carmen.vilarino@telefonica.net'), to=STAFF['tomas'],
  subject='Re: Bautismo en Betanzos', date='2025-05-06 19:33 +0200', client='gmail', mime='alt',
  cte='quoted-printable', in_reply_to=msgid('q045-prev', 'raizeseregistos.pt'),
  text="""\
Hola Tom\u00e1s, le contesto entre l\u00edneas.

El mar, 6 may 2025 a las 11:20, Tom\u00e1s Aguilar (<tomas@raizeseregistos.pt>) escribi\u00f3:
> Estimada Carmen:
>
> Ya he localizado el bautismo de su abuelo en Betanzos. Antes de seguir, dos preguntas:
>
> \u00bfSabe el nombre de soltera de su bisabuela?

S\u00ed, Ramona Vilari\u00f1o Pose.

> \u00bfDesea que ampliemos la b\u00fasqueda a los bisabuelos?

De momento no. \u00bfCu\u00e1nto tardar\u00eda lo del acta de defunci\u00f3n del abuelo? Y m\u00e1ndeme por favor el presupuesto por escrito, que mi hermana quiere verlo antes de decidir.

> Un saludo,
> Tom\u00e1s

Gracias,
Carmen
""",
  questions=['Cu\u00e1nto tardar\u00eda lo del acta de defunci\u00f3n', 'm\u00e1ndeme por favor el presupuesto por escrito'],
  notes='inline answers; the firm\'s questions are quoted')

# --- Dutch -----------------------------------------------------------------

q(id='q046', lang='nl', firm='dental', frm=('Femke Hoekstra', 'femke@tandartsdemolen.nl'), to=STAFF['ruben'],
  subject='backup weer rood', date='2025-10-21 07:51 +0200', client='iphone', style='apple', mime='plain',
  cs='us-ascii', cte='7bit', wrap=0,
  text="""\
Ruben, de backup-melding staat weer op rood sinds gisteren. Graag vandaag nog even naar kijken, morgen hebben we de hele dag implantaten.

Groet, Femke
Tandartspraktijk De Molen

Verstuurd vanaf mijn iPhone
""",
  questions=['Graag vandaag nog even naar kijken'],
  quoted=['Graag vandaag nog even naar kijken'],
  notes='request as a bare statement; terse phone mail')

q(id='q047', lang='nl', firm='dental', frm=('Jeroen Bakker', 'j.bakker@mondzorgamersfoort.nl'), to=STAFF['ruben'],
  subject='Cloud EPD en firewall', date='2025-08-26 15:30 +0200', client='outlook', style='outlook', mime='alt',
  cte='quoted-printable', eol='\r\n', html_lang='NL', content_language='nl-NL',
  text="""\
Beste Ruben,

Naar aanleiding van ons overleg van vorige week:

1. Kunnen jullie een offerte maken voor de migratie naar de cloudversie van ons EPD?
2. Tot wanneer loopt de supportlicentie van onze firewall?

Hoe was de vakantie trouwens? Zeeland toch?

Laat maar weten als jullie nog iets nodig hebben.

Met vriendelijke groet,

Jeroen Bakker
Praktijkmanager
Mondzorg Centrum Amersfoort
T 033 123 45 67

Aan deze e-mail kunnen geen rechten worden ontleend. Dit bericht is uitsluitend bestemd voor de geadresseerde.
""",
  questions=['migratie naar de cloudversie van ons EPD', 'Tot wanneer loopt de supportlicentie'],
  quoted=['migratie naar de cloudversie van ons EPD'],
  notes='numbered; small talk questions; polite closing; disclaimer')

q(id='q048', lang='nl', firm='patent', frm=('Bram Willemsen', 'bram@lumio-lighting.nl'), to=STAFF['smits'],
  subject='Lumio - FTO + merk', date='2025-05-13 11:11 +0200', client='gmail', mime='alt', cte='quoted-printable',
  text="""\
Hoi Eline,

We zijn bijna klaar met het prototype van de Lumio lamp. Kunnen jullie checken of ons design de patenten van Signify raakt en meteen ook of de naam Lumio nog vrij is als merk in de Benelux? De investor wil het voor de term sheet weten.

Thanks!
Bram

-- 
Bram Willemsen | Founder Lumio
+31 6 98765432
""",
  questions=['of ons design de patenten van Signify raakt', 'nog vrij is als merk in de Benelux'],
  quoted=['of ons design de patenten van Signify raakt', 'nog vrij is als merk in de Benelux'],
  notes='Dutch mixed with English words; two requests in one sentence')

q(id='q049', lang='nl', firm='dental', frm=('Saskia Vermeulen', 'saskia@tandartsvermeulen.nl'), to=STAFF['ruben'],
  subject='Re: Scanner driver', date='2025-07-08 15:02 +0200', client='gmail', mime='plain', cte='quoted-printable',
  in_reply_to=msgid('q049-prev', 'molarsystems.nl'),
  text="""\
Top, bedankt! Het werkt weer. Fijne dag.

Op di 8 jul 2025 om 14:12 schreef Ruben de Graaf <ruben@molarsystems.nl>:
> Hoi Saskia,
>
> Ik heb de driver van de intraorale scanner opnieuw ge\u00efnstalleerd. Kun je even bevestigen dat de scanner weer werkt?
>
> Groet,
> Ruben
""",
  notes='asks nothing; the quoted question is the firm\'s')

q(id='q050', lang='nl', firm='dental', frm=('Anouk Jansen', 'anouk@tandartsjansen.nl'), to=STAFF['ruben'],
  subject='FW: Vernieuwing cyberpolis 2026', date='2025-09-03 13:25 +0200', client='outlook', style='outlook',
  mime='alt', cs='windows-1252', cte='quoted-printable', html_lang='NL', content_language='nl-NL',
  text="""\
Hoi Ruben,

Zie hieronder. De verzekeraar wil weten of wij al een incidentresponsplan hebben \u2013 zo niet, kun jij er een opstellen?

Gr. Anouk

Van: Claims & Cyber <cyber@zorgverzekeraar.example>
Verzonden: woensdag 3 september 2025 11:05
Aan: Anouk Jansen <anouk@tandartsjansen.nl>
Onderwerp: Vernieuwing cyberpolis 2026

Beste mevrouw Jansen,

Voor de vernieuwing van uw cyberpolis vragen wij u het bijgevoegde formulier in te vullen. Beschikt uw praktijk over een incidentresponsplan? Zo ja, wilt u dit meesturen?

Met vriendelijke groet,
Team Cyber
""",
  questions=['of wij al een incidentresponsplan hebben', 'kun jij er een opstellen'],
  quoted=['kun jij er een opstellen'],
  notes='note on top of an Outlook forward; relayed question and a request in one sentence')

# --- Italian ---------------------------------------------------------------

q(id='q051', lang='it', firm='wedding', frm=('Chiara Colombo', 'chiara.colombo88@gmail.com'), to=STAFF['giulia'],
  subject='Brunch + fiorista', date='2025-05-28 23:40 +0200', client='gmail', mime='alt', cte='quoted-printable',
  text="""\
Ciao Giulia!!

Ma ti rendi conto che manca solo un mese? Io non dormo pi\u00f9. Ieri sera abbiamo finalmente chiuso la lista degli invitati (142, Dio ci aiuti) e mia suocera ha gi\u00e0 cambiato idea sui confetti due volte, quindi immagina il clima in casa.

Ah, quasi dimenticavo: potresti chiedere alla villa se possiamo avere la sala anche il giorno dopo per il brunch? Sarebbe per una trentina di persone.

Poi mandami il preventivo aggiornato del fiorista quando ce l'hai.

Un abbraccione,
Chiara
""",
  questions=['chiedere alla villa se possiamo avere', 'mandami il preventivo aggiornato del fiorista'],
  notes='rhetorical question; buried request; imperative without question mark')

q(id='q052', lang='it', firm='energy', frm=('Roberto Lanzoni', 'amministrazione@studiolanzoni.it'), to=STAFF['ferri'],
  subject='Condominio Via Saragozza 88 - Conto Termico', date='2025-09-22 09:30 +0200', client='outlook',
  style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable', eol='\r\n', html_lang='IT',
  content_language='it-IT',
  text="""\
Gentile Ing. Ferri,

in qualit\u00e0 di amministratore del Condominio Via Saragozza 88, Le scrivo a seguito dell'assemblea del 18 settembre.

L'assemblea chiede se \u00e8 possibile accedere al Conto Termico per la sostituzione della caldaia centralizzata con una pompa di calore ibrida. La prego inoltre di inviarmi copia dell'APE del 2022, che non trovo nel fascicolo.

Cordiali saluti,

Dott. Roberto Lanzoni
Studio Lanzoni Amministrazioni Condominiali
Via dell'Indipendenza 20, 40121 Bologna
Tel. 051 123 4567

Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di avvisare il mittente.
""",
  questions=['se \u00e8 possibile accedere al Conto Termico', "inviarmi copia dell'APE del 2022"],
  quoted=['se \u00e8 possibile accedere al Conto Termico'],
  notes='relayed question (the assembly) without question mark; formal request; disclaimer')

q(id='q053', lang='it', firm='wedding', frm=('Elena Rinaldi', 'elena.rinaldi@icloud.com'), to=STAFF['giulia'],
  subject='Re: Contratto Villa Le Corti', date='2025-03-05 12:14 +0100', client='apple', style='apple', mime='html',
  cte='quoted-printable', in_reply_to=msgid('q053-prev', 'fleuretfable.com'),
  text="""\
Ciao Giulia,

ti confermo che stamattina abbiamo firmato il contratto con Villa Le Corti. Grazie di tutto!

Elena

Il giorno 4 mar 2025, alle ore 19:12, Giulia Bassi <giulia@fleuretfable.com> ha scritto:

> Ciao Elena,
>
> la villa mi ha mandato la versione definitiva del contratto. Mi fai sapere quando firmate?
>
> Un abbraccio,
> Giulia
""",
  notes='asks nothing; quoted question')

q(id='q054', lang='it', firm='energy', frm=('Paolo Righi', 'paolo.righi@libero.it'), to=STAFF['ferri'],
  subject='I: Preventivo n. 2025/214 - cappotto termico Via Emilia 112', date='2025-10-08 08:03 +0200',
  client='apple', style='apple', mime='plain', cte='quoted-printable',
  attach=[attachment('pdf', 'Preventivo_2025-214.pdf')],
  text="""\
Marco, vedi sotto. Mi serve un parere sul preventivo del cappotto termico entro venerd\u00ec, il termine per lo sconto scade luned\u00ec.

Grazie,
Paolo

Inizio messaggio inoltrato:

Da: Edil Reno srl <preventivi@edilreno.example>
Oggetto: Preventivo n. 2025/214 - cappotto termico Via Emilia 112
Data: 7 ottobre 2025 alle ore 17:22:05 CEST
A: Paolo Righi <paolo.righi@libero.it>

Gentile sig. Righi,

in allegato il preventivo per il cappotto termico in EPS da 12 cm (420 mq) e la sostituzione dei serramenti. Ci conferma il sopralluogo di gioved\u00ec? Lo sconto del 10% vale fino al 13 ottobre.

Cordiali saluti,
Edil Reno srl
""",
  questions=['Mi serve un parere sul preventivo'],
  quoted=['Mi serve un parere sul preventivo'],
  notes='note on top of an Apple Mail forward; request as a statement')

q(id='q055', lang='it', firm='wedding', frm=('Martina De Luca', 'martina.deluca@icloud.com'), to=STAFF['giulia'],
  subject='trucco', date='2025-06-24 17:58 +0200', client='iphone', style='apple', mime='plain',
  cte='quoted-printable',
  text="""\
Giulia come va? Prenota il trucco per le damigelle e manda la conferma alla mamma di Luca. Grazie!!

Inviato da iPhone
""",
  questions=['Prenota il trucco per le damigelle', 'manda la conferma alla mamma di Luca'],
  notes='small talk question; two imperatives in one sentence')

# --- Portuguese ------------------------------------------------------------

q(id='q056', lang='pt', firm='genealogy', frm=('Renata Sampaio', 'renata.sampaio@gmail.com'), to=STAFF['ines'],
  subject='Bisav\u00f4 Joaquim - Arcos de Valdevez', date='2025-03-10 14:05 -0300', client='gmail', mime='alt',
  cte='quoted-printable',
  text="""\
Ol\u00e1 In\u00eas, tudo bem por a\u00ed?

Meu nome \u00e9 Renata Sampaio, sou de Curitiba. Estou montando a \u00e1rvore da fam\u00edlia do lado do meu pai e cheguei num ponto em que n\u00e3o consigo mais avan\u00e7ar sozinha. Meu bisav\u00f4, Joaquim Sampaio Barbosa, veio de Portugal em 1911, pelo que consta no registro de imigra\u00e7\u00e3o do Porto de Santos, e a fam\u00edlia sempre disse que ele era "do Minho". Achei um documento que fala em Arcos de Valdevez, mas a letra \u00e9 horr\u00edvel. Quem diria que ia ser t\u00e3o dif\u00edcil, n\u00e9?

Voc\u00eas conseguiriam localizar o registro de batismo do meu bisav\u00f4 na freguesia de Arcos de Valdevez? Se precisar, mando tudo o que tenho escaneado.

Fico no aguardo!

Abra\u00e7os,
Renata
""",
  questions=['localizar o registro de batismo do meu bisav\u00f4'],
  quoted=['localizar o registro de batismo do meu bisav\u00f4'],
  notes='Brazilian Portuguese; small talk and rhetorical question; long story')

q(id='q057', lang='pt', firm='genealogy', frm=('Rui Teixeira', 'rui.teixeira@teixeiraefilhos.pt'), to=STAFF['ines'],
  subject='Quest\u00f5es pendentes', date='2025-07-01 11:48 +0100', client='outlook', style='outlook', mime='alt',
  cs='windows-1252', cte='quoted-printable', eol='\r\n', html_lang='PT', content_language='pt-PT',
  text="""\
Cara Dra. In\u00eas Marques,

Na sequ\u00eancia da nossa reuni\u00e3o, seguem as quest\u00f5es pendentes:

1. A conservat\u00f3ria pergunta se a certid\u00e3o tem de ser de c\u00f3pia integral ou se basta a de narrativa.
2. Podem enviar-me a fatura em nome da empresa (Teixeira & Filhos, Lda., NIF 501 234 567)?
3. Preciso tamb\u00e9m da tradu\u00e7\u00e3o certificada do assento de nascimento ingl\u00eas at\u00e9 dia 20.

Com os melhores cumprimentos,

Rui Teixeira
Teixeira & Filhos, Lda.
Tel.: 253 123 456
""",
  questions=['certid\u00e3o tem de ser de c\u00f3pia integral', 'enviar-me a fatura em nome da empresa',
             'tradu\u00e7\u00e3o certificada do assento de nascimento ingl\u00eas'],
  quoted=['tradu\u00e7\u00e3o certificada do assento de nascimento ingl\u00eas'],
  notes='numbered; relayed question; request as a statement (translation)')

q(id='q058', lang='pt', firm='wedding', frm=('Rita Carvalho', 'rita.carvalho@sapo.pt'), to=STAFF['marta'],
  subject='Convites', date='2025-02-17 21:30 +0000', client='iphone', style='apple', mime='html',
  cte='quoted-printable',
  text="""\
Ol\u00e1 Marta!

J\u00e1 recebemos as amostras dos convites, est\u00e3o lindas. O papel com relevo \u00e9 perfeito.

Beijinhos,
Rita

Enviado do meu iPhone
""",
  notes='asks nothing')

q(id='q059', lang='pt', firm='genealogy', frm=('Joaquim Fonseca', 'jfonseca@netcabo.pt'), to=STAFF['ines'],
  subject='Re: Assento de nascimento - Viseu', date='2025-06-12 12:20 +0100', client='apple', style='apple',
  mime='plain', cte='quoted-printable', in_reply_to=msgid('q059-prev', 'raizeseregistos.pt'),
  text="""\
Ol\u00e1 In\u00eas, respondo no meio do texto.

A 12/06/2025, \u00e0s 09:41, In\u00eas Marques <ines@raizeseregistos.pt> escreveu:
> Caro Sr. Fonseca,
>
> J\u00e1 encontrei o assento de nascimento da sua av\u00f3 em Viseu. Para continuar preciso de saber:
>
> Tem o nome completo da sua av\u00f3?

Maria da Concei\u00e7\u00e3o Ferreira Lopes.

> Pretende que pe\u00e7amos tamb\u00e9m a certid\u00e3o de casamento?

Sim, e j\u00e1 agora podiam ver se h\u00e1 registo de \u00f3bito do meu bisav\u00f4 e dizer-me quanto fica tudo?

> Cumprimentos,
> In\u00eas Marques

Obrigado,
Joaquim Fonseca
""",
  questions=['se h\u00e1 registo de \u00f3bito do meu bisav\u00f4', 'dizer-me quanto fica tudo'],
  quoted=['se h\u00e1 registo de \u00f3bito do meu bisav\u00f4'],
  notes='inline answers (pt-PT Apple Mail); two requests in one sentence')

q(id='q060', lang='pt', firm='genealogy', frm=('Paulo Mendes', 'paulo.mendes.nj@outlook.com'), to=STAFF['ines'],
  subject='DNA match Portugal', date='2025-10-02 22:17 -0400', client='outlook', style='outlook', mime='html',
  cte='quoted-printable', html_lang='PT-BR', content_language='pt-BR', attach=[attachment('png', 'ancestry_match.png')],
  text="""\
Oi In\u00eas, tudo bem?

Meu sobrinho fez o DNA test no Ancestry e apareceu um match "close family" em Portugal, uma senhora de Braga. Voc\u00ea pode analisar os resultados e ver se bate com a nossa \u00e1rvore? Segue o print em anexo.

Abs,
Paulo Mendes
Newark, NJ
""",
  questions=['Voc\u00ea pode analisar os resultados'],
  quoted=['Voc\u00ea pode analisar os resultados'],
  notes='Brazilian Portuguese mixed with English; HTML-only Outlook with a screenshot')

# ==========================================================================
# REPLIES TO QUOTE OFFERS
# ==========================================================================

FIRM_SIG = {
    'helen': 'Helen Brandt\nBrandt & Okafor Patent Attorneys\n+44 20 7946 0321',
    'weil': 'Dr. Jonas Weil\nPatentanwalt | Brandt & Okafor\nM\u00fcnchen',
    'smits': 'Eline Smits\nOctrooigemachtigde | Brandt & Okafor\nEindhoven',
    'camille': 'Camille\nFleur & Fable Weddings',
    'giulia': 'Giulia\nFleur & Fable Weddings',
    'marta': 'Marta Nunes\nFleur & Fable Weddings',
    'ashworth': 'Tom Ashworth\nMolar Systems \u2013 IT for dental practices',
    'ruben': 'Ruben de Graaf\nMolar Systems',
    'brenner': 'Lukas Brenner\nMolar Systems GmbH, Aachen',
    'ines': 'In\u00eas Marques\nRa\u00edzes & Registos Genealogy',
    'tomas': 'Tom\u00e1s Aguilar\nRa\u00edzes & Registos Genealogy',
    'owen': 'Owen Pryce\nKilowatt Clarity Energy Audits',
    'claire': 'Claire Dumas\nKilowatt Clarity \u2013 Audits \u00e9nerg\u00e9tiques',
    'vogt': 'Katrin Vogt\nKilowatt Clarity Energieberatung',
    'ferri': 'Ing. Marco Ferri\nKilowatt Clarity \u2013 Diagnosi energetiche',
}
CLOSE = {'en': 'Kind regards,', 'de': 'Mit freundlichen Gr\u00fc\u00dfen', 'fr': 'Bien cordialement,',
         'es': 'Un saludo,', 'nl': 'Met vriendelijke groet,', 'it': 'Cordiali saluti,',
         'pt': 'Com os melhores cumprimentos,'}


def offer(lang, staff, greet, body, close=None):
    return '%s\n\n%s\n\n%s\n%s' % (greet, body, close or CLOSE[lang], FIRM_SIG[staff])


def below(new, header, off, apple_ios=False):
    """Client text on top, quote header, '>'-quoted offer (Gmail, Apple, Thunderbird)."""
    if apple_ios:
        return new.rstrip('\n') + '\n\n' + quote(header + '\n\n' + off) + '\n'
    return new.rstrip('\n') + '\n\n' + header + '\n' + quote(off) + '\n'


def outlook_below(new, lang, staff, client, sent, subject, off, sep=None, tail=''):
    """Client text on top, Outlook header block, unprefixed offer (and older thread)."""
    s = new.rstrip('\n') + '\n\n'
    if sep:
        s += sep + '\n'
    s += outlook_block(lang, STAFF[staff], client, sent, subject) + '\n\n' + off + '\n'
    if tail:
        s += '\n' + tail.rstrip('\n') + '\n'
    return s


def unprefixed_below(new, header, off):
    """Client text on top, a header block and the offer without '>' (Samsung, Outlook mobile)."""
    return new.rstrip('\n') + '\n\n' + header + '\n\n' + off + '\n'


R = []


def r(**kw):
    kw.setdefault('offer_id', msgid(kw['id'] + '-offer', STAFF[kw['staff']][1].split('@')[1]))
    kw['in_reply_to'] = kw['offer_id']
    if kw['decision'] == 'automatic':
        kw['references'] = kw['offer_id']
    else:
        kw['references'] = msgid(kw['id'] + '-question', kw['frm'][1].split('@')[1]) + ' ' + kw['offer_id']
    kw['to'] = STAFF[kw['staff']]
    R.append(kw)


def offer_message(case_id, staff, client, subject, date, text, eol):
    """The firm's original offer as a full message (for bounces)."""
    return build(dict(id=case_id + '-orig', frm=STAFF[staff], to=client, subject=subject, date=date,
                      client='outlook', style='outlook', mime='plain', cte='quoted-printable', text=text,
                      eol=eol, received=False,
                      message_id=msgid(case_id + '-offer', STAFF[staff][1].split('@')[1])))


# --- English: accept -------------------------------------------------------

_o = offer('en', 'helen', 'Dear Nadia,',
           "Thank you for forwarding James's email. Preparing the written freedom-to-operate opinion on the sensor "
           "housing, covering the two Bosch patents, would take about 6 hours at \u00a3320 per hour (plus VAT), and "
           "we can deliver it by 16 June. Shall I go ahead?")
r(id='r001', lang='en', decision='accept', staff='helen', frm=('Nadia Cherif', 'nadia@tessellate.io'),
  subject='Re: FTO opinion - sensor housing', date='2025-06-03 10:31 +0100', client='iphone', style='apple',
  mime='plain', cte='quoted-printable',
  text=below('Yes please go ahead.\n\nNadia\n\nSent from my iPhone',
             'On 3 Jun 2025, at 10:12, Helen Brandt <helen.brandt@brandt-okafor.co.uk> wrote:', _o, apple_ios=True),
  notes='plain accept from a phone')

_o = offer('en', 'owen', 'Hi Gillian,',
           "Thanks for sending the quote and the heat loss sheet. Checking the installer's heat loss figures and "
           "whether the 11kW unit is oversized for your house - that would take about 2 hours at \u00a3110 per hour. "
           "Shall I go ahead?", 'Best wishes,')
r(id='r002', lang='en', decision='accept', staff='owen', frm=('Gillian Marsh', 'gillian.marsh@btinternet.com'),
  subject='Re: Heat pump quote - are we being sold too big a one?', date='2025-02-20 12:02 +0000',
  client='iphone', style='apple', mime='plain', cs='us-ascii', cte='7bit', wrap=0,
  text=below('fine, go for it but keep it under the 2 hours pls\n\nG\n\nSent from my iPhone',
             'On 20 Feb 2025, at 09:40, Owen Pryce <owen@kilowattclarity.co.uk> wrote:',
             _o.replace('\u00a3', 'GBP '), apple_ios=True),
  notes='accept with a cap on the hours')

_o = offer('en', 'ashworth', 'Hi Margaret,',
           'Setting up the two hygienist workstations, including the imaging software, printers and network points, '
           'would take about 5 hours at \u00a395 per hour, plus the hardware as quoted separately. Shall I go ahead?',
           'Best regards,')
r(id='r003', lang='en', decision='accept', staff='ashworth',
  frm=('Margaret Doyle', 'practice.manager@elmfielddental.co.uk'), subject='RE: New surgery - workstations',
  date='2025-03-28 09:12 +0000', client='outlook', style='outlook', mime='alt', cs='windows-1252',
  cte='quoted-printable', eol='\r\n',
  text=outlook_below('No problem at all, please proceed. Mornings suit us best for the engineer.\n\nMargaret\n\n'
                     'Margaret Doyle\nPractice Manager | Elmfield Dental Care\nT: 0161 496 0481',
                     'en', 'ashworth', ('Margaret Doyle', 'practice.manager@elmfielddental.co.uk'),
                     '27 March 2025 16:20', 'RE: New surgery - workstations', _o),
  notes='first word "No" but an accept')

_o = offer('en', 'helen', 'Dear Andrew,',
           'The examination report raises an inventive step objection against claims 1 to 9. Reviewing the report '
           'and the cited documents and drafting a response with amended claims would take about 8 hours at '
           '\u00a3320 per hour. Shall I go ahead?')
_tail = outlook_block('en', ('Andrew Pike', 'andrew.pike@corvane-robotics.co.uk'), STAFF['helen'],
                      '09 September 2025 08:55', 'Examination report GB2504417.6') + """

Dear Ms Brandt,

Please find attached the examination report we received from the UKIPO yesterday. What would you recommend?

Kind regards,
Andrew Pike"""
r(id='r004', lang='en', decision='accept', staff='helen',
  frm=('Andrew Pike', 'andrew.pike@corvane-robotics.co.uk'), subject='RE: Examination report GB2504417.6',
  date='2025-09-10 11:45 +0100', client='outlook', style='outlook', mime='alt', cte='quoted-printable', eol='\r\n',
  text=outlook_below("""\
Dear Helen,

We are happy to proceed on the basis of your estimate. Please treat this email as our formal instruction, and let us know when you expect to have the draft response ready for our review.

Kind regards,

Andrew Pike
Head of Legal
Corvane Robotics Ltd
+44 (0)1223 496 0172

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system.""",
                     'en', 'helen', ('Andrew Pike', 'andrew.pike@corvane-robotics.co.uk'),
                     '09 September 2025 15:02', 'RE: Examination report GB2504417.6', _o,
                     sep='________________________________', tail='________________________________\n' + _tail),
  notes='formal accept, top-posted over the thread; asks when the draft will be ready')

_o = offer('en', 'ashworth', 'Hi Jess,',
           'Setting up remote access for the new associate (VPN account, MFA token and the imaging viewer on her '
           'laptop) would take about 1.5 hours at \u00a395 per hour. Shall I go ahead?', 'Thanks,')
r(id='r005', lang='en', decision='accept', staff='ashworth', frm=('Jess Morton', 'reception@patelyoungdental.co.uk'),
  subject='Re: scanner + new associate', date='2025-08-28 14:20 +0100', client='iphone', style='apple',
  mime='plain', cte='quoted-printable',
  text=below('ok do it\n\nSent from my iPhone',
             'On 28 Aug 2025, at 13:55, Tom Ashworth <tom.ashworth@molarsystems.co.uk> wrote:', _o, apple_ios=True),
  notes='terse accept')

_o = offer('en', 'ines', 'Dear Deborah,',
           "Thank you for the detailed background, it helps a lot. Searching the Ribeira Grande and Rabo de Peixe "
           "parish registers for Manuel's baptism and tracing any siblings who stayed on S\u00e3o Miguel would take "
           "about 6 hours at \u20ac60 per hour. Shall I go ahead?", 'With best wishes,')
r(id='r006', lang='en', decision='accept', staff='ines', frm=('Deborah Pacheco Hale', 'debhale.fairhaven@gmail.com'),
  subject='Re: Manuel Pacheco, b. abt 1888, S\u00e3o Miguel', date='2025-01-25 10:44 -0500', client='gmail',
  mime='alt', cte='quoted-printable', html_cte='base64',
  text=below("""\
That sounds very reasonable! Yes, please start with the Ribeira Grande records. Isn't it wonderful that the parish books survived all this time?

Warmly,
Deborah""", 'On Sat, 25 Jan 2025 at 09:02, In\u00eas Marques <ines@raizeseregistos.pt> wrote:', _o),
  notes='accept with a rhetorical question')

_o = offer('en', 'camille', 'Hi Becky,',
           'Redoing the budget spreadsheet with the 12 extra guests, including the new catering minimum and table '
           'hire, would take about 2 hours at \u20ac85 per hour. Shall I go ahead?', 'Bises,')
r(id='r007', lang='en', decision='accept', staff='camille', frm=('Becky Lawson', 'becky.lawson92@gmail.com'),
  subject='Re: Venue contract + bits', date='2025-07-16 19:03 +0100', client='gmail', mime='html',
  cte='quoted-printable',
  text=below('Go ahead Camille, thank you!! x Becky',
             'On Wed, 16 Jul 2025 at 11:20, Camille Roux <camille@fleuretfable.com> wrote:', _o),
  notes='HTML-only accept')

r(id='r008', lang='en', decision='accept', staff='owen', frm=('Mark Jennings', 'bursar@stcuthbertsprimary.org.uk'),
  subject='Re: Energy audit - St Cuthbert\'s', date='2025-10-02 16:58 +0100', client='thunderbird',
  style='thunderbird', mime='plain', cte='8bit', flowed=True,
  text="""\
On 02/10/2025 15:40, Owen Pryce wrote:
> Dear Mark,
>
> Thank you for the meter data. A full energy audit of the school site, including the sports hall and the 1960s block, would take about 14 hours at \u00a3110 per hour.
> Shall I go ahead?

Yes. Thanks for the quick turnaround, the site team will expect you.

> Kind regards,
> Owen Pryce
> Kilowatt Clarity Energy Audits

Mark Jennings
School Business Manager
""",
  notes='accept written inline, under the quoted question')

_o = offer('en', 'helen', 'Dear Greg,',
           'The Korean national phase deadline is 30 September. Preparing the filing instructions and the claim '
           'amendments for our Seoul associate would take about 3 hours at \u00a3320 per hour, plus the associate\'s '
           'fees and official fees. Shall I go ahead?')
r(id='r009', lang='en', decision='accept', staff='helen',
  frm=('Greg Holloway', 'greg.holloway@apertureoptics.co.uk'), subject='Re: KR national phase - deadline 30 Sept',
  date='2025-09-16 07:12 +0200', client='samsung', style='android', mime='alt', cte='quoted-printable',
  text=unprefixed_below("I'm actually on leave this week but saw this - please go ahead, the deadline matters more "
                        "than the cost.\n\nGreg\n\n\n\nSent from my Galaxy",
                        '-------- Original message --------\nFrom: Helen Brandt <helen.brandt@brandt-okafor.co.uk>\n'
                        'Date: 15/09/2025 17:30 (GMT+00:00)\nTo: Greg Holloway <greg.holloway@apertureoptics.co.uk>\n'
                        'Subject: KR national phase - deadline 30 Sept', _o),
  notes='human reply mentioning leave (not an out-of-office); accept')

# --- English: decline ------------------------------------------------------

_o = offer('en', 'ashworth', 'Dear Olivia,',
           'Reviewing the backup logs for the last three months against the CQC requirements and writing a short '
           'compliance note would take about 3 hours at \u00a395 per hour. Shall I go ahead?')
r(id='r010', lang='en', decision='decline', staff='ashworth',
  frm=('Olivia Grant', 'olivia.grant@clearviewdental.co.uk'), subject='RE: Points from the partners\' meeting',
  date='2025-02-13 10:05 +0000', client='outlook', style='outlook', mime='alt', cte='quoted-printable',
  html_cte='base64', eol='\r\n',
  text=outlook_below("No thanks, we'll sort it in-house - our new practice manager used to work in NHS IT.\n\n"
                     "Olivia\n\nOlivia Grant\nOperations Lead, Clearview Dental Group",
                     'en', 'ashworth', ('Olivia Grant', 'olivia.grant@clearviewdental.co.uk'),
                     '12 February 2025 17:40', 'RE: Points from the partners\' meeting', _o),
  notes='decline: doing it in-house')

_o = offer('en', 'owen', 'Hi Rachel,',
           'Investigating the damp and mould in the back bedroom, including a site visit, moisture readings and a '
           'short report, would take about 3 hours at \u00a3110 per hour. Shall I go ahead?', 'Best,')
r(id='r011', lang='en', decision='decline', staff='owen', frm=('Rachel Greene', 'rachel.greene@me.com'),
  subject='Re: Mould in back bedroom', date='2025-10-21 18:30 +0100', client='apple', style='apple', mime='alt',
  cte='quoted-printable',
  text=below("Not needed any more, my brother-in-law sorted it last weekend (he's a builder - turned out to be a "
             "blocked gutter). Thanks anyway!\n\nRachel",
             'On 15 Oct 2025, at 12:10, Owen Pryce <owen@kilowattclarity.co.uk> wrote:', _o),
  notes='decline: not needed any more')

_o = offer('en', 'helen', 'Dear Priyanka,',
           'Preparing and filing the divisional application with the broader claims would take about 5 hours at '
           '\u00a3320 per hour, plus the EPO filing fees. Shall I go ahead?')
r(id='r012', lang='en', decision='decline', staff='helen', frm=('Priyanka Desai', 'priyanka@magnalock.co.uk'),
  subject='Re: Divisional - estimate', date='2025-06-27 15:15 +0100', client='gmail', mime='alt',
  cte='quoted-printable',
  text=below("Yes, thanks for the quote, but we've decided not to go ahead with the divisional this year. We'll let "
             "the broader claims go.\n\nBest,\nPriyanka",
             'On Thu, 26 Jun 2025 at 11:48, Helen Brandt <helen.brandt@brandt-okafor.co.uk> wrote:', _o),
  notes='first word "Yes" but a decline')

_o = offer('en', 'camille', 'Hi Hannah,',
           'Negotiating a September peony arrangement with the florist and sourcing two alternative suppliers would '
           'take about 3 hours at \u20ac85 per hour. Shall I go ahead?', 'Bises,')
r(id='r013', lang='en', decision='decline', staff='camille', frm=('Hannah Price', 'hannah.price@me.com'),
  subject='Re: Mood board!!', date='2025-03-17 21:05 +0000', client='iphone', style='apple', mime='plain',
  cte='quoted-printable',
  text=below("Too expensive for us at the moment unfortunately, we'll leave it. Thanks for looking into it though!"
             "\n\nx Hannah\n\nSent from my iPhone",
             'On 17 Mar 2025, at 10:02, Camille Roux <camille@fleuretfable.com> wrote:', _o, apple_ios=True),
  notes='decline on price')

_o = offer('en', 'helen', 'Dear Sarah,',
           'A written freedom-to-operate opinion on the catheter valve, covering the Medtronic and Boston Scientific '
           'families you listed, would take about 10 hours at \u00a3320 per hour. Shall I go ahead?')
_tail = outlook_block('en', ('Dr Sarah Kemp', 's.kemp@halcyon-medical.co.uk'), STAFF['helen'],
                      '01 April 2025 09:20', 'FTO - catheter valve') + """

Dear Helen,

Before our next funding round we may need an FTO opinion on the new catheter valve. Could you give us an idea of cost?

Best wishes,
Sarah"""
r(id='r014', lang='en', decision='decline', staff='helen', frm=('Dr Sarah Kemp', 's.kemp@halcyon-medical.co.uk'),
  subject='RE: FTO - catheter valve', date='2025-04-08 17:32 +0100', client='outlook', style='outlook', mime='alt',
  cs='windows-1252', cte='quoted-printable', eol='\r\n',
  text=outlook_below("""\
Dear Helen,

Thank you for your proposal. Having considered it, the board has decided not to pursue the freedom-to-operate opinion at this stage. We will be in touch should the position change.

Kind regards,

Dr Sarah Kemp
Chief Executive Officer
Halcyon Medical Devices Ltd
\u201cBetter valves, better lives\u201d""",
                     'en', 'helen', ('Dr Sarah Kemp', 's.kemp@halcyon-medical.co.uk'), '02 April 2025 14:10',
                     'RE: FTO - catheter valve', _o, sep='-----Original Message-----',
                     tail='-----Original Message-----\n' + _tail),
  notes='formal decline, top-posted over the thread')

_o = offer('en', 'ines', 'Hi Chris,',
           'Searching the Lugo diocesan archive for the writer of the 1931 letter and his baptism would take about '
           '4 hours at \u20ac60 per hour. Shall I go ahead?', 'Best wishes,')
r(id='r015', lang='en', decision='decline', staff='ines', frm=('Chris Alvarez-Reid', 'chris.alvarezreid@gmail.com'),
  subject='Re: Attic finds', date='2025-05-02 08:14 -0700', client='gmail', mime='html', cte='quoted-printable',
  text=below("Please cancel that - my aunt found his baptism record in a shoebox yesterday! So sorry to have "
             "troubled you.\n\nChris",
             'On Wed, Apr 30, 2025 at 2:11\u202fAM In\u00eas Marques <ines@raizeseregistos.pt> wrote:', _o),
  notes='decline: found it elsewhere')

_o = offer('en', 'owen', 'Hi Dev,',
           'The 2019 EPC was for the house, not the workshop, so the lender will need a new one. A new EPC for the '
           'workshop would take about 2 hours at \u00a3110 per hour. Shall I go ahead?', 'Cheers,')
r(id='r016', lang='en', decision='decline', staff='owen', frm=('Devinder Gill', 'dev@gilljoinery.co.uk'),
  subject='Re: EPC for remortgage', date='2025-03-05 19:44 +0000', client='samsung', style='android', mime='alt',
  cte='quoted-printable',
  text=unprefixed_below("nah leave it thanks, lender's accepted the old one after all\n\n\n\nSent from my Galaxy",
                        '-------- Original message --------\nFrom: Owen Pryce <owen@kilowattclarity.co.uk>\n'
                        'Date: 04/03/2025 11:15 (GMT+00:00)\nTo: Devinder Gill <dev@gilljoinery.co.uk>\n'
                        'Subject: Re: EPC for remortgage', _o),
  notes='terse decline')

_o = offer('en', 'owen', 'Hello Joost,',
           'Auditing the three flats and setting out the cheapest route to band C for each would take about 7 hours '
           'at \u00a3110 per hour, plus travel. Shall I go ahead?', 'Best regards,')
r(id='r017', lang='en', decision='decline', staff='owen', frm=('Joost van Leeuwen', 'joost.vanleeuwen@ziggo.nl'),
  subject='Re: 3 flats Leeds EPC', date='2025-09-12 21:03 +0200', client='thunderbird', style='thunderbird',
  mime='plain', cte='8bit', flowed=True,
  text='On 10-09-2025 09:30, Owen Pryce wrote:\n' + quote(_o) + """

Hello Owen,

We found someone local in Leeds who does it for a fixed price, so we will pass this time. Thanks for the quick answer.

Groet,
Joost
""",
  notes='bottom-posted decline')

# --- English: unclear ------------------------------------------------------

_o = offer('en', 'owen', 'Hi Francesca,',
           'Marco is back on Monday. Arranging the APE for your casale through our Bologna office, including the '
           'site visit near Todi, would take about 4 hours at \u00a3110 per hour. Shall I go ahead?', 'Best,')
r(id='r018', lang='en', decision='unclear', staff='owen', frm=('Francesca Bellini', 'f.bellini.london@gmail.com'),
  subject='Re: APE for casale', date='2025-09-22 09:12 +0200', client='iphone', style='apple', mime='plain',
  cte='quoted-printable',
  text=below("Would you do it for a flat \u20ac350? That's what the notaio's geometra asked for the same thing.\n\n"
             "Francesca\n\nInviato da iPhone",
             'Il giorno 20 set 2025, alle ore 10:05, Owen Pryce <owen@kilowattclarity.co.uk> ha scritto:', _o,
             apple_ios=True),
  notes='counter-offer')

_o = offer('en', 'helen', 'Dear Mr Reimer,',
           'A prior art search for your fingerprint bike lock, with a short written assessment of the closest '
           'documents, would take about 4 hours at \u00a3320 per hour. Shall I go ahead?')
r(id='r019', lang='en', decision='unclear', staff='helen', frm=('Klaus Reimer', 'k.reimer@t-online.de'),
  subject='Re: Patent for bike lock with fingerprint', date='2025-03-25 20:10 +0100', client='thunderbird',
  style='thunderbird', mime='plain', cs='iso-8859-1', cte='8bit', flowed=True,
  text=below("""\
Dear Mrs Brandt,

thank you. Is this price with VAT or without? And the 4 hours include also the Gebrauchsmuster application or only the search?

Mit freundlichen Gr\u00fc\u00dfen
Klaus Reimer""", 'Am 24.03.25 um 16:02 schrieb Helen Brandt:', _o.replace('\u00a3', 'GBP ')),
  notes='questions about the quote; German Thunderbird quote header on English text')

_o = offer('en', 'ashworth', 'Hi Ken,',
           'Replacing the imaging PC in surgery 2 would take about 3 hours, and the firewall audit you mentioned '
           'about 4 hours, both at \u00a395 per hour plus hardware. Shall I go ahead with both?')
r(id='r020', lang='en', decision='unclear', staff='ashworth', frm=('Dr Ken Mathers', 'ken@mathersdental.co.uk'),
  subject='RE: URGENT xray pc', date='2025-11-04 16:40 +0000', client='android', style='android', mime='html',
  cte='quoted-printable',
  text=unprefixed_below('Yes to the PC, but not the firewall audit for now.\n\nGet Outlook for Android',
                        '________________________________\nFrom: Tom Ashworth <tom.ashworth@molarsystems.co.uk>\n'
                        'Sent: Tuesday, November 4, 2025 3:55:12 PM\nTo: Ken Mathers <ken@mathersdental.co.uk>\n'
                        'Subject: RE: URGENT xray pc', _o),
  notes='partial answer: yes to one item, no to the other')

_o = offer('en', 'owen', 'Hi Linda,',
           'Adding the staff car park lighting to the ESOS report would take about 3 hours at \u00a3110 per hour. '
           'Shall I go ahead?', 'Best regards,')
r(id='r021', lang='en', decision='unclear', staff='owen',
  frm=('Linda Carver', 'l.carver@northgate-logistics.co.uk'), subject='RE: ESOS - documents',
  date='2025-10-13 08:50 +0100', client='outlook', style='outlook', mime='alt', cs='windows-1252',
  cte='quoted-printable', eol='\r\n',
  text=outlook_below("Ask me again in March \u2013 the budget's frozen until the new financial year.\n\nLinda\n\n"
                     "Linda Carver\nFacilities Manager\nNorthgate Logistics Ltd",
                     'en', 'owen', ('Linda Carver', 'l.carver@northgate-logistics.co.uk'), '10 October 2025 15:12',
                     'RE: ESOS - documents', _o),
  notes='deferral to a date')

_o = offer('en', 'ines', 'Dear Michael,',
           'Requesting the 1921 marriage record and the two baptisms from the Viana do Castelo archive, with '
           'certified translations, would take about 5 hours at \u20ac60 per hour, plus the archive fees. '
           'Shall I go ahead?')
r(id='r022', lang='en', decision='unclear', staff='ines', frm=('Michael Ferreira', 'm.ferreira@comcast.net'),
  subject='Re: Marriage record found!', date='2025-06-06 22:15 -0400', client='thunderbird', style='thunderbird',
  mime='plain', cte='8bit', flowed=True,
  text=below("Let me think about it and talk to my wife, it's a bit more than we expected. I'll get back to you.\n\n"
             "Michael", 'On 05/06/2025 11:30, In\u00eas Marques wrote:', _o),
  notes='let me think')

_o = offer('en', 'ashworth', 'Hi Priya,',
           'Setting up workstations in the two hygienist rooms would take about 5 hours at \u00a395 per hour. '
           'Shall I go ahead?')
r(id='r023', lang='en', decision='unclear', staff='ashworth', frm=('Priya Raman', 'priya@smilehousedental.co.uk'),
  subject='Re: Hygienist rooms', date='2025-05-20 12:48 +0100', client='thunderbird', style='thunderbird',
  mime='plain', cte='8bit', flowed=True,
  text=below("Small correction: it's three hygienist rooms, not two - we're converting the old store room too. "
             "Would that change the estimate much?\n\nPriya", 'On 20/05/2025 10:05, Tom Ashworth wrote:', _o),
  notes='correction plus a new question')

_o = offer('en', 'helen', 'Dear Fiona,',
           'Filing a UK design registration for the hull-cleaning robot, with three views, would take about 2 hours '
           'at \u00a3320 per hour plus the \u00a350 official fee. Shall I go ahead?')
r(id='r024', lang='en', decision='unclear', staff='helen', frm=('Fiona McLeod', 'fiona@clydemarinecoatings.co.uk'),
  subject='Re: Design registration - hull robot', date='2025-08-12 13:30 +0100', client='gmail', mime='alt',
  cte='quoted-printable',
  text=below("Yes, got it - I need to run it past the partners first, I'll come back to you next week.\n\nFiona\n\n"
             "-- \nFiona McLeod | Operations Director\nClyde Marine Coatings Ltd | 0141 496 0155",
             'On Tue, 12 Aug 2025 at 10:02, Helen Brandt <helen.brandt@brandt-okafor.co.uk> wrote:', _o),
  notes='first word "Yes" but a deferral')

_o = offer('en', 'helen', 'Dear Owain,',
           'A patentability search on the battery cooling plate, covering the main patent databases, would take '
           'about 5 hours at \u00a3320 per hour. Shall I go ahead?')
r(id='r025', lang='en', decision='unclear', staff='helen', frm=('Owain Rees', 'owain.rees@voltcell.co.uk'),
  subject='Re: Patentability search - cooling plate', date='2025-05-06 08:20 +0100', client='gmail', mime='alt',
  cte='quoted-printable',
  text=below("No, wait - before you start, does the search cover Chinese and Korean patents too, or only EP and US?"
             "\n\nOwain", 'On Mon, 5 May 2025 at 17:45, Helen Brandt <helen.brandt@brandt-okafor.co.uk> wrote:', _o),
  notes='first word "No" but a question about the quote')

_o = offer('en', 'ines', 'Dear Karen,',
           "Obtaining your grandfather's full birth record from the Ponta Delgada civil registry and having your "
           "mother's US birth certificate apostilled would take about 4 hours at \u20ac60 per hour, plus the official "
           "fees. Shall I go ahead?")
r(id='r026', lang='en', decision='unclear', staff='ines', frm=('Karen Sousa Dunn', 'karen.sousa.dunn@gmail.com'),
  subject='Re: Processo de nacionalidade n.\u00ba 2025/11873 - documenta\u00e7\u00e3o em falta',
  date='2025-05-09 20:02 -0400', client='gmail', mime='alt', cte='quoted-printable',
  text=below("Can we split it? Do the Ponta Delgada birth record now and Mum's apostille later, once she finds the "
             "certificate. What would the first part cost on its own?\n\nKaren",
             'On Fri, May 9, 2025 at 6:40\u202fAM In\u00eas Marques <ines@raizeseregistos.pt> wrote:', _o),
  notes='asks to split the job and re-price a part')

# --- English: automatic ----------------------------------------------------

_o = offer('en', 'owen', 'Dear Mr Harrow,',
           'Producing EPCs for the six flats at Clifton Court would take about 9 hours at \u00a3110 per hour, '
           'including travel. Shall I go ahead?')
_orig = offer_message('r027', 'owen', ('James Harrow', 'j.harrow@harrowlettings.co.uk'), 'Re: EPCs - Clifton Court',
                      '2025-10-14 10:02 +0100', _o, '\n')
r(id='r027', lang='en', decision='automatic', staff='owen',
  frm=('Mail Delivery System', 'MAILER-DAEMON@mail.kilowattclarity.co.uk'),
  subject='Undelivered Mail Returned to Sender', date='2025-10-14 10:02 +0100', received=False,
  headers=[('Auto-Submitted', 'auto-replied')],
  root=Multipart('report', [
      RawPart(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], """\
This is the mail system at host mail.kilowattclarity.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.harrow@harrowlettings.co.uk>: host mx.harrowlettings.co.uk[198.51.100.23]
    said: 550 5.1.1 <j.harrow@harrowlettings.co.uk>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)"""),
      RawPart(['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], """\
Reporting-MTA: dns; mail.kilowattclarity.co.uk
X-Postfix-Queue-ID: 4F2A81C0B2
X-Postfix-Sender: rfc822; owen@kilowattclarity.co.uk
Arrival-Date: Tue, 14 Oct 2025 10:02:11 +0100 (BST)

Final-Recipient: rfc822; j.harrow@harrowlettings.co.uk
Original-Recipient: rfc822;j.harrow@harrowlettings.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.harrowlettings.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <j.harrow@harrowlettings.co.uk>: Recipient
    address rejected: User unknown in virtual mailbox table
"""),
      MessagePart(_orig, 'Undelivered Message')],
      '4F2A81C0B2.1760432531/mail.kilowattclarity.co.uk', '; report-type=delivery-status',
      preamble='This is a MIME-encapsulated message.'),
  notes='Postfix bounce (multipart/report with the offer attached)')

r(id='r028', lang='en', decision='automatic', staff='ashworth',
  frm=('Dr Anjali Shah', 'a.shah@riversidedentalstudio.co.uk'),
  subject='Return Receipt (displayed) - Re: Label printer', date='2025-04-04 08:31 +0100', client='thunderbird',
  headers=[('Auto-Submitted', 'auto-replied')],
  root=Multipart('report', [
      TextPart("""\
This is a Return Receipt for the mail that you sent to a.shah@riversidedentalstudio.co.uk.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""",
               'plain', 'UTF-8', '7bit', flowed=False),
      RawPart(['Content-Type: message/disposition-notification; name="MDNPart2.txt"',
               'Content-Disposition: inline', 'Content-Transfer-Encoding: 7bit'], """\
Reporting-UA: riversidedentalstudio.co.uk; Mozilla Thunderbird
Final-Recipient: rfc822;a.shah@riversidedentalstudio.co.uk
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % msgid('r028-offer', 'molarsystems.co.uk')),
      RawPart(['Content-Type: text/rfc822-headers; name="MDNPart3.txt"', 'Content-Disposition: inline',
               'Content-Transfer-Encoding: 7bit'], """\
From: Tom Ashworth <tom.ashworth@molarsystems.co.uk>
To: Dr Anjali Shah <a.shah@riversidedentalstudio.co.uk>
Subject: Re: Label printer
Date: Thu, 03 Apr 2025 16:02:40 +0100
Message-ID: %s
""" % msgid('r028-offer', 'molarsystems.co.uk'))],
      boundary('r028', 'thunderbird'), '; report-type=disposition-notification'),
  notes='read receipt saying there is no guarantee the message was read')

r(id='r029', lang='en', decision='automatic', staff='owen',
  frm=('Linda Carver', 'l.carver@northgate-logistics.co.uk'), subject='Automatic reply: RE: ESOS - site visit dates',
  date='2025-10-24 09:14 +0100', client='outlook', style='outlook', mime='alt', cte='quoted-printable', eol='\r\n',
  headers=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')],
  text="""\
Thank you for your email. I am out of the office until Monday 3 November with limited access to email.

For anything urgent please contact my colleague Mark Fenton on 0117 496 0191 or facilities@northgate-logistics.co.uk.

Kind regards,
Linda Carver
Facilities Manager
Northgate Logistics Ltd
""",
  notes='Exchange out-of-office (does not quote the offer)')

r(id='r030', lang='en', decision='automatic', staff='owen',
  frm=('Richard Holt (via Sentinel Verify)', 'verify@sentinel-verify.example'),
  subject='Please verify your message to richard.holt@holtfarm.co.uk: Re: Solar PV payback - Holt Farm',
  date='2025-05-19 14:22 +0100', mime='html', cs='us-ascii', cte='quoted-printable', style='gmail',
  headers=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')],
  text="""\
Hello,

You recently sent a message to richard.holt@holtfarm.co.uk with the subject "Re: Solar PV payback - Holt Farm".

To cut down on junk mail, this mailbox only accepts messages from approved senders. Please click the link below to confirm that you are a real person. You only need to do this once.

https://verify.sentinel-verify.example/c/8f3a2b91c4e7

If you do not verify within 72 hours, your message will be deleted without being read.

This is an automated message - please do not reply.
Sentinel Verify
""",
  notes='challenge-response spam filter')

# --- German ----------------------------------------------------------------

_o = offer('de', 'weil', 'Sehr geehrte Frau Sch\u00e4fer,',
           'vielen Dank f\u00fcr die \u00dcbersendung des Bescheids. Die Pr\u00fcfung der Einw\u00e4nde und ein '
           'Entwurf der Erwiderung w\u00fcrden etwa 5 Stunden zu je 340 \u20ac in Anspruch nehmen. Soll ich damit '
           'beginnen?')
r(id='r031', lang='de', decision='accept', staff='weil', frm=('Petra Sch\u00e4fer', 'p.schaefer@hollmann-antriebe.de'),
  subject='AW: Pr\u00fcfungsbescheid DE 10 2023 118 422.7', date='2025-03-20 08:47 +0100', client='outlook',
  style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable', eol='\r\n', html_lang='DE',
  content_language='de-DE',
  text=outlook_below("""\
Sehr geehrter Herr Dr. Weil,

passt, bitte loslegen. Herr Hollmann ist einverstanden.

Mit freundlichen Gr\u00fc\u00dfen

Petra Sch\u00e4fer
Assistenz der Gesch\u00e4ftsf\u00fchrung
Hollmann Antriebstechnik GmbH""", 'de', 'weil', ('Petra Sch\u00e4fer', 'p.schaefer@hollmann-antriebe.de'),
                     'Mittwoch, 19. M\u00e4rz 2025 17:05', 'AW: Pr\u00fcfungsbescheid DE 10 2023 118 422.7', _o),
  notes='plain accept')

_o = offer('de', 'brenner', 'Guten Tag Frau Dr. K\u00f6rner,',
           'die Pr\u00fcfung der TI-Anforderungen der KZV und das Ausf\u00fcllen des Formulars w\u00fcrden etwa '
           '2 Stunden zu je 98 \u20ac dauern. Soll ich das \u00fcbernehmen?', 'Viele Gr\u00fc\u00dfe')
r(id='r032', lang='de', decision='accept', staff='brenner', frm=('Dr. Sabine K\u00f6rner', 'praxis@dr-koerner-aachen.de'),
  subject='Re: Fwd: Nachweis TI-Anbindung und eRezept bis 30.06.2025', date='2025-06-03 12:10 +0200',
  client='gmail', mime='alt', cte='quoted-printable',
  text=below('Ja, machen Sie das bitte so. Die Rechnung bitte wie immer an die Praxis, nicht an mich privat.\n\n'
             'Gru\u00df\nSabine K\u00f6rner',
             'Am Di., 3. Juni 2025 um 09:14 Uhr schrieb Lukas Brenner <l.brenner@molarsystems.de>:', _o),
  notes='accept with an invoicing instruction')

_o = offer('de', 'vogt', 'Sehr geehrter Herr Kr\u00e4mer,',
           'ein hydraulischer Abgleich f\u00fcr das Mehrfamilienhaus in der Wiehre w\u00fcrde etwa 6 Stunden zu je '
           '105 \u20ac dauern. Soll ich einen Termin einplanen?')
r(id='r033', lang='de', decision='decline', staff='vogt', frm=('Thomas Kr\u00e4mer', 'info@hv-kraemer-freiburg.de'),
  subject='Re: Hydraulischer Abgleich Wiehre', date='2025-11-12 16:02 +0100', client='apple', style='apple',
  mime='alt', cte='quoted-printable',
  text=below('Nein danke, das macht unser Heizungsbauer im Rahmen der Wartung ohnehin mit.\n\nMfG\nT. Kr\u00e4mer\n'
             'Hausverwaltung Kr\u00e4mer',
             'Am 12.11.2025 um 10:20 schrieb Katrin Vogt <k.vogt@kilowattclarity.de>:', _o),
  notes='decline: someone else does it')

_o = offer('de', 'weil', 'Sehr geehrter Herr Vogel,',
           'eine Recherche zum Stand der Technik f\u00fcr Ihr Schlie\u00dfsystem w\u00fcrde etwa 4 Stunden zu je '
           '340 \u20ac dauern. Soll ich damit beginnen?')
r(id='r034', lang='de', decision='unclear', staff='weil', frm=('Markus Vogel', 'm.vogel@velosafe.de'),
  subject='Re: Recherche Schlie\u00dfsystem', date='2025-04-15 18:33 +0200', client='thunderbird',
  style='thunderbird', mime='plain', cte='8bit', flowed=True,
  text=below('Ja, grunds\u00e4tzlich schon \u2013 aber ginge das auch pauschal f\u00fcr 800 \u20ac? Mehr ist dieses '
             'Quartal nicht im Budget.\n\nGru\u00df\nMarkus Vogel',
             'Am 15.04.25 um 11:02 schrieb Dr. Jonas Weil:', _o),
  notes='first word "Ja" but a counter-offer')

r(id='r035', lang='de', decision='automatic', staff='weil', frm=('Petra Sch\u00e4fer', 'p.schaefer@hollmann-antriebe.de'),
  subject='Automatische Antwort: AW: Erwiderung DPMA - Kostensch\u00e4tzung', date='2025-08-05 10:12 +0200',
  client='outlook', style='outlook', mime='alt', cs='iso-8859-1', cte='quoted-printable', html_lang='DE',
  content_language='de-DE', headers=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')],
  text="""\
Sehr geehrte Damen und Herren,

vielen Dank f\u00fcr Ihre Nachricht. Ich bin bis einschlie\u00dflich 22.08.2025 nicht im B\u00fcro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden F\u00e4llen wenden Sie sich bitte an meine Kollegin Frau Lange (Tel. +49 7541 9876-12, s.lange@hollmann-antriebe.de).

Mit freundlichen Gr\u00fc\u00dfen
Petra Sch\u00e4fer
""",
  notes='German Exchange out-of-office')

# --- French ----------------------------------------------------------------

_o = offer('fr', 'camille', 'Bonjour L\u00e9a,',
           "Relire le contrat du domaine et n\u00e9gocier la clause d'annulation me prendrait environ 2 heures \u00e0 "
           "85 \u20ac de l'heure. Tu veux que je m'en occupe ?", 'Belle journ\u00e9e,')
r(id='r036', lang='fr', decision='accept', staff='camille', frm=('L\u00e9a Fontaine', 'lea.fontaine@gmail.com'),
  subject='Re: Photographe + contrat domaine', date='2025-06-18 12:40 +0200', client='gmail', mime='alt',
  cte='quoted-printable',
  text=below("Vas-y Camille, c'est bon pour nous ! Merci \U0001F64F\n\nL\u00e9a",
             'Le mer. 18 juin 2025 \u00e0 09:30, Camille Roux <camille@fleuretfable.com> a \u00e9crit :', _o),
  notes='informal accept')

_o = offer('fr', 'camille', 'Coucou Manon,',
           "Organiser le buffet de desserts avec le traiteur et un second p\u00e2tissier me prendrait environ "
           "3 heures \u00e0 85 \u20ac de l'heure. Tu veux que je m'en occupe ?", 'Bises,')
r(id='r037', lang='fr', decision='decline', staff='camille', frm=('Manon Leroy', 'manon.leroy@icloud.com'),
  subject='Re: Desserts + plan de table', date='2025-06-11 19:22 +0200', client='iphone', style='apple',
  mime='plain', cte='quoted-printable',
  text=below("Non merci, finalement on s'en occupe nous-m\u00eames avec ma s\u0153ur \U0001F60A\n\n"
             "Envoy\u00e9 de mon iPhone",
             'Le 11 juin 2025 \u00e0 10:14, Camille Roux <camille@fleuretfable.com> a \u00e9crit :', _o,
             apple_ios=True),
  notes='decline: doing it themselves')

_o = offer('fr', 'claire', 'Bonjour Monsieur Girard,',
           "Refaire le DPE apr\u00e8s l'installation de la pompe \u00e0 chaleur prendrait environ 4 heures \u00e0 "
           "95 \u20ac HT de l'heure. Souhaitez-vous que je m'en charge ?")
r(id='r038', lang='fr', decision='unclear', staff='claire', frm=('Philippe Girard', 'philippe.girard69@free.fr'),
  subject='Re: Rapport audit - Villeurbanne', date='2025-06-04 21:15 +0200', client='thunderbird',
  style='thunderbird', mime='plain', cs='iso-8859-15', cte='8bit', flowed=True,
  text=below("""\
Bonjour Madame Dumas,

Est-ce que les 4 heures comprennent le d\u00e9placement \u00e0 Villeurbanne ? Sinon \u00e7a me va.

Cordialement,
Philippe Girard""", 'Le 04/06/2025 \u00e0 09:12, Claire Dumas a \u00e9crit\u00a0:', _o.replace('\u2013', '-')),
  notes='question about the quote (and an ambiguous conditional yes)')

_o = offer('fr', 'claire', 'Madame Marchand,',
           "L'audit \u00e9nerg\u00e9tique r\u00e9glementaire de la r\u00e9sidence Les Tilleuls, avec l'estimation des "
           "aides MaPrimeR\u00e9nov' Copropri\u00e9t\u00e9, repr\u00e9senterait environ 28 heures \u00e0 95 \u20ac HT de "
           "l'heure. Souhaitez-vous que nous lancions la mission ?")
r(id='r039', lang='fr', decision='unclear', staff='claire', frm=('Sylvie Marchand', 's.marchand@rhone-syndic.fr'),
  subject='RE: R\u00e9sidence Les Tilleuls - proposition', date='2025-05-26 11:30 +0200', client='outlook',
  style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable', eol='\r\n', html_lang='FR',
  content_language='fr-FR',
  text=outlook_below("""\
Madame,

Je ne peux rien engager avant la prochaine assembl\u00e9e g\u00e9n\u00e9rale, pr\u00e9vue le 15 octobre. Je reviens vers vous apr\u00e8s cette date.

Cordialement,

Sylvie Marchand
Gestionnaire de copropri\u00e9t\u00e9
Cabinet Rh\u00f4ne Syndic""", 'fr', 'claire', ('Sylvie Marchand', 's.marchand@rhone-syndic.fr'),
                     'vendredi 23 mai 2025 17:40', 'R\u00e9sidence Les Tilleuls - proposition', _o),
  notes='deferral to a date')

_o = offer('fr', 'claire', 'Bonjour Monsieur Bertin,',
           "Le DPE des quatre appartements de l'immeuble rue Bellecour prendrait environ 8 heures \u00e0 95 \u20ac HT "
           "de l'heure. Souhaitez-vous que je m'en charge ?")
_orig = offer_message('r040', 'claire', ('Pierre Bertin', 'contact@sci-bellecour.fr'), 'RE: DPE rue Bellecour',
                      '2025-09-09 14:20 +0200', _o, '\r\n')
r(id='r040', lang='fr', decision='automatic', staff='claire',
  frm=('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kilowattclarity.fr'),
  subject='Non remis\u00a0: RE: DPE rue Bellecour', date='2025-09-09 14:21 +0200', eol='\r\n', received=False,
  headers=[('Auto-Submitted', 'auto-replied'), ('Content-Language', 'fr-FR'),
           ('X-MS-Exchange-Message-Is-Ndr', '')],
  root=Multipart('report', [
      Multipart('alternative', [
          TextPart("""\
Votre message n'a pas pu \u00eatre remis \u00e0 contact@sci-bellecour.fr, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.

Comment r\u00e9soudre ce probl\u00e8me
V\u00e9rifiez que l'adresse de messagerie du destinataire est correcte, puis renvoyez le message. Si le probl\u00e8me persiste, contactez le support technique du destinataire.

Plus d'informations pour les administrateurs de messagerie

Serveur de g\u00e9n\u00e9ration : PA4P190MB1234.EURP190.PROD.OUTLOOK.COM

contact@sci-bellecour.fr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", 'plain', 'utf-8', 'quoted-printable'),
          TextPart("""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Segoe UI">Votre message n'a pas pu \u00eatre remis \u00e0 contact@sci-bellecour.fr, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.</font></b></p>
<p><font size="2" face="Segoe UI">V\u00e9rifiez que l'adresse de messagerie du destinataire est correcte, puis renvoyez le message.</font></p>
<p><font size="2" face="Consolas">Serveur de g\u00e9n\u00e9ration : PA4P190MB1234.EURP190.PROD.OUTLOOK.COM<br>
contact@sci-bellecour.fr<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>
</body></html>""", 'html', 'utf-8', 'quoted-printable')], boundary('r040alt', 'outlook')),
      RawPart(['Content-Type: message/delivery-status'], """\
Reporting-MTA: dns;PA4P190MB1234.EURP190.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.kilowattclarity.fr
Arrival-Date: Tue, 9 Sep 2025 12:20:51 +0000

Final-Recipient: rfc822;contact@sci-bellecour.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
      MessagePart(_orig)],
      boundary('r040', 'outlook'), '; report-type=delivery-status'),
  notes='Exchange bounce (non-delivery report) in French')

# --- Spanish ---------------------------------------------------------------

_o = offer('es', 'tomas', 'Estimada Guadalupe:',
           'Buscar el acta de nacimiento de su abuelo en el Registro Civil de Ourense y, si hace falta, en los '
           'libros parroquiales de San Xo\u00e1n de R\u00edo llevar\u00eda unas 5 horas a 60 \u20ac la hora. '
           '\u00bfQuiere que me ponga con ello?')
r(id='r041', lang='es', decision='accept', staff='tomas', frm=('Guadalupe Ferreiro', 'lupita.ferreiro@hotmail.com'),
  subject='Re: Acta de nacimiento de mi abuelo (Ourense, 1920)', date='2025-02-07 09:05 -0600', client='gmail',
  mime='alt', cte='quoted-printable',
  text=below('Perfecto, adelante. Muchas gracias, Tom\u00e1s.\n\nSaludos,\nGuadalupe',
             'El vie, 7 feb 2025 a las 4:15, Tom\u00e1s Aguilar (<tomas@raizeseregistos.pt>) escribi\u00f3:', _o),
  notes='plain accept')

_o = offer('es', 'tomas', 'Estimada Carmen:',
           'Pedir el acta de defunci\u00f3n de su abuelo y localizar la partida de matrimonio llevar\u00eda unas '
           '3 horas a 60 \u20ac la hora. \u00bfQuiere que me ponga con ello?')
r(id='r042', lang='es', decision='accept', staff='tomas', frm=('Carmen Vilari\u00f1o', 'carmen.vilarino@telefonica.net'),
  subject='Re: Bautismo en Betanzos', date='2025-05-08 17:50 +0200', client='gmail', mime='plain',
  cte='quoted-printable',
  text=below('S\u00ed, s\u00ed, h\u00e1galo. Pero no pase de las 3 horas, por favor.\n\nCarmen',
             'El mi\u00e9, 7 may 2025 a las 12:30, Tom\u00e1s Aguilar (<tomas@raizeseregistos.pt>) escribi\u00f3:', _o),
  notes='accept with a cap equal to the estimate')

_o = offer('es', 'tomas', 'Estimado Mart\u00edn:',
           'Encargar la traducci\u00f3n jurada del certificado de nacimiento argentino y revisarla llevar\u00eda unas '
           '2 horas a 60 \u20ac la hora, m\u00e1s el coste del traductor. \u00bfQuiere que me ponga con ello?')
r(id='r043', lang='es', decision='decline', staff='tomas', frm=('Mart\u00edn Ruiz Bianchi', 'martin.ruizb@gmail.com'),
  subject='RE: Expediente Ruiz - traducci\u00f3n', date='2025-06-13 10:40 +0200', client='outlook', style='outlook',
  mime='alt', cs='windows-1252', cte='8bit', html_cte='quoted-printable', eol='\r\n', html_lang='ES',
  content_language='es-ES',
  text=outlook_below('No, gracias. Al final mi primo consigui\u00f3 la traducci\u00f3n por su cuenta en Buenos Aires.'
                     '\n\nUn saludo,\nMart\u00edn', 'es', 'tomas',
                     ('Mart\u00edn Ruiz Bianchi', 'martin.ruizb@gmail.com'), 'jueves, 12 de junio de 2025 16:02',
                     'Expediente Ruiz - traducci\u00f3n', _o, sep='-----Mensaje original-----'),
  notes='plain decline')

_o = offer('es', 'tomas', 'Estimado Jos\u00e9 Luis:',
           'Pedir el acta de defunci\u00f3n de su abuelo llevar\u00eda 1 hora y la b\u00fasqueda de los bisabuelos en '
           'Mondo\u00f1edo unas 6 horas, ambas a 60 \u20ac la hora. \u00bfQuiere que haga las dos cosas?')
r(id='r044', lang='es', decision='unclear', staff='tomas', frm=('Jos\u00e9 Luis Pardo', 'jlpardo@icloud.com'),
  subject='Re: Presupuesto - abuelo y bisabuelos', date='2025-10-14 13:10 +0200', client='iphone', style='apple',
  mime='plain', cte='quoted-printable',
  text=below('Lo del abuelo s\u00ed, lo de los bisabuelos de momento no.\n\nEnviado desde mi iPhone',
             'El 14 oct 2025, a las 12:03, Tom\u00e1s Aguilar <tomas@raizeseregistos.pt> escribi\u00f3:', _o,
             apple_ios=True),
  notes='partial yes: one item yes, the other no')

r(id='r045', lang='es', decision='automatic', staff='tomas', frm=('Mart\u00edn Ruiz Bianchi', 'martin.ruizb@gmail.com'),
  subject='Le\u00eddo: RE: Expediente Ruiz - presupuesto ap\u00f3stilla', date='2025-06-17 18:40 +0200',
  client='outlook', eol='\r\n', content_language='es-ES',
  root=Multipart('report', [
      TextPart("""\
Su mensaje

  Para: Mart\u00edn Ruiz Bianchi
  Asunto: RE: Expediente Ruiz - presupuesto ap\u00f3stilla
  Enviado: martes, 17 de junio de 2025 10:12:05 (UTC+01:00) Bruselas, Copenhague, Madrid, Par\u00eds

fue le\u00eddo el martes, 17 de junio de 2025 18:40:33 (UTC+01:00) Bruselas, Copenhague, Madrid, Par\u00eds.
""", 'plain', 'iso-8859-1', 'quoted-printable'),
      RawPart(['Content-Type: message/disposition-notification'], """\
Reporting-UA: DESKTOP-8K2M4QF; Microsoft Outlook 16.0
Final-Recipient: rfc822;martin.ruizb@gmail.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % msgid('r045-offer', 'raizeseregistos.pt'))],
      boundary('r045', 'outlook'), '; report-type=disposition-notification'),
  notes='Outlook read receipt in Spanish')

# --- Dutch -----------------------------------------------------------------

_o = offer('nl', 'ruben', 'Hoi Femke,',
           'Het uitzoeken van de backupfout en het opnieuw inrichten van de backuptaak kost ongeveer 2 uur \u00e0 '
           '\u20ac 95 per uur. Zal ik ermee aan de slag gaan?', 'Groet,')
r(id='r046', lang='nl', decision='accept', staff='ruben', frm=('Femke Hoekstra', 'femke@tandartsdemolen.nl'),
  subject='Re: backup weer rood', date='2025-10-21 09:31 +0200', client='iphone', style='apple', mime='plain',
  cte='quoted-printable',
  text=below('Akkoord, ga je gang.\n\nGroet, Femke\n\nVerstuurd vanaf mijn iPhone',
             'Op 21 okt 2025 om 09:14 heeft Ruben de Graaf <ruben@molarsystems.nl> het volgende geschreven:', _o,
             apple_ios=True),
  notes='plain accept')

_o = offer('nl', 'ruben', 'Beste Jeroen,',
           'De migratie naar de cloudversie van jullie EPD, inclusief een testmigratie en een avond ondersteuning '
           'op locatie, kost ongeveer 16 uur \u00e0 \u20ac 95 per uur. Zal ik ermee aan de slag gaan?')
r(id='r047', lang='nl', decision='decline', staff='ruben', frm=('Jeroen Bakker', 'j.bakker@mondzorgamersfoort.nl'),
  subject='RE: Cloud EPD en firewall', date='2025-09-01 08:44 +0200', client='outlook', style='outlook', mime='alt',
  cte='quoted-printable', eol='\r\n', html_lang='NL', content_language='nl-NL',
  text=outlook_below('Nee, laat maar. We doen het zelf wel, onze nieuwe assistent heeft er verstand van.\n\n'
                     'Met vriendelijke groet,\n\nJeroen Bakker\nPraktijkmanager\nMondzorg Centrum Amersfoort\n\n'
                     'Aan deze e-mail kunnen geen rechten worden ontleend.', 'nl', 'ruben',
                     ('Jeroen Bakker', 'j.bakker@mondzorgamersfoort.nl'), 'donderdag 28 augustus 2025 14:10',
                     'RE: Cloud EPD en firewall', _o),
  notes='decline: doing it themselves')

_o = offer('nl', 'smits', 'Hoi Bram,',
           'Het FTO-onderzoek naar de Signify-patenten en de merkenrecherche voor Lumio in de Benelux kosten samen '
           'ongeveer 9 uur \u00e0 \u20ac 330 per uur. Zal ik ermee aan de slag gaan?')
r(id='r048', lang='nl', decision='decline', staff='smits', frm=('Bram Willemsen', 'bram@lumio-lighting.nl'),
  subject='Re: Lumio - FTO + merk', date='2025-05-16 17:20 +0200', client='gmail', mime='alt', cte='quoted-printable',
  text=below('Ja, bedankt voor de offerte, maar we gaan toch met een ander bureau in zee. Succes!\n\nBram',
             'Op wo 14 mei 2025 om 16:20 schreef Eline Smits <e.smits@brandt-okafor.nl>:', _o),
  notes='first word "Ja" but a decline')

_o = offer('nl', 'ruben', 'Hoi Saskia,',
           'De migratie van jullie praktijksoftware naar de cloud kost ongeveer 12 uur \u00e0 \u20ac 95 per uur. '
           'Zal ik ermee aan de slag gaan?', 'Groet,')
r(id='r049', lang='nl', decision='unclear', staff='ruben', frm=('Saskia Vermeulen', 'saskia@tandartsvermeulen.nl'),
  subject='Re: Offerte cloudmigratie', date='2025-07-15 20:05 +0200', client='gmail', mime='plain',
  cte='quoted-printable',
  text=below('Kan het ook in twee delen? Eerst de agenda en de pati\u00ebntgegevens, de rest na de zomer. '
             'Wat kost dan het eerste deel?\n\nSaskia',
             'Op di 15 jul 2025 om 11:02 schreef Ruben de Graaf <ruben@molarsystems.nl>:', _o),
  notes='asks to split the job and re-price a part')

_o = offer('nl', 'ruben', 'Beste heer Bakker,',
           'Het vervangen van de firewall v\u00f3\u00f3r het verlopen van de supportlicentie kost ongeveer 4 uur \u00e0 '
           '\u20ac 95 per uur, exclusief hardware. Zal ik ermee aan de slag gaan?')
r(id='r050', lang='nl', decision='automatic', staff='ruben',
  frm=('Servicedesk Mondzorg Centrum Amersfoort', 'servicedesk@mondzorgamersfoort.nl'),
  subject='[Melding M2509 184] Ontvangstbevestiging: RE: Firewall vervangen', date='2025-09-24 11:02 +0200',
  mime='plain', cte='quoted-printable', headers=[('Auto-Submitted', 'auto-generated'), ('X-TOPdesk-Mail', 'ack')],
  text="""\
Geachte heer De Graaf,

Uw e-mail is ontvangen en geregistreerd onder meldingsnummer M2509 184. Wij nemen zo spoedig mogelijk contact met u op. Vermeld bij vragen over deze melding altijd het meldingsnummer in de onderwerpregel.

Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.

Met vriendelijke groet,
Servicedesk Mondzorg Centrum Amersfoort

--- Oorspronkelijk bericht ---
""" + _o + '\n',
  notes='ticket system acknowledgement in Dutch (quotes the offer)')

# --- Italian ---------------------------------------------------------------

_o = offer('it', 'giulia', 'Ciao Chiara,',
           'chiedere alla villa la sala per il brunch e organizzare il catering per una trentina di persone '
           "richiederebbe circa 3 ore a 85 \u20ac l'ora. Vuoi che proceda?", 'Un abbraccio,')
r(id='r051', lang='it', decision='accept', staff='giulia', frm=('Chiara Colombo', 'chiara.colombo88@gmail.com'),
  subject='Re: Brunch + fiorista', date='2025-05-29 13:02 +0200', client='gmail', mime='alt', cte='quoted-printable',
  text=below('Va benissimo, procedi pure! Grazie Giulia \u2764\ufe0f\n\nChiara',
             'Il giorno gio 29 mag 2025 alle ore 10:02 Giulia Bassi <giulia@fleuretfable.com> ha scritto:', _o),
  notes='plain accept')

_o = offer('it', 'ferri', 'Gentile Dott. Lanzoni,',
           'la verifica dei requisiti per il Conto Termico e la relazione tecnica per la sostituzione della caldaia '
           "centralizzata richiederebbero circa 6 ore a 90 \u20ac l'ora. Desidera che proceda?")
r(id='r052', lang='it', decision='accept', staff='ferri', frm=('Roberto Lanzoni', 'amministrazione@studiolanzoni.it'),
  subject='R: Condominio Via Saragozza 88 - Conto Termico', date='2025-09-26 09:10 +0200', client='outlook',
  style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable', eol='\r\n', html_lang='IT',
  content_language='it-IT',
  text=outlook_below("""\
Gentile Ing. Ferri,

confermo l'incarico alle condizioni indicate. Il verbale dell'assemblea con la delibera Le verr\u00e0 inviato a parte.

Cordiali saluti,

Dott. Roberto Lanzoni
Studio Lanzoni Amministrazioni Condominiali
Tel. 051 123 4567

Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.""",
                     'it', 'ferri', ('Roberto Lanzoni', 'amministrazione@studiolanzoni.it'),
                     'mercoled\u00ec 24 settembre 2025 15:30', 'R: Condominio Via Saragozza 88 - Conto Termico', _o),
  notes='formal accept')

_o = offer('it', 'giulia', 'Ciao Martina,',
           "rinegoziare il preventivo del fiorista e cercare un'alternativa richiederebbe circa 2 ore a 85 \u20ac "
           "l'ora. Vuoi che proceda?", 'Un abbraccio,')
r(id='r053', lang='it', decision='decline', staff='giulia', frm=('Martina De Luca', 'martina.deluca@icloud.com'),
  subject='Re: Preventivo fiorista', date='2025-06-25 18:12 +0200', client='iphone', style='apple', mime='plain',
  cte='quoted-printable',
  text=below('Grazie, ma non serve pi\u00f9: il fiorista ci ha gi\u00e0 fatto lo sconto da solo \U0001F60A\n\n'
             'Inviato da iPhone',
             'Il giorno 25 giu 2025, alle ore 09:30, Giulia Bassi <giulia@fleuretfable.com> ha scritto:', _o,
             apple_ios=True),
  notes='decline: not needed any more')

_o = offer('it', 'ferri', 'Gentile sig. Righi,',
           'il parere tecnico sul preventivo del cappotto termico, con verifica delle trasmittanze e dei prezzi, '
           "richiederebbe circa 4 ore a 90 \u20ac l'ora. Desidera che proceda?")
r(id='r054', lang='it', decision='unclear', staff='ferri', frm=('Paolo Righi', 'paolo.righi@libero.it'),
  subject='Re: I: Preventivo n. 2025/214 - cappotto termico Via Emilia 112', date='2025-10-08 15:40 +0200',
  client='apple', style='apple', mime='alt', cte='quoted-printable',
  text=below('Si pu\u00f2 fare a 300 euro tutto compreso? Altrimenti ci penso un attimo.\n\nPaolo',
             'Il giorno 8 ott 2025, alle ore 12:15, Marco Ferri <marco.ferri@kilowattclarity.it> ha scritto:', _o),
  notes='counter-offer')

_o = offer('it', 'giulia', 'Ciao Sofia,',
           'prenotare truccatrice e parrucchiera per le cinque damigelle e coordinare gli orari richiederebbe circa '
           "2 ore a 85 \u20ac l'ora. Vuoi che proceda?", 'Un abbraccio,')
r(id='r055', lang='it', decision='unclear', staff='giulia', frm=('Sofia Greco', 'sofia.greco@gmail.com'),
  subject='Re: Trucco e parrucco damigelle', date='2025-07-03 22:31 +0200', client='gmail', mime='alt',
  cte='quoted-printable',
  text=below('No, aspetta: prima devo sentire Luca, ti faccio sapere entro luned\u00ec.\n\nSofia',
             'Il giorno gio 3 lug 2025 alle ore 17:45 Giulia Bassi <giulia@fleuretfable.com> ha scritto:', _o),
  notes='first word "No" but a deferral')

# --- Portuguese ------------------------------------------------------------

_o = offer('pt', 'ines', 'Caro Sr. Fonseca,',
           'Pedir a certid\u00e3o de casamento e pesquisar o registo de \u00f3bito do seu bisav\u00f4 levaria cerca de '
           '4 horas a 60 \u20ac por hora, mais os emolumentos. Quer que avance?')
r(id='r056', lang='pt', decision='accept', staff='ines', frm=('Joaquim Fonseca', 'jfonseca@netcabo.pt'),
  subject='Re: Assento de nascimento - Viseu', date='2025-06-13 11:02 +0100', client='apple', style='apple',
  mime='plain', cte='quoted-printable',
  text=below('Pode avan\u00e7ar, In\u00eas. Obrigado!\n\nJoaquim Fonseca',
             'A 13/06/2025, \u00e0s 10:05, In\u00eas Marques <ines@raizeseregistos.pt> escreveu:', _o),
  notes='plain accept (pt-PT)')

_o = offer('pt', 'ines', 'Caro Sr. Teixeira,',
           'A tradu\u00e7\u00e3o certificada do assento de nascimento ingl\u00eas levaria cerca de 3 horas a 60 \u20ac '
           'por hora. Quer que avance?')
r(id='r057', lang='pt', decision='decline', staff='ines', frm=('Rui Teixeira', 'rui.teixeira@teixeiraefilhos.pt'),
  subject='RE: Quest\u00f5es pendentes', date='2025-07-03 09:40 +0100', client='outlook', style='outlook', mime='alt',
  cs='windows-1252', cte='quoted-printable', eol='\r\n', html_lang='PT', content_language='pt-PT',
  text=outlook_below("""\
Cara Dra. In\u00eas,

N\u00e3o vale a pena, a minha prima j\u00e1 tratou disso no consulado de Londres. Obrigado na mesma.

Cumprimentos,
Rui Teixeira""", 'pt', 'ines', ('Rui Teixeira', 'rui.teixeira@teixeiraefilhos.pt'),
                     'quarta-feira, 2 de julho de 2025 16:20', 'RE: Quest\u00f5es pendentes', _o),
  notes='decline: done elsewhere')

_o = offer('pt', 'ines', 'Ol\u00e1 Renata,',
           'Localizar o registro de batismo do seu bisav\u00f4 nas freguesias de Arcos de Valdevez (nascido em 1898, '
           'segundo o seu e-mail) levaria cerca de 5 horas a 60 \u20ac por hora. Quer que eu siga em frente?',
           'Um abra\u00e7o,')
r(id='r058', lang='pt', decision='unclear', staff='ines', frm=('Renata Sampaio', 'renata.sampaio@gmail.com'),
  subject='Re: Bisav\u00f4 Joaquim - Arcos de Valdevez', date='2025-03-12 15:22 -0300', client='gmail', mime='alt',
  cte='quoted-printable',
  text=below('S\u00f3 uma corre\u00e7\u00e3o: meu bisav\u00f4 nasceu em 1889, n\u00e3o em 1898 como eu escrevi. '
             'Isso muda o or\u00e7amento?\n\nRenata',
             'Em qua., 12 de mar. de 2025 \u00e0s 09:10, In\u00eas Marques <ines@raizeseregistos.pt> escreveu:', _o),
  notes='correction plus a question about the quote')

_o = offer('pt', 'ines', 'Ol\u00e1 Paulo,',
           'Analisar os resultados do DNA e cruzar o match de Braga com a \u00e1rvore da fam\u00edlia levaria cerca de '
           '3 horas a 60 \u20ac por hora. Quer que eu siga em frente?', 'Um abra\u00e7o,')
r(id='r059', lang='pt', decision='unclear', staff='ines', frm=('Paulo Mendes', 'paulo.mendes.nj@outlook.com'),
  subject='RE: DNA match Portugal', date='2025-10-04 19:12 -0400', client='outlook', style='outlook', mime='html',
  cte='quoted-printable', html_lang='PT-BR', content_language='pt-BR',
  text=outlook_below('Deixa eu pensar e te respondo semana que vem, t\u00e1? T\u00f4 meio apertado este m\u00eas.\n\n'
                     'Abs,\nPaulo', 'pt-br', 'ines', ('Paulo Mendes', 'paulo.mendes.nj@outlook.com'),
                     'sexta-feira, 3 de outubro de 2025 10:30', 'DNA match Portugal', _o,
                     sep='________________________________'),
  notes='let me think (pt-BR)')

r(id='r060', lang='pt', decision='automatic', staff='ines', frm=('Renata Sampaio', 'renata.sampaio@gmail.com'),
  subject='Re: Or\u00e7amento - registro de batismo', date='2025-03-18 08:02 -0300', client='gmail', mime='alt',
  cte='quoted-printable', headers=[('Auto-Submitted', 'auto-replied')],
  text="""\
Ol\u00e1! Estou de f\u00e9rias at\u00e9 21/03, com acesso limitado ao e-mail. Responderei assim que poss\u00edvel ap\u00f3s o meu retorno.

Em caso de urg\u00eancia, ligue para (41) 99876-5432.

Abra\u00e7os,
Renata Sampaio
""",
  notes='Gmail vacation responder (pt-BR)')

# ==========================================================================
# main
# ==========================================================================


def main():
    qdir = os.path.join(HERE, 'questions')
    rdir = os.path.join(HERE, 'replies')
    for d in (qdir, rdir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    ids = [c['id'] for c in Q] + [c['id'] for c in R]
    assert len(ids) == len(set(ids)), 'duplicate ids'
    for c in Q:
        exp = {'questions': list(c['questions']), 'quoted': list(c['quoted'])}
        if c['questions']:
            exp['language'] = c['lang']
        write_case(qdir, c, exp)
    for c in R:
        write_case(rdir, c, {'decision': c['decision']})
    # summary
    langs = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt']
    print('questions: %d emails, %d key phrases, %d quoted, %d ask nothing' % (
        len(Q), sum(len(c['questions']) for c in Q), sum(len(c['quoted']) for c in Q),
        sum(1 for c in Q if not c['questions'])))
    for l in langs:
        qs = [c for c in Q if c['lang'] == l]
        print('  %s: %d emails, %d phrases, %d quoted, %d empty' % (
            l, len(qs), sum(len(c['questions']) for c in qs), sum(len(c['quoted']) for c in qs),
            sum(1 for c in qs if not c['questions'])))
    print('replies: %d' % len(R))
    decs = ['accept', 'decline', 'unclear', 'automatic']
    for l in langs:
        rs = [c for c in R if c['lang'] == l]
        print('  %s: %d  ' % (l, len(rs)) + '  '.join('%s %d' % (d, sum(1 for c in rs if c['decision'] == d))
                                                   for d in decs))
    print('  total: ' + '  '.join('%s %d' % (d, sum(1 for c in R if c['decision'] == d)) for d in decs))


def table():
    """Print a markdown index of the cases (pasted into README.md)."""
    print('| id | lang | firm | MIME | phrases / quoted | what it tests |')
    print('| --- | --- | --- | --- | --- | --- |')
    for c in Q:
        mime = '%s %s %s%s' % (c.get('mime', 'plain'), c.get('cs', 'utf-8'), c.get('cte', 'quoted-printable'),
                               ' CRLF' if c.get('eol') == '\r\n' else '')
        print('| %s | %s | %s | %s | %d / %d | %s |' % (c['id'], c['lang'], c['firm'], mime, len(c['questions']),
                                                     len(c['quoted']), c.get('notes', '')))
    print()
    print('| id | lang | firm | decision | what it tests |')
    print('| --- | --- | --- | --- | --- |')
    firm_of = {'helen': 'patent', 'weil': 'patent', 'smits': 'patent', 'camille': 'wedding', 'giulia': 'wedding',
               'marta': 'wedding', 'ashworth': 'dental', 'ruben': 'dental', 'brenner': 'dental',
               'ines': 'genealogy', 'tomas': 'genealogy', 'owen': 'energy', 'claire': 'energy', 'vogt': 'energy',
               'ferri': 'energy'}
    for c in R:
        print('| %s | %s | %s | %s | %s |' % (c['id'], c['lang'], firm_of[c['staff']], c['decision'],
                                            c.get('notes', '')))


if __name__ == '__main__':
    import sys
    if sys.argv[1:] == ['--table']:
        table()
    else:
        main()
