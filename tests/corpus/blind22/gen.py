#!/usr/bin/env python3
"""Generator for blind round 22: writes questions/ and replies/ (stdlib only).

Five invented firms:
  BELL  Stenning & Daughters Bellhangers (church bell hanging, tower surveys), UK, GBP
  BEE   Apiflora Bestuivingsdiensten (beehive rental for orchard pollination), NL, EUR
  BAL   Skyward Envelope Works (hot-air balloon envelope inspection/repair), CH, CHF
  FAL   Falcoaria Halcyon (falconry bird control: airports, landfill, vineyards), PT, EUR
  ICE   Glacier Blade Rink Services (ice-rink plant and resurfacing), US/EU, USD
"""
import base64
import datetime
import html
import json
import os
import quopri
import shutil
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

FIRMS = {
    'BELL': ('Margaret Stenning', 'office@stenningbells.co.uk', 'stenningbells.co.uk'),
    'BEE': ('Apiflora Bestuivingsdiensten', 'info@apiflora.nl', 'apiflora.nl'),
    'BAL': ('Skyward Envelope Works', 'atelier@skyward-envelope.ch', 'skyward-envelope.ch'),
    'FAL': ('Falcoaria Halcyon', 'reservas@falcoaria-halcyon.pt', 'falcoaria-halcyon.pt'),
    'ICE': ('Glacier Blade Rink Services', 'service@glacierblade.com', 'glacierblade.com'),
}

_counter = [0]


def hdr(value):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, 'utf-8').encode()


def addr(name, mail):
    if not name:
        return mail
    return formataddr((name, mail), charset='utf-8')


def enc_body(text, charset, cte):
    data = text.encode(charset)
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    if cte == '7bit':
        data.decode('ascii')
    return data


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', extra=''):
    if not text.endswith('\n'):
        text += '\n'
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n%s' % (ctype, charset, cte, extra)
    return h.encode('ascii') + b'\n' + enc_body(text, charset, cte)


def attachment(ctype, data, filename, inline=False):
    disp = 'inline' if inline else 'attachment'
    h = ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\n'
         'Content-Transfer-Encoding: base64\n' % (ctype, filename, disp, filename))
    return h.encode('ascii') + b'\n' + base64.encodebytes(data)


def multi(subtype, parts, extra=''):
    _counter[0] += 1
    b = '----=_Part_%d_%d.17%05d' % (_counter[0] * 7919, _counter[0], _counter[0] * 31)
    out = ('Content-Type: multipart/%s;\n boundary="%s"%s\n\n' % (subtype, b, extra)).encode('ascii')
    out += b'This is a multi-part message in MIME format.\n\n' if subtype == 'mixed' else b''
    for p in parts:
        out += b'--' + b.encode() + b'\n' + p
        if not p.endswith(b'\n'):
            out += b'\n'
    out += b'--' + b.encode() + b'--\n'
    return out


FAKE_PDF = b'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
FAKE_JPG = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + bytes(range(256)) + b'\xff\xd9'
FAKE_XLSX = b'PK\x03\x04\x14\x00\x06\x00\x08\x00' + bytes(range(200))


def _inline(t):
    return html.escape(t, quote=False)


def to_html(text, wrap='<div dir="ltr">', endwrap='</div>', font=None):
    """Very small plain-to-HTML converter: '>' runs become <blockquote>, '- ' runs become <ul>."""
    lines = text.rstrip('\n').split('\n')
    out = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('>'):
            block = []
            while i < len(lines) and lines[i].startswith('>'):
                s = lines[i][1:]
                if s.startswith(' '):
                    s = s[1:]
                block.append(s)
                i += 1
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            out.append(to_html('\n'.join(block), '', ''))
            out.append('</blockquote>')
            continue
        if ln.startswith('- ') or ln.startswith('* ') or ln.startswith('\u2022 '):
            out.append('<ul>')
            while i < len(lines) and (lines[i].startswith('- ') or lines[i].startswith('* ') or lines[i].startswith('\u2022 ')):
                out.append('<li>%s</li>' % _inline(lines[i][2:]))
                i += 1
            out.append('</ul>')
            continue
        if ln.strip() == '':
            out.append('<div><br></div>')
            i += 1
            continue
        out.append('<div>%s</div>' % _inline(ln))
        i += 1
    body = '\n'.join(out)
    if font:
        body = '<div style="font-family:%s">\n%s\n</div>' % (font, body)
    return (wrap + '\n' if wrap else '') + body + ('\n' + endwrap if endwrap else '')


def html_doc(inner, charset='utf-8'):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style>p{margin:0}</style>\n</head>\n<body>\n%s\n</body>\n</html>\n' % (charset, inner))


def build(c, folder):
    """c: dict describing one mail. Returns raw bytes."""
    charset = c.get('charset', 'utf-8')
    cte = c.get('cte', 'quoted-printable')
    mime = c.get('mime', 'plain')
    text = c.get('body', '')
    htm = c.get('html')
    if mime == 'raw':
        body = c['rawbody'].encode(charset)
    else:
        if mime == 'plain':
            body = leaf('text/plain', text, charset, cte)
        elif mime == 'html':
            body = leaf('text/html', htm or html_doc(to_html(text, font=c.get('font')), charset), charset, cte)
        elif mime == 'alt':
            body = multi('alternative', [leaf('text/plain', text, charset, c.get('cte_text', cte)),
                                         leaf('text/html', htm or html_doc(to_html(text, font=c.get('font')), charset),
                                              charset, c.get('cte_html', cte))])
        elif mime == 'prebuilt':
            body = c['prebuilt']
        else:
            raise ValueError(mime)
        if c.get('attach'):
            parts = [body]
            for ctype, data, fn in c['attach']:
                parts.append(attachment(ctype, data, fn))
            body = multi('mixed', parts)
    H = []
    H.append('Return-Path: <%s>' % c.get('return_path', c['from'][1]))
    for extra in c.get('pre_headers', []):
        H.append(extra)
    H.append('From: ' + addr(*c['from']))
    H.append('To: ' + addr(*c['to']))
    if c.get('cc'):
        H.append('Cc: ' + c['cc'])
    H.append('Subject: ' + hdr(c['subject']))
    H.append('Date: ' + c['date'])
    H.append('Message-ID: <%s>' % c['msgid'])
    if c.get('in_reply_to'):
        H.append('In-Reply-To: <%s>' % c['in_reply_to'])
        H.append('References: ' + ' '.join('<%s>' % r for r in c.get('references', [c['in_reply_to']])))
    for extra in c.get('headers', []):
        H.append(extra)
    H.append('MIME-Version: 1.0')
    raw = ('\n'.join(H) + '\n').encode('ascii') + body
    if c.get('crlf'):
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def date(y, mo, d, h, mi, tz=0):
    tzinfo = datetime.timezone(datetime.timedelta(hours=tz))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, 7, tzinfo=tzinfo))


def write_all(cases, folder, kind):
    path = os.path.join(HERE, folder)
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)
    for c in cases:
        try:
            raw = build(c, folder)
        except Exception as e:
            raise SystemExit('%s: %r' % (c['name'], e))
        with open(os.path.join(path, c['name'] + '.eml'), 'wb') as f:
            f.write(raw)
        with open(os.path.join(path, c['name'] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(c['expected'], f, ensure_ascii=False, indent=1)
            f.write('\n')


QUESTIONS = []
REPLIES = []


def Q(name, lang, firm, sender, subject, when, body, questions, quoted=(), **kw):
    fname, fmail, fdom = FIRMS[firm]
    c = dict(name=name, frm=None, body=body)
    c['from'] = sender
    c['to'] = (fname, fmail)
    c['subject'] = subject
    c['date'] = date(*when)
    c['msgid'] = kw.pop('msgid', '%s.%s@%s' % (name, zlib.crc32(subject.encode()) % 100000, sender[1].split('@')[1]))
    exp = {'questions': list(questions), 'quoted': list(quoted)}
    if questions:
        exp['language'] = lang
    c['expected'] = exp
    c.update(kw)
    QUESTIONS.append(c)


def R(name, decision, firm, sender, subject, when, body, offer_id, **kw):
    fname, fmail, fdom = FIRMS[firm]
    c = dict(name=name, body=body)
    c['from'] = sender
    c['to'] = kw.pop('to', (fname, fmail))
    c['subject'] = subject
    c['date'] = date(*when)
    c['msgid'] = kw.pop('msgid', '%s.%d@%s' % (name, len(body) * 37, sender[1].split('@')[1]))
    c['in_reply_to'] = offer_id
    c['references'] = kw.pop('references', [offer_id])
    c['expected'] = {'decision': decision}
    c.update(kw)
    REPLIES.append(c)


# ---------------------------------------------------------------------------
# QUESTIONS - English
# ---------------------------------------------------------------------------

Q('q001', 'en', 'BELL', ('Dave Pruett', 'dave.pruett61@btinternet.com'), 'tenor clapper', (2025, 3, 4, 21, 12),
"""Hi Margaret,

Tenor clapper is making a clunk on the backswing again since the quarter peal on Sunday. Can you send me the date of the last clapper inspection, I'm sure it was only 2 years ago. Also what do you charge for a callout these days

Thanks
Dave

Sent from my iPhone
""", ['the date of the last clapper inspection', 'what do you charge for a callout'], [],
  cte='8bit')

Q('q002', 'en', 'ICE', ('Brenda Kowalczyk', 'bkowalczyk@lakeshoreicearena.org'), 'RE: Invoice GB-2291', (2025, 1, 14, 9, 3, -5),
"""Hi there,

Need invoice GB-2291 redone with our new tax ID, it\u2019s 84-2219034 now since the arena moved under the county parks district. Accounts won\u2019t pay it with the old one on it.

Also ring me when you\u2019re free about the spring shutdown, I\u2019m in the office till 3 every day this week.

Brenda Kowalczyk
Operations Coordinator | Lakeshore Community Ice Arena
(216) 555-0148 ext. 22
\u201cWhere Cleveland learns to skate\u201d

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the use of the addressee(s) and may contain information that is privileged or confidential. If you are not the intended recipient, please notify the sender and delete this message. Any review, dissemination or copying is prohibited.
""", ['Need invoice GB-2291 redone', 'ring me when you\u2019re free'], [],
  charset='windows-1252', cte='quoted-printable', mime='alt', crlf=True,
  headers=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdtmQ1xZ4kF0pP9hR0mH2wqE7b1c3w=='])

Q('q003', 'en', 'BAL', ('Tom Ashdown', 'tom@ashdownballoonflights.co.uk'), 'G-OTAB envelope', (2025, 2, 20, 18, 40),
"""Hello Skyward team,

How was the season up there? We had a wet one, barely 40 flights.

G-OTAB is due its annual in April. Could you book us a slot in the second week of April and send the updated price list for fabric repairs? Last year's list is the one I have.

Cheers,
Tom Ashdown
Ashdown Balloon Flights
07700 900412
""", ['book us a slot in the second week', 'send the updated price list for fabric repairs'], [],
  mime='alt', cte='7bit')

Q('q004', 'en', 'FAL', ('Gareth Lloyd-Hughes', 'g.lloydhughes@westmarchairport.co.uk'), 'Bird control proposal - questions from our side', (2025, 5, 7, 11, 25, 1),
"""Dear Ms Ferreira,

Thank you for the proposal, which I have circulated internally.

Our insurer is asking: are your handlers covered by public liability insurance of at least GBP 10 million when working airside?

In addition, the board would like a short written comparison of falconry against the gas cannons and distress-call speakers we use at present, ideally with figures from other regional airports, before it meets on 2 June.

Let me know if anything else is needed from us.

Kind regards,

Gareth Lloyd-Hughes
Head of Airside Safety
Westmarch Regional Airport
T: +44 1554 555 210

This message is intended only for the named recipient. Westmarch Regional Airport Ltd, registered in England and Wales no. 04418822.
""", ['are your handlers covered by public liability', 'a short written comparison of falconry'], ['a short written comparison of falconry'],
  cte='quoted-printable')

Q('q005', 'en', 'BEE', ('Harriet Moss', 'harriet@mossfarmpears.co.uk'), 'Re: Pollination 2025 - Moss Farm', (2025, 3, 11, 7, 52),
"""Morning Joost,

Thanks, that all makes sense. One thing: could the hives arrive on the 14th instead of the 12th, as we won't have the gate fixed till then.

Harriet

On Mon, 10 Mar 2025 at 16:04, Apiflora <info@apiflora.nl> wrote:
> Dear Harriet,
>
> For 18 ha of Conference we would suggest 3 hives per hectare, so 54 hives
> in total, delivered in two drops.
>
> Kind regards,
> Joost van Dijk
>
> On Fri, 7 Mar 2025 at 09:15, Harriet Moss <harriet@mossfarmpears.co.uk> wrote:
>> Hi Joost, how many hives per hectare would you want for Conference pears?
>> And can you do two drops a week apart?
>> Harriet
""", ['could the hives arrive on the 14th'], [],
  mime='alt', cte='quoted-printable')

Q('q006', 'en', 'ICE', ('Rick Delacroix', 'rick.delacroix@northstarsportsplex.com'), 'Fwd: brine temps', (2025, 11, 3, 8, 15, -6),
"""Can you deal with the below? Not sure what Jim is on about with the brine temperatures, it felt fine skating on it Saturday.

Rick

---------- Forwarded message ---------
From: Jim Haugen <jhaugen@northstarsportsplex.com>
Date: Sun, Nov 2, 2025 at 10:41 PM
Subject: brine temps
To: Rick Delacroix <rick.delacroix@northstarsportsplex.com>


Rick,
Brine supply has been sitting at 14F all week, should be 16-17 for hockey. Is the chiller oversized or is the setpoint wrong? Could Glacier check the controller settings remotely?
Jim
""", ['Can you deal with the below'], ['Can you deal with the below'],
  cte='8bit')

Q('q007', 'en', 'BELL', ('Ann Whitcombe', 'pcc.secretary@stmarysbrinkley.org.uk'), 'St Mary, Brinkley - quotation for rehanging', (2025, 6, 18, 14, 2, 1),
"""""", ['Does the quotation include VAT', 'prepare the statement of significance', 'How long would the bells be out', 'whether you hold Church Buildings Council accreditation'],
  ['prepare the statement of significance'], mime='html', cte='quoted-printable', crlf=True,
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head>
<body lang="EN-GB" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Dear Mrs Stenning,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Parochial Church Council considered your quotation at its meeting on Monday and has asked me to put the following points to you:</p>
<p class="MsoNormal">&nbsp;</p>
<ol style="margin-top:0cm" start="1" type="1">
<li class="MsoNormal">Does the quotation include VAT, or is the parish able to reclaim it under the Listed Places of Worship scheme?</li>
<li class="MsoNormal">Would you be able to prepare the statement of significance for the faculty application, as our architect has retired?</li>
<li class="MsoNormal">How long would the bells be out of the tower in total?</li>
<li class="MsoNormal">Please confirm whether you hold Church Buildings Council accreditation for this type of work.</li>
</ol>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Council is most grateful for your patience.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Yours sincerely,</p>
<p class="MsoNormal">Ann Whitcombe<o:p></o:p></p>
<p class="MsoNormal">PCC Secretary, St Mary the Virgin, Brinkley<o:p></o:p></p>
<p class="MsoNormal">01638 555 917<o:p></o:p></p>
</div>
</body>
</html>
""", headers=['X-Mailer: Microsoft Outlook 16.0'])

Q('q008', 'en', 'FAL', ('Sandra Okafor', 'sokafor@greyfordwaste.co.uk'), 'Site info for the gull survey', (2025, 9, 2, 13, 30, 1),
"""Hi Inês,

Here is the info you asked for on the call:

- Site area is 42 ha, of which the active tipping face is about 2 ha
- Gull numbers peak in November, mostly herring gulls with some lesser black-backed
- Working hours are 6am to 4pm Monday to Saturday
- Site induction is on Monday mornings only, 7.30am at the weighbridge

Attached is the site plan with the tipping face marked in red. Let me know if anything else is needed before the survey.

Best,
Sandra

Sandra Okafor | Site Manager | Greyford Waste Management
M: 07911 555 302
Please consider the environment before printing this email
""", [], [], mime='alt', cte='base64', attach=[('application/pdf', FAKE_PDF, 'Greyford_site_plan_rev4.pdf')])

Q('q009', 'en', 'BAL', ('Lucy Farraday', 'lucy.farraday@gmail.com'), 'Re: Repair estimate G-LUCY', (2025, 4, 9, 20, 5),
"""Hi, answers below in between your questions

On Wed, 9 Apr 2025 at 10:12, Skyward Envelope Works <atelier@skyward-envelope.ch> wrote:
> Dear Lucy,
>
> Thank you for the photos. Before we can give you a figure, could you tell us:
>
> 1. The total hours on the envelope?

about 310 hrs, its in the logbook

> 2. Whether the damaged panel is in the crown or lower down?

Crown, gore 14 and 15 roughly. would the whole crown need replacing or just the two gores

> 3. When you need the balloon back?

Before the Bristol fiesta ideally. Also can you collect it from Gloucester or do I have to bring it

> Kind regards,
> Anna Brunner
> Skyward Envelope Works
""", ['would the whole crown need replacing', 'can you collect it from Gloucester'], ['would the whole crown need replacing'],
  cte='8bit')

Q('q010', 'en', 'ICE', ('Marcus Bell', 'mbell@riverbendcurling.ca'), 'log template', (2025, 10, 1, 16, 44, -4),
"""hey

send me the refrigeration log template again please, the one from last winter, new guy deleted it.

and just fyi the zamboni is back from the dealer, all good now

marcus
riverbend curling club
""", ['send me the refrigeration log template'], [], mime='html', cte='7bit')

Q('q011', 'en', 'BEE', ('Geoffrey Pimm', 'g.pimm@orchardhouse-cider.co.uk'), 'this year', (2025, 2, 3, 22, 17),
"""Dear Joost,

I hope you had a restful winter. Ours has been anything but. You will remember that we lost a good part of the blossom to that late frost in 2023 and then last year the wet spring meant the bees hardly flew, so I have been in two minds about renting hives at all this year. My wife thinks we should just rely on the wild bees and the bumblebee boxes my grandson put up, and there is something to be said for that, but the Dabinett block never sets properly without help. To make matters more complicated, the farm next door has been taken over by a contractor who sprays on a schedule of his own, and he has sent me a copy of it, which I attach. I wonder whether you could go through his spraying schedule and tell me whether any of it would clash with your hives being on our land in late April and May. If it all looks safe I'd want the same 30 hives as before, if not we'll have to have a think. Apart from that all is well here, the new press is working beautifully and we've won a bronze at the Royal Bath and West, which pleased everyone no end.

With best wishes,
Geoffrey Pimm
Orchard House Cider
""", ['go through his spraying schedule'], ['go through his spraying schedule'],
  charset='iso-8859-1', cte='8bit', attach=[('application/pdf', FAKE_PDF, 'spray_programme_2025.pdf')])

Q('q012', 'en', 'BELL', ('Rev. Clare Ibbotson', 'vicar@allsaintsmarkham.org.uk'), 'Tower records', (2025, 7, 22, 10, 8, 1),
"""Dear Margaret,

We are putting together a short history of the bells for our 800th anniversary. Could you send over the tower survey from 2019 and let me know who carried out the rehang of the treble in the 1950s? I think the name was Taylor but no one is sure.

Many thanks and blessings,
Clare

The Revd Clare Ibbotson
Vicar, All Saints Markham with Little Fenby
""", ['send over the tower survey from 2019', 'who carried out the rehang of the treble'], [],
  mime='alt', cte='quoted-printable', crlf=True)

Q('q013', 'en', 'ICE', ('Jenna Morales', 'jmorales@desertpeakice.com'), 'thank you!!', (2025, 8, 29, 17, 2, -7),
"""Hi Glacier crew,

Great job last week, the ice is perfect and the youth league coaches are thrilled. Who knew a resurfacer could be so temperamental, right? Payment for invoice GB-2410 went out this morning by ACH.

See you at the fall service!

Jenna Morales
General Manager, Desert Peak Ice Center
Sent from my iPhone
""", [], [], mime='html', cte='quoted-printable')

Q('q014', 'en', 'FAL', ('Philip Arkwright', 'p.arkwright@southmoorlandfill.co.uk'), 'RE: RE: Gull control - gate area', (2025, 10, 21, 8, 12, 1),
"""Ines,

Thanks for this. Can you draft a one-page method statement for the gate area that we can show the Environment Agency inspector on the 30th? It needs to cover the hours the birds fly and what happens if a member of the public walks in.

Regards
Phil

Philip Arkwright
Compliance Manager, Southmoor Landfill
01752 555 771

________________________________
From: Falcoaria Halcyon <reservas@falcoaria-halcyon.pt>
Sent: 20 October 2025 17:48
To: Philip Arkwright <p.arkwright@southmoorlandfill.co.uk>
Subject: RE: Gull control - gate area

Dear Phil,
Yes, we can extend to the gate area from November. Our handler Rui will be on site from 7am.
Best regards, Inês Ferreira

________________________________
From: Philip Arkwright <p.arkwright@southmoorlandfill.co.uk>
Sent: 17 October 2025 09:02
To: Falcoaria Halcyon <reservas@falcoaria-halcyon.pt>
Subject: Gull control - gate area

Hi Ines, could you extend the patrols to cover the gate area as well? And what time would the handler arrive?
Phil
""", ['Can you draft a one-page method statement'], ['Can you draft a one-page method statement'],
  charset='windows-1252', cte='quoted-printable', crlf=True, headers=['X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '])

Q('q015', 'en', 'BAL', ('Pieter Joubert', 'pieter@capeballoonsafaris.co.za'), 'Insurance question re ZS-HBJ', (2025, 3, 28, 6, 55, 2),
"""Morning Anna

My insurer asks: when was the envelope last grab-tested and what were the readings on the crown? They want it before they renew on Monday.

Also do you repair burners as well or only fabric

Thanks
Pieter
Cape Balloon Safaris | +27 82 555 0190
""", ['when was the envelope last grab-tested', 'what were the readings on the crown', 'do you repair burners as well'], [],
  cte='8bit', crlf=True)

Q('q016', 'en', 'BEE', ('Kev Allard', 'kevallard.farms@outlook.com'), 'hives', (2025, 6, 2, 19, 30),
"""all gone now, field's mowed and the track is back to normal. invoice paid this morning

cheers
kev

Sent from Outlook for Android
""", [], [], mime='plain', cte='7bit')

Q('q017', 'en', 'BELL', ('Martin Foyle', 'martin.foyle@gmail.com'), 'Fwd: Faculty application - St Botolph, Eastrey', (2025, 4, 15, 12, 27, 1),
"""Margaret, forwarding this from the diocese, no idea what half of it means. Can you tell me what we actually need to send them? Don't want to hold the whole thing up again.

Martin (churchwarden)

---------- Forwarded message ---------
From: DAC Secretary <dac@diocese-example.org.uk>
Date: Mon, 14 Apr 2025 at 16:30
Subject: Faculty application - St Botolph, Eastrey
To: <martin.foyle@gmail.com>


Dear Mr Foyle,

The Committee considered your application at its April meeting. Before a recommendation can be issued, could you please provide a condition report on the existing frame, confirmation of whether the fittings are to be retained, and the bell adviser's comments? Are the headstocks to be replaced like for like?

Yours sincerely,
DAC Secretary
""", ['tell me what we actually need'], ['tell me what we actually need'],
  mime='alt', cte='quoted-printable')

Q('q018', 'en', 'ICE', ('Sheila Brannigan', 'sheila@frostvalleyrink.com'), 'a few things before winter', (2025, 9, 15, 11, 0, -5),
"""Hi Dan,

How's the new shop working out? Saw the pictures on Facebook, looks huge!

A few things before we fire up the plant in October:

- could you confirm the date for the fall start-up visit
- please check whether our ammonia detector certificates are still valid
- can you work out how much glycol we need to top up the secondary loop, we lost some when the pump seal went

Thanks a bunch,
Sheila

Sheila Brannigan
Frost Valley Rink \u2022 Ithaca NY
607-555-0117
""", ['confirm the date for the fall start-up visit', 'check whether our ammonia detector certificates', 'work out how much glycol we need'],
  ['work out how much glycol we need'], mime='alt', cte='quoted-printable', font='Arial, sans-serif')

Q('q019', 'en', 'FAL', ('joao costa', 'costa.quinta.douro@gmail.com'), 'vat', (2025, 7, 3, 23, 48, 1),
"""hi ines sorry to bother

the invoice for june has our old vat number, the new one is PT516443902 since we changed to lda. need it reissued asap my accountant is on my back

also call me tomorrow if you can re the starlings in the vineyard, they are back

joao
""", ['need it reissued asap', 'call me tomorrow if you can'], [], cte='7bit')

Q('q020', 'en', 'BAL', ('Helen Marchetti', 'helen.marchetti@skyhighevents.ie'), 'Damage after landing - photos attached', (2025, 8, 12, 21, 33, 1),
"""Hi all,

We had a bit of a rough landing in a barley field on Sunday and picked up some damage. From what we can see:

- a tear of about 40 cm in the mouth, just above the scoop
- scorching on two panels near the parachute line
- one broken load tape at the base

Photos attached. Roughly what would a repair like this cost, and is it something we could fly with in the meantime if we keep it under 20 knots? I don't want to ground the whole operation in August if I can help it.

Helen Marchetti
Sky High Events, Co. Kildare
+353 87 555 2214
""", ['Roughly what would a repair like this cost', 'is it something we could fly with'],
  ['Roughly what would a repair like this cost', 'is it something we could fly with'],
  mime='alt', cte='base64', attach=[('image/jpeg', FAKE_JPG, 'IMG_4410.jpg'), ('image/jpeg', FAKE_JPG, 'IMG_4411.jpg')])

Q('q021', 'en', 'BEE', ('Sam Whitlow', 'samwhitlow@berryfields.co.uk'), 'blueberries', (2025, 3, 2, 14, 9),
"""how many hives for 12 acres of blueberries? and do you do half-season rentals

Sam
""", ['how many hives for 12 acres', 'do you do half-season rentals'], [], cte='7bit')

Q('q022', 'en', 'ICE', ('Owen Pritchard', 'opritchard@caerleonicebowl.co.uk'), 'Re: Service plan renewal', (2025, 12, 2, 9, 41),
"""On 1 Dec 2025, at 15:20, Glacier Blade Rink Services <service@glacierblade.com> wrote:
>
> Hello Owen,
>
> Thanks for renewing. Could you confirm the rink dimensions and the
> number of compressors so we can update the plan?
>
> Best,
> Dan Okoye

60 x 30 m, two compressors (one is the old Bitzer).

Separately, is the compressor overhaul covered under our service plan or billed extra?

Owen

--
Owen Pritchard
Caerleon Ice Bowl
""", ['is the compressor overhaul covered'], [], cte='8bit',
  headers=['X-Mailer: Apple Mail (2.3774.300.61.1.2)'])

Q('q023', 'en', 'BELL', ('Joyce Tarrant', 'joyce.tarrant@talktalk.net'), 'The bells are back!', (2025, 5, 25, 19, 20, 1),
"""Dear Margaret and all at Stenning's,

Just a line to say how wonderful it was to hear all eight bells ringing out again on Sunday for the rededication. Isn't it marvellous what a difference the new bearings make? Even old Mr Cattermole, who has rung here since 1958, said they had never gone so well.

Please pass on our thanks to your daughters and the whole team. We shall be recommending you to everyone in the deanery.

With warmest wishes,
Joyce Tarrant
Ringing Master, St Andrew's, Hollesley
""", [], [], charset='iso-8859-1', cte='quoted-printable', mime='html')

Q('q024', 'en', 'FAL', ('Dr. Amelia Hart', 'amelia.hart@estuarygolf.com'), 'Estuary Links - goose damage', (2025, 1, 27, 10, 15),
"""Dear Sirs,

Estuary Links has suffered considerable damage to the greens from Canada geese this winter. We would be grateful if you could review our bird-strike and damage log for the last two years and propose a revised patrol schedule for the spring.

The log is attached as a spreadsheet.

Yours faithfully,

Dr. Amelia Hart
Club Secretary, Estuary Links Golf Club

DISCLAIMER: The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Access to this email by anyone else is unauthorised.
""", ['review our bird-strike and damage log', 'propose a revised patrol schedule'],
  ['review our bird-strike and damage log', 'propose a revised patrol schedule'],
  mime='alt', cte='quoted-printable', crlf=True, attach=[('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', FAKE_XLSX, 'damage_log_2023-2025.xlsx')])

Q('q025', 'en', 'BAL', ('Reto Zürcher', 'reto.zuercher@ballonfahrten-emmental.ch'), 'Jahresprüfung / annual inspection HB-QRZ', (2025, 2, 11, 8, 20, 1),
"""Hallo Anna,

I write in english because my colleague Sandra will read also, she is from Canada.

Our balloon HB-QRZ needs the Jahresprüfung. Can you make the annual inspection in the first week of May? We have many bookings from June so it must be before.

We need also the written report in German for the BAZL, is this possible?

Danke und liebe Grüsse
Reto

Ballonfahrten Emmental GmbH
Reto Zürcher, Pilot
+41 79 555 23 41
""", ['make the annual inspection in the first week', 'the written report in German for the BAZL'], [],
  charset='iso-8859-1', cte='8bit')

Q('q026', 'en', 'ICE', ('Carla Jensen', 'cjensen@twinpinesarena.com'), 'Re: second sheet feasibility', (2025, 6, 10, 15, 22, -5),
"""See my notes inline.

On Tue, Jun 10, 2025 at 9:02 AM Dan Okoye <service@glacierblade.com> wrote:
> Hi Carla,
>
> Happy to look at adding a second sheet. A couple of questions first:
> - What is the plant's rated capacity in tons?

120 tons according to the nameplate, installed 2004.

> - Do you intend to run both sheets year round?

Only Sept-March. Can you calculate what the heat load would be with both sheets running, and whether the existing plant can carry it? The board meets on the 25th.

> - Is there space for a second header trench?

Yes, along the east wall.

> Thanks,
> Dan
""", ['calculate what the heat load would be', 'whether the existing plant can carry it'],
  ['calculate what the heat load would be', 'whether the existing plant can carry it'],
  mime='alt', cte='quoted-printable')

Q('q027', 'en', 'BEE', ('Accounts - Hollybrook Fruit', 'accounts@hollybrookfruit.co.uk'), 'Contract 2025 and Kent drop', (2025, 1, 20, 12, 0),
"""Hello,

Please send the 2025 pollination contract to our new accounts address (this one), not to Richard.

Please also cancel the second drop at the Faversham site, we have grubbed that block.

Thank you,
Priya Nair
Accounts, Hollybrook Fruit Ltd
""", ['send the 2025 pollination contract', 'cancel the second drop at the Faversham site'], [],
  mime='html', cte='base64')

Q('q028', 'en', 'BELL', ('Canon Hugh Redfern', 'hugh.redfern@btopenworld.com'), 'Our old frame', (2025, 10, 6, 16, 45, 1),
"""Dear Mrs Stenning,

You may recall that I was incumbent at St Wilfrid's until my retirement in 2019, and that your late father rehung our ring of six in 1987. I have lately been reading a good deal about the history of bell frames, partly through the Towers and Bells series and partly through an old friend at the Society for the Protection of Ancient Buildings, and it struck me that our frame, which I understand to be of oak and to date from around 1640, may be rather more important than any of us realised at the time. The present churchwardens are good people but have, I think, rather a lot on their plates, and I should not like the frame to be lost if the tower is ever reordered. I wonder if you might look into whether the frame could be listed or recorded in its own right, and what that would involve. I should of course be happy to meet any costs myself. My wife sends her regards; she still speaks fondly of the ringing outing to Whitby.

Yours ever,
Hugh Redfern
""", ['look into whether the frame could be listed'], ['look into whether the frame could be listed'],
  charset='iso-8859-1', cte='quoted-printable')

Q('q029', 'en', 'FAL', ('Nadia Rahman', 'n.rahman@portwayairfield.co.uk'), 'FW: Kestrel nest near runway 09', (2025, 4, 30, 9, 5, 1),
"""FYI below, no action needed from you, just so you know it's been dealt with.

Nadia

-----Original Message-----
From: Tom Ellery <t.ellery@portwayairfield.co.uk>
Sent: 29 April 2025 18:12
To: Nadia Rahman <n.rahman@portwayairfield.co.uk>
Subject: Kestrel nest near runway 09

Nadia, there's a kestrel nesting in the old ILS hut near 09. Do we need a licence to move it? Should we ask the falconry people?
Tom
""", [], [], cte='quoted-printable', crlf=True, headers=['X-Mailer: Microsoft Outlook 16.0'])

Q('q030', 'en', 'ICE', ('Greg Thibodeau', 'greg@mooseriverrec.org'), 'Questions re: new dasher boards', (2025, 4, 16, 10, 30, -5),
"""Hi Dan,

Three questions from our facilities committee:

1) Do you install dasher boards yourselves or do you subcontract?
2) Can you review the two quotes we got from board suppliers (attached) and tell us which one is better value?
3) What is your lead time in summer?

Thanks,
Greg Thibodeau
Moose River Recreation Dept.
(207) 555-0163
""", ['Do you install dasher boards yourselves', 'review the two quotes we got', 'What is your lead time in summer'],
  ['review the two quotes we got'], cte='7bit', attach=[('application/pdf', FAKE_PDF, 'quote_AthleticaBoards.pdf'), ('application/pdf', FAKE_PDF, 'quote_CrystaPlex.pdf')])


# ---------------------------------------------------------------------------
# QUESTIONS - German
# ---------------------------------------------------------------------------

Q('q031', 'de', 'BAL', ('Petra Hofmann', 'p.hofmann@ballonsport-allgaeu.de'), 'AW: Hülle D-OPHA – Versicherung', (2025, 9, 8, 10, 14, 2),
"""Sehr geehrte Frau Brunner,

vielen Dank für die schnelle Rückmeldung.

Unser Versicherer fragt: Wurde die Hülle bei der letzten Jahresnachprüfung auch auf Porosität gemessen?

Außerdem bitten wir Sie, ein kurzes Gutachten zum Zustand der Hülle nach dem Hagelschaden vom Juli zu erstellen, das wir bei der Versicherung einreichen können.

Mit freundlichen Grüßen

Petra Hofmann
Geschäftsführerin
Ballonsport Allgäu GmbH
Tel. +49 831 555 7720

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet.

________________________________
Von: Skyward Envelope Works <atelier@skyward-envelope.ch>
Gesendet: Freitag, 5. September 2025 16:22
An: Petra Hofmann <p.hofmann@ballonsport-allgaeu.de>
Betreff: Hülle D-OPHA – Versicherung

Sehr geehrte Frau Hofmann,
gerne helfen wir. Welche Unterlagen verlangt Ihre Versicherung genau?
Freundliche Grüsse, Anna Brunner
""", ['Wurde die Hülle bei der letzten Jahresnachprüfung', 'ein kurzes Gutachten zum Zustand der Hülle'],
  ['ein kurzes Gutachten zum Zustand der Hülle'], charset='windows-1252', cte='quoted-printable', mime='alt', crlf=True,
  headers=['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: de-DE'])

Q('q032', 'de', 'ICE', ('Stefan Gruber', 'stefan.gruber@eishalle-lindenberg.de'), 'Eisfläche', (2025, 10, 20, 18, 3, 2),
"""Hallo Dan,

alles bestens, die Eisfläche ist super geworden und die Kinder vom Eislaufverein sind begeistert. Wer hätte gedacht, dass das so schnell geht? Die Rechnung haben wir heute überwiesen.

Viele Grüße
Stefan

Von meinem iPhone gesendet
""", [], [], cte='8bit')

Q('q033', 'de', 'BEE', ('Heiner Lammers', 'info@bio-obsthof-lammers.de'), 'Rechnung 2025-118', (2025, 6, 23, 8, 5, 2),
"""Hallo Joost,

wie war der Urlaub? Hoffentlich besser als das Wetter hier.

Bitte die Rechnung Nr. 2025-118 noch einmal mit unserer neuen USt-IdNr. DE318447210 ausstellen, die alte Nummer gilt seit der Umfirmierung nicht mehr.

Und ruf mich mal an wegen der Kirschen in Haselünne, ab 17 Uhr bin ich erreichbar.

Gruß
Heiner Lammers
Bio-Obsthof Lammers GbR
Am Mühlenbach 4, 49740 Haselünne
Tel. 05961 555 310
""", ['noch einmal mit unserer neuen USt-IdNr', 'ruf mich mal an wegen der Kirschen'], [],
  charset='iso-8859-1', cte='quoted-printable')

Q('q034', 'de', 'ICE', ('Dr. Claudia Weißenborn', 'c.weissenborn@stadtwerke-fuessen.de'), 'AW: Zählerstände Eisstadion', (2025, 12, 9, 14, 51, 1),
"""Guten Tag Herr Okoye,

vielen Dank für die Zählerstände. Könnten Sie uns bitte die Energiebilanz der Kälteanlage für die letzte Saison auswerten und mit dem Vorjahr vergleichen? Der Gemeinderat möchte das bis Ende Januar sehen.

Mit freundlichen Grüßen
i. A. Dr. Claudia Weißenborn
Stadtwerke Füssen – Bäder und Eisstadion

-----Ursprüngliche Nachricht-----
Von: Glacier Blade Rink Services <service@glacierblade.com>
Gesendet: Montag, 8. Dezember 2025 17:30
An: Weißenborn, Claudia <c.weissenborn@stadtwerke-fuessen.de>
Betreff: Zählerstände Eisstadion

Sehr geehrte Frau Dr. Weißenborn,

anbei die Zählerstände von November. Können Sie uns die Stände vom Oktober noch schicken? Und wer ist ab Januar unser Ansprechpartner?

Mit freundlichen Grüßen
Dan Okoye
""", ['die Energiebilanz der Kälteanlage für die letzte Saison'], ['die Energiebilanz der Kälteanlage für die letzte Saison'],
  mime='html', cte='quoted-printable', headers=['X-Mailer: Microsoft Outlook 16.0'])

Q('q035', 'de', 'BAL', ('Jürgen Kessler', 'kessler.juergen@t-online.de'), 'Fragen zur Reparatur D-OKJK', (2025, 7, 14, 21, 36, 2),
"""Grüezi Frau Brunner,

nach unserem Telefonat noch drei Fragen:

1. Wie lange dauert die Reparatur eines gerissenen Lastbandes ungefähr?
2. Können Sie die Hülle bei uns in Kempten abholen?
3. Bitte prüfen Sie, ob unsere Hülle nach der Reparatur weiterhin für 8 Passagiere zugelassen ist – dafür müssten Sie wohl das Flughandbuch und die Musterzulassung durchsehen.

Für Rückfragen stehe ich gerne zur Verfügung.

Beste Grüße
Jürgen Kessler
""", ['Wie lange dauert die Reparatur', 'die Hülle bei uns in Kempten abholen', 'weiterhin für 8 Passagiere zugelassen ist'],
  ['weiterhin für 8 Passagiere zugelassen ist'], mime='alt', cte='8bit', crlf=True,
  headers=['User-Agent: Mozilla Thunderbird'])


# ---------------------------------------------------------------------------
# QUESTIONS - French
# ---------------------------------------------------------------------------

Q('q036', 'fr', 'BAL', ('Mathieu Roussel', 'mathieu.roussel@montgolfieres-loire.fr'), 'Inspection F-HBLM', (2025, 3, 6, 7, 44, 1),
"""Bonjour Anna,

Ça va ? Et la saison, pas trop de vent chez vous ?

Je voudrais savoir si vous pouvez faire l'inspection annuelle de F-HBLM avant le 15 mai, et combien ça coûte avec la visite de la nacelle.

Merci d'avance
Mathieu

Envoyé de mon iPhone
""", ["faire l'inspection annuelle de F-HBLM", 'combien ça coûte avec la visite'], [], cte='8bit')

Q('q037', 'fr', 'BEE', ('Isabelle Lemaire', 'i.lemaire@vergers-hesbaye.be'), 'Pollinisation 2025 – Saint-Trond', (2025, 2, 17, 9, 30, 1),
"""Bonjour Monsieur van Dijk,

Suite à notre conversation au salon Interpom, pourriez-vous nous envoyer le contrat pour 2025 et calculer le nombre de ruches nécessaires pour nos 25 hectares de poiriers, en tenant compte des trois variétés et de leurs floraisons décalées ?

Je vous joins le plan des parcelles avec les variétés.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Isabelle Lemaire
Gérante - Vergers de Hesbaye SPRL
Tél. +32 11 55 48 20
""", ['nous envoyer le contrat pour 2025', 'calculer le nombre de ruches nécessaires'], ['calculer le nombre de ruches nécessaires'],
  charset='iso-8859-1', cte='quoted-printable', mime='alt', attach=[('application/pdf', FAKE_PDF, 'plan_parcelles_2025.pdf')])

Q('q038', 'fr', 'ICE', ('Olivier Pasquier', 'o.pasquier@patinoire-annecy.fr'), 'Intervention du 12', (2025, 11, 13, 16, 58, 1),
"""Bonjour,

Merci pour l'intervention d'hier, le compresseur tourne à nouveau et la glace a tenu tout le week-end. Quel soulagement, non ? La facture a été transmise à la comptabilité.

Bonne journée,
Olivier

Envoyé de mon iPhone
""", [], [], mime='html', cte='base64')

Q('q039', 'fr', 'FAL', ('Sophie Garnier', 'sophie@chateau-lacoste-vins.fr'), 'Tr: Autorisation faucons – mairie', (2025, 8, 4, 11, 10, 2),
"""Bonjour Inês,

Pouvez-vous leur répondre directement ? Je ne sais pas du tout quelle autorisation il faut pour faire voler les faucons au-dessus des vignes.

Merci !
Sophie

---------- Message transféré ---------
De : Mairie de Lacoste <accueil@mairie-lacoste.fr>
Date : ven. 1 août 2025 à 15:02
Objet : Autorisation faucons
À : <sophie@chateau-lacoste-vins.fr>


Madame,
Des riverains nous signalent des vols de rapaces au-dessus des parcelles. Disposez-vous d'une autorisation préfectorale ? Le prestataire est-il déclaré ?
Cordialement,
Le secrétariat de mairie
""", ['Pouvez-vous leur répondre directement'], ['Pouvez-vous leur répondre directement'],
  mime='alt', cte='quoted-printable')

Q('q040', 'fr', 'BAL', ('Bernard Aubry', 'b.aubry@wanadoo.fr'), 'valeur enveloppe', (2025, 1, 9, 19, 25, 1),
"""Bonsoir,

Mon banquier me demande : quelle est la valeur résiduelle de l'enveloppe après 400 heures de vol, vu son état actuel ? Il en a besoin pour le prêt de la nouvelle nacelle.

Envoyez-moi aussi la facture de la réparation de 2023, je ne la retrouve plus.

Cordialement
B. Aubry
""", ["quelle est la valeur résiduelle de l'enveloppe", 'Envoyez-moi aussi la facture'], ["quelle est la valeur résiduelle de l'enveloppe"],
  charset='iso-8859-1', cte='8bit', crlf=True)


# ---------------------------------------------------------------------------
# QUESTIONS - Spanish
# ---------------------------------------------------------------------------

Q('q041', 'es', 'FAL', ('Álvaro Benítez', 'abenitez@golfcostadelaluz.es'), 'Servicio de cetrería – fines de semana', (2025, 6, 5, 12, 18, 2),
"""Hola Inés:

¿Qué tal el verano por Portugal? Aquí ya estamos a 35 grados.

El gerente del club pregunta: ¿pueden trabajar también los fines de semana cuando hay torneos? Las gaviotas se ponen imposibles los sábados.

Quedo a la espera de sus noticias.

Un saludo,
Álvaro Benítez
Jefe de Mantenimiento – Golf Costa de la Luz
Tel. 959 55 42 10
""", ['pueden trabajar también los fines de semana'], [], mime='alt', cte='quoted-printable', crlf=True)

Q('q042', 'es', 'FAL', ('Marisa Quintero', 'mquintero@vertederosur.es'), 'gaviotas', (2025, 11, 28, 17, 40, 1),
"""Hola Inés, todo perfecto con el halcón esta semana, las gaviotas han desaparecido del vertedero. ¿Quién lo iba a decir después de tres años de lucha? Dale las gracias a Rui de nuestra parte.

Un abrazo
Marisa

Enviado desde mi iPhone
""", [], [], cte='8bit')

Q('q043', 'es', 'BAL', ('Javier Olmedo', 'javier.olmedo@globosdesegovia.com'), 'Re: Presupuesto reparación EC-JOG', (2025, 5, 21, 22, 2, 2),
"""Hola, te contesto entre líneas.

El mié, 21 may 2025 a las 10:12, Skyward Envelope Works (<atelier@skyward-envelope.ch>) escribió:
> Hola Javier:
>
> Gracias por las fotos. Antes de darte una cifra necesitamos saber:
>
> - ¿Cuántas horas tiene la envoltura?

Unas 280, está en el libro.

> - ¿El desgarro está en la corona o más abajo?

Más abajo, en el panel 6. Necesito también un presupuesto por escrito para la aseguradora, con el desglose de materiales y mano de obra.

> - ¿Para cuándo la necesitas?

Para mediados de junio. ¿Cuánto tardaríais en devolverla una vez reparada?

> Saludos,
> Anna Brunner
""", ['un presupuesto por escrito para la aseguradora', 'Cuánto tardaríais en devolverla'], ['un presupuesto por escrito para la aseguradora'],
  mime='alt', cte='quoted-printable')

Q('q044', 'es', 'ICE', ('Nuria Castells', 'ncastells@pistahielojaca.es'), 'Certificado revisión amoníaco', (2025, 9, 30, 9, 12, 2),
"""Buenos días Dan,

Mándame el certificado de la última revisión de amoníaco, que nos lo pide la inspección de industria para el jueves.

Y llámame cuando puedas para lo del compresor 2, sigue haciendo un ruido raro.

Gracias,
Núria Castells
Pabellón de Hielo de Jaca
“Deporte de invierno todo el año”
""", ['Mándame el certificado de la última revisión', 'llámame cuando puedas para lo del compresor'], [],
  charset='windows-1252', cte='quoted-printable', mime='alt', headers=['X-Mailer: Microsoft Outlook 16.0'])

Q('q045', 'es', 'FAL', ('Ramón Iglesias', 'r.iglesias@aytovillanueva.es'), 'RE: Colonia de cigüeñas – vertedero municipal', (2025, 3, 18, 13, 5, 1),
"""Buenas tardes:

¿Podrían preparar un informe para el pleno del ayuntamiento sobre el impacto que tendría la cetrería en la colonia de cigüeñas protegidas? Lo necesitaríamos antes del 10 de abril.

Atentamente,
Ramón Iglesias Prieto
Técnico de Medio Ambiente
Ayuntamiento de Villanueva del Río

De: Falcoaria Halcyon <reservas@falcoaria-halcyon.pt>
Enviado: lunes, 17 de marzo de 2025 18:40
Para: Ramón Iglesias <r.iglesias@aytovillanueva.es>
Asunto: Colonia de cigüeñas - vertedero municipal

Estimado Ramón:
Gracias por su consulta. ¿Cuántos nidos hay actualmente en el vertedero? ¿Y tienen ya el permiso de la Junta?
Un saludo,
Inês Ferreira
""", ['preparar un informe para el pleno del ayuntamiento'], ['preparar un informe para el pleno del ayuntamiento'],
  charset='iso-8859-1', cte='quoted-printable', crlf=True)


# ---------------------------------------------------------------------------
# QUESTIONS - Dutch
# ---------------------------------------------------------------------------

Q('q046', 'nl', 'BEE', ('Wim Verhoeven', 'wimverhoeven@fruitteeltverhoeven.nl'), 'kasten opgehaald', (2025, 5, 19, 20, 11, 2),
"""Hoi Joost,

De kasten zijn vanmiddag opgehaald, alles netjes achtergelaten. Hoe is het ermee trouwens? Lang niet gezien op de fruitteeltdag.

Groet,
Wim

Verstuurd vanaf mijn iPhone
""", [], [], cte='8bit')

Q('q047', 'nl', 'BEE', ('Marloes de Bruijn', 'marloes@debongerd.nl'), 'factuur', (2025, 4, 8, 10, 42, 2),
"""Hallo Joost,

Graag de factuur van april opnieuw opmaken op naam van Fruitbedrijf De Bongerd V.O.F. in plaats van op mijn eigen naam, anders kan de boekhouder er niks mee.

Bel me even als je tijd hebt over de kersen in Zoelen.

Groetjes,
Marloes
Fruitbedrijf De Bongerd | 06-55512345
""", ['Graag de factuur van april opnieuw opmaken', 'Bel me even als je tijd hebt'], [],
  mime='html', cte='quoted-printable')

Q('q048', 'nl', 'BEE', ('Kees Hoogendoorn', 'k.hoogendoorn@hoogendoornfruit.nl'), 'zetting Elstar', (2025, 7, 1, 13, 7, 2),
"""Beste Joost,

Lekker weertje, hè? Eindelijk.

Kun je de bestuivingsresultaten van vorig jaar naast die van dit jaar leggen en uitzoeken waarom de zetting bij de Elstar zo tegenviel? De Jonagold deed het prima met hetzelfde aantal kasten per hectare.

Met vriendelijke groet,
Kees Hoogendoorn
Hoogendoorn Fruit B.V., Geldermalsen
""", ['de bestuivingsresultaten van vorig jaar', 'uitzoeken waarom de zetting bij de Elstar'],
  ['de bestuivingsresultaten van vorig jaar', 'uitzoeken waarom de zetting bij de Elstar'], mime='alt', cte='base64')

Q('q049', 'nl', 'ICE', ('Sanne Bakker', 's.bakker@ijsbaanthialf-noord.nl'), 'Gegevens ijsvloer', (2025, 10, 14, 15, 30, 2),
"""Goedemiddag,

Hierbij de gegevens waar u om vroeg:

- Oppervlakte ijsvloer: 1.800 m²
- Koelinstallatie: NH3, bouwjaar 2011
- Laatste revisie compressoren: maart 2023
- Openingstijden: dagelijks 9.00 tot 22.00 uur

Wat kost een extra onderhoudsbeurt in december, naast de twee die in het contract staan?

Met vriendelijke groet,
Sanne Bakker
Facilitair beheer

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
""", ['Wat kost een extra onderhoudsbeurt in december'], [], charset='iso-8859-1', cte='quoted-printable', mime='alt', crlf=True)

Q('q050', 'nl', 'BEE', ('Gerrit Vos', 'gerritvos@ziggo.nl'), 'Fwd: Registratie bijenvolken', (2025, 2, 25, 8, 30, 1),
"""Joost, kun jij hier even naar kijken? Ik snap niks van die nieuwe regels en ik wil niet dat jouw kasten straks niet op mijn land mogen staan.

Gerrit

---------- Doorgestuurd bericht ---------
Van: NVWA Informatie <info@nvwa-voorbeeld.nl>
Date: ma 24 feb 2025 om 14:12
Subject: Registratie bijenvolken
To: <gerritvos@ziggo.nl>


Geachte heer Vos,
Vanaf 1 april moeten alle bijenvolken die langer dan 30 dagen op een perceel staan worden geregistreerd. Bent u de houder van de volken of de grondgebruiker? Wilt u het formulier voor 15 maart terugsturen?
Met vriendelijke groet,
Team Dierlijke Producten
""", ['kun jij hier even naar kijken'], ['kun jij hier even naar kijken'], cte='8bit')


# ---------------------------------------------------------------------------
# QUESTIONS - Italian
# ---------------------------------------------------------------------------

Q('q051', 'it', 'ICE', ('Luca Bernardi', 'l.bernardi@palaghiacciocortina.it'), 'intervento di ieri', (2025, 12, 16, 9, 22, 1),
"""Buongiorno,

grazie mille per l'intervento di ieri, la pista è perfetta e la partita di stasera si gioca. Chi l'avrebbe mai detto, dopo quel guasto?

Buona giornata
Luca

Inviato da iPhone
""", [], [], cte='8bit')

Q('q052', 'it', 'BAL', ('Giulia Ferraris', 'giulia@mongolfiere-langhe.it'), 'Certificato ispezione I-BLLN', (2025, 4, 2, 11, 3, 2),
"""Buongiorno Anna,

mi mandi per favore il certificato dell'ispezione annuale di I-BLLN, serve all'ENAC entro venerdì.

Poi mi chiami quando ha un attimo, vorrei parlarle della nuova cesta.

Cordiali saluti
Giulia Ferraris
Mongolfiere delle Langhe – Alba (CN)
Tel. +39 0173 55 62 11
""", ["mi mandi per favore il certificato", 'mi chiami quando ha un attimo'], [],
  charset='windows-1252', cte='quoted-printable', mime='alt')

Q('q053', 'it', 'FAL', ('Franco Dal Molin', 'franco@cantinadalmolin.it'), 'storni in vigna', (2025, 7, 22, 18, 47, 2),
"""Buonasera Inês, come va?

Ma chi l'ha detto che gli storni mangiano solo le olive? L'anno scorso ci hanno portato via quasi un quinto del Merlot. Quest'anno non voglio ripetere l'esperienza, quindi vorrei sapere se potete preparare un piano di intervento per la vendemmia di settembre sui nostri 35 ettari, con i turni del falconiere e le zone prioritarie.

Grazie e a presto
Franco Dal Molin
Cantina Dal Molin – Valdobbiadene
""", ['potete preparare un piano di intervento'], ['potete preparare un piano di intervento'], mime='html', cte='quoted-printable')

Q('q054', 'it', 'ICE', ('Marta Colombo', 'mcolombo@icearenabergamo.it'), 'Rapporto manutenzione e garanzia', (2025, 5, 12, 14, 15, 2),
"""Gentili signori,

potete mandarci il rapporto dell'ultima manutenzione e dirci quando scade la garanzia del compressore nuovo?

Resto a disposizione per qualsiasi chiarimento.

Distinti saluti
Marta Colombo
Ufficio Tecnico - Ice Arena Bergamo
""", ["il rapporto dell'ultima manutenzione", 'quando scade la garanzia del compressore'], [],
  charset='iso-8859-1', cte='8bit', crlf=True)

Q('q055', 'it', 'FAL', ('Paolo Rinaldi', 'paolo.rinaldi@discaricavalle.it'), 'Re: Proposta falconeria 2026', (2025, 11, 4, 8, 55, 1),
"""Buongiorno Inês,

grazie della proposta, sembra tutto in ordine. Il falco può lavorare anche con la pioggia? Qui in autunno piove spesso.

Paolo

Il giorno lun 3 nov 2025 alle ore 17:20 Falcoaria Halcyon <reservas@falcoaria-halcyon.pt> ha scritto:
> Gentile Paolo,
>
> in allegato la proposta per il 2026. Potete confermare gli orari di apertura
> della discarica? E avete un locale dove il falconiere può tenere gli uccelli?
>
> Cordiali saluti
> Inês Ferreira
""", ['Il falco può lavorare anche con la pioggia'], [], mime='alt', cte='quoted-printable')


# ---------------------------------------------------------------------------
# QUESTIONS - Portuguese
# ---------------------------------------------------------------------------

Q('q056', 'pt', 'FAL', ('Carla Mendes', 'cmendes@resialgarve.pt'), 'Aterro de Loulé – perguntas', (2025, 2, 12, 10, 5),
"""Bom dia Inês,

O gerente do aterro pergunta: quantos dias por semana o falcoeiro estaria no local?

E a Câmara quer saber se vocês têm licença do ICNF para os falcões.

Cumprimentos,
Carla Mendes
Resialgarve, S.A.
Tel. 289 555 410
""", ['quantos dias por semana o falcoeiro', 'se vocês têm licença do ICNF'], [], mime='alt', cte='quoted-printable')

Q('q057', 'pt', 'FAL', ('Manuel Sarmento', 'manuel.sarmento@quintadosarmento.pt'), 'estorninhos', (2025, 8, 18, 21, 30),
"""Boa noite Inês,

Espero que esteja tudo bem por aí. Por cá a vindima vem aí e eu ando com a cabeça em água, porque além dos estorninhos que este ano chegaram mais cedo do que nunca, ainda tive a adega parada duas semanas por causa da prensa, e o meu enólogo foi para a Austrália, imagine. Quem é que se lembra de ir para a Austrália em plena vindima? O meu vizinho, o Sr. Albano, diz que os falcões não servem de nada e que o melhor é pôr redes, mas eu já gastei uma fortuna em redes em 2021 e o vento levou metade. Entretanto a Universidade de Trás-os-Montes mandou-me um relatório sobre os estorninhos na região, que lhe envio em anexo, e gostava que o analisassem e me dissessem se vale a pena continuar com o falcoeiro ou mudar de estratégia. Enfim, coisas do campo. Um abraço à família.

Manuel Sarmento
Quinta do Sarmento - Régua
""", ['gostava que o analisassem'], ['gostava que o analisassem'],
  charset='iso-8859-1', cte='quoted-printable', attach=[('application/pdf', FAKE_PDF, 'relatorio_UTAD_estorninhos.pdf')])

Q('q058', 'pt', 'FAL', ('Rita Figueiredo', 'rita.figueiredo@golfevilamoura-exemplo.pt'), 'Re: Relatório de outubro', (2025, 11, 6, 12, 12),
"""Olá Inês,

Obrigada pelo relatório. Podem enviar-me a fatura de outubro em nome da empresa e não em meu nome?

Beijinhos
Rita

Falcoaria Halcyon <reservas@falcoaria-halcyon.pt> escreveu (quarta, 5/11/2025 à(s) 18:02):
> Olá Rita,
>
> Segue o relatório de outubro. Podem confirmar se o buraco 7 continua
> fechado em novembro? E qual o melhor contacto para a equipa de manutenção?
>
> Cumprimentos,
> Inês
""", ['Podem enviar-me a fatura de outubro'], [], cte='8bit', crlf=True)

Q('q059', 'pt', 'BAL', ('Rodrigo Albuquerque', 'rodrigo@baloesdoserrado.com.br'), 'Dúvidas – PP-XRA', (2025, 3, 3, 15, 45, -3),
"""Olá pessoal da Skyward,

Tenho algumas dúvidas sobre o nosso balão PP-XRA:

1. Vocês aceitam envelopes fabricados no Brasil?
2. Qual é o prazo normal para uma inspeção anual?
3. Podem calcular quanto ficaria o frete de ida e volta para a Suíça, incluindo o seguro da carga?

Abraço,
Rodrigo Albuquerque
Balões do Serrado – Boituva/SP
+55 15 95555-2031

Enviado do meu iPhone
""", ['Vocês aceitam envelopes fabricados no Brasil', 'Qual é o prazo normal', 'Podem calcular quanto ficaria o frete'],
  ['Podem calcular quanto ficaria o frete'], mime='html', cte='base64')

Q('q060', 'pt', 'FAL', ('Tiago Nunes', 'tiago.nunes@aeroclubeevora.pt'), 'proposta', (2025, 4, 24, 9, 40),
"""Olá Inês, tudo bem?

Mandem-me a proposta revista com os novos horários até sexta, a direção reúne no sábado.

E liguem-me quando puderem por causa das cegonhas na pista 01.

Tiago
Aeroclube de Évora
""", ['Mandem-me a proposta revista', 'liguem-me quando puderem'], ['Mandem-me a proposta revista'],
  mime='alt', cte='7bit' if False else 'quoted-printable')


# ---------------------------------------------------------------------------
# REPLIES - helpers
# ---------------------------------------------------------------------------

SIGNER = {'BELL': 'Margaret Stenning', 'BEE': 'Joost van Dijk', 'BAL': 'Anna Brunner',
          'FAL': 'Inês Ferreira', 'ICE': 'Dan Okoye'}
FIRMNAME = {'BELL': 'Stenning & Daughters Bellhangers', 'BEE': 'Apiflora Bestuivingsdiensten',
            'BAL': 'Skyward Envelope Works', 'FAL': 'Falcoaria Halcyon', 'ICE': 'Glacier Blade Rink Services'}
RATE = {'BELL': '£85', 'BEE': '€95', 'BAL': 'CHF 120', 'FAL': '€80', 'ICE': '$140'}

OFFER = {
    'en': ('Dear {c},', 'Thank you for your message. {t} would take about {h} hours at {r} per hour. Shall I go ahead?', 'Kind regards,'),
    'de': ('Guten Tag {c},', 'vielen Dank für Ihre Nachricht. {t} würde etwa {h} Stunden zu {r} pro Stunde dauern. Soll ich damit beginnen?', 'Freundliche Grüsse'),
    'fr': ('Bonjour {c},', 'Merci pour votre message. {t} prendrait environ {h} heures à {r} de l’heure. Voulez-vous que je commence ?', 'Cordialement,'),
    'es': ('Hola {c}:', 'Gracias por su mensaje. {t} llevaría unas {h} horas a {r} la hora. ¿Quiere que empiece?', 'Un saludo,'),
    'nl': ('Beste {c},', 'Bedankt voor je bericht. {t} kost ongeveer {h} uur à {r} per uur. Zal ik ermee beginnen?', 'Met vriendelijke groet,'),
    'it': ('Gentile {c},', 'grazie per il messaggio. {t} richiederebbe circa {h} ore a {r} l’ora. Procedo?', 'Cordiali saluti,'),
    'pt': ('Olá {c},', 'Obrigada pela mensagem. {t} levaria cerca de {h} horas a {r} por hora. Posso avançar?', 'Cumprimentos,'),
}

OL_HEAD = {
    'en': ('From', 'Sent', 'To', 'Subject'), 'de': ('Von', 'Gesendet', 'An', 'Betreff'),
    'fr': ('De\u00a0', 'Envoyé\u00a0', 'À\u00a0', 'Objet\u00a0'), 'es': ('De', 'Enviado', 'Para', 'Asunto'),
    'nl': ('Van', 'Verzonden', 'Aan', 'Onderwerp'), 'it': ('Da', 'Inviato', 'A', 'Oggetto'),
    'pt': ('De', 'Enviado', 'Para', 'Assunto'),
}
OL_OLD = {'en': '-----Original Message-----', 'de': '-----Ursprüngliche Nachricht-----',
          'fr': '-----Message d\'origine-----', 'es': '-----Mensaje original-----',
          'nl': '-----Oorspronkelijk bericht-----', 'it': '-----Messaggio originale-----',
          'pt': '-----Mensagem original-----'}


def offer_lines(firm, lang, client, task, hours, rate=None, extra=None):
    a, b, c = OFFER[lang]
    r = rate or RATE[firm]
    lines = [a.format(c=client), '', b.format(t=task, h=hours, r=r)]
    if extra:
        lines[2:2] = [extra, '']
    lines += ['', c, SIGNER[firm], FIRMNAME[firm]]
    return lines


def quote_gt(lines, depth=1):
    return '\n'.join(('>' * depth + (' ' + l if l else '')) for l in lines)


def make_reply_body(new, firm, lang, client, task, hours, style, attr=None, sent=None, subj='', client_mail='',
                    rate=None, position='top', extra=None, client_full=''):
    ol = offer_lines(firm, lang, client, task, hours, rate, extra)
    fname, fmail, _ = FIRMS[firm]
    if style in ('gmail', 'apple', 'tb'):
        q = attr + '\n' + ('\n' if style == 'apple' else '') + quote_gt(ol)
    elif style in ('outlook', 'outlook_old'):
        h = OL_HEAD[lang]
        sep = OL_OLD[lang] if style == 'outlook_old' else '________________________________'
        q = '%s\n%s: %s <%s>\n%s: %s\n%s: %s <%s>\n%s: %s\n\n%s' % (
            sep, h[0], fname, fmail, h[1], sent, h[2], client_full, client_mail, h[3], subj, '\n'.join(ol))
    else:
        raise ValueError(style)
    if position == 'top':
        return new.rstrip('\n') + '\n\n' + q + '\n'
    return q + '\n\n' + new.rstrip('\n') + '\n'


def RR(name, decision, lang, firm, sender, subject, when, new, task, hours, style='gmail', attr=None, sent=None,
       offer_subject=None, position='top', rate=None, client_salute=None, extra=None, **kw):
    osub = offer_subject or subject.split(':', 1)[-1].strip()
    body = make_reply_body(new, firm, lang, client_salute or sender[0].split()[0], task, hours, style, attr, sent,
                           osub, sender[1], rate, position, extra, sender[0])
    oid = 'offer.%s.%d@%s' % (name, zlib.crc32(osub.encode()) % 10000, FIRMS[firm][2])
    R(name, decision, firm, sender, subject, when, body, oid, **kw)


# ---------------------------------------------------------------------------
# REPLIES - English: accept
# ---------------------------------------------------------------------------

RR('r001', 'accept', 'en', 'BELL', ('Dave Pruett', 'dave.pruett61@btinternet.com'), 'Re: Tenor clapper - inspection', (2025, 3, 6, 8, 2),
"""Yes please, go ahead. Thanks Margaret

Dave

Sent from my iPhone""", 'Inspecting the tenor clapper and writing up the findings', 2, attr='On 5 Mar 2025, at 17:40, Margaret Stenning <office@stenningbells.co.uk> wrote:', style='apple',
   cte='8bit')

RR('r002', 'accept', 'en', 'ICE', ('Rick Delacroix', 'rick.delacroix@northstarsportsplex.com'), 'Re: brine temps', (2025, 11, 4, 7, 30, -6),
"""fine, go for it but keep it under the 2 hours

R""", 'Reviewing the controller settings and the brine log', 2, attr='On Mon, Nov 3, 2025 at 4:12 PM Glacier Blade Rink Services <service@glacierblade.com> wrote:',
   mime='alt', cte='quoted-printable')

RR('r003', 'accept', 'en', 'BAL', ('Helen Marchetti', 'helen.marchetti@skyhighevents.ie'), 'Re: Damage after landing - photos attached', (2025, 8, 14, 9, 10, 1),
"""Sounds good. Please proceed, and send the invoice to accounts@skyhighevents.ie rather than to me.

Thanks a million,
Helen

Helen Marchetti
Sky High Events, Co. Kildare
+353 87 555 2214""", 'Assessing the damage from your photos and writing a repair estimate', 2, rate='CHF 120',
   attr='On Wed, 13 Aug 2025 at 16:55, Skyward Envelope Works <atelier@skyward-envelope.ch> wrote:', mime='alt', cte='base64')

RR('r004', 'accept', 'en', 'FAL', ('Philip Arkwright', 'p.arkwright@southmoorlandfill.co.uk'), 'RE: RE: RE: Gull control - gate area', (2025, 10, 22, 7, 58),
"""OK, thanks.

Phil

Philip Arkwright
Compliance Manager, Southmoor Landfill
01752 555 771""", 'Drafting the one-page method statement for the gate area', 2, style='outlook',
   sent='21 October 2025 16:30', offer_subject='RE: RE: Gull control - gate area', charset='windows-1252', cte='quoted-printable', crlf=True,
   headers=['X-Mailer: Microsoft Outlook 16.0'])

RR('r005', 'accept', 'en', 'BEE', ('Geoffrey Pimm', 'g.pimm@orchardhouse-cider.co.uk'), 'Re: this year', (2025, 2, 6, 10, 1),
"""Go ahead. I should rather know now than in May.

Geoffrey""", 'Going through the neighbour\'s spraying schedule against our hive dates', 1.5,
   attr='On 05/02/2025 14:20, Apiflora Bestuivingsdiensten wrote:', style='tb', position='bottom',
   charset='iso-8859-1', cte='8bit', rate='EUR 95', headers=['User-Agent: Mozilla Thunderbird'])

RR('r006', 'accept', 'en', 'ICE', ('Carla Jensen', 'cjensen@twinpinesarena.com'), 'Re: second sheet feasibility', (2025, 6, 12, 8, 45, -5),
"""No problem at all, please go ahead. The sooner the better, the board meets on the 25th.

Carla""", 'Calculating the combined heat load and checking it against the existing plant', 4,
   attr='On Wed, Jun 11, 2025 at 2:30 PM Dan Okoye <service@glacierblade.com> wrote:', mime='html', cte='quoted-printable')

RR('r007', 'accept', 'en', 'BELL', ('Ann Whitcombe', 'pcc.secretary@stmarysbrinkley.org.uk'), 'RE: St Mary, Brinkley - quotation for rehanging', (2025, 6, 24, 11, 20),
"""Dear Mrs Stenning,

Thank you. That is agreeable to the PCC. The tower key may be collected from Mrs Hale at No. 3 Church Lane whenever you need it.

Yours sincerely,
Ann Whitcombe
PCC Secretary""", 'Preparing the statement of significance for the faculty application', 3, style='outlook',
   sent='20 June 2025 15:02', offer_subject='St Mary, Brinkley - quotation for rehanging', mime='alt', cte='quoted-printable', crlf=True)

RR('r008', 'accept', 'en', 'FAL', ('Dr. Amelia Hart', 'amelia.hart@estuarygolf.com'), 'Re: Estuary Links - goose damage', (2025, 1, 30, 9, 0),
"""Please do. Our purchase order number is 4500021877, please quote it on the invoice.

Dr. Amelia Hart
Club Secretary, Estuary Links Golf Club

DISCLAIMER: The information in this email is confidential and may be legally privileged. It is intended solely for the addressee.""",
   'Reviewing your damage log and proposing a revised patrol schedule', 5,
   attr='On Tue, 28 Jan 2025 at 18:05, Falcoaria Halcyon <reservas@falcoaria-halcyon.pt> wrote:', mime='alt', cte='quoted-printable')

RR('r009', 'accept', 'en', 'BAL', ('Lucy Farraday', 'lucy.farraday@gmail.com'), 'Re: Repair estimate G-LUCY', (2025, 4, 11, 19, 12),
"""yes go ahead. when do you think you'll have it done?

L""", 'Working out whether the crown needs replacing and drafting the repair estimate', 2,
   attr='On Fri, 11 Apr 2025 at 11:40, Skyward Envelope Works <atelier@skyward-envelope.ch> wrote:', cte='7bit' if False else '8bit')


# ---------------------------------------------------------------------------
# REPLIES - English: decline
# ---------------------------------------------------------------------------

RR('r010', 'decline', 'en', 'BELL', ('Martin Foyle', 'martin.foyle@gmail.com'), 'Re: Faculty application - St Botolph, Eastrey', (2025, 4, 17, 20, 40),
"""No thank you Margaret, we'll sort it in-house. Turns out one of our ringers is a retired architect and he's offered to do the paperwork for the DAC.

Thanks for getting back so quickly though.
Martin""", 'Reading through the DAC requirements and listing what you need to send', 1.5,
   attr='On Wed, 16 Apr 2025 at 10:15, Margaret Stenning <office@stenningbells.co.uk> wrote:', mime='alt', cte='quoted-printable')

RR('r011', 'decline', 'en', 'ICE', ('Sheila Brannigan', 'sheila@frostvalleyrink.com'), 'Re: a few things before winter', (2025, 9, 18, 13, 5, -5),
"""Not needed anymore, our new maintenance guy worked out the glycol over the weekend. Thanks anyway!

Sheila""", 'Working out the glycol top-up for the secondary loop', 1,
   attr='On Tue, Sep 16, 2025 at 10:20 AM Dan Okoye <service@glacierblade.com> wrote:', cte='7bit')

RR('r012', 'decline', 'en', 'BEE', ('Harriet Moss', 'harriet@mossfarmpears.co.uk'), 'Re: Pollination 2025 - Moss Farm', (2025, 3, 14, 6, 50),
"""Thanks Joost, but we'll leave it. The budget has all gone on the new sprayer this year.

Harriet""", 'Drawing up a hive placement plan for the new block', 3, rate='€95',
   attr='On Thu, 13 Mar 2025 at 17:02, Apiflora <info@apiflora.nl> wrote:', mime='alt', cte='quoted-printable')

RR('r013', 'decline', 'en', 'FAL', ('Gareth Lloyd-Hughes', 'g.lloydhughes@westmarchairport.co.uk'), 'RE: Bird control proposal - questions from our side', (2025, 5, 12, 15, 40, 1),
"""Yes, I received your email, thank you. Unfortunately the board has decided not to commission the written comparison, so please don't start on it.

Kind regards,

Gareth Lloyd-Hughes
Head of Airside Safety
Westmarch Regional Airport
T: +44 1554 555 210

This message is intended only for the named recipient. Westmarch Regional Airport Ltd, registered in England and Wales no. 04418822.""",
   'Writing the comparison of falconry with gas cannons and distress calls, with figures from other airports', 6,
   style='outlook', sent='08 May 2025 10:12', offer_subject='Bird control proposal - questions from our side', cte='quoted-printable', crlf=True,
   headers=['X-Mailer: Microsoft Outlook 16.0'])

RR('r014', 'decline', 'en', 'BAL', ('Pieter Joubert', 'pieter@capeballoonsafaris.co.za'), 'Re: Insurance question re ZS-HBJ', (2025, 3, 29, 7, 3, 2),
"""Thanks but no thanks, the insurer has agreed to go with last year's report.

Sent from my iPhone""", 'Re-testing the crown and writing a fresh report for your insurer', 3,
   attr='On 28 Mar 2025, at 15:47, Skyward Envelope Works <atelier@skyward-envelope.ch> wrote:', style='apple', cte='8bit')

RR('r015', 'decline', 'en', 'ICE', ('Greg Thibodeau', 'greg@mooseriverrec.org'), 'RE: Questions re: new dasher boards', (2025, 4, 22, 11, 15, -5),
"""Dear Dan,

Thank you for your offer. After consideration the committee has decided not to go ahead with the comparison, as the supplier has agreed to extend its warranty instead and we are ordering from them.

Regards,
Greg Thibodeau
Moose River Recreation Dept.""", 'Reviewing the two board quotes and writing up a comparison', 2, style='outlook',
   sent='Thursday, April 17, 2025 3:10 PM', offer_subject='Questions re: new dasher boards', mime='html', cte='quoted-printable')

RR('r016', 'decline', 'en', 'BELL', ('Canon Hugh Redfern', 'hugh.redfern@btopenworld.com'), 'Re: Our old frame', (2025, 10, 10, 9, 30),
"""Dear Margaret,

Please don't trouble yourself after all. Historic England have been in touch with the churchwardens off their own bat and are recording the frame next month, so there is nothing left for you to do.

With thanks and kind regards,
Hugh""", 'Researching whether the frame can be listed or recorded, and what that would involve', 4,
   attr='On 8 Oct 2025, at 12:03, Margaret Stenning <office@stenningbells.co.uk> wrote:', style='apple',
   charset='iso-8859-1', cte='quoted-printable')


# ---------------------------------------------------------------------------
# REPLIES - English: unclear
# ---------------------------------------------------------------------------

RR('r017', 'unclear', 'en', 'ICE', ('Marcus Bell', 'mbell@riverbendcurling.ca'), 'Re: log template and plant check', (2025, 10, 3, 12, 0, -4),
"""could you do it for a flat $200? thats what the last guy charged us

marcus""", 'Checking last winter\'s refrigeration logs and writing up the anomalies', 3,
   attr='On Thu, Oct 2, 2025 at 5:40 PM Glacier Blade Rink Services <service@glacierblade.com> wrote:', cte='7bit')

RR('r018', 'unclear', 'en', 'BAL', ('Tom Ashdown', 'tom@ashdownballoonflights.co.uk'), 'Re: G-OTAB envelope', (2025, 2, 24, 17, 2),
"""Hi Anna,

Is that CHF 120 plus VAT or including? And do the 3 hours include writing the report or is that on top?

Tom""", 'Checking the porosity history and writing the condition report', 3,
   attr='On Mon, 24 Feb 2025 at 09:15, Skyward Envelope Works <atelier@skyward-envelope.ch> wrote:', mime='alt', cte='7bit')

RR('r019', 'unclear', 'en', 'FAL', ('Sandra Okafor', 'sokafor@greyfordwaste.co.uk'), 'Re: Site info for the gull survey', (2025, 9, 5, 10, 20, 1),
"""Hi Inês,

Yes to the method statement, but please hold off on redrawing the site plan for now, our surveyor may do that.

Best,
Sandra""", 'Writing the method statement and redrawing the site plan with the flight zones', 4,
   attr='On Thu, 4 Sept 2025 at 16:00, Falcoaria Halcyon <reservas@falcoaria-halcyon.pt> wrote:', mime='alt', cte='base64')

RR('r020', 'unclear', 'en', 'BEE', ('Sam Whitlow', 'samwhitlow@berryfields.co.uk'), 'Re: blueberries', (2025, 3, 4, 22, 31),
"""ask me again in march next year, we're not sure the blueberries are staying

sam""", 'Working out a hive plan for the blueberry rows', 2, rate='€95',
   attr='On Tue, 4 Mar 2025 at 11:00, Apiflora Bestuivingsdiensten <info@apiflora.nl> wrote:', cte='8bit')

RR('r021', 'unclear', 'en', 'BELL', ('Rev. Clare Ibbotson', 'vicar@allsaintsmarkham.org.uk'), 'Re: Tower records', (2025, 7, 25, 16, 12),
"""Dear Margaret,

Thank you, that's very helpful. I'll need to run it past the PCC when they meet on the 14th and will come back to you after that.

Blessings,
Clare""", 'Searching your archive and writing up the history of the treble rehang', 3,
   attr='On Thu, 24 Jul 2025 at 12:30, Margaret Stenning <office@stenningbells.co.uk> wrote:', mime='html', cte='quoted-printable')

RR('r022', 'unclear', 'en', 'ICE', ('Owen Pritchard', 'opritchard@caerleonicebowl.co.uk'), 'Re: Service plan renewal', (2025, 12, 4, 10, 2),
"""Small correction, it's three compressors, not two - the third one is in the back room on its own circuit. Would that change the estimate?

Owen""", 'Reviewing the overhaul history of both compressors', 2, rate='£110',
   attr='On 3 Dec 2025, at 16:45, Glacier Blade Rink Services <service@glacierblade.com> wrote:', style='apple', cte='8bit')

RR('r023', 'unclear', 'en', 'BAL', ('Pieter Joubert', 'pieter@capeballoonsafaris.co.za'), 'Re: Burner and envelope', (2025, 5, 2, 18, 40, 2),
"""Yes, well, that's a fair bit more than I expected. Can you do just the crown and leave the lower panels for next year?

Pieter""", 'A full fabric survey of the envelope with a written report', 5,
   attr='On Fri, 2 May 2025 at 10:05, Skyward Envelope Works <atelier@skyward-envelope.ch> wrote:', cte='quoted-printable', crlf=True)

R('r024', 'unclear', 'FAL', ('Nadia Rahman', 'n.rahman@portwayairfield.co.uk'), 'Re: Proposal for spring', (2025, 3, 12, 9, 45),
"""On Tue, 11 Mar 2025 at 17:30, Falcoaria Halcyon <reservas@falcoaria-halcyon.pt> wrote:
> Dear Nadia,
>
> Thank you for your message. We can do two things for you:
>
> 1. Review your bird-strike reports for 2024 and summarise the patterns
> (about 3 hours).

yes please

> 2. Draft a habitat-management plan for the grass areas around runway 09
> (about 5 hours).

not sure about this one, let me check with the airport manager first

> Both at €80 per hour. Shall I go ahead?
>
> Kind regards,
> Inês Ferreira
> Falcoaria Halcyon

Nadia
""", 'offer.r024.1@falcoaria-halcyon.pt', mime='alt', cte='quoted-printable')

RR('r025', 'unclear', 'en', 'BEE', ('Kev Allard', 'kevallard.farms@outlook.com'), 'Re: hives next year', (2025, 6, 5, 20, 15),
"""hmm. 4 hours seems a lot for that, last year it was 1. whats changed?

kev

Sent from Outlook for Android""", 'Writing up the pollination report for your insurer', 4, rate='€95',
   style='outlook', sent='Thursday, June 5, 2025 11:02:18 AM', offer_subject='hives next year', cte='8bit')

RR('r026', 'unclear', 'en', 'ICE', ('Brenda Kowalczyk', 'bkowalczyk@lakeshoreicearena.org'), 'RE: Spring shutdown planning', (2025, 1, 17, 14, 20, -5),
"""Go ahead with the first part only, the shutdown schedule. The energy comparison we'll see about after the budget meeting.

Brenda Kowalczyk
Operations Coordinator | Lakeshore Community Ice Arena
(216) 555-0148 ext. 22""", 'Drafting the shutdown schedule and comparing this season\'s energy use with last season\'s', 5,
   style='outlook', sent='Thursday, January 16, 2025 4:48 PM', offer_subject='Spring shutdown planning', charset='windows-1252', cte='quoted-printable', mime='alt', crlf=True)

RR('r027', 'unclear', 'en', 'BELL', ('Joyce Tarrant', 'joyce.tarrant@talktalk.net'), 'Re: Re: Re: Re: Handbells restoration', (2025, 9, 9, 11, 3),
"""Margaret, can we discuss this on the phone before I say yes or no? I'm in all day Thursday. 01394 555 218.

Joyce""", 'Assessing the twelve handbells and writing a restoration plan', 3,
   style='outlook_old', sent='08 September 2025 17:22', offer_subject='Re: Re: Re: Handbells restoration',
   extra='I have been through the photographs again and think most of the leather work can be saved.',
   charset='iso-8859-1', cte='8bit')


# ---------------------------------------------------------------------------
# REPLIES - English: automatic
# ---------------------------------------------------------------------------

def bounce_postfix():
    offer = ('From: Skyward Envelope Works <atelier@skyward-envelope.ch>\nTo: Pieter Joubert <pieter@capeballoonsafaris.co.za>\n'
             'Subject: Re: Burner inspection ZS-HBJ\nDate: Tue, 17 Jun 2025 09:12:40 +0200\n'
             'Message-ID: <offer.r028.7710@skyward-envelope.ch>\nMIME-Version: 1.0\n'
             'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
             'Dear Pieter,\n\nThank you for your message. Inspecting the burner and writing the report would take about 2 hours at CHF 120 per hour. Shall I go ahead?\n\n'
             'Kind regards,\nAnna Brunner\nSkyward Envelope Works\n')
    p1 = leaf('text/plain', """This is the mail system at host mx2.capeballoonsafaris.co.za.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pieter@capeballoonsafaris.co.za>: host
    mailstore.capeballoonsafaris.co.za[10.0.4.12] said: 552 5.2.2
    <pieter@capeballoonsafaris.co.za>: Recipient address rejected: Mailbox full
    (in reply to RCPT TO command)
""", 'us-ascii', '7bit', 'Content-Description: Notification\n')
    p2 = (b'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n'
          b'Reporting-MTA: dns; mx2.capeballoonsafaris.co.za\nX-Postfix-Queue-ID: 4F2A81C0A3\n'
          b'X-Postfix-Sender: rfc822; atelier@skyward-envelope.ch\nArrival-Date: Tue, 17 Jun 2025 09:12:44 +0200 (SAST)\n\n'
          b'Final-Recipient: rfc822; pieter@capeballoonsafaris.co.za\nOriginal-Recipient: rfc822;pieter@capeballoonsafaris.co.za\n'
          b'Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; mailstore.capeballoonsafaris.co.za\n'
          b'Diagnostic-Code: smtp; 552 5.2.2 <pieter@capeballoonsafaris.co.za>: Recipient\n    address rejected: Mailbox full\n')
    p3 = b'Content-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n' + offer.encode('utf-8')
    return multi('report', [p1, p2, p3], '; report-type=delivery-status')


R('r028', 'automatic', 'BAL', ('Mail Delivery System', 'MAILER-DAEMON@mx2.capeballoonsafaris.co.za'), 'Undelivered Mail Returned to Sender',
  (2025, 6, 17, 9, 12, 2), '', 'offer.r028.7710@skyward-envelope.ch', mime='prebuilt', prebuilt=bounce_postfix(), return_path='',
  headers=['Auto-Submitted: auto-replied'])


def mdn_tb(lang):
    if lang == 'en':
        txt = """This is a Return Receipt for the mail that you sent to sokafor@greyfordwaste.co.uk.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""
        rcpt, oid, sub = 'sokafor@greyfordwaste.co.uk', 'offer.r029.3310@falcoaria-halcyon.pt', 'Re: Gull survey - method statement'
        frm = 'Falcoaria Halcyon <reservas@falcoaria-halcyon.pt>'
    else:
        txt = """Questa è una ricevuta di ritorno per il messaggio inviato a mcolombo@icearenabergamo.it.

Nota: questa ricevuta di ritorno notifica solamente che il messaggio è stato visualizzato sul computer del destinatario. Non c'è garanzia che il destinatario abbia letto o compreso il contenuto del messaggio.
"""
        rcpt, oid, sub = 'mcolombo@icearenabergamo.it', 'offer.r055.9042@glacierblade.com', 'R: Rapporto manutenzione e garanzia'
        frm = 'Glacier Blade Rink Services <service@glacierblade.com>'
    p1 = leaf('text/plain', txt, 'utf-8', '8bit')
    p2 = ('Content-Type: message/disposition-notification; name="MDNPart2.txt"\nContent-Disposition: inline\n'
          'Content-Transfer-Encoding: 7bit\n\nReporting-UA: mail.example; Mozilla Thunderbird\n'
          'Final-Recipient: rfc822;%s\nOriginal-Message-ID: <%s>\nDisposition: manual-action/MDN-sent-manually; displayed\n' % (rcpt, oid)).encode()
    p3 = ('Content-Type: text/rfc822-headers; name="MDNPart3.txt"\nContent-Transfer-Encoding: 7bit\nContent-Disposition: inline\n\n'
          'From: %s\nTo: %s\nSubject: %s\nMessage-ID: <%s>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n' % (frm, rcpt, hdr(sub), oid)).encode()
    return multi('report', [p1, p2, p3], '; report-type=disposition-notification'), oid


_m, _oid = mdn_tb('en')
R('r029', 'automatic', 'FAL', ('Sandra Okafor', 'sokafor@greyfordwaste.co.uk'), 'Return Receipt (displayed) - Re: Gull survey - method statement',
  (2025, 9, 10, 8, 14, 1), '', _oid, mime='prebuilt', prebuilt=_m, headers=['User-Agent: Mozilla Thunderbird'])

R('r030', 'automatic', 'ICE', ('Jenna Morales', 'jmorales@desertpeakice.com'), 'Re: Plant log review [Verification required]', (2025, 9, 2, 10, 1, -7),
"""Hello,

I apologize for this one-time request. I am using a challenge-response system to protect my inbox from junk mail. Your message about "Plant log review" is being held until you verify that you are a real person.

To deliver your message, please click the link below and follow the instructions. You only have to do this once, after which all your future messages will be delivered automatically.

https://verify.mailshield-cr.example/confirm?id=8f21c0a9e4&lang=en

If you do not verify within 7 days, your message will be deleted.

Thank you,
Jenna Morales

This is an automated message. Please do not reply to this email.
""", 'offer.r030.2214@glacierblade.com', cte='7bit',
  headers=['Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'Precedence: bulk'])


# ---------------------------------------------------------------------------
# REPLIES - German
# ---------------------------------------------------------------------------

RR('r031', 'accept', 'de', 'BAL', ('Petra Hofmann', 'p.hofmann@ballonsport-allgaeu.de'), 'Re: Hülle D-OPHA – Gutachten', (2025, 9, 10, 7, 15, 2),
"""Ja, bitte machen. Danke!

Von meinem iPhone gesendet""", 'Das Gutachten zum Hagelschaden', 3, client_salute='Frau Hofmann',
   attr='Am 09.09.2025 um 16:40 schrieb Skyward Envelope Works <atelier@skyward-envelope.ch>:', style='apple', cte='8bit')

RR('r032', 'accept', 'de', 'BEE', ('Heiner Lammers', 'info@bio-obsthof-lammers.de'), 'AW: Kirschen Haselünne', (2025, 6, 26, 9, 30, 2),
"""Hallo Joost,

einverstanden, leg los. Die Flurkarten schicke ich dir heute Abend.

Gruß
Heiner""", 'Das Erstellen der Aufstellpläne für die Kirschanlage', 2, rate='95 EUR', client_salute='Herr Lammers',
   style='outlook_old', sent='Mittwoch, 25. Juni 2025 17:12', offer_subject='Kirschen Haselünne', charset='iso-8859-1', cte='quoted-printable')

RR('r033', 'decline', 'de', 'ICE', ('Dr. Claudia Weißenborn', 'c.weissenborn@stadtwerke-fuessen.de'), 'AW: Energiebilanz Eisstadion', (2025, 12, 12, 13, 22, 1),
"""Sehr geehrter Herr Okoye,

vielen Dank für das Angebot. Wir werden die Auswertung jedoch intern durch unser Energiemanagement vornehmen lassen und benötigen Ihre Unterstützung daher nicht.

Mit freundlichen Grüßen
i. A. Dr. Claudia Weißenborn
Stadtwerke Füssen – Bäder und Eisstadion""", 'Die Auswertung der Energiebilanz mit Vorjahresvergleich', 4, rate='130 €', client_salute='Frau Dr. Weißenborn',
   style='outlook', sent='Donnerstag, 11. Dezember 2025 10:05', offer_subject='Energiebilanz Eisstadion', mime='alt', cte='quoted-printable', crlf=True,
   headers=['X-Mailer: Microsoft Outlook 16.0'])

RR('r034', 'unclear', 'de', 'BAL', ('Jürgen Kessler', 'kessler.juergen@t-online.de'), 'Re: Fragen zur Reparatur D-OKJK', (2025, 7, 17, 20, 2, 2),
"""Grüezi Frau Brunner,

geht das auch für 200 CHF pauschal? Mehr hat der Verein dafür nicht freigegeben.

Beste Grüße
Jürgen Kessler""", 'Die Prüfung der Zulassung anhand von Flughandbuch und Musterzulassung', 3, client_salute='Herr Kessler',
   attr='Am 16.07.2025 um 11:30 schrieb Skyward Envelope Works:', style='tb', mime='alt', cte='8bit', headers=['User-Agent: Mozilla Thunderbird'])

R('r035', 'automatic', 'BEE', ('Heiner Lammers', 'info@bio-obsthof-lammers.de'), 'Automatische Antwort: AW: Stellplan Kirschen', (2025, 8, 4, 10, 0, 2),
"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 22. August 2025 nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Frau Meike Lammers unter 05961 555 311.

Mit freundlichen Grüßen
Heiner Lammers
""", 'offer.r035.5531@apiflora.nl', mime='alt', cte='quoted-printable',
  headers=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: info@bio-obsthof-lammers.de'])


# ---------------------------------------------------------------------------
# REPLIES - French
# ---------------------------------------------------------------------------

RR('r036', 'accept', 'fr', 'BAL', ('Bernard Aubry', 'b.aubry@wanadoo.fr'), 'Re: valeur enveloppe', (2025, 1, 13, 18, 5, 1),
"""Parfait, allez-y.

B. Aubry""", 'L’estimation de la valeur résiduelle avec rapport écrit', 2, client_salute='Monsieur Aubry',
   attr='Le lun. 13 janv. 2025 à 10:22, Skyward Envelope Works <atelier@skyward-envelope.ch> a écrit :', cte='quoted-printable')

RR('r037', 'accept', 'fr', 'BEE', ('Isabelle Lemaire', 'i.lemaire@vergers-hesbaye.be'), 'RE: Pollinisation 2025 – Saint-Trond', (2025, 2, 20, 14, 48, 1),
"""Bonjour Monsieur van Dijk,

C’est d’accord pour nous, vous pouvez lancer le calcul. Je reste disponible si vous avez besoin des dates de floraison des années précédentes.

Bien à vous,
Isabelle Lemaire
Gérante – Vergers de Hesbaye SPRL""", 'Le calcul du nombre de ruches par variété', 3, client_salute='Madame Lemaire',
   style='outlook', sent='mercredi 19 février 2025 11:40', offer_subject='Pollinisation 2025 – Saint-Trond', charset='windows-1252', cte='quoted-printable', mime='alt')

RR('r038', 'decline', 'fr', 'FAL', ('Sophie Garnier', 'sophie@chateau-lacoste-vins.fr'), 'Re: Autorisation faucons – mairie', (2025, 8, 7, 9, 11, 2),
"""Non merci, finalement la mairie a trouvé la réponse toute seule et l'affaire est close.

Bonne journée,
Sophie

Envoyé de mon iPhone""", 'La recherche sur les autorisations et la réponse à la mairie', 2, client_salute='Sophie',
   attr='Le 5 août 2025 à 17:05, Falcoaria Halcyon <reservas@falcoaria-halcyon.pt> a écrit :', style='apple', cte='8bit')

RR('r039', 'unclear', 'fr', 'ICE', ('Olivier Pasquier', 'o.pasquier@patinoire-annecy.fr'), 'RE: Bilan de la saison', (2025, 11, 20, 10, 30, 1),
"""Oui, mais pourriez-vous d'abord m'envoyer le détail ? Trois heures pour un bilan me paraît beaucoup.

Olivier""", 'Le bilan de la saison avec analyse des relevés du compresseur', 3, rate='130 €', client_salute='Monsieur Pasquier',
   attr='Le mer. 19 nov. 2025 à 15:12, Glacier Blade Rink Services <service@glacierblade.com> a écrit :', mime='html', cte='base64')

R('r040', 'automatic', 'BAL', ('Mathieu Roussel', 'mathieu.roussel@montgolfieres-loire.fr'), 'Réponse automatique : Re: Inspection F-HBLM', (2025, 7, 28, 14, 2, 2),
"""Bonjour,

Je suis absent du bureau jusqu'au lundi 25 août inclus, avec un accès très limité à mes e-mails.

Pour toute urgence concernant les vols, merci de contacter Claire au 02 41 55 62 90.

Cordialement,
Mathieu Roussel
Montgolfières de Loire
""", 'offer.r040.1183@skyward-envelope.ch', charset='iso-8859-1', cte='quoted-printable',
  headers=['Auto-Submitted: auto-replied', 'X-Autoreply: yes'])


# ---------------------------------------------------------------------------
# REPLIES - Spanish
# ---------------------------------------------------------------------------

RR('r041', 'accept', 'es', 'FAL', ('Ramón Iglesias', 'r.iglesias@aytovillanueva.es'), 'RE: Informe colonia de cigüeñas', (2025, 3, 21, 9, 50, 1),
"""Buenos días:

Adelante, de acuerdo. Le remito en un rato el plano de los nidos.

Atentamente,
Ramón Iglesias Prieto
Técnico de Medio Ambiente""", 'El informe para el pleno sobre la colonia de cigüeñas', 6, client_salute='Ramón',
   style='outlook', sent='jueves, 20 de marzo de 2025 17:30', offer_subject='Informe colonia de cigüeñas', charset='iso-8859-1', cte='quoted-printable', crlf=True,
   rate='80 EUR')

RR('r042', 'decline', 'es', 'BAL', ('Javier Olmedo', 'javier.olmedo@globosdesegovia.com'), 'Re: Presupuesto reparación EC-JOG', (2025, 5, 24, 11, 5, 2),
"""No, gracias. Al final lo ha arreglado mi cuñado, que trabaja en una velería, y ha quedado como nuevo.

Saludos
Javier

Enviado desde mi iPhone""", 'El presupuesto por escrito para la aseguradora', 2, client_salute='Javier',
   attr='El 23 may 2025, a las 9:40, Skyward Envelope Works <atelier@skyward-envelope.ch> escribió:', style='apple', cte='8bit')

RR('r043', 'decline', 'es', 'ICE', ('Nuria Castells', 'ncastells@pistahielojaca.es'), 'RE: Compresor 2', (2025, 10, 3, 16, 22, 2),
"""Gracias Dan, pero no hace falta: vino el técnico del fabricante ayer y ya lo dejó solucionado.

Un saludo,
Núria Castells
Pabellón de Hielo de Jaca""", 'El diagnóstico del compresor 2 a partir de los registros', 2, rate='130 €', client_salute='Núria',
   attr='El jue, 2 oct 2025 a las 12:10, Glacier Blade Rink Services (<service@glacierblade.com>) escribió:', mime='alt', cte='quoted-printable')

RR('r044', 'unclear', 'es', 'FAL', ('Álvaro Benítez', 'abenitez@golfcostadelaluz.es'), 'Re: Servicio de cetrería – fines de semana', (2025, 6, 10, 8, 35, 2),
"""Hola Inés:

Sí al plan de fines de semana, pero el informe para la Junta de Andalucía de momento no, que eso lo lleva otra persona.

Un saludo,
Álvaro""", 'El plan de fines de semana y el informe para la Junta de Andalucía', 4, client_salute='Álvaro',
   attr='El lun, 9 jun 2025 a las 18:20, Falcoaria Halcyon (<reservas@falcoaria-halcyon.pt>) escribió:', mime='alt', cte='8bit')

R('r045', 'automatic', 'FAL', ('Soporte Golf Costa de la Luz', 'soporte@golfcostadelaluz.es'), '[Ticket #48213] Hemos recibido su solicitud: Re: Propuesta de temporada',
  (2025, 9, 1, 10, 3, 2),
"""Estimado/a cliente:

Hemos recibido su mensaje y se ha creado la solicitud #48213 en nuestro sistema de atención.

Asunto: Re: Propuesta de temporada
Estado: Abierta
Prioridad: Normal

Un miembro de nuestro equipo le responderá en un plazo máximo de 48 horas laborables. Para añadir información a su solicitud, responda a este correo sin modificar el asunto.

Este es un mensaje generado automáticamente. Por favor, no responda a esta dirección con nuevas consultas.

Golf Costa de la Luz – Atención al cliente
""", 'offer.r045.4021@falcoaria-halcyon.pt', mime='alt', cte='quoted-printable',
  headers=['Auto-Submitted: auto-replied', 'X-Mailer: HelpdeskPro 7.4', 'Precedence: auto_reply'])


# ---------------------------------------------------------------------------
# REPLIES - Dutch
# ---------------------------------------------------------------------------

RR('r046', 'accept', 'nl', 'BEE', ('Kees Hoogendoorn', 'k.hoogendoorn@hoogendoornfruit.nl'), 'Re: zetting Elstar', (2025, 7, 3, 7, 40, 2),
"""Prima, doe maar. Ik ben benieuwd.

Kees""", 'Het vergelijken van beide jaren en uitzoeken waarom de zetting tegenviel', 4, client_salute='Kees',
   attr='Op wo 2 jul 2025 om 16:05 schreef Apiflora Bestuivingsdiensten <info@apiflora.nl>:', mime='alt', cte='base64')

RR('r047', 'accept', 'nl', 'ICE', ('Sanne Bakker', 's.bakker@ijsbaanthialf-noord.nl'), 'RE: Gegevens ijsvloer', (2025, 10, 17, 11, 10, 2),
"""Goedemorgen,

Akkoord, gaat u uw gang. Wel graag binnen twee weken, want de baan gaat op 1 november open.

Met vriendelijke groet,
Sanne Bakker
Facilitair beheer""", 'Het doorrekenen van de koellast voor de extra onderhoudsbeurt', 2, rate='€130', client_salute='mevrouw Bakker',
   style='outlook', sent='donderdag 16 oktober 2025 14:55', offer_subject='Gegevens ijsvloer', mime='alt', cte='quoted-printable', crlf=True)

RR('r048', 'decline', 'nl', 'BEE', ('Gerrit Vos', 'gerritvos@ziggo.nl'), 'Re: Registratie bijenvolken', (2025, 2, 27, 19, 55, 1),
"""Nee hoor, laat maar zitten. Mijn zoon heeft het formulier gisteren al ingevuld en opgestuurd.

Gerrit""", 'Het uitzoeken van de nieuwe registratieregels', 1.5, client_salute='Gerrit',
   attr='Op 26-02-2025 om 10:12 schreef Apiflora Bestuivingsdiensten:', style='tb', cte='8bit')

RR('r049', 'unclear', 'nl', 'BEE', ('Marloes de Bruijn', 'marloes@debongerd.nl'), 'Re: kersen Zoelen', (2025, 4, 11, 12, 30, 2),
"""Vraag het me in maart volgend jaar nog maar eens, dan weten we of we de kersen houden.

Groetjes, Marloes

Verstuurd vanaf mijn iPhone""", 'Het opstellen van een bestuivingsplan voor de kersen', 3, client_salute='Marloes',
   attr='Op 10 apr 2025 om 15:20 heeft Apiflora Bestuivingsdiensten <info@apiflora.nl> het volgende geschreven:', style='apple', cte='quoted-printable')

R('r050', 'automatic', 'BEE', ('Wim Verhoeven', 'wimverhoeven@fruitteeltverhoeven.nl'), 'Automatisch antwoord: Re: bestuivingsplan 2026', (2025, 12, 22, 9, 0, 1),
"""Beste afzender,

Bedankt voor uw bericht. Ik ben met vakantie tot en met 5 januari en lees mijn mail niet. Uw e-mail wordt niet doorgestuurd.

Voor dringende zaken kunt u bellen met het bedrijf: 0344 55 12 80.

Met vriendelijke groet,
Wim Verhoeven
""", 'offer.r050.6612@apiflora.nl', mime='html', cte='quoted-printable',
  headers=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'])


# ---------------------------------------------------------------------------
# REPLIES - Italian
# ---------------------------------------------------------------------------

RR('r051', 'accept', 'it', 'ICE', ('Marta Colombo', 'mcolombo@icearenabergamo.it'), 'R: Analisi consumi compressore', (2025, 5, 16, 10, 5, 2),
"""Buongiorno,

va bene, procedete pure. Attendiamo il documento.

Distinti saluti
Marta Colombo
Ufficio Tecnico – Ice Arena Bergamo""", 'L’analisi dei consumi del compressore nuovo', 3, rate='130 €', client_salute='dott.ssa Colombo',
   style='outlook', sent='giovedì 15 maggio 2025 17:20', offer_subject='Analisi consumi compressore', charset='windows-1252', cte='quoted-printable', crlf=True)

RR('r052', 'decline', 'it', 'BAL', ('Giulia Ferraris', 'giulia@mongolfiere-langhe.it'), 'Re: Certificato ispezione I-BLLN', (2025, 4, 5, 9, 12, 2),
"""No grazie, abbiamo deciso di vendere la mongolfiera vecchia, quindi la perizia non serve più.

Cordiali saluti
Giulia""", 'La perizia scritta sullo stato della vecchia mongolfiera', 3, client_salute='Giulia',
   attr='Il giorno ven 4 apr 2025 alle ore 16:30 Skyward Envelope Works <atelier@skyward-envelope.ch> ha scritto:', mime='alt', cte='quoted-printable')

RR('r053', 'decline', 'it', 'FAL', ('Franco Dal Molin', 'franco@cantinadalmolin.it'), 'Re: storni in vigna', (2025, 7, 28, 19, 20, 2),
"""Sì, ho ricevuto il preventivo, grazie. Purtroppo mio fratello non vuole spendere per il piano quest'anno, quindi lasciamo stare.

Franco

Inviato da iPhone""", 'Il piano di intervento per la vendemmia', 5, client_salute='Franco',
   attr='Il giorno 25 lug 2025, alle ore 11:02, Falcoaria Halcyon <reservas@falcoaria-halcyon.pt> ha scritto:', style='apple', cte='8bit')

RR('r054', 'unclear', 'it', 'ICE', ('Luca Bernardi', 'l.bernardi@palaghiacciocortina.it'), 'Re: analisi guasto', (2025, 12, 19, 8, 40, 1),
"""Riuscite a farlo in un'ora invece di tre? Il budget è quello che è, a fine anno.

Luca""", 'L’analisi del guasto con relazione per l’assicurazione', 3, rate='130 €', client_salute='Luca',
   attr='Il giorno gio 18 dic 2025 alle ore 15:00 Glacier Blade Rink Services <service@glacierblade.com> ha scritto:', mime='html', cte='quoted-printable')

_m, _oid = mdn_tb('it')
R('r055', 'automatic', 'ICE', ('Marta Colombo', 'mcolombo@icearenabergamo.it'), 'Ricevuta di ritorno (visualizzato) - R: Rapporto manutenzione e garanzia',
  (2025, 5, 13, 9, 2, 2), '', _oid, mime='prebuilt', prebuilt=_m, headers=['User-Agent: Mozilla Thunderbird'])


# ---------------------------------------------------------------------------
# REPLIES - Portuguese
# ---------------------------------------------------------------------------

RR('r056', 'accept', 'pt', 'FAL', ('Manuel Sarmento', 'manuel.sarmento@quintadosarmento.pt'), 'Re: estorninhos', (2025, 8, 21, 22, 10),
"""Pode avançar, Inês. Quanto mais cedo melhor, que a vindima está à porta.

Manuel""", 'A análise do relatório da UTAD com recomendação', 3, client_salute='Manuel',
   attr='Falcoaria Halcyon <reservas@falcoaria-halcyon.pt> escreveu (quarta, 20/08/2025 à(s) 17:45):', charset='iso-8859-1', cte='8bit', rate='80 EUR')

RR('r057', 'decline', 'pt', 'BAL', ('Rodrigo Albuquerque', 'rodrigo@baloesdoserrado.com.br'), 'Re: Dúvidas – PP-XRA', (2025, 3, 7, 13, 20, -3),
"""Não, obrigado. Vamos resolver o frete por aqui mesmo com o nosso despachante.

Abraço,
Rodrigo

Enviado do meu iPhone""", 'O cálculo do frete de ida e volta com seguro', 2, client_salute='Rodrigo',
   attr='Em 6 de mar. de 2025, à(s) 10:15, Skyward Envelope Works <atelier@skyward-envelope.ch> escreveu:', style='apple', cte='8bit')

RR('r058', 'unclear', 'pt', 'FAL', ('Tiago Nunes', 'tiago.nunes@aeroclubeevora.pt'), 'RE: proposta', (2025, 4, 28, 18, 0),
"""Olá Inês,

Antes de decidir: esse valor inclui IVA? E a deslocação a Évora é cobrada à parte?

Tiago""", 'A proposta revista com os novos horários', 2, client_salute='Tiago',
   style='outlook', sent='segunda-feira, 28 de abril de 2025 10:30', offer_subject='proposta', mime='alt', cte='quoted-printable', crlf=True)

RR('r059', 'unclear', 'pt', 'FAL', ('Carla Mendes', 'cmendes@resialgarve.pt'), 'Re: Aterro de Loulé – plano', (2025, 2, 18, 11, 45),
"""Bom dia Inês,

Uma correção: o aterro tem 60 hectares, não 35 como escrevi antes. Nesse caso o número de horas mantém-se?

Cumprimentos,
Carla Mendes
Resialgarve, S.A.""", 'O plano de patrulhas para os 35 hectares do aterro', 4, client_salute='Carla',
   attr='Em seg., 17 de fev. de 2025 às 16:20, Falcoaria Halcyon <reservas@falcoaria-halcyon.pt> escreveu:', mime='alt', cte='base64')


def bounce_exchange_pt():
    txt = """Não foi possível entregar a mensagem a estes destinatários ou grupos:

rodrigo.a@baloesdoserrado.com.br
Não foi possível encontrar o endereço de email que inseriu. Verifique o endereço de email do destinatário e tente reenviar a mensagem. Se o problema continuar, contacte o suporte técnico.

Diagnóstico para administradores:

Servidor remoto devolveu '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Servidor de geração: CP6P284MB2001.BRAP284.PROD.OUTLOOK.COM
"""
    h = html_doc(to_html(txt, '<div style="font-family:Segoe UI,Helvetica,Arial,sans-serif">', '</div>'))
    p1 = multi('alternative', [leaf('text/plain', txt, 'utf-8', 'quoted-printable'), leaf('text/html', h, 'utf-8', 'quoted-printable')])
    p2 = (b'Content-Type: message/delivery-status\n\n'
          b'Reporting-MTA: dns;CP6P284MB2001.BRAP284.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;mail.skyward-envelope.ch\n'
          b'Arrival-Date: Thu, 5 Jun 2025 12:01:33 +0000\n\n'
          b'Final-Recipient: rfc822;rodrigo.a@baloesdoserrado.com.br\nAction: failed\nStatus: 5.1.10\n'
          b'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n')
    p3 = ('Content-Type: text/rfc822-headers\n\nFrom: Skyward Envelope Works <atelier@skyward-envelope.ch>\n'
          'To: <rodrigo.a@baloesdoserrado.com.br>\nSubject: Re: PP-XRA - inspeção anual\nDate: Thu, 5 Jun 2025 14:01:28 +0200\n'
          'Message-ID: <offer.r060.8841@skyward-envelope.ch>\n').encode()
    return multi('report', [p1, p2, p3], '; report-type=delivery-status')


R('r060', 'automatic', 'BAL', ('Microsoft Outlook', 'postmaster@baloesdoserrado.onmicrosoft.com'), 'Não é possível entregar: Re: PP-XRA - inspeção anual',
  (2025, 6, 5, 12, 1, 0), '', 'offer.r060.8841@skyward-envelope.ch', mime='prebuilt', prebuilt=bounce_exchange_pt(), return_path='',
  headers=['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: ', 'Content-Language: pt-PT'])


if __name__ == '__main__':
    write_all(QUESTIONS, 'questions', 'q')
    write_all(REPLIES, 'replies', 'r')
    print('wrote %d questions, %d replies' % (len(QUESTIONS), len(REPLIES)))
