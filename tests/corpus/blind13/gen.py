#!/usr/bin/env python3
"""Blind round 13 corpus generator (stdlib only).

Writes questions/qNNN.eml + .expected.json and replies/rNNN.eml + .expected.json.
Five made-up firms:
  ac  Hartwell Acoustics Ltd (noise / acoustic consultancy, UK)
  gn  Raizes Genealogia & Cidadania (genealogy and citizenship-by-descent research, Porto)
  ar  Kessler Baumgutachten (arboricultural surveyor, Freiburg)
  ms  Le Goff Expertise Maritime (marine surveyor, Lorient)
  sb  Veldwerk Subsidieadvies (agricultural grant consultancy, Wageningen)
Run:  python3 gen.py
"""
import base64
import binascii
import email.utils
import html
import json
import os
import re
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

FIRMS = {
    'ac': ('Priya Nair', 'priya@hartwellacoustics.co.uk', 'Hartwell Acoustics Ltd'),
    'gn': ('Inês Carvalho', 'ines@raizes-genealogia.pt', 'Raízes Genealogia & Cidadania'),
    'ar': ('Dr. Martina Kessler', 'm.kessler@kessler-baumgutachten.de', 'Kessler Baumgutachten'),
    'ms': ('Yann Le Goff', 'yann@legoff-expertise.fr', 'Le Goff Expertise Maritime'),
    'sb': ('Sanne de Vries', 'sanne@veldwerk-subsidie.nl', 'Veldwerk Subsidieadvies'),
}

CLIENTS = {
    'iphone': [('X-Mailer', 'iPhone Mail (21E236)')],
    'apple': [('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)')],
    'outlook': [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdqM3x1b7Yk2c9QhS0GlWwQ1nq8zTA==')],
    'owa': [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
    'gmail': [],
    'tbird': [('User-Agent', 'Mozilla Thunderbird')],
    'android': [('X-Mailer', 'Android Mail')],
    'none': [],
}

# ---------------------------------------------------------------- quoting helpers

def q(text, level=1):
    """Prefix every line with '> ' (mail-client quoting)."""
    out = []
    for line in text.strip('\n').split('\n'):
        out.append(('>' * level + ' ' + line).rstrip() if line else '>' * level)
    return '\n'.join(out)


SEP_RE = re.compile(
    r"^\s*(-{2,}\s*(Original Message|Urspr\u00fcngliche Nachricht|Message d'origine|Mensaje original|"
    r"Oorspronkelijk bericht|Messaggio originale|Mensagem original|Forwarded message|Weitergeleitete Nachricht|"
    r"Message transf\u00e9r\u00e9|Mensaje reenviado|Doorgestuurd bericht|Messaggio inoltrato|Mensagem encaminhada|"
    r"Mensagem reencaminhada)\s*-{2,}|_{10,}\s*$|(Begin forwarded message|Anfang der weitergeleiteten Nachricht|"
    r"D\u00e9but du message r\u00e9exp\u00e9di\u00e9|Inicio del mensaje reenviado|Begin doorgestuurd bericht|"
    r"Inizio messaggio inoltrato|In\u00edcio da mensagem reencaminhada|In\u00edcio da mensagem encaminhada)\s*:)",
    re.I)
HDR1_RE = re.compile(r'^\s*\*?(From|Von|De|Van|Da)\s?:', re.I)
HDR2_RE = re.compile(r'^\s*\*?(Sent|Gesendet|Envoy\u00e9|Enviado|Verzonden|Inviato|Date|Datum|Data|Fecha)\s?\*?:', re.I)


def history_start(lines):
    """Index of the first line of unquoted (Outlook / forward) history, or None."""
    for i, line in enumerate(lines):
        if line.startswith('>'):
            continue
        if SEP_RE.match(line):
            return i
        if HDR1_RE.match(line) and any(HDR2_RE.match(l) for l in lines[i + 1:i + 4]):
            return i
    return None

# ---------------------------------------------------------------- plain -> html

BULLET_RE = re.compile(r'^\s*([-*\u2022]|\d+[.)])\s+')


def _inline(s):
    return html.escape(s, quote=False)


def _blocks(lines, mso=False):
    """Render lines (no history separator logic) to html, handling '>' quotes and bullet lists."""
    po, pc = ('<p class="MsoNormal">', '</p>') if mso else ('<div>', '</div>')
    out = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if line.startswith('>'):
            j = i
            inner = []
            while j < n and lines[j].startswith('>'):
                s = lines[j][1:]
                if s.startswith(' '):
                    s = s[1:]
                inner.append(s)
                j += 1
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + _blocks(inner, mso) + '</blockquote>')
            i = j
        elif BULLET_RE.match(line):
            ordered = bool(re.match(r'^\s*\d', line))
            j = i
            items = []
            while j < n and BULLET_RE.match(lines[j]):
                items.append('<li>' + _inline(BULLET_RE.sub('', lines[j], count=1)) + '</li>')
                j += 1
            tag = 'ol' if ordered else 'ul'
            out.append('<%s>%s</%s>' % (tag, ''.join(items), tag))
            i = j
        elif line.strip() == '':
            out.append(po + ('&nbsp;' if mso else '<br>') + pc)
            i += 1
        elif mso and re.match(r'^_{10,}$', line):
            i += 1
        elif mso and re.match(r'^(From|Sent|To|Cc|Subject|Von|Gesendet|An|Betreff|De|Envoy\u00e9|\u00c0|Objet|Enviado|Para|Asunto|Van|Verzonden|Aan|Onderwerp|Da|Inviato|A|Oggetto|Assunto) ?:', line):
            k, v = line.split(':', 1)
            out.append(po + '<b>' + _inline(k) + ':</b>' + _inline(v) + pc)
            i += 1
        else:
            out.append(po + _inline(line) + pc)
            i += 1
    return '\n'.join(out)


def to_html(text, style='gmail'):
    lines = text.split('\n')
    hs = history_start(lines)
    new, hist = (lines, []) if hs is None else (lines[:hs], lines[hs:])
    mso = style == 'outlook'
    body = _blocks(new, mso)
    if hist:
        if style == 'outlook':
            body += ('\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                     '<div id="divRplyFwdMsg" dir="ltr">' + _blocks(hist, mso) + '</div>')
        else:
            body += '\n<div class="gmail_quote">' + _blocks(hist) + '</div>'
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%CS%">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + body + '\n</div>\n</body>\n</html>\n')
    if style == 'apple':
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%CS%"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                + body + '\n</body></html>\n')
    return '<div dir="ltr">\n' + body + '\n</div>\n'

# ---------------------------------------------------------------- MIME building

BCOUNT = [0]


def boundary():
    BCOUNT[0] += 1
    return '----=_Part_%d_%08d.17%06d' % (BCOUNT[0], BCOUNT[0] * 7919 % 99999989, BCOUNT[0] * 31)


def enc_header(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode(maxlinelen=76)


def enc_addr(name, addr):
    return email.utils.formataddr((name, addr), charset='utf-8') if name else addr


def encode_text(text, charset, cte):
    """Return (cte header value, body bytes) ; body lines end with \\n."""
    if charset == 'us-ascii':
        b = text.encode('ascii')
    else:
        b = text.encode(charset)
    if cte == '7bit':
        b.decode('ascii')  # must be pure ascii
        return '7bit', b if b.endswith(b'\n') else b + b'\n'
    if cte == '8bit':
        for line in b.split(b'\n'):
            assert len(line) < 990, 'line too long for 8bit'
        return '8bit', b if b.endswith(b'\n') else b + b'\n'
    if cte == 'qp':
        out = binascii.b2a_qp(b, quotetabs=False, istext=True, header=False)
        return 'quoted-printable', out if out.endswith(b'\n') else out + b'\n'
    if cte == 'b64':
        return 'base64', base64.encodebytes(b)
    raise ValueError(cte)


def text_part(text, subtype, charset, cte, extra=None):
    cte_name, body = encode_text(text, charset, cte)
    hdrs = 'Content-Type: text/%s; charset="%s"\n' % (subtype, charset)
    if subtype == 'plain' and extra == 'flowed':
        hdrs = 'Content-Type: text/plain; charset="%s"; format=flowed\n' % charset
    hdrs += 'Content-Transfer-Encoding: %s\n' % cte_name
    return hdrs.encode('ascii') + b'\n' + body


def fake_bytes(kind, seed):
    if kind == 'pdf':
        s = ('%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
             '%% blind13 attachment %s\n' % seed)
        return s.encode('latin-1') + bytes((i * 37 + len(seed)) % 256 for i in range(900)) + b'\n%%EOF\n'
    if kind == 'jpg':
        return b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01' + bytes((i * 13 + len(seed)) % 256 for i in range(1500)) + b'\xff\xd9'
    return ('PK\x03\x04 %s ' % seed).encode() + bytes((i * 7) % 256 for i in range(700))


MIMETYPES = {'pdf': 'application/pdf', 'jpg': 'image/jpeg', 'jpeg': 'image/jpeg',
             'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
             'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'heic': 'image/heic'}


def attach_part(filename):
    ext = filename.rsplit('.', 1)[1].lower()
    ctype = MIMETYPES[ext]
    data = fake_bytes('jpg' if ext in ('jpg', 'jpeg', 'heic') else ext, filename)
    try:
        filename.encode('ascii')
        disp = 'attachment; filename="%s"' % filename
        ct = '%s; name="%s"' % (ctype, filename)
    except UnicodeEncodeError:
        from urllib.parse import quote as uq
        disp = "attachment;\n filename*=utf-8''%s" % uq(filename)
        ct = '%s;\n name="%s"' % (ctype, Header(filename, 'utf-8').encode())
    hdrs = 'Content-Type: %s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n' % (ct, disp)
    return hdrs.encode('ascii') + b'\n' + base64.encodebytes(data)


def multipart(subtype, parts, extra_params=''):
    b = boundary()
    out = ('Content-Type: multipart/%s;%s\n boundary="%s"\n\n' % (subtype, extra_params, b)).encode('ascii')
    if subtype == 'mixed':
        out += b'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        out += ('--%s\n' % b).encode('ascii') + p + b'\n'
    out += ('--%s--\n' % b).encode('ascii')
    return out


def build_body(text, fmt, charset, cte, html_style, attachments, html_text=None, flowed=False):
    html_src = html_text if html_text is not None else to_html(text, html_style)
    html_src = html_src.replace('%CS%', charset)
    if fmt == 'plain':
        core = text_part(text, 'plain', charset, cte, 'flowed' if flowed else None)
    elif fmt == 'html':
        core = text_part(html_src, 'html', charset, cte)
    elif fmt == 'alt':
        core = multipart('alternative', [text_part(text, 'plain', charset, cte, 'flowed' if flowed else None),
                                         text_part(html_src, 'html', charset, cte)])
    else:
        raise ValueError(fmt)
    if attachments:
        return multipart('mixed', [core] + [attach_part(a) for a in attachments])
    return core


def write_msg(path, headers, body, eol):
    out = b''
    for k, v in headers:
        out += ('%s: %s\n' % (k, v)).encode('ascii')
    out += b'MIME-Version: 1.0\n'
    raw = out + body
    if eol == 'crlf':
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(path, 'wb') as f:
        f.write(raw)


def write_json(path, obj):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write('\n')

# ---------------------------------------------------------------- dates / ids

def mkdate(n, hour=9, minute=0, tz='+0000', start=(2025, 3, 17)):
    # questions: 17-30 March 2025 (after the quoted history); replies: 15-26 March 2025 (after the offer of 14 March)
    import datetime
    d = datetime.date(*start) + datetime.timedelta(days=n)
    wd = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]
    mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month - 1]
    return '%s, %d %s %d %02d:%02d:%02d %s' % (wd, d.day, mon, d.year, hour, minute, (n * 17) % 60, tz)


QUESTIONS = []
REPLIES = []


def Q(name, lang, firm, frm, subj, body, qs, quoted=(), fmt='plain', cs='utf-8', cte='8bit', eol='lf',
      client='gmail', att=(), html=None, hstyle=None, cc=None, extra=(), flowed=False, tz='+0000'):
    QUESTIONS.append(dict(name=name, lang=lang, firm=firm, frm=frm, subj=subj, body=body, qs=list(qs),
                          quoted=list(quoted), fmt=fmt, cs=cs, cte=cte, eol=eol, client=client, att=list(att),
                          html=html, hstyle=hstyle, cc=cc, extra=list(extra), flowed=flowed, tz=tz))


def R(name, lang, firm, frm, subj, body, decision, fmt='plain', cs='utf-8', cte='8bit', eol='lf',
      client='gmail', att=(), html=None, hstyle=None, extra=(), raw=None, frm_override=None, flowed=False,
      tz='+0000'):
    REPLIES.append(dict(name=name, lang=lang, firm=firm, frm=frm, subj=subj, body=body, decision=decision,
                        fmt=fmt, cs=cs, cte=cte, eol=eol, client=client, att=list(att), html=html, hstyle=hstyle,
                        extra=list(extra), raw=raw, frm_override=frm_override, flowed=flowed, tz=tz))


def default_hstyle(client):
    return {'outlook': 'outlook', 'owa': 'outlook', 'apple': 'apple', 'iphone': 'apple'}.get(client, 'gmail')


def emit_question(i, e):
    fname, faddr, _ = FIRMS[e['firm']]
    name, addr = e['frm']
    mid = '<%s.%d@%s>' % (e['name'], 4711 + i, addr.split('@')[1])
    if e['tz'] == '+0000' and e['lang'] in ('de', 'fr', 'nl', 'it', 'es'):
        e['tz'] = '+0100'
    headers = [('Return-Path', '<%s>' % addr), ('Date', mkdate(i % 14, 7 + i % 12, (i * 7) % 60, e['tz'])),
               ('From', enc_addr(name, addr)), ('To', enc_addr(fname, faddr))]
    if e['cc']:
        headers.append(('Cc', enc_addr(*e['cc'])))
    headers += [('Subject', enc_header(e['subj'])), ('Message-ID', mid)]
    headers += CLIENTS[e['client']] + e['extra']
    body = build_body(e['body'], e['fmt'], e['cs'], e['cte'], e['hstyle'] or default_hstyle(e['client']), e['att'],
                      e['html'], e['flowed'])
    write_msg(os.path.join(HERE, 'questions', e['name'] + '.eml'), headers, body, e['eol'])
    exp = {'questions': e['qs'], 'quoted': e['quoted']}
    if e['qs']:
        exp['language'] = e['lang']
    write_json(os.path.join(HERE, 'questions', e['name'] + '.expected.json'), exp)


def emit_reply(i, e):
    fname, faddr, _ = FIRMS[e['firm']]
    name, addr = e['frm']
    dom = faddr.split('@')[1]
    offer_id = '<offer-%s.%d@%s>' % (e['name'], 900 + i, dom)
    first_id = '<%s-orig.%d@%s>' % (e['name'], 300 + i, addr.split('@')[1])
    mid = '<%s.%d@%s>' % (e['name'], 5200 + i, addr.split('@')[1])
    if e['tz'] == '+0000' and e['lang'] in ('de', 'fr', 'nl', 'it', 'es'):
        e['tz'] = '+0100'
    frm = e['frm_override'] or enc_addr(name, addr)
    rp = '<>' if addr.split('@')[0].lower() in ('mailer-daemon', 'postmaster') else '<%s>' % addr
    headers = [('Return-Path', rp),
               ('Date', mkdate(1 + i % 12, 8 + i % 11, (i * 11) % 60, e['tz'], (2025, 3, 14))),
               ('From', frm), ('To', enc_addr(fname, faddr)),
               ('Subject', enc_header(e['subj'])), ('Message-ID', mid),
               ('In-Reply-To', offer_id),
               ('References', offer_id if e['raw'] else '%s\n %s' % (first_id, offer_id))]
    headers += CLIENTS[e['client']] + e['extra']
    if e['raw'] is not None:
        body = e['raw'](offer_id, e)
    else:
        body = build_body(e['body'], e['fmt'], e['cs'], e['cte'], e['hstyle'] or default_hstyle(e['client']),
                          e['att'], e['html'], e['flowed'])
    write_msg(os.path.join(HERE, 'replies', e['name'] + '.eml'), headers, body, e['eol'])
    write_json(os.path.join(HERE, 'replies', e['name'] + '.expected.json'), {'decision': e['decision']})


# ================================================================ QUESTIONS
# ---------------- Hartwell Acoustics (en)

Q('q001', 'en', 'ac', ('Tom Bradley', 'tom.bradley77@gmail.com'), 'council again',
"""hi priya

so the council came round again last night after another complaint from the flats behind us, the officer said the bass from the friday band nights is the problem and theyre going to put a condition on the licence if we dont do something. honestly weve had bands for 20 years and nobody said a word until the new flats went up but whatever. need you to look at the letter they sent and tell us what we actually have to do, i'll scan it tonight. also can you come and measure on a friday night, the 14th or 21st would work for us

cheers
tom

Sent from my iPhone
""", ['look at the letter they sent', 'come and measure on a friday night'],
  ['look at the letter they sent', 'come and measure on a friday night'], client='iphone')

Q('q002', 'en', 'ac', ('Helen Marsh', 'h.marsh@stcolumbas-academy.org.uk'), 'Music block - acoustic testing',
"""Dear Priya,

Thank you for the helpful call on Tuesday.

Could you send us your availability for the half-term week and a copy of your insurance certificate? Our procurement policy needs both before we can raise a purchase order.

The governors have also asked me to find out whether the new music block will need acoustic testing under BB93 before it opens in September?

Please let me know if you need anything further from us.

Kind regards,

Helen Marsh
School Business Manager
St Columba's Academy | 01632 960 412
"Learning together, achieving together"

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender. Any views expressed are those of the author and do not necessarily represent those of the Trust.
""", ['send us your availability for the half-term week', 'a copy of your insurance certificate',
      'will need acoustic testing under BB93'],
  ['will need acoustic testing under BB93'], fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

Q('q003', 'en', 'ac', ('Dean Kowalski', 'dean@ironyardgym.co.uk'), 'floor',
"""Hi Priya, Dean here from Iron Yard, got your name from Sam at the Old Bell. Long story short we opened in January in the unit above the vape shop and the owner downstairs has been in every single day moaning that his ceiling lights shake when the lads drop deadlifts, which fair enough they do drop them, we've got the rubber tiles down already but apparently that's not enough and now the landlord is getting involved and threatening us with the lease. I mean why does everything have to be so complicated when you just want to run a gym? Anyway what sort of flooring would actually stop the thud getting into the shop below, because I've had three different salesmen tell me three different things and I'd rather hear it from someone who knows. Ring me when you're free, mornings are best before 11.

Dean
Iron Yard Strength & Conditioning
07700 900 318
No excuses. Just results.
""", ['what sort of flooring would actually stop', "Ring me when you're free"],
  ['what sort of flooring would actually stop'], cs='us-ascii', cte='7bit', client='none')

Q('q004', 'en', 'ac', ('Gareth Ellison', 'gareth.ellison@ellison-homes.co.uk'), 'Plot 14-22 Mill Lane - Condition 7 noise',
"""Priya,

Please find attached the planning decision notice for Mill Lane. Condition 7 requires a noise impact assessment (road traffic and the adjacent railway) to be submitted and approved before first occupation.

We need a fee proposal for the assessment and a realistic programme, as the first plots are due for handover in June. Can you also confirm whether you are a member of the IOA – the planning officer asked.

Regards

Gareth Ellison
Technical Director
Ellison Homes Ltd
T: 01632 960 771  M: 07700 900 562
www.ellison-homes.co.uk

Ellison Homes Ltd is registered in England & Wales no. 08123456. This e-mail is confidential. If you are not the intended recipient you must not use, copy or disclose it; please tell the sender and delete it. We do not accept liability for viruses.
""", ['need a fee proposal for the assessment', 'whether you are a member of the IOA'],
  ['need a fee proposal for the assessment'], fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook',
  att=['Decision Notice 24-01187-FUL.pdf'])

Q('q005', 'en', 'ac', ('Tom Bradley', 'tom.bradley77@gmail.com'), 'Re: Noise management plan - The Old Bell',
"""Thanks Priya, report received and forwarded to the licensing team. Fingers crossed they leave us alone now!

Have a good weekend

Tom

On Fri, 14 Mar 2025 at 10:02, Priya Nair <priya@hartwellacoustics.co.uk> wrote:
""" + q("""Hi Tom,

Please find attached the final noise management plan. Could you confirm receipt and let me know once it's gone to the council?

Best wishes
Priya

--
Priya Nair MIOA
Hartwell Acoustics Ltd
""") + '\n', [], fmt='alt', client='gmail')

Q('q006', 'en', 'ac', ('Margaret Owusu', 'margaret.owusu@yahoo.co.uk'), 'Noise from upstairs flat',
"", ['any point recording it on my phone', 'write a letter to the landlord'],
  ['write a letter to the landlord'], fmt='html', cs='utf-8', cte='qp', client='none',
  html="""<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">
<div>Dear Ms Nair,</div><div><br></div>
<div>I was given your details by the Citizens Advice bureau. I live in the ground floor flat at 22 Holloway Court and since October the new tenants above me have had a washing machine and what sounds like a treadmill going at all hours. The times I have noted down so far are:</div>
<ul>
<li>most nights between 11.30pm and 1am</li>
<li>Sunday mornings from 6am (every week)</li>
<li>the washing machine on spin at 2am on at least four occasions</li>
</ul>
<div>Is there any point recording it on my phone, or does it have to be proper equipment to count as evidence?</div><div><br></div>
<div>I would also like you to write a letter to the landlord explaining what the regulations say about this, as he doesn&#39;t answer my calls.</div><div><br></div>
<div>Thank you for reading this.</div><div>Margaret Owusu</div>
</div></body></html>
""")

Q('q007', 'en', 'ac', ('Sunita Patel', 'sunita@thecopperkettle.co.uk'), 'Fwd: Noise Management Plan - The Copper Kettle, 4 High St',
"""Hi Priya, can you deal with the below? they want it by the end of the month and I havent a clue where to start. The extractor was only put in last year!

Sunita

---------- Forwarded message ---------
From: Environmental Health <envhealth@northmoor.gov.uk>
Date: Mon, 10 Mar 2025 at 15:41
Subject: Noise Management Plan - The Copper Kettle, 4 High St
To: <sunita@thecopperkettle.co.uk>


Dear Ms Patel,

Following the complaint received on 2 March regarding noise from the kitchen extract system, we request that you submit a Noise Management Plan by 31 March 2025. Can you also tell us the make and model of the extract fan and the hours it operates?

Yours sincerely,

J. Whitfield
Environmental Health Officer
Northmoor District Council
""", ['can you deal with the below'], ['can you deal with the below'], fmt='alt', client='gmail')

Q('q008', 'en', 'ac', ('Rob Tennant', 'rob.tennant@tennantbuild.com'), 'Re: Sound insulation testing - Carrow Road conversion',
"""Hi Priya, answers below in caps

Rob

On Wed, 12 Mar 2025 at 16:20, Priya Nair <priya@hartwellacoustics.co.uk> wrote:
> Hi Rob,
>
> Thanks for the drawings. A few questions before I can book the test day:
>
> 1. Are all four flats complete, with doors and skirtings fitted?

YES ALL FOUR, DECORATORS OUT ON FRIDAY

> 2. What is the separating floor construction?

NO IDEA, ILL ASK THE BUILDER. while youre at it could you check whether the extractor on the roof needs a silencer, building control mentioned it

> 3. Will there be power on site?

yes

whats the earliest date you could start testing

> Best wishes
> Priya
""", ['check whether the extractor on the roof', 'whats the earliest date you could start'],
  ['check whether the extractor on the roof'], client='gmail')

Q('q009', 'en', 'ac', ('Claire Dunmore', 'claire.dunmore@btinternet.com'), 'Re: Proposal - beer garden noise',
"""On 11 Mar 2025, at 14:05, Priya Nair <priya@hartwellacoustics.co.uk> wrote:
""" + q("""Dear Claire,

Attached is the proposal for the beer garden assessment. Please have a read and let me know if you have any questions.

Kind regards
Priya""") + """

Great, thanks. One more thing - does your report cover the outdoor smoking shelter as well, or is that a separate job?

Claire

Sent from my iPad
""", ['does your report cover the outdoor smoking shelter'], [], client='apple', fmt='alt', cte='qp')

Q('q010', 'en', 'ac', ('Jonathan Reyes', 'jreyes@reyes-dental.co.uk'), 'Surgery soundproofing - insurer + bank',
"""Hello Priya

Works finished on Friday, the new partition is in and it's made a big difference, thank you.

Our insurer has asked: does the partition you specified meet Approved Document E, or do we need a certificate? They want an answer in writing. The bank also wants a letter on headed paper confirming the acoustic works are complete before they release the last payment.

Many thanks
Jonathan

Dr Jonathan Reyes BDS
Reyes Dental Care
14 Abbey Street
Tel 01632 960 155
""", ['partition you specified meet Approved Document E', 'wants a letter on headed paper confirming'],
  ['wants a letter on headed paper confirming'], fmt='alt', cs='iso-8859-1', cte='8bit', client='apple')

Q('q011', 'en', 'ac', ('Tom Bradley', 'tom.bradley77@gmail.com'), 'invoice',
"""pls resend the invoice, the one you sent has the old company name on it. needs to say Bradley Leisure Ltd now not T&J Bradley

ta

Get Outlook for Android
""", ['pls resend the invoice'], [], cte='b64', client='android')

Q('q012', 'en', 'ac', ('Fiona Grant', 'fiona.grant@thegrainstore.co.uk'), 'Survey day - access details',
"""Hi Priya,

As discussed, here are the details for Thursday's survey:

- Opening hours Mon-Thu 11:00-23:00, Fri-Sat 11:00-01:00, Sun 12:00-22:00
- Car park access via the side gate, the code is 4471
- The DJ booth is on the first floor, the amp rack is in the cupboard behind it
- Ask for Marek if I'm not around

Let me know if anything else is needed.

Thanks,
Fiona

Fiona Grant | General Manager | The Grain Store
01632 960 903 | Eat. Drink. Dance.
""", [], fmt='alt', cs='utf-8', cte='qp', eol='crlf', client='outlook')

# ---------------- Raizes genealogy (en)

Q('q013', 'en', 'gn', ('Karen Medeiros-Hill', 'kmedeiroshill@outlook.com'), 'Portuguese citizenship - great-grandfather from Terceira',
"""Hello Ines,

My name is Karen, I live in Dayton, Ohio and a friend from our church recommended you. My great-grandfather Manuel Sousa Medeiros left the Azores for New Bedford around 1905. I would like to apply for Portuguese citizenship if that is still possible for great-grandchildren.

Is it possible to find his baptism record if all I have is the parish (Sao Mateus, Terceira) and a rough year of birth, 1888? I also wondered how long the whole citizenship process takes these days.

Hope the weather in Porto is nicer than in Ohio right now!

Thank you so much,
Karen Medeiros-Hill
(937) 555-0142
""", ['possible to find his baptism record', 'how long the whole citizenship process takes'],
  ['possible to find his baptism record'], fmt='alt', cte='qp', client='outlook')

Q('q014', 'en', 'gn', ('Laura Pinto', 'laura.pinto@icloud.com'), 'Fwd: grandpa papers',
"""Ines, my brother sent me these from my aunt's attic. Can you look at the documents he found and tell us if they are enough for the application? Photos attached, sorry they're sideways

Laura

Sent from my iPhone

Begin forwarded message:

> From: Michael Pinto <mikepinto82@gmail.com>
> Date: 9 March 2025 at 21:14:07 EST
> To: Laura Pinto <laura.pinto@icloud.com>
> Subject: grandpa papers
>
> Found a box with his passport from 1921 and what looks like a baptism certificate in Portuguese. Do you think this is the right guy? The dates are a bit off.
>
> Mike
""", ['look at the documents he found'], ['look at the documents he found'],
  client='iphone', att=['IMG_4471.jpg', 'IMG_4472.jpg', 'IMG_4473.jpg'])

Q('q015', 'en', 'gn', ('Robert Faria', 'rfaria@fariafamilylaw.com'), 'Next steps - Faria file',
"""Dear Ms. Carvalho,

Thank you for locating the 1899 baptism entry so quickly; my mother was thrilled.

Could you order the apostilled birth certificate from the Lisbon registry and translate my grandmother's marriage record into English? My sister will need both for her own application later this year.

Best regards,

Robert J. Faria, Esq.
Faria Family Law, P.C.
One Financial Plaza, Providence, RI
(401) 555-0187

CONFIDENTIALITY NOTICE: This message may contain privileged and confidential information. If you are not the intended recipient, please notify the sender immediately and delete this message.
""", ['order the apostilled birth certificate', "translate my grandmother's marriage record"],
  ['order the apostilled birth certificate', "translate my grandmother's marriage record"],
  fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

Q('q016', 'en', 'gn', ('Daniel Souza', 'dsouza.home@gmail.com'), 'RE: Search results - Joaquim Carvalho',
"""Found it!! Attached is the passenger list from the SS Canopic, 1907. His name is spelled Carvalhal, not Carvalho, which probably explains why you couldn't find him. Can you search the Lisbon archives again with this spelling?

Dan

________________________________
From: Inês Carvalho <ines@raizes-genealogia.pt>
Sent: Tuesday, March 11, 2025 10:32 AM
To: Daniel Souza <dsouza.home@gmail.com>
Subject: Search results - Joaquim Carvalho

Dear Daniel,

I have searched the parish registers of Vila Real for 1880-1890 and unfortunately there is no Joaquim Carvalho born to parents with the names you gave me. Do you have any other documents with his name on them, for example a ship manifest or naturalisation papers?

Best regards,
Inês Carvalho
Raízes Genealogia & Cidadania
""", ['search the Lisbon archives again'], ['search the Lisbon archives again'],
  fmt='alt', client='outlook', att=['Canopic_manifest_1907.pdf'])

Q('q017', 'en', 'gn', ('Patricia Almeida Ross', 'patross@comcast.net'), 'Grandpa Antonio - three birthdays!',
"", ['any way to get his military records'], [], fmt='html', cs='utf-8', cte='b64', client='none',
  html="""<html><body><div style="font-family: Georgia, serif; font-size: 14px">
<p>Hi Ines!</p>
<p>So I finally got the box from my cousin in Fall River and you won&#8217;t believe it: Grandpa Antonio has a different birthday on his passport, his naturalization certificate and his gravestone. Who knew one man could have three different birthdays? My cousin thinks he lied about his age to get out of the army, which honestly sounds just like him.</p>
<p>Anyway I&#8217;d love to know if there&#8217;s any way to get his military records from Portugal, in case that clears it up.</p>
<p>Talk soon,<br>Pat</p>
<p style="color:#888">&#8220;Family: where life begins and love never ends.&#8221;</p>
</div></body></html>
""")

Q('q018', 'en', 'gn', ('George Mendonca', 'g.mendonca@mendonca-realty.com'), 'Consulate question',
"""Hi Ines,

Had my appointment at the consulate in Newark yesterday. The officer wants to know: was my grandfather's birth ever registered at the civil registry, or only at the church? Apparently it matters for the transcription.

Also, quick one, do you accept payment by PayPal?

Thanks
George

George Mendonca | Broker
Mendonca Realty Group
Your home is our business.
""", ["my grandfather's birth ever registered", 'do you accept payment by PayPal'],
  ["my grandfather's birth ever registered"], cs='us-ascii', cte='7bit', eol='crlf', client='apple')

# ---------------- Kessler arborist (en)

Q('q019', 'en', 'ar', ('James Whitaker', 'james.whitaker@gmx.net'), 'Walnut tree in our garden - Freiburg',
"""Dear Dr Kessler,

We moved to Freiburg from Leeds last autumn and have a large walnut tree (about 20 m) in the back garden at Wiehre. Since the storm in February there is a long crack in one of the main limbs over the neighbour's shed.

Would you be able to inspect it and tell us whether it is safe? And do we need permission from the city to cut it back, or is that only for trees in the front?

My German is still terrible, sorry for writing in English.

Best wishes,
James Whitaker
+49 160 5550 2231
""", ['inspect it and tell us whether', 'do we need permission from the city'],
  ['inspect it and tell us whether'], cs='iso-8859-1', cte='qp', client='tbird')

Q('q020', 'en', 'ar', ('Anna Lindqvist', 'anna.lindqvist@international-school-bw.de'), 'Tree report for playground',
"""Hi Martina,

hope you had a good break! The school's insurer needs the annual tree safety check done before the playground reopens on 22 April, so please book us in for the week of 7 April. Last year it took you about half a day for the 40 trees.

Also the head asked me to ask: can the two dead birches by the fence be removed without a permit?

Let me know if you need the site plan again.

Anna

--
Anna Lindqvist
Facilities Coordinator
International School Breisgau
""", ['please book us in for the week', 'can the two dead birches by the fence'],
  ['please book us in for the week'], fmt='alt', cte='qp', client='gmail')

Q('q021', 'en', 'ar', ('Mark Fenwick', 'mark@fenwick-properties.com'), 'Fwd: Baumschutzsatzung - Antrag',
"""Martina - the below came from the Stadt today, in German obviously. Need a translation of what they want and whether we should appeal. Thanks, Mark

-------- Weitergeleitete Nachricht --------
Betreff: Baumschutzsatzung - Antrag auf Fällgenehmigung Lindenstr. 14
Datum: Mon, 17 Mar 2025 08:55:12 +0100
Von: Garten- und Tiefbauamt <baumschutz@stadt-freiburg.example>
An: mark@fenwick-properties.com

Sehr geehrter Herr Fenwick,

Ihr Antrag auf Fällung der Rotbuche kann in der vorliegenden Form nicht bearbeitet werden. Bitte reichen Sie ein Baumgutachten eines anerkannten Sachverständigen nach. Können Sie uns außerdem mitteilen, ob Ersatzpflanzungen vorgesehen sind?

Mit freundlichen Grüßen
Garten- und Tiefbauamt
""", ['Need a translation of what they want', 'whether we should appeal'],
  ['whether we should appeal'], client='tbird')

Q('q022', 'en', 'ar', ('Sophie Brandt', 'sophie.brandt@posteo.de'), 'Re: Gutachten Kastanie',
"""Thank you so much, the report is perfect and the neighbours have calmed down. Just paid the invoice.

Sophie

On 12.03.2025 at 11:20, Dr. Martina Kessler wrote:
""" + q("""Dear Ms Brandt,

please find attached the report on the horse chestnut. Would you please transfer the invoice amount within 14 days?

Kind regards
Martina Kessler""") + '\n', [], client='tbird', eol='crlf')

# ---------------- Le Goff marine surveyor (en)

Q('q023', 'en', 'ms', ('Nick Harrington', 'nick.harrington@me.com'), 'Pre-purchase survey - Sun Odyssey 40 in La Trinité',
"""Hello Yann,

I'm buying a 2008 Jeanneau Sun Odyssey 40 that's currently ashore in La Trinité-sur-Mer and my insurer (Pantaenius UK) insists on a full out-of-water survey. The broker says the yard can lift her any weekday. Could you do the survey before the end of March? I'd also need the report in English for the insurer.

What's the usual turnaround for the written report?

Fair winds,
Nick Harrington
S/Y "Blue Heron" (soon!)
+44 7700 900 645

Sent from my iPad
""", ['Could you do the survey before the end', "What's the usual turnaround for the written report"],
  ['Could you do the survey before the end'], fmt='alt', cte='qp', client='apple')

Q('q024', 'en', 'ms', ('Emma Clarke', 'emma@solentyachtinsure.co.uk'), 'Claim SYI-44817 - lightning strike, "Wild Thyme"',
"""Dear Mr Le Goff,

We have received a claim for lightning damage to the above vessel, berthed at Port du Crouesty. The owner reports loss of all electronics and possible damage to the through-hull fittings.

Please attend the vessel, assess the damage and provide us with a repair estimate.

The owner's contact details are below. Please let me know if you require anything else.

Kind regards

Emma Clarke
Claims Handler, Marine
Solent Yacht Insurance Ltd
Tel: 023 8055 0193

Owner: Mr P. Dawes, 07700 900 884
""", ['assess the damage and provide us'],
  ['assess the damage and provide us'], fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

Q('q025', 'en', 'ms', ('Pete Dawes', 'petedawes@hotmail.co.uk'), 'boat',
"""yann, the insurer says you'll be coming to look at wild thyme, the keys are with the capitainerie. is there anything you need me to do beforehand? also would you mind checking the anchor windlass while youre there, its been sticking since last summer

pete
""", ['is there anything you need me', 'checking the anchor windlass while youre there'],
  ['checking the anchor windlass while youre there'], cte='b64', client='android')

Q('q026', 'en', 'ms', ('Charlotte Webb', 'charlotte.webb@webb-marine-law.com'), 'RE: Valuation report - M/Y Serenity',
"""Yann,

Thank you - we have received the valuation and the client is satisfied. We will settle your invoice this week.

Regards,
Charlotte

Charlotte Webb
Partner, Webb Marine Law LLP

-----Original Message-----
From: Yann Le Goff <yann@legoff-expertise.fr>
Sent: 13 March 2025 17:45
To: Charlotte Webb <charlotte.webb@webb-marine-law.com>
Subject: Valuation report - M/Y Serenity

Dear Charlotte,

Attached is my valuation report. Can you let me know if the client needs a French version as well?

Best regards,
Yann Le Goff
""", [], fmt='plain', cs='windows-1252', cte='8bit', eol='crlf', client='outlook')

# ---------------- Veldwerk subsidies (en)

Q('q027', 'en', 'sb', ('Oliver Brennan', 'oliver@brennanmushrooms.ie'), 'Interreg partner search - mushroom substrate',
"""Hi Sanne,

We met briefly at the GreenTech fair in Amsterdam. We're a mushroom grower in Co. Monaghan looking for Dutch and Belgian partners for a project on reusing spent substrate.

Could you tell me which funding calls would fit and when they close? Our board meets on the 2nd of April, so anything before then would be ideal.

Not sure how you'd normally charge for this sort of thing, is it by the hour?

Thanks a million,
Oliver

Oliver Brennan
Brennan Mushrooms Ltd | Carrickmacross
""", ['which funding calls would fit', 'is it by the hour'],
  ['which funding calls would fit'], fmt='alt', cte='qp', client='gmail')

Q('q028', 'en', 'sb', ('Priyanka Shah', 'p.shah@vertifarm.co.uk'), 'Fwd: grant compliance query from accountant',
"""Sanne - our accountant sent the below, can you answer him directly? cc'd.

Thanks
Priyanka

Begin forwarded message:

From: David Okafor <d.okafor@okafor-accounts.co.uk>
Subject: grant compliance query
Date: 14 March 2025 at 16:02:11 GMT
To: Priyanka Shah <p.shah@vertifarm.co.uk>

Hi Priyanka,

For the year-end I need to know whether the Dutch innovation grant has to be shown as deferred income. Are there any clawback conditions if the LED installation is sold within five years? Please send me the grant agreement.

David
""", ['can you answer him directly'], ['can you answer him directly'],
  fmt='alt', client='apple', cc=('David Okafor', 'd.okafor@okafor-accounts.co.uk'))

Q('q029', 'en', 'sb', ('Ruth Keane', 'ruth.keane@keanefarms.ie'), 'Re: Eco-scheme application',
"""Hi Sanne, sorry for the slow reply

> Can you send me the herd numbers for 2024?

they're in the attached spreadsheet, tab 2

> Do you want me to include the hedgerow planting in the application?

yes please, and the bank needs to know: will the grant be paid before or after the works are finished? they won't release the bridging loan otherwise

> Best,
> Sanne

Ruth
""", ['will the grant be paid before'], [], client='gmail', att=['herd_numbers_2024.xlsx'])

Q('q030', 'en', 'sb', ('Tim Bakker', 'tim.bakker@bakker-greenhouses.nl'), 'climate screen subsidy',
"""Sanne,

Two things. Need the invoice redone with our new VAT number NL004495612B01. And draft the MIT application for the new climate screens, the supplier quote is attached.

Ta
Tim

Sent from Outlook for iOS
""", ['Need the invoice redone with our', 'draft the MIT application for the'],
  ['draft the MIT application for the'], client='outlook', att=['Offerte klimaatschermen Svensson.pdf'])

# ---------------- Kessler arborist (de)

Q('q031', 'de', 'ar', ('Birgit Hanselmann', 'b.hanselmann@hv-breisgau.de'), 'WEG Schwarzwaldstraße 88 - Baumkontrolle 2025',
"""Sehr geehrte Frau Dr. Kessler,

ich hoffe, Sie hatten einen guten Start ins neue Jahr – wie war eigentlich Ihr Urlaub in Südtirol?

Die Eigentümerversammlung hat am 4. März beschlossen, die Baumkontrolle wieder an Sie zu vergeben. Bitte führen Sie die jährliche Baumkontrolle in der Wohnanlage durch und schicken Sie uns die Rechnung vom Februar noch einmal als PDF, die alte ist im Spam gelandet.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Birgit Hanselmann
Objektbetreuung
Hausverwaltung Breisgau GmbH
Tel. 0761 555 40 12

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
""", ['führen Sie die jährliche Baumkontrolle', 'die Rechnung vom Februar noch einmal'],
  ['führen Sie die jährliche Baumkontrolle'], fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

Q('q032', 'de', 'ar', ('Jürgen Maier', 'juergen.maier64@t-online.de'), 'fichte',
"""hallo frau kessler, unsere nachbarin behauptet seit wochen dass die wurzeln von unserer fichte ihre garageneinfahrt anheben und will jetzt dass wir den baum fällen, ihr anwalt hat uns auch schon geschrieben. ich mein wer pflanzt denn auch eine fichte zwei meter neben eine garage? das war natürlich der vorbesitzer. können sie sich das mal anschauen und uns schriftlich sagen ob das stimmt, wir brauchen das für den anwalt. am besten nachmittags, vormittags sind wir beide arbeiten

gruß jürgen maier

Von meinem iPhone gesendet
""", ['können sie sich das mal anschauen'], ['können sie sich das mal anschauen'],
  cs='iso-8859-1', cte='8bit', client='iphone')

Q('q033', 'de', 'ar', ('Nadine Roth', 'leitung@kita-sonnenblume-freiburg.de'), 'Robinien am Spielplatz',
"""Liebe Frau Kessler,

bei der Elternversammlung gestern gab es große Aufregung wegen der Robinien am Spielplatz. Der Träger möchte wissen: Müssen die Robinien wegen der giftigen Samen und Rinde entfernt werden, oder reicht ein Hinweisschild?

Rufen Sie mich bitte zurück, ich bin bis 16 Uhr in der Einrichtung unter 0761 555 77 30 erreichbar.

Viele Grüße
Nadine Roth
Leitung Kita Sonnenblume
""", ['Müssen die Robinien wegen der giftigen Samen', 'Rufen Sie mich bitte zurück'], [],
  fmt='alt', cs='utf-8', cte='b64', client='gmail')

Q('q034', 'de', 'ar', ('Thomas Ebner', 'thomas.ebner@icloud.com'), 'Re: Gutachten Blutbuche Ebner',
"""Vielen Dank für das ausführliche Gutachten, Frau Dr. Kessler! Die Stadt hat die Fällung heute genehmigt. Wer hätte gedacht, dass das so schnell geht?

Schönes Wochenende
Thomas Ebner

> Am 13.03.2025 um 17:12 schrieb Dr. Martina Kessler <m.kessler@kessler-baumgutachten.de>:
>
> Sehr geehrter Herr Ebner,
>
> anbei das Gutachten zur Blutbuche. Haben Sie noch Fragen dazu, oder soll ich es direkt an das Garten- und Tiefbauamt schicken?
>
> Mit freundlichen Grüßen
> Martina Kessler
""", [], fmt='alt', cte='qp', client='iphone')

Q('q035', 'de', 'ar', ('Dr. Felix Hartung', 'f.hartung@hartung-immobilien.de'), 'Re: Angebot Baumgutachten Lindenstraße',
"""Am 14.03.25 um 09:41 schrieb Dr. Martina Kessler:
> Sehr geehrter Herr Dr. Hartung,
>
> die Begehung ist für Dienstag, 18. März, 10 Uhr geplant. Passt Ihnen der Termin?

Ja, passt. Ich bringe die Schlüssel für den Hinterhof mit.

> Benötigen Sie das Gutachten in Papierform?

Nein, PDF reicht. Unser Investor sitzt allerdings in Rotterdam, könnten Sie das Gutachten bis Freitag auch auf Englisch liefern?

> Mit freundlichen Grüßen
> Martina Kessler

Ach ja, wie lange ist so ein Gutachten eigentlich gültig?

Beste Grüße
Felix Hartung
""", ['das Gutachten bis Freitag auch auf Englisch', 'wie lange ist so ein Gutachten'],
  ['das Gutachten bis Freitag auch auf Englisch'], client='tbird', cs='iso-8859-1', cte='qp')

# ---------------- Le Goff marine surveyor (fr)

Q('q036', 'fr', 'ms', ('Hervé Le Floch', 'herve.lefloch29@orange.fr'), 'Expertise First 31.7',
"""Bonjour Monsieur Le Goff,

Je souhaite vendre mon Bénéteau First 31.7 de 2003, au ponton à Port-Louis, et l'acheteur potentiel demande une expertise d'évaluation récente. Pourriez-vous faire cette expertise avant fin avril ? Le bateau peut être sorti de l'eau au chantier Kerguelen la semaine du 14.

Est-ce que ma présence est nécessaire le jour de la visite ?

Vous allez bien depuis le salon de La Rochelle ?

Cordialement,
Hervé Le Floch
06 12 34 56 78

Envoyé de mon iPhone
""", ['Pourriez-vous faire cette expertise avant fin', 'Est-ce que ma présence est nécessaire'],
  ['Pourriez-vous faire cette expertise avant fin'], fmt='alt', cs='utf-8', cte='qp', client='iphone')

Q('q037', 'fr', 'ms', ('Sandrine Moreau', 'sandrine.moreau@atlantique-assurances.fr'), 'Sinistre n° 25-MAR-0117 - voilier "Kerlouan"',
"""Monsieur,

Nous avons été informés d'un sinistre concernant le voilier "Kerlouan" (immatriculation LO 456321), échoué le 9 mars 2025 à l'entrée du port de Locmiquélic.

Merci de bien vouloir vous rendre à bord dans les meilleurs délais et de nous transmettre votre rapport d'expertise. Par ailleurs, notre service juridique souhaite savoir si l'osmose constatée par l'armateur était antérieure à la souscription du contrat.

Restant à votre disposition pour tout complément d'information.

Bien cordialement,

Sandrine Moreau
Gestionnaire sinistres Plaisance
Atlantique Assurances Mutuelles
Tél. : 02 97 55 01 23

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
""", ['vous rendre à bord dans les meilleurs délais', "si l'osmose constatée par l'armateur"],
  ['vous rendre à bord dans les meilleurs délais', "si l'osmose constatée par l'armateur"],
  fmt='alt', cs='iso-8859-1', cte='qp', eol='crlf', client='outlook')

Q('q038', 'fr', 'ms', ('Paul Guillou', 'p.guillou@sellerie-guillou.fr'), 'RE: Facture expertise - vedette "Iroise"',
"""Bien reçu, merci. Le virement est parti ce matin.

Bonne journée !

Paul Guillou

De : Yann Le Goff <yann@legoff-expertise.fr>
Envoyé : mercredi 12 mars 2025 18:03
À : Paul Guillou <p.guillou@sellerie-guillou.fr>
Objet : Facture expertise - vedette "Iroise"

Bonjour Monsieur Guillou,

Veuillez trouver ci-joint ma facture. Pouvez-vous me confirmer la bonne réception du rapport ?

Cordialement,
Yann Le Goff
Le Goff Expertise Maritime
""", [], cs='windows-1252', cte='8bit', eol='crlf', client='outlook')

Q('q039', 'fr', 'ms', ('Gildas Tanguy', 'president@cn-larmor.fr'), 'Tr: Contrôle des corps-morts - AG du 5 avril',
"""Yann,

Peux-tu t'occuper de ça ? Le bureau a besoin d'une réponse avant l'AG du 5 avril. Entre nous, qui lit encore les statuts du club, franchement ?

Gildas

-------- Message transféré --------
Sujet : Contrôle des corps-morts - AG du 5 avril
Date : Sun, 16 Mar 2025 19:22:05 +0100
De : Martine Le Bris <secretariat@cn-larmor.fr>
Pour : Gildas Tanguy <president@cn-larmor.fr>

Bonsoir Gildas,

Suite à la rupture de la chaîne en janvier, plusieurs membres demandent un contrôle complet des 42 corps-morts de la zone. Qui peut faire ce contrôle, et combien cela coûterait-il ?

Martine
""", ["Peux-tu t'occuper de ça"], ["Peux-tu t'occuper de ça"], client='tbird', cs='utf-8', cte='8bit')

Q('q040', 'fr', 'ms', ('Chantier naval Kerguelen', 'atelier@chantier-kerguelen.fr'), 'Votre passage pour le First 31.7 et le catamaran',
"", ['pouvez-vous confirmer la date de votre passage', 'le rapport doit-il inclure les photos', 'une expertise complète du gréement'],
  ['une expertise complète du gréement'], fmt='html', cs='iso-8859-1', cte='qp', client='none',
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><p>Bonjour Yann,</p>
<p>Pour info, voici le planning de la semaine du 14 avril au chantier :</p>
<ul><li>lundi : sortie du First 31.7 de M. Le Floch</li><li>mardi : carénage du Lagoon 380</li><li>jeudi : remise à l'eau des deux bateaux</li></ul>
<p>Quelques questions de notre côté :</p>
<ul>
<li>pouvez-vous confirmer la date de votre passage ?</li>
<li>le rapport doit-il inclure les photos de la coque prises pendant le carénage ?</li>
<li>et le propriétaire du catamaran vous demande une expertise complète du gréement avant la remise à l'eau</li>
</ul>
<p>Bonne journée,<br>
Loïc<br>
<b>Chantier naval Kerguelen</b><br>Port-Louis - 02 97 55 14 00<br><i>Au service des marins depuis 1962</i></p>
</body></html>
""")

# ---------------- Spanish (gn / sb)

Q('q041', 'es', 'gn', ('Martín Rossi', 'martinrossi.ba@gmail.com'), 'Ciudadanía italiana - bisabuelo de Chiavari',
"""Hola Inés, ¿qué tal todo por Oporto?

Te escribo de parte de Lucía Ferreyra, que hizo con ustedes la ciudadanía portuguesa el año pasado. Yo estoy con la italiana por mi bisabuelo Giovanni Battista Rossi, que según la familia nació en Chiavari (Génova) en 1874 y llegó a Buenos Aires en 1891.

¿Podrían buscar el acta de nacimiento de mi bisabuelo en el comune de Chiavari? Yo mandé dos mails al comune y nunca me contestaron.

Mil gracias!!
Martín

Enviado desde mi iPhone
""", ['buscar el acta de nacimiento de mi bisabuelo'], ['buscar el acta de nacimiento de mi bisabuelo'],
  fmt='alt', cte='qp', client='iphone')

Q('q042', 'es', 'gn', ('Valeria Giménez', 'vgimenez@estudiogimenez.com.ar'), 'RE: carpeta ciudadanía - Giménez',
"""Inés, buen día.

Mi abogado quiere saber: ¿hace falta rectificar el acta de matrimonio de mis abuelos antes de presentar la carpeta, por el apellido mal escrito? Y mandame la factura a nombre del estudio porfa, con el CUIT 30-71234567-8.

Saludos
Valeria

De: Inês Carvalho <ines@raizes-genealogia.pt>
Enviado: lunes, 10 de marzo de 2025 11:15
Para: Valeria Giménez <vgimenez@estudiogimenez.com.ar>
Asunto: carpeta ciudadanía - Giménez

Hola Valeria,

Ya tenemos todas las partidas. ¿Quieres que las enviemos a traducir o lo haces tú en Buenos Aires?

Un saludo,
Inês
""", ['hace falta rectificar el acta de matrimonio', 'mandame la factura a nombre del estudio'],
  ['hace falta rectificar el acta de matrimonio'], fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

Q('q043', 'es', 'gn', ('Sofía Acosta', 'sofi.acosta@hotmail.com'), 'Re: Partida de bautismo encontrada',
"""Perfecto, ya recibí todo!! Mil gracias Inés, no sabés la alegría que le diste a mi abuela.

Un abrazo grande
Sofi

El mar, 11 mar 2025 a las 10:05, Inês Carvalho (<ines@raizes-genealogia.pt>) escribió:
""" + q("""Hola Sofía:

Te adjunto la partida de bautismo de tu bisabuelo, encontrada en el archivo distrital de Braga. ¿Te llegó también la copia en papel por correo?

Un saludo,
Inês""") + '\n', [], fmt='alt', client='gmail', cte='b64')

Q('q044', 'es', 'sb', ('Rocío Navarro', 'rnavarro@oleojaen.coop'), 'Proyecto OLIVECIRC - paquete de trabajo 3',
"""Estimada Sanne:

Le adjunto el borrador del presupuesto del paquete de trabajo 3. Le agradecería que lo revisara y nos indicara si los costes de personal son subvencionables según las bases de la convocatoria.

¿Cuándo es la próxima reunión del consorcio?

Quedo a su disposición para cualquier aclaración.

Un cordial saludo,

Rocío Navarro
Departamento de Proyectos
Cooperativa Oleícola de Jaén
Tel. 953 55 02 11

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, queda notificado de que la lectura, utilización o divulgación de este mensaje está prohibida.
""", ['Le agradecería que lo revisara', 'Cuándo es la próxima reunión del consorcio'],
  ['Le agradecería que lo revisara'], fmt='alt', cs='windows-1252', cte='8bit', eol='crlf', client='outlook',
  att=['Presupuesto_WP3_v2.xlsx'])

Q('q045', 'es', 'sb', ('Paco Molina', 'pacomolina.invernaderos@gmail.com'), 'Re: segundo pago',
"""El jue, 13 mar 2025 a las 17:40, Sanne de Vries (<sanne@veldwerk-subsidie.nl>) escribió:
""" + q("""Hola Paco,

La agencia ha aprobado el primer pago. Para el segundo necesitamos las facturas de la obra y las fotos del invernadero terminado.

Saludos,
Sanne""") + """

genial!! las facturas las tengo ya todas pero las fotos no porque el invernadero todavia no esta terminado, el de los cristales se fue a otra obra y nos dejo tirados, en fin, quien diseña estos plazos??? el caso es que necesito que me prepares la justificación del segundo pago en cuanto tenga las fotos, y dime tambien si se puede pedir una prórroga de dos meses

paco
""", ['me prepares la justificación del segundo pago', 'si se puede pedir una prórroga'],
  ['me prepares la justificación del segundo pago'], client='android', cte='8bit')

# ---------------- Dutch (sb)

Q('q046', 'nl', 'sb', ('Kees van Dijk', 'kees@vandijk-tomaten.nl'), 'RE: SDE++ aanvraag 2025',
"""Hoi Sanne,

Kun je de aanvraag voor de SDE++ ook meteen voor de nieuwe kas in Maasdijk indienen? Die is vorige week opgeleverd. Wie verzint die regels eigenlijk, elk jaar weer een nieuw formulier?

Bel me even als je tijd hebt, ik ben de hele dag op de kwekerij.

Groet,
Kees van Dijk
Van Dijk Tomaten B.V.
06-12345678

Van: Sanne de Vries <sanne@veldwerk-subsidie.nl>
Verzonden: maandag 10 maart 2025 16:20
Aan: Kees van Dijk <kees@vandijk-tomaten.nl>
Onderwerp: SDE++ aanvraag 2025

Hoi Kees,

De openstellingsronde van de SDE++ begint op 1 april. Wil je dat ik de aanvraag voor de warmtepomp weer voor je verzorg?

Groet,
Sanne
""", ['ook meteen voor de nieuwe kas', 'Bel me even als je tijd'],
  ['ook meteen voor de nieuwe kas'], fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

Q('q047', 'nl', 'sb', ('Femke Jansen', 'femke.jansen@jansen-melkvee.nl'), 'Re: Aanvraag ingediend',
"""Top, dank je wel! Nu maar hopen dat het wordt toegekend. Fijn weekend alvast.

Femke

Op di 11 mrt 2025 om 14:02 schreef Sanne de Vries <sanne@veldwerk-subsidie.nl>:
""" + q("""Hoi Femke,

De aanvraag voor de subsidie emissiearme stalvloeren is vandaag ingediend. Heb je de bevestiging van RVO ook ontvangen?

Groet,
Sanne""") + '\n', [], fmt='alt', client='gmail', cte='qp')

Q('q048', 'nl', 'sb', ('Willem Hoekstra', 'w.hoekstra@hoekstra-bloembollen.nl'), 'projectplan en begroting',
"""Goedemorgen Sanne,

Kun je het projectplan nalopen en de begroting aanpassen aan de nieuwe uurtarieven? Het concept staat in de gedeelde map.

Verder vraagt onze accountant of de voorschotbetaling als vooruitontvangen subsidie geboekt moet worden.

Alvast bedankt!

Met vriendelijke groet,
Willem Hoekstra
Hoekstra Bloembollen
Lisse
""", ['Kun je het projectplan nalopen', 'de begroting aanpassen aan de nieuwe uurtarieven',
      'als vooruitontvangen subsidie geboekt moet worden'],
  ['Kun je het projectplan nalopen', 'de begroting aanpassen aan de nieuwe uurtarieven'],
  cs='iso-8859-1', cte='8bit', client='tbird')

Q('q049', 'nl', 'sb', ('Jeroen Smit', 'jeroensmit1979@gmail.com'), 'ISDE',
"""hoi sanne, kan je morgen even bellen over de warmtepomp? en hoe zit het eigenlijk met de deadline van de ISDE, is die al verlopen of niet

jeroen

Verstuurd vanaf mijn iPhone
""", ['kan je morgen even bellen', 'hoe zit het eigenlijk met de deadline'], [],
  client='iphone', cte='qp')

Q('q050', 'nl', 'sb', ('Loonbedrijf Mulder', 'info@loonbedrijf-mulder.nl'), 'Vragen over de aanvraag precisielandbouw',
"", ['of de GPS-besturing ook meetelt', 'welke offertes we nog moeten opvragen', 'een overzicht maken van de kosten'],
  ['een overzicht maken van de kosten'], fmt='html', cs='utf-8', cte='b64', client='none',
  html="""<html><head><meta charset="utf-8"></head><body>
<p>Beste Sanne,</p>
<p>Zoals besproken hierbij wat we al hebben voor de aanvraag:</p>
<ul><li>offerte spuitmachine Agrifac (ontvangen)</li><li>offerte bodemscanner (ontvangen)</li><li>jaarrekening 2024 (volgt eind maart)</li></ul>
<p>Wat we nog willen weten:</p>
<ol>
<li>of de GPS-besturing ook meetelt als precisielandbouw</li>
<li>welke offertes we nog moeten opvragen</li>
</ol>
<p>Kun je ook een overzicht maken van de kosten per machine, zodat we weten wat we zelf moeten financieren?</p>
<p>Met vriendelijke groet,<br>Arjan Mulder<br>Loonbedrijf Mulder &amp; Zn.<br><span style="color:#2e7d32">Vakwerk in het veld sinds 1958</span></p>
</body></html>
""")

# ---------------- Italian (gn / sb)

Q('q051', 'it', 'gn', ('Giulia Ferraz Bianchi', 'giulia.bianchi@libero.it'), 'Nonna portoghese - documenti',
"""Gentile Inês,

mi chiamo Giulia e abito a Torino. Mia nonna materna, Maria do Carmo Ferraz, era nata a Viana do Castelo nel 1931 ed è venuta in Italia dopo la guerra. Vorrei sapere se è possibile ottenere la cittadinanza portoghese come nipote e quali documenti servirebbero.

Le allego la carta d'identità della nonna che ho trovato in un cassetto. Che emozione, vero?

Grazie mille e buona giornata,
Giulia

Inviato da iPhone
""", ['se è possibile ottenere la cittadinanza portoghese'], ['se è possibile ottenere la cittadinanza portoghese'],
  client='iphone', cs='iso-8859-1', cte='qp', att=['carta_identita_nonna.jpg'])

Q('q052', 'it', 'gn', ('Marco Carvalho Lodi', 'marco.lodi@studiolodi.it'), 'Fwd: Richiesta certificato - Comune di Chiavari',
"""Inês, mi può aiutare con la richiesta qui sotto? Non capisco cosa vogliono esattamente e il termine è il 31 marzo.

Grazie
Marco

---------- Forwarded message ---------
Da: Ufficio Stato Civile <statocivile@comune.chiavari.example>
Date: ven 14 mar 2025 alle ore 12:30
Subject: Richiesta certificato
To: <marco.lodi@studiolodi.it>


Gentile Sig. Lodi,

per procedere con la Sua richiesta occorre presentare l'atto di nascita del dante causa in copia integrale, con traduzione giurata. Può inoltre indicarci il codice fiscale del richiedente?

Cordiali saluti
Ufficio Stato Civile
""", ['mi può aiutare con la richiesta'], ['mi può aiutare con la richiesta'], fmt='alt', client='gmail', cte='qp')

Q('q053', 'it', 'gn', ('Alessandra Pereira Conti', 'ale.conti@gmail.com'), 'Re: Certidão di nascita trovata',
"""Grazie mille, tutto chiarissimo! La mamma è commossa.

Buona giornata
Alessandra

> Il giorno 12 mar 2025, alle ore 09:30, Inês Carvalho <ines@raizes-genealogia.pt> ha scritto:
>
> Cara Alessandra,
>
> in allegato trovi la certidão de nascimento del bisnonno. Vuoi che la facciamo anche apostillare?
>
> Un caro saluto,
> Inês
""", [], client='iphone', fmt='alt', cte='8bit')

Q('q054', 'it', 'sb', ('Davide Santoro', 'd.santoro@agriturismo-ilpoggio.it'), 'Progetto Interreg - rendicontazione',
"""Buongiorno Sanne,

spero tutto bene in Olanda. Chi l'avrebbe mai detto che la rendicontazione sarebbe stata così complicata?

Le chiedo di verificare se le spese di personale del 2024 possono essere rendicontate nel secondo periodo, e di mandarmi il modulo firmato dal capofila.

Resto in attesa di un Suo cortese riscontro.

Cordiali saluti
Davide Santoro
Agriturismo Il Poggio - Montepulciano (SI)
Tel. +39 0578 555 210

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Qualora l'abbia ricevuta per errore, La preghiamo di cancellarla e di darne comunicazione al mittente.
""", ['verificare se le spese di personale', 'mandarmi il modulo firmato dal capofila'],
  ['verificare se le spese di personale'], fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

Q('q055', 'it', 'sb', ('Chiara Benedetti', 'chiara@cantinabenedetti.it'), 'Re: Domanda OCM vino',
"""Il giorno gio 13 mar 2025 alle ore 11:15 Sanne de Vries <sanne@veldwerk-subsidie.nl> ha scritto:

> Ciao Chiara,
>
> ho ricevuto i preventivi per le nuove botti. Hai anche la visura camerale aggiornata?

sì, te la mando domani

> E la domanda va presentata entro il 15 aprile, giusto?

giusto. però adesso il nostro commercialista chiede se possiamo includere anche le spese per il sito web, lui dice di sì io non credo. e poi ti chiedo di preparare la relazione tecnica, che io non so da dove cominciare

> Un saluto,
> Sanne

Chiara
""", ['se possiamo includere anche le spese', 'preparare la relazione tecnica'],
  ['preparare la relazione tecnica'], client='gmail')

# ---------------- Portuguese (gn)

Q('q056', 'pt', 'gn', ('Renata Oliveira', 'renata.oliveira.sp@gmail.com'), 'registro de casamento - Braga',
"""Oi Inês, tudo bem?

então, finalmente consegui falar com a minha tia-avó e ela lembrou que os pais do meu bisavô casaram em Braga, na freguesia da Sé, lá por 1860 e pouco, mas ninguém tem nenhum papel. vocês conseguem achar o registro de casamento dos meus trisavós? seria o último documento que falta pra fechar a árvore e dar entrada no processo. e quanto tempo demora mais ou menos?

beijos e obrigada!!
Renata

Enviado do meu iPhone
""", ['achar o registro de casamento dos meus', 'quanto tempo demora mais ou menos'],
  ['achar o registro de casamento dos meus'], client='iphone', cte='b64')

Q('q057', 'pt', 'gn', ('Luís Figueiredo', 'luis.figueiredo@sapo.pt'), 'Procuração - processo do meu pai',
"""Boa tarde Dra. Inês,

O notário quer saber: a procuração assinada no Rio de Janeiro tem de ser apostilada antes de ser usada em Portugal?

Preciso também que me enviem a fatura com o NIF correto, o da última fatura tinha um dígito trocado.

Com os melhores cumprimentos,
Luís Figueiredo
""", ['tem de ser apostilada antes de ser', 'me enviem a fatura com o NIF correto'], [],
  cs='iso-8859-1', cte='qp', client='outlook', fmt='alt', eol='crlf')

Q('q058', 'pt', 'gn', ('Camila Duarte', 'camila.duarte@uol.com.br'), 'Fwd: Exigência - Conservatória dos Registos Centrais',
"""Inês, consegue tratar disto? Recebi hoje e não entendi nada do que eles querem.

Camila

---------- Mensagem encaminhada ---------
De: Conservatória dos Registos Centrais <crc.nacionalidade@irn.example.pt>
Date: qua., 12 de mar. de 2025 às 15:20
Subject: Exigência - Processo 41875/24
To: <camila.duarte@uol.com.br>


Exma. Senhora,

No âmbito do processo acima referido, solicita-se a junção de certidão de casamento dos pais da requerente, devidamente apostilada. Pode ainda indicar o número do processo de nacionalidade do seu pai?

Com os melhores cumprimentos,
Conservatória dos Registos Centrais
""", ['consegue tratar disto'], ['consegue tratar disto'], fmt='alt', client='gmail', cte='qp')

Q('q059', 'pt', 'gn', ('Beatriz Nogueira', 'bia.nogueira@terra.com.br'), 'Árvore genealógica Nogueira',
"", ['uma cópia autenticada da árvore', 'a árvore também em inglês'],
  ['a árvore também em inglês'], fmt='html', cs='utf-8', cte='qp', client='none',
  html="""<html><body><div style="font-family:Verdana;font-size:10pt">
<p>Olá Inês!</p>
<p>Recebi a árvore genealógica e minha mãe chorou de emoção. Quem diria, não é? Oito gerações em Trás-os-Montes!</p>
<p>Agora preciso de duas coisas:</p>
<ul>
<li>uma cópia autenticada da árvore para o processo da minha irmã</li>
<li>a árvore também em inglês, para o lado americano da família</li>
</ul>
<p>Um grande abraço,<br>Bia</p>
</div></body></html>
""")

Q('q060', 'pt', 'gn', ('Joaquim Teixeira', 'jteixeira.porto@gmail.com'), 'Re: Certidão de óbito',
"""Em 13 de mar. de 2025, à(s) 16:44, Inês Carvalho <ines@raizes-genealogia.pt> escreveu:
""" + q("""Caro Sr. Joaquim,

Encontrámos a certidão de óbito do seu avô na Conservatória de Lamego. Segue em anexo.

Cumprimentos,
Inês""") + """

Muito obrigado, Inês. Traduza por favor a certidão de óbito para inglês, a seguradora do Canadá só aceita documentos em inglês ou francês.

Joaquim

Enviado do meu Galaxy
""", ['Traduza por favor a certidão de óbito'], ['Traduza por favor a certidão de óbito'],
  cs='iso-8859-1', cte='8bit', client='android')

# ================================================================ REPLIES: helpers

RATE = {
    ('ac', 'en'): '£145 per hour plus VAT',
    ('gn', 'en'): '€65 per hour', ('gn', 'es'): '65 € por hora', ('gn', 'it'): "65 € l'ora", ('gn', 'pt'): '65 € por hora',
    ('ar', 'de'): '98 € netto pro Stunde', ('ar', 'en'): '€98 per hour plus VAT',
    ('ms', 'fr'): "105 € HT de l'heure", ('ms', 'en'): '€105 per hour excl. VAT',
    ('sb', 'nl'): '€ 115 per uur excl. btw', ('sb', 'en'): '€115 per hour excl. VAT',
    ('sb', 'es'): '115 € por hora (IVA no incluido)', ('sb', 'it'): "115 € l'ora + IVA",
}

OFFER = {
    'en': "Hi {n},\n\nThanks for your email. {t} would take about {h} hours at {r}. Shall I go ahead?\n\nBest regards\n{s}",
    'de': "Guten Tag {n},\n\nvielen Dank für Ihre Nachricht. {t} würde etwa {h} Stunden dauern, zu {r}. Soll ich loslegen?\n\nMit freundlichen Grüßen\n{s}",
    'fr': "Bonjour {n},\n\nMerci pour votre message. {t} prendrait environ {h} heures, à {r}. Souhaitez-vous que je lance la mission ?\n\nCordialement,\n{s}",
    'es': "Hola {n}:\n\nGracias por tu mensaje. {t} llevaría unas {h} horas, a {r}. ¿Quieres que empiece?\n\nUn saludo,\n{s}",
    'nl': "Hoi {n},\n\nBedankt voor je bericht. {t} kost ongeveer {h} uur, à {r}. Zal ik ermee beginnen?\n\nGroet,\n{s}",
    'it': "Buongiorno {n},\n\ngrazie del messaggio. {t} richiederebbe circa {h} ore, a {r}. Procedo?\n\nUn saluto,\n{s}",
    'pt': "Olá {n},\n\nObrigada pela sua mensagem. {t} levaria cerca de {h} horas, a {r}. Posso avançar?\n\nCom os melhores cumprimentos,\n{s}",
}

ATTR = {
    'gmail': {
        'en': 'On Fri, 14 Mar 2025 at 10:12, {N} <{E}> wrote:',
        'de': 'Am Fr., 14. März 2025 um 10:12 Uhr schrieb {N} <{E}>:',
        'fr': 'Le ven. 14 mars 2025 à 10:12, {N} <{E}> a écrit :',
        'es': 'El vie, 14 mar 2025 a las 10:12, {N} (<{E}>) escribió:',
        'nl': 'Op vr 14 mrt 2025 om 10:12 schreef {N} <{E}>:',
        'it': 'Il giorno ven 14 mar 2025 alle ore 10:12 {N} <{E}> ha scritto:',
        'pt': 'Em sex., 14 de mar. de 2025 às 10:12, {N} <{E}> escreveu:'},
    'apple': {
        'en': 'On 14 Mar 2025, at 10:12, {N} <{E}> wrote:',
        'de': 'Am 14.03.2025 um 10:12 schrieb {N} <{E}>:',
        'fr': 'Le 14 mars 2025 à 10:12, {N} <{E}> a écrit :',
        'es': 'El 14 mar 2025, a las 10:12, {N} <{E}> escribió:',
        'nl': 'Op 14 mrt 2025 om 10:12 heeft {N} <{E}> het volgende geschreven:',
        'it': 'Il giorno 14 mar 2025, alle ore 10:12, {N} <{E}> ha scritto:',
        'pt': 'Em 14 de mar. de 2025, à(s) 10:12, {N} <{E}> escreveu:'},
    'tbird': {
        'en': 'On 14/03/2025 10:12, {N} wrote:',
        'de': 'Am 14.03.25 um 10:12 schrieb {N}:',
        'fr': 'Le 14/03/2025 à 10:12, {N} a écrit :',
        'es': 'El 14/3/25 a las 10:12, {N} escribió:',
        'nl': 'Op 14-03-2025 om 10:12 schreef {N}:',
        'it': 'Il 14/03/25 10:12, {N} ha scritto:',
        'pt': 'Às 10:12 de 14/03/2025, {N} escreveu:'},
}

OUTLOOK_HDR = {
    'en': 'From: {N} <{E}>\nSent: Friday, March 14, 2025 10:12 AM\nTo: {C}\nSubject: {S}',
    'de': 'Von: {N} <{E}>\nGesendet: Freitag, 14. März 2025 10:12\nAn: {C}\nBetreff: {S}',
    'fr': 'De : {N} <{E}>\nEnvoyé : vendredi 14 mars 2025 10:12\nÀ : {C}\nObjet : {S}',
    'es': 'De: {N} <{E}>\nEnviado: viernes, 14 de marzo de 2025 10:12\nPara: {C}\nAsunto: {S}',
    'nl': 'Van: {N} <{E}>\nVerzonden: vrijdag 14 maart 2025 10:12\nAan: {C}\nOnderwerp: {S}',
    'it': 'Da: {N} <{E}>\nInviato: venerdì 14 marzo 2025 10:12\nA: {C}\nOggetto: {S}',
    'pt': 'De: {N} <{E}>\nEnviado: sexta-feira, 14 de março de 2025 10:12\nPara: {C}\nAssunto: {S}',
}
ORIGINAL_MSG = {'en': '-----Original Message-----', 'de': '-----Ursprüngliche Nachricht-----',
                'fr': "-----Message d'origine-----", 'es': '-----Mensaje original-----',
                'nl': '-----Oorspronkelijk bericht-----', 'it': '-----Messaggio originale-----',
                'pt': '-----Mensagem original-----'}


def offer(firm, lang, n, task, h):
    fname, faddr, fco = FIRMS[firm]
    sig = fname.replace('Dr. ', '') + '\n' + fco
    return OFFER[lang].format(n=n, t=task, h=h, r=RATE[(firm, lang)], s=sig)


def history(style, lang, firm, client, subj, off):
    """Quoted offer as the client's mail program writes it below/above the reply."""
    fname, faddr, _ = FIRMS[firm]
    if style in ('outlook', 'outlook-old'):
        hdr = OUTLOOK_HDR[lang].format(N=fname, E=faddr, C=client, S=subj)
        sep = ORIGINAL_MSG[lang] if style == 'outlook-old' else '________________________________'
        return sep + '\n' + hdr + '\n\n' + off
    return ATTR[style][lang].format(N=fname, E=faddr) + '\n' + q(off)


def top(new, style, lang, firm, client, subj, n, task, h):
    osubj = re.sub(r'^(re|aw|rv|r|res|antw|tr)\s?:\s*', '', subj, flags=re.I)
    return new.rstrip('\n') + '\n\n' + history(style, lang, firm, client, osubj, offer(firm, lang, n, task, h)) + '\n'


def bottom(new, style, lang, firm, client, subj, n, task, h):
    osubj = re.sub(r'^(re|aw|rv|r|res|antw|tr)\s?:\s*', '', subj, flags=re.I)
    return history(style, lang, firm, client, osubj, offer(firm, lang, n, task, h)) + '\n\n' + new.rstrip('\n') + '\n'

# ================================================================ REPLIES: English
_T = 'Tom Bradley <tom.bradley77@gmail.com>'

R('r001', 'en', 'ac', ('Tom Bradley', 'tom.bradley77@gmail.com'), 'Re: Old Bell - licence condition',
  top("""Yes please go ahead. Friday the 21st works, band starts at 9.

Tom""", 'gmail', 'en', 'ac', _T, 'Re: Old Bell - licence condition', 'Tom',
      'Reviewing the council letter and measuring on a band night', 5), 'accept', fmt='alt', cte='qp')

R('r002', 'en', 'ac', ('Helen Marsh', 'h.marsh@stcolumbas-academy.org.uk'), 'RE: Music block - BB93 testing',
  top("""Dear Priya,

Thank you for the quote. Unfortunately this is more than the governors have set aside for this year, so we will not be proceeding at this stage.

Kind regards,

Helen Marsh
School Business Manager
St Columba's Academy | 01632 960 412

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.""",
      'outlook', 'en', 'ac', 'Helen Marsh <h.marsh@stcolumbas-academy.org.uk>', 'RE: Music block - BB93 testing', 'Helen',
      'Pre-completion BB93 testing of the music block, including the report', 9),
  'decline', fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

R('r003', 'en', 'ac', ('Dean Kowalski', 'dean@ironyardgym.co.uk'), 'Re: Gym floor - Iron Yard',
  top("""fine, go for it but keep it under the 4 hours, money's tight till the summer memberships come in

Dean

Sent from my iPhone""", 'apple', 'en', 'ac', 'Dean <dean@ironyardgym.co.uk>', 'Re: Gym floor - Iron Yard', 'Dean',
      'Measuring the impact noise in the shop below and writing up a flooring specification', 4),
  'accept', client='iphone', cte='8bit')

R('r004', 'en', 'ac', ('Gareth Ellison', 'gareth.ellison@ellison-homes.co.uk'), 'RE: Mill Lane - Condition 7 fee proposal',
  top("""Priya,

Thanks for turning this round so quickly. We've decided to sort it in-house – our M&E consultant already has a sound level meter and has done these for us before.

Regards

Gareth Ellison
Technical Director
Ellison Homes Ltd

Ellison Homes Ltd is registered in England & Wales no. 08123456. This e-mail is confidential.""",
      'outlook-old', 'en', 'ac', 'Gareth Ellison', 'RE: Mill Lane - Condition 7 fee proposal', 'Gareth',
      'The noise impact assessment for Condition 7, including a night-time survey', 14),
  'decline', cs='windows-1252', cte='8bit', eol='crlf', client='outlook')

R('r005', 'en', 'ac', ('Sunita Patel', 'sunita@thecopperkettle.co.uk'), 'Re: Copper Kettle - noise management plan',
  top("""Hi Priya

That's a bit steep for a little cafe to be honest. Could you do the whole thing for a fixed £450? If so I'm happy to go ahead.

Sunita""", 'gmail', 'en', 'ac', 'Sunita Patel <sunita@thecopperkettle.co.uk>',
      'Re: Copper Kettle - noise management plan', 'Sunita',
      'Writing the noise management plan and the letter to Environmental Health', 5),
  'unclear', fmt='alt', cte='b64')

R('r006', 'en', 'ac', ('Margaret Owusu', 'margaret.owusu@yahoo.co.uk'), 'Re: Noise from upstairs flat',
  top("""Dear Ms Nair,

Thank you. Before I decide, does that price include VAT, and would there be anything extra for coming out to the flat?

Margaret Owusu""", 'gmail', 'en', 'ac', 'Margaret Owusu <margaret.owusu@yahoo.co.uk>', 'Re: Noise from upstairs flat',
      'Margaret', 'Writing to your landlord and setting up a week of noise logging', 3),
  'unclear', fmt='html', cte='qp', client='none')

R('r007', 'en', 'ac', ('Claire Dunmore', 'claire.dunmore@btinternet.com'), 'Re: Beer garden assessment',
  top("""No need now I'm afraid - the neighbour who complained moved out last week and the council has closed the file. Thanks anyway, I'll keep your details.

Claire""", 'apple', 'en', 'ac', 'Claire Dunmore <claire.dunmore@btinternet.com>', 'Re: Beer garden assessment', 'Claire',
      'The beer garden noise assessment and report', 6),
  'decline', client='apple', fmt='alt', cte='qp')

R('r008', 'en', 'ac', ('Jonathan Reyes', 'jreyes@reyes-dental.co.uk'), 'Re: Letter for the bank',
  top("""No problem, go ahead. Please address it to Mr K. Ahmed at Lloyds.

Jonathan""", 'apple', 'en', 'ac', 'Jonathan Reyes <jreyes@reyes-dental.co.uk>', 'Re: Letter for the bank', 'Jonathan',
      'Checking the completed works against the specification and writing the letter for the bank', 2),
  'accept', cs='iso-8859-1', cte='qp', client='apple')

R('r009', 'en', 'ac', ('Fiona Grant', 'fiona.grant@thegrainstore.co.uk'), 'RE: Grain Store - limiter setup',
  top("""Hi Priya,

Thanks for this. We're not signing the new lease until the end of April, so ask me again in May and we'll take it from there.

Fiona

Fiona Grant | General Manager | The Grain Store
01632 960 903 | Eat. Drink. Dance.""", 'outlook', 'en', 'ac', 'Fiona Grant <fiona.grant@thegrainstore.co.uk>',
      'RE: Grain Store - limiter setup', 'Fiona', 'Setting up and sealing the sound limiter, with a short commissioning report', 3),
  'unclear', fmt='alt', cte='qp', eol='crlf', client='outlook')

R('r010', 'en', 'ac', ('Rob Tennant', 'rob.tennant@tennantbuild.com'), 'Re: Carrow Road - roof extractor',
  top("""Yes, got your quote thanks. The M&E contractor has now said they'll fit an attenuator as standard, so we won't need you for this bit after all.

Rob""", 'gmail', 'en', 'ac', 'Rob Tennant <rob.tennant@tennantbuild.com>', 'Re: Carrow Road - roof extractor', 'Rob',
      'Assessing the roof extractor and specifying a silencer', 3),
  'decline', cte='8bit')

R('r011', 'en', 'ac', ('Tom Bradley', 'tom.bradley77@gmail.com'), 'Re: Beer garden + band nights',
  top("""yes to the measurements on the 21st, not the written report for now, see what the council says first

t""", 'gmail', 'en', 'ac', _T, 'Re: Beer garden + band nights', 'Tom',
      'Measuring on a band night and writing a formal report for the licensing team', 7),
  'unclear', client='android', cte='b64')

R('r012', 'en', 'ac', ('Sam Okoro', 'sam@okorostudios.co.uk'), 'Re: Rehearsal room isolation',
  bottom("""Sounds good, please book it in - any weekday after the 24th.

Sam
Okoro Studios
"Built loud."
""", 'tbird', 'en', 'ac', 'Sam Okoro', 'Re: Rehearsal room isolation', 'Sam',
      'Testing the isolation between the two rehearsal rooms and recommending upgrades', 6),
  'accept', client='tbird', cs='iso-8859-1', cte='8bit', flowed=True)

R('r013', 'en', 'gn', ('Karen Medeiros-Hill', 'kmedeiroshill@outlook.com'), 'RE: Portuguese citizenship - baptism record',
  top("""Dear Ines,

Please proceed! I've attached the signed engagement letter. Could you invoice me at the Ohio address?

Many thanks,
Karen""", 'outlook', 'en', 'gn', 'Karen Medeiros-Hill <kmedeiroshill@outlook.com>',
      'RE: Portuguese citizenship - baptism record', 'Karen',
      'Searching the Sao Mateus parish registers for 1885-1891 and ordering a certified copy', 4),
  'accept', fmt='alt', cte='qp', client='outlook', att=['Engagement letter signed.pdf'])

R('r014', 'en', 'gn', ('Laura Pinto', 'laura.pinto@icloud.com'), 'Re: Reviewing the documents',
  top("""Hi Ines, thanks but this isn't needed any more - my cousin in Lisbon went to the registry himself and got everything we need. Sorry for the trouble!

Laura

Sent from my iPhone""", 'apple', 'en', 'gn', 'Laura Pinto <laura.pinto@icloud.com>', 'Re: Reviewing the documents', 'Laura',
      'Reviewing the photographed documents and checking them against the parish records', 3),
  'decline', client='iphone', fmt='alt', cte='qp')

R('r015', 'en', 'gn', ('Robert Faria', 'rfaria@fariafamilylaw.com'), 'RE: Translation and certificate',
  top("""Dear Ms. Carvalho,

One correction: the marriage record is my great-grandmother's (Rosa Faria, married 1911), not my grandmother's. Does that change your estimate, and would the translation need to be certified for the consulate?

Best regards,
Robert J. Faria, Esq.""", 'outlook', 'en', 'gn', 'Robert Faria <rfaria@fariafamilylaw.com>',
      'RE: Translation and certificate', 'Robert', 'Ordering the apostilled certificate and translating the marriage record', 3),
  'unclear', fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

R('r016', 'en', 'gn', ('Patricia Almeida Ross', 'patross@comcast.net'), 'Re: Military records - Antonio Almeida',
  '', 'accept', fmt='html', cte='qp', client='none',
  html="""<html><body><div style="font-family: Georgia, serif; font-size: 14px">
<p>Absolutely, go ahead! Can&#8217;t wait to find out which birthday is the real one.</p>
<p>Pat</p>
<p style="color:#888">&#8220;Family: where life begins and love never ends.&#8221;</p>
</div>
<div class="gmail_quote"><div class="gmail_attr">On Fri, 14 Mar 2025 at 10:12, In&ecirc;s Carvalho &lt;ines@raizes-genealogia.pt&gt; wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<div>Hi Pat,</div><div><br></div>
<div>Thanks for your email. Requesting the military service file from the Arquivo Hist&oacute;rico Militar and going through it would take about 5 hours at &euro;65 per hour. Shall I go ahead?</div><div><br></div>
<div>Best regards<br>In&ecirc;s Carvalho<br>Ra&iacute;zes Genealogia &amp; Cidadania</div>
</blockquote></div>
</body></html>
""")

R('r017', 'en', 'gn', ('George Mendonca', 'g.mendonca@mendonca-realty.com'), 'Re: Civil registry search',
  top("""Let me think about it, I want to talk to my sister first since she'd be splitting the cost. Will get back to you.

George

George Mendonca | Broker
Mendonca Realty Group
Your home is our business.""", 'apple', 'en', 'gn', 'George Mendonca <g.mendonca@mendonca-realty.com>',
      'Re: Civil registry search', 'George', 'Searching the civil registry of Ponta Delgada for 1911-1920', 6),
  'unclear', client='apple', cs='windows-1252', cte='qp', eol='crlf')

R('r018', 'en', 'ar', ('James Whitaker', 'james.whitaker@gmx.net'), 'Re: Walnut tree inspection',
  top("""Yes please, go ahead. Tuesday morning would be ideal, the side gate will be open.

Thanks,
James""", 'tbird', 'en', 'ar', 'James Whitaker', 'Re: Walnut tree inspection', 'Mr Whitaker',
      'Inspecting the walnut, a climbing inspection of the cracked limb and a short written report', 3),
  'accept', client='tbird', cte='qp')

R('r019', 'en', 'ar', ('Mark Fenwick', 'mark@fenwick-properties.com'), 'RE: Lindenstr. 14 - appeal',
  top("""Martina,

We've decided not to appeal and will leave the beech where it is. Thanks for the quick explanation though.

Mark""", 'outlook', 'en', 'ar', 'Mark Fenwick <mark@fenwick-properties.com>', 'RE: Lindenstr. 14 - appeal', 'Mark',
      'Preparing the tree report for the city and drafting the appeal', 8),
  'decline', fmt='alt', cte='qp', eol='crlf', client='outlook')

R('r020', 'en', 'ar', ('Anna Lindqvist', 'anna.lindqvist@international-school-bw.de'), 'Re: Tree safety check 2025',
  top("""Yes, but only if you can do it before the 22nd - otherwise the playground can't reopen and it's pointless for us this year. Can you?

Anna""", 'gmail', 'en', 'ar', 'Anna Lindqvist <anna.lindqvist@international-school-bw.de>',
      'Re: Tree safety check 2025', 'Anna', 'The annual safety check of the 40 trees with the report for your insurer', 5),
  'unclear', fmt='alt', cte='qp')

R('r021', 'en', 'ms', ('Nick Harrington', 'nick.harrington@me.com'), 'Re: Pre-purchase survey - Sun Odyssey 40',
  top("""Go ahead. The yard expects you Tuesday at 8, ask for Erwan.

Nick

Sent from my iPhone""", 'apple', 'en', 'ms', 'Nick Harrington <nick.harrington@me.com>',
      'Re: Pre-purchase survey - Sun Odyssey 40', 'Nick', 'A full out-of-water pre-purchase survey with a report in English', 7),
  'accept', client='iphone', cte='8bit')

R('r022', 'en', 'ms', ('Charlotte Webb', 'charlotte.webb@webb-marine-law.com'), 'RE: Condition survey - M/Y Serenity',
  top("""Yann,

Thank you. The sale has fallen through, so the client no longer needs the survey. Apologies for the wasted effort.

Regards,
Charlotte

Charlotte Webb
Partner, Webb Marine Law LLP""", 'outlook-old', 'en', 'ms', 'Charlotte Webb', 'RE: Condition survey - M/Y Serenity',
      'Charlotte', 'A condition survey of Serenity in Port du Crouesty', 8),
  'decline', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

R('r023', 'en', 'ms', ('Pete Dawes', 'petedawes@hotmail.co.uk'), 'Re: windlass',
  top("""is that 3 hours including the drive from lorient? and does the insurer pay for it or me

pete""", 'gmail', 'en', 'ms', 'Pete Dawes <petedawes@hotmail.co.uk>', 'Re: windlass', 'Pete',
      'Stripping and inspecting the anchor windlass', 3),
  'unclear', client='android', cte='b64')

R('r024', 'en', 'sb', ('Oliver Brennan', 'oliver@brennanmushrooms.ie'), 'Re: Interreg partner search',
  top("""Grand, go ahead so. I'll send on the board paper from last year in case it helps.

Oliver""", 'gmail', 'en', 'sb', 'Oliver Brennan <oliver@brennanmushrooms.ie>', 'Re: Interreg partner search', 'Oliver',
      'An overview of the suitable calls with deadlines and likely partners', 4),
  'accept', fmt='alt', cte='qp')

R('r025', 'en', 'sb', ('Tim Bakker', 'tim.bakker@bakker-greenhouses.nl'), 'Re: MIT application climate screens',
  top("""We'll do the application ourselves this time, the form looks a lot simpler than last year. Thanks for the quick reply.

Tim

Sent from Outlook for iOS""", 'gmail', 'en', 'sb', 'Tim Bakker <tim.bakker@bakker-greenhouses.nl>',
      'Re: MIT application climate screens', 'Tim', 'Drafting the MIT application for the climate screens', 6),
  'decline', client='outlook', cte='8bit')

R('r026', 'en', 'sb', ('Ruth Keane', 'ruth.keane@keanefarms.ie'), 'Re: Eco-scheme application + hedgerows',
  top("""Hi Sanne, can we say 6 hours max and I'll pull the figures together myself? Then I'm in.

Ruth""", 'gmail', 'en', 'sb', 'Ruth Keane <ruth.keane@keanefarms.ie>', 'Re: Eco-scheme application + hedgerows', 'Ruth',
      'Preparing the eco-scheme application including the hedgerow planting', 9),
  'unclear', cte='qp')

R('r027', 'en', 'ms', ('Alan Pryce', 'alan.pryce@pryce-yachts.co.uk'), 'Re: Rig survey - catamaran "Two Moons"',
  top("""Yes I've read it, thanks. Let me check with my co-owner first, I'll come back to you by Friday.

Alan""", 'gmail', 'en', 'ms', 'Alan Pryce <alan.pryce@pryce-yachts.co.uk>', 'Re: Rig survey - catamaran "Two Moons"',
      'Alan', 'A full rig survey of the catamaran before relaunch', 4),
  'unclear', fmt='alt', cte='qp', eol='crlf')

# ---------------- machine mail builders

def _offer_message(offer_id, e, lang, task, h, n):
    fname, faddr, _ = FIRMS[e['firm']]
    name, addr = e.get('victim') or e['frm']
    txt = offer(e['firm'], lang, n, task, h)
    hdrs = ('From: %s\nTo: %s\nSubject: %s\nDate: Fri, 14 Mar 2025 10:12:31 +0000\nMessage-ID: %s\n'
            'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n'
            % (enc_addr(fname, faddr), addr, enc_header(e['orig_subj']), offer_id))
    return hdrs, base64.encodebytes(txt.encode('utf-8'))


def dsn_gmail(offer_id, e):
    name, addr = e.get('victim') or e['frm']
    hdrs, body = _offer_message(offer_id, e, 'en', 'Searching the Funchal parish registers for 1870-1880', 5, 'Mr Gouveia')
    expl = text_part("""
** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-22c50f5a1a7si112233.4 - gsmtp
""" % addr, 'plain', 'utf-8', 'qp')
    ds = ('Content-Type: message/delivery-status\n\n'
          'Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; ines@raizes-genealogia.pt\n'
          'Arrival-Date: Fri, 14 Mar 2025 03:12:33 -0700 (PDT)\nX-Original-Message-ID: %s\n\n'
          'Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n'
          'Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.102.27, the server for the domain gmail.com.)\n'
          'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n'
          'Last-Attempt-Date: Fri, 14 Mar 2025 03:12:34 -0700 (PDT)\n' % (offer_id, addr)).encode()
    orig = b'Content-Type: message/rfc822\n\n' + hdrs.encode('ascii') + b'\n' + body
    return multipart('report', [expl, ds, orig], ' report-type=delivery-status;')


def ndr_exchange_es(offer_id, e):
    name, addr = e.get('victim') or e['frm']
    hdrs, body = _offer_message(offer_id, e, 'es', 'Revisar el presupuesto del paquete de trabajo 3', 4, 'Rocío')
    expl = text_part("""Error en la entrega a estos destinatarios o grupos:

%s
No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección de correo electrónico del destinatario e intente enviar el mensaje de nuevo. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.

Información de diagnóstico para administradores:

Servidor de generación: DB9PR02MB7211.eurprd02.prod.outlook.com

%s
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""" % (addr, addr), 'plain', 'utf-8', 'qp')
    ds = ('Content-Type: message/delivery-status\n\n'
          'Reporting-MTA: dns;DB9PR02MB7211.eurprd02.prod.outlook.com\nReceived-From-MTA: dns;veldwerk-subsidie.nl\n'
          'Arrival-Date: Fri, 14 Mar 2025 10:12:40 +0000\n\n'
          'Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n'
          'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n'
          % addr).encode()
    rh = b'Content-Type: text/rfc822-headers\n\n' + hdrs.encode('ascii')
    return multipart('report', [expl, ds, rh], ' report-type=delivery-status;')


def mdn_de(offer_id, e):
    name, addr = e['frm']
    expl = text_part("""Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an %s <%s> gesendet haben, mit dem Betreff "%s".

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.
""" % (name, addr, e['orig_subj']), 'plain', 'utf-8', 'qp')
    mdn = ('Content-Type: message/disposition-notification; name="MDNPart2.txt"\nContent-Disposition: inline\n\n'
           'Reporting-UA: %s; Mozilla Thunderbird\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n'
           'Disposition: manual-action/MDN-sent-manually; displayed\n' % (addr.split('@')[1], addr, offer_id)).encode()
    return multipart('report', [expl, mdn], ' report-type=disposition-notification;')


def ticket_pt(offer_id, e):
    txt = """##- Por favor, escreva a sua resposta acima desta linha -##

Olá,

Obrigado por entrar em contacto com o Grupo Medeiros & Filhos.

O seu pedido (#48213) foi recebido e está a ser analisado pela nossa equipa. Responderemos com a maior brevidade possível, normalmente no prazo de 2 dias úteis.

Pode acompanhar o estado do seu pedido em https://suporte.medeiros-filhos.example.pt/hc/requests/48213

Esta é uma mensagem automática, por favor não responda a este e-mail.

Com os melhores cumprimentos,
Apoio ao Cliente
Grupo Medeiros & Filhos
"""
    return multipart('alternative', [text_part(txt, 'plain', 'utf-8', 'qp'),
                                     text_part(to_html(txt), 'html', 'utf-8', 'qp')])


def simple(text, charset='utf-8', cte='qp'):
    def f(offer_id, e):
        return text_part(text, 'plain', charset, cte)
    return f

AUTO = [('Auto-Submitted', 'auto-replied')]

R('r028', 'en', 'ac', ('Gareth Ellison', 'gareth.ellison@ellison-homes.co.uk'), 'Automatic reply: Mill Lane - revised fee proposal',
  None, 'automatic', client='outlook', eol='crlf',
  extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
         ('X-MS-Exchange-Inbox-Rules-Loop', 'gareth.ellison@ellison-homes.co.uk')],
  raw=simple("""Thank you for your email.

I am out of the office until Monday 24 March with limited access to email. For anything urgent relating to Mill Lane please contact Sarah Jennings on 01632 960 772 or sarah.jennings@ellison-homes.co.uk.

Kind regards
Gareth Ellison
Technical Director
Ellison Homes Ltd
""", 'windows-1252', 'qp'))

R('r029', 'en', 'gn', ('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), 'Delivery Status Notification (Failure)',
  None, 'automatic', raw=dsn_gmail, extra=AUTO)
REPLIES[-1]['orig_subj'] = 'Parish search Funchal - Gouveia'
REPLIES[-1]['victim'] = ('Ricardo Gouveia', 'ricardo.gouveia.ny@gmail.com')

R('r030', 'en', 'sb', ('Noel Fitzgerald', 'noel@fitzgerald-orchards.ie'), 'Please confirm your message to noel@fitzgerald-orchards.ie',
  None, 'automatic', extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')],
  raw=simple("""Hello,

I'm protecting myself from receiving junk mail. Please click the link below to complete the verification process. You have to do this only once, and your message will then be delivered to Noel Fitzgerald.

https://verify.mailguard-cr.example.com/confirm?id=7f3a9c21e4&r=noel%40fitzgerald-orchards.ie

Subject of your message: Re: Orchard grant - hail nets

If you don't confirm within 7 days, your message will be deleted automatically.

This is an automated message from MailGuard Challenge/Response. Please do not reply.
""", 'us-ascii', '7bit'))

# ================================================================ REPLIES: German (ar)

R('r031', 'de', 'ar', ('Birgit Hanselmann', 'b.hanselmann@hv-breisgau.de'), 'AW: WEG Schwarzwaldstraße 88 - Baumkontrolle 2025',
  top("""Sehr geehrte Frau Dr. Kessler,

vielen Dank für das Angebot. Ja, bitte legen Sie los – der Hausmeister Herr Köhler weiß Bescheid und öffnet Ihnen die Tiefgarage.

Mit freundlichen Grüßen

Birgit Hanselmann
Objektbetreuung
Hausverwaltung Breisgau GmbH

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.""", 'outlook', 'de', 'ar',
      'Birgit Hanselmann <b.hanselmann@hv-breisgau.de>', 'AW: WEG Schwarzwaldstraße 88 - Baumkontrolle 2025',
      'Frau Hanselmann', 'Die jährliche Baumkontrolle der 23 Bäume inklusive Baumkataster und Bericht', 6),
  'accept', fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

R('r032', 'de', 'ar', ('Jürgen Maier', 'juergen.maier64@t-online.de'), 'Re: Fichte Gutachten',
  top("""nein danke, das machen wir jetzt selber, unser schwager ist gärtner und hat sich das angeschaut. der anwalt von der nachbarin hat sich auch nicht mehr gemeldet

gruß j. maier

Von meinem iPhone gesendet""", 'apple', 'de', 'ar', 'Jürgen Maier <juergen.maier64@t-online.de>', 'Re: Fichte Gutachten',
      'Herr Maier', 'Die Begutachtung der Fichte mit Wurzelsuchgrabung und schriftlicher Stellungnahme', 5),
  'decline', client='iphone', cs='iso-8859-1', cte='8bit')
REPLIES[-1]['body'] = REPLIES[-1]['body'].replace('98 € netto pro Stunde', '98 EUR netto pro Stunde')

R('r033', 'de', 'ar', ('Nadine Roth', 'leitung@kita-sonnenblume-freiburg.de'), 'Re: Robinien Spielplatz',
  top("""Liebe Frau Kessler,

danke für die schnelle Rückmeldung! Kämen Sie auch mit 3 Stunden aus? Mehr gibt unser Budget für dieses Jahr leider nicht her, sonst müsste ich erst beim Träger nachfragen.

Viele Grüße
Nadine Roth""", 'gmail', 'de', 'ar', 'Nadine Roth <leitung@kita-sonnenblume-freiburg.de>', 'Re: Robinien Spielplatz',
      'Frau Roth', 'Die Kontrolle der Robinien und eine kurze Stellungnahme für den Träger', 5),
  'unclear', fmt='alt', cte='b64')

R('r034', 'de', 'ar', ('Dr. Felix Hartung', 'f.hartung@hartung-immobilien.de'), 'Automatische Antwort: AW: Gutachten Lindenstraße auf Englisch',
  None, 'automatic', client='outlook', eol='crlf',
  extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')],
  raw=simple("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28. März 2025 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Frau Sabine Vogt, Tel. 0761 555 90 10, s.vogt@hartung-immobilien.de.

Mit freundlichen Grüßen
Dr. Felix Hartung
Hartung Immobilien GmbH & Co. KG
""", 'iso-8859-1', 'qp'))

R('r035', 'de', 'ar', ('Thomas Ebner', 'thomas.ebner@icloud.com'), 'Empfangsbestätigung (angezeigt) - Nachpflanzung Blutbuche',
  None, 'automatic', raw=mdn_de, client='tbird')
REPLIES[-1]['orig_subj'] = 'Nachpflanzung Blutbuche'

# ================================================================ French (ms)

R('r036', 'fr', 'ms', ('Hervé Le Floch', 'herve.lefloch29@orange.fr'), 'Re: Expertise First 31.7',
  top("""Parfait, allez-y. Le chantier sort le bateau lundi 14 à 8h.

Hervé

Envoyé de mon iPhone""", 'apple', 'fr', 'ms', 'Hervé Le Floch <herve.lefloch29@orange.fr>', 'Re: Expertise First 31.7',
      'Monsieur Le Floch', "L'expertise d'évaluation à terre, avec rapport écrit", 5),
  'accept', client='iphone', fmt='alt', cte='qp')

R('r037', 'fr', 'ms', ('Sandrine Moreau', 'sandrine.moreau@atlantique-assurances.fr'), 'RE : Sinistre n° 25-MAR-0117 - voilier "Kerlouan"',
  top("""Monsieur,

C'est bon pour nous, vous pouvez lancer l'expertise. Merci d'adresser votre facture au service Sinistres Plaisance en rappelant la référence du dossier.

Bien cordialement,

Sandrine Moreau
Gestionnaire sinistres Plaisance
Atlantique Assurances Mutuelles

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.""",
      'outlook', 'fr', 'ms', 'Sandrine Moreau <sandrine.moreau@atlantique-assurances.fr>',
      'RE : Sinistre n° 25-MAR-0117 - voilier "Kerlouan"', 'Madame Moreau',
      "L'expertise à bord, l'analyse de l'osmose et le rapport", 9),
  'accept', fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

R('r038', 'fr', 'ms', ('Gildas Tanguy', 'president@cn-larmor.fr'), 'Re: Contrôle des corps-morts',
  top("""Non merci Yann, le bureau a finalement décidé de confier le contrôle aux plongeurs de la mairie. On se voit à l'AG quand même ?

Gildas""", 'tbird', 'fr', 'ms', 'Gildas Tanguy', 'Re: Contrôle des corps-morts', 'Gildas',
      'Le contrôle des 42 corps-morts avec plongée et rapport', 16),
  'decline', client='tbird', cte='8bit')

R('r039', 'fr', 'ms', ('Loïc Kerguelen', 'atelier@chantier-kerguelen.fr'), 'RE: Expertise gréement Lagoon 380',
  top("""Bonjour Yann,

Le propriétaire est en mer jusqu'à fin mars, je lui transmets et je vous redis début avril.

Loïc
Chantier naval Kerguelen
Port-Louis - 02 97 55 14 00""", 'outlook-old', 'fr', 'ms', 'Chantier naval Kerguelen', 'RE: Expertise gréement Lagoon 380',
      'Loïc', "L'expertise complète du gréement du Lagoon 380", 4),
  'unclear', cs='iso-8859-1', cte='qp', client='outlook')
REPLIES[-1]['body'] = REPLIES[-1]['body'].replace("105 € HT de l'heure", "105 EUR HT de l'heure")

R('r040', 'fr', 'ms', ('Paul Guillou', 'p.guillou@sellerie-guillou.fr'), 'Réponse automatique : Expertise vedette "Iroise" - devis',
  None, 'automatic', client='gmail', extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')],
  raw=simple("""Bonjour,

Je suis absent(e) du bureau jusqu'au lundi 24 mars inclus. Pour toute demande urgente concernant la sellerie, merci de contacter l'atelier au 02 97 84 12 34.

Cordialement,
Paul Guillou
Sellerie Guillou - Lorient
""", 'utf-8', '8bit'))

# ================================================================ Spanish

R('r041', 'es', 'gn', ('Martín Rossi', 'martinrossi.ba@gmail.com'), 'Re: Acta de nacimiento Chiavari',
  top("""Dale, adelante!! Avisame si necesitás algún dato más de mi bisabuelo.

Martín

Enviado desde mi iPhone""", 'apple', 'es', 'gn', 'Martín Rossi <martinrossi.ba@gmail.com>', 'Re: Acta de nacimiento Chiavari',
      'Martín', 'Buscar el acta en el comune de Chiavari y pedir la copia integral', 4),
  'accept', client='iphone', cte='qp')

R('r042', 'es', 'gn', ('Valeria Giménez', 'vgimenez@estudiogimenez.com.ar'), 'RE: Rectificación acta de matrimonio',
  top("""Inés, gracias por el presupuesto. Al final lo va a tramitar un gestor de acá que nos sale bastante más barato, así que no hace falta.

Saludos
Valeria""", 'outlook', 'es', 'gn', 'Valeria Giménez <vgimenez@estudiogimenez.com.ar>',
      'RE: Rectificación acta de matrimonio', 'Valeria', 'La rectificación del acta de matrimonio', 6),
  'decline', fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

R('r043', 'es', 'sb', ('Rocío Navarro', 'rnavarro@oleojaen.coop'), 'RE: Presupuesto WP3',
  top("""Estimada Sanne:

No, gracias. Finalmente la revisión la hará el técnico de la cooperativa, que ya conoce bien las bases.

Un cordial saludo,
Rocío Navarro
Departamento de Proyectos
Cooperativa Oleícola de Jaén

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario.""", 'outlook-old', 'es', 'sb',
      'Rocío Navarro', 'RE: Presupuesto WP3', 'Rocío', 'Revisar el presupuesto del paquete de trabajo 3', 4),
  'decline', cs='windows-1252', cte='8bit', eol='crlf', client='outlook')

R('r044', 'es', 'gn', ('Sofía Acosta', 'sofi.acosta@hotmail.com'), 'Re: Partida de matrimonio de los bisabuelos',
  top("""Hola Inés! una pregunta antes de decirte que sí: ¿eso incluye las tasas del archivo y el envío a Buenos Aires o va aparte?

Sofi""", 'gmail', 'es', 'gn', 'Sofía Acosta <sofi.acosta@hotmail.com>', 'Re: Partida de matrimonio de los bisabuelos',
      'Sofía', 'Buscar la partida de matrimonio en el archivo de Braga', 3),
  'unclear', fmt='alt', cte='b64')

R('r045', 'es', 'sb', ('Microsoft Outlook', 'postmaster@agrocampo-murcia.es'), 'No se puede entregar: Justificación segundo pago',
  None, 'automatic', raw=ndr_exchange_es, eol='crlf', extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', '')])
REPLIES[-1]['orig_subj'] = 'Justificación segundo pago'
REPLIES[-1]['victim'] = ('Paco Molina', 'paco.molina@agrocampo-murcia.es')

# ================================================================ Dutch (sb)

R('r046', 'nl', 'sb', ('Kees van Dijk', 'kees@vandijk-tomaten.nl'), 'RE: SDE++ nieuwe kas Maasdijk',
  top("""Prima, ga je gang.

Kees""", 'outlook', 'nl', 'sb', 'Kees van Dijk <kees@vandijk-tomaten.nl>', 'RE: SDE++ nieuwe kas Maasdijk', 'Kees',
      'De SDE++ aanvraag voor de nieuwe kas', 7),
  'accept', fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

R('r047', 'nl', 'sb', ('Femke Jansen', 'femke.jansen@jansen-melkvee.nl'), 'Re: Aanvraag Sbv subsidie',
  top("""Ja hoor, doe maar. Wel graag vóór 1 april indienen, want dan gaan we de stal verbouwen.

Femke""", 'gmail', 'nl', 'sb', 'Femke Jansen <femke.jansen@jansen-melkvee.nl>', 'Re: Aanvraag Sbv subsidie', 'Femke',
      'De aanvraag voor de Sbv-subsidie', 5),
  'accept', fmt='alt', cte='qp')

R('r048', 'nl', 'sb', ('Jeroen Smit', 'jeroensmit1979@gmail.com'), 'Re: ISDE warmtepomp',
  top("""hoi sanne, we hebben besloten de warmtepomp toch niet te kopen dit jaar, dus de aanvraag is niet meer nodig. bedankt!

Verstuurd vanaf mijn iPhone""", 'apple', 'nl', 'sb', 'Jeroen Smit <jeroensmit1979@gmail.com>', 'Re: ISDE warmtepomp', 'Jeroen',
      'De ISDE-aanvraag voor de warmtepomp', 2),
  'decline', client='iphone', cte='8bit')

R('r049', 'nl', 'sb', ('Willem Hoekstra', 'w.hoekstra@hoekstra-bloembollen.nl'), 'Re: projectplan en begroting',
  top("""Goedemiddag Sanne,

Ja voor het nalopen van het projectplan, maar de begroting pas ik zelf wel aan.

Met vriendelijke groet,
Willem Hoekstra""", 'tbird', 'nl', 'sb', 'Willem Hoekstra', 'Re: projectplan en begroting', 'Willem',
      'Het projectplan nalopen en de begroting aanpassen', 5),
  'unclear', client='tbird', cs='iso-8859-1', cte='qp')
REPLIES[-1]['body'] = REPLIES[-1]['body'].replace('€ 115 per uur excl. btw', 'EUR 115 per uur excl. btw')

R('r050', 'nl', 'sb', ('Arjan Mulder', 'info@loonbedrijf-mulder.nl'), 'Automatisch antwoord: Kostenoverzicht precisielandbouw',
  None, 'automatic', client='outlook', extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
  raw=simple("""Bedankt voor uw e-mail.

Wij zijn met vakantie van 17 t/m 28 maart. In die periode worden e-mails niet gelezen. Voor spoedeisende zaken kunt u bellen met Gerrit Mulder: 06-98765432.

Met vriendelijke groet,
Loonbedrijf Mulder & Zn.
""", 'utf-8', 'b64'))

# ================================================================ Italian

R('r051', 'it', 'gn', ('Giulia Ferraz Bianchi', 'giulia.bianchi@libero.it'), 'Re: Cittadinanza portoghese - documenti',
  top("""Perfetto, proceda pure. Le mando il certificato di nascita della mamma entro la settimana.

Giulia

Inviato da iPhone""", 'apple', 'it', 'gn', 'Giulia Ferraz Bianchi <giulia.bianchi@libero.it>',
      'Re: Cittadinanza portoghese - documenti', 'Giulia', "La verifica dei requisiti e la lista dei documenti", 2),
  'accept', client='iphone', cte='qp')

R('r052', 'it', 'sb', ('Chiara Benedetti', 'chiara@cantinabenedetti.it'), 'Re: Relazione tecnica OCM',
  top("""va bene, procedi! ti mando i preventivi firmati entro venerdì

Chiara""", 'gmail', 'it', 'sb', 'Chiara Benedetti <chiara@cantinabenedetti.it>', 'Re: Relazione tecnica OCM', 'Chiara',
      'La relazione tecnica per la domanda OCM', 6),
  'accept', fmt='alt', cte='8bit')

R('r053', 'it', 'gn', ('Marco Carvalho Lodi', 'marco.lodi@studiolodi.it'), 'R: Atto di nascita - Comune di Chiavari',
  top("""Gentile Inês,

La ringrazio, ma per il momento rinunciamo: i costi della traduzione giurata sono troppo alti per noi quest'anno.

Cordiali saluti
Marco Lodi""", 'outlook', 'it', 'gn', 'Marco Carvalho Lodi <marco.lodi@studiolodi.it>',
      'R: Atto di nascita - Comune di Chiavari', 'Marco', "Reperire l'atto integrale e farlo tradurre con traduzione giurata", 5),
  'decline', fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

R('r054', 'it', 'sb', ('Davide Santoro', 'd.santoro@agriturismo-ilpoggio.it'), 'R: Rendicontazione spese personale 2024',
  top("""Sì, ho letto. Ma 12 ore mi sembrano tante per una verifica: non si potrebbe fare in 8?

Davide Santoro
Agriturismo Il Poggio""", 'outlook', 'it', 'sb', 'Davide Santoro <d.santoro@agriturismo-ilpoggio.it>',
      'R: Rendicontazione spese personale 2024', 'Davide', 'La verifica delle spese di personale del 2024', 12),
  'unclear', fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

R('r055', 'it', 'gn', ('Alessandra Pereira Conti', 'ale.conti@gmail.com'), "Re: Apostille certidão bisnonno",
  top("""Grazie Inês, ne parlo con mio fratello e ti faccio sapere dopo Pasqua.

Alessandra""", 'gmail', 'it', 'gn', 'Alessandra Pereira Conti <ale.conti@gmail.com>', "Re: Apostille certidão bisnonno",
      'Alessandra', "Far apostillare la certidão e spedirla in Italia", 2),
  'unclear', cte='b64')

# ================================================================ Portuguese (gn)

R('r056', 'pt', 'gn', ('Renata Oliveira', 'renata.oliveira.sp@gmail.com'), 'Re: registro de casamento - Braga',
  top("""Sim, pode avançar!! 🙌 Estou ansiosa

Renata

Enviado do meu iPhone""", 'apple', 'pt', 'gn', 'Renata Oliveira <renata.oliveira.sp@gmail.com>',
      'Re: registro de casamento - Braga', 'Renata', 'A pesquisa nos livros de casamento da Sé de Braga', 6),
  'accept', client='iphone', fmt='alt', cte='qp')

R('r057', 'pt', 'gn', ('Luís Figueiredo', 'luis.figueiredo@sapo.pt'), 'RE: Procuração - processo do meu pai',
  top("""Boa tarde Dra. Inês,

Obrigado, mas já não é necessário: o meu cunhado foi à Conservatória e tratou de tudo.

Com os melhores cumprimentos,
Luís Figueiredo""", 'outlook', 'pt', 'gn', 'Luís Figueiredo <luis.figueiredo@sapo.pt>',
      'RE: Procuração - processo do meu pai', 'Sr. Luís', 'Preparar a nova procuração e tratar do registo', 3),
  'decline', fmt='alt', cs='windows-1252', cte='qp', eol='crlf', client='outlook')

R('r058', 'pt', 'gn', ('Joaquim Teixeira', 'jteixeira.porto@gmail.com'), 'Re: Pesquisa Braga e tradução',
  top("""Pode avançar com a pesquisa em Braga, mas a tradução deixe ficar por agora.

Joaquim

Enviado do meu Galaxy""", 'gmail', 'pt', 'gn', 'Joaquim Teixeira <jteixeira.porto@gmail.com>', 'Re: Pesquisa Braga e tradução',
      'Sr. Joaquim', 'A pesquisa em Braga e a tradução da certidão para inglês', 5),
  'unclear', client='android', cte='8bit')

R('r059', 'pt', 'gn', ('Beatriz Nogueira', 'bia.nogueira@terra.com.br'), 'Re: Árvore em inglês',
  '', 'unclear', fmt='html', cte='qp', client='none',
  html="""<html><body><div style="font-family:Verdana;font-size:10pt">
<p>Não sei, Inês... 8 horas? Da última vez a árvore toda levou 3. Por que agora é tanto?</p>
<p>Bia</p>
</div>
<div class="gmail_quote"><div class="gmail_attr">Em sex., 14 de mar. de 2025 às 10:12, In&ecirc;s Carvalho &lt;ines@raizes-genealogia.pt&gt; escreveu:</div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
<p>Olá Bia,</p>
<p>Obrigada pela sua mensagem. A cópia autenticada e a tradução da árvore para inglês levariam cerca de 8 horas, a 65 &euro; por hora. Posso avançar?</p>
<p>Com os melhores cumprimentos,<br>Inês Carvalho<br>Raízes Genealogia &amp; Cidadania</p>
</blockquote></div>
</body></html>
""")

R('r060', 'pt', 'gn', ('Apoio ao Cliente Medeiros & Filhos', 'suporte@medeiros-filhos.example.pt'), '[Pedido #48213] Recebemos a sua mensagem',
  None, 'automatic', raw=ticket_pt, extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer')])

# ================================================================ main

def main():
    for d in ('questions', 'replies'):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, d)):
            if f.endswith('.eml') or f.endswith('.json'):
                os.remove(os.path.join(HERE, d, f))
    for i, e in enumerate(QUESTIONS):
        emit_question(i, e)
    for i, e in enumerate(REPLIES):
        emit_reply(i, e)
    print('wrote %d questions, %d replies' % (len(QUESTIONS), len(REPLIES)))


if __name__ == '__main__':
    main()
