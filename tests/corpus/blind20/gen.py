#!/usr/bin/env python3
"""Generator for blind round 20: writes questions/ and replies/ (stdlib only)."""
import base64, json, os, quopri, textwrap, html as H
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))

FIRMS = {
    'F1': ('Harriet Quill', 'studio@lancetglass.co.uk'),          # stained-glass conservation, Ely (UK)
    'F2': ('Jörg Haller', 'werkstatt@ballonwerft-haller.de'),     # hot-air balloon envelope repair & inspection
    'F3': ('Sietske Vos', 'info@molenmakerij-vdv.nl'),             # windmill / watermill millwrights (NL)
    'F4': ('Inés Barroso', 'consultas@heraldica-sevilla.es'),      # heraldry & genealogy research bureau
    'F5': ('Dwayne Okafor', 'inspections@flylinerigging.com'),     # theatre rigging safety inspections (US)
}


def D(s):
    t = textwrap.dedent(s).lstrip('\n')
    return t if t.endswith('\n') else t + '\n'


def quote(attrib, text, prefix='> '):
    out = [attrib] if attrib else []
    for l in text.rstrip('\n').split('\n'):
        out.append((prefix + l) if l.strip() else prefix.rstrip())
    return '\n'.join(out) + '\n'


def hdr(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()


def addr(name, a):
    if not name:
        return a
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, a)
        return '%s <%s>' % (name, a)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, 'utf-8').encode(), a)


def text_to_html(text):
    """Plain text to simple HTML: '>' runs become blockquotes."""
    lines = text.rstrip('\n').split('\n')

    def render(ls):
        out, i = [], 0
        while i < len(ls):
            if ls[i].startswith('>'):
                j = i
                inner = []
                while j < len(ls) and ls[j].startswith('>'):
                    l = ls[j][1:]
                    if l.startswith(' '):
                        l = l[1:]
                    inner.append(l)
                    j += 1
                out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                           + render(inner) + '</blockquote>')
                i = j
            else:
                out.append('<div>' + (H.escape(ls[i], quote=False) if ls[i].strip() else '<br>') + '</div>')
                i += 1
        return '\n'.join(out)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div dir="ltr">\n' + render(lines) + '\n</div></body></html>\n')


def enc_part(ctype, text, cs, cte, extra=b''):
    data = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        if cte == '7bit':
            data.decode('ascii')
        body = data if data.endswith(b'\n') else data + b'\n'
    h = ('Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, cs, cte)).encode()
    return h + extra + b'\n' + body


def att_part(ctype, fname, data):
    b = base64.encodebytes(data)
    return ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n' % (ctype, fname, fname)).encode() + b


_bn = [0]


def multipart(sub, parts, extra_ct=''):
    _bn[0] += 1
    b = '----=_Part_%d_%04d.17%06d' % (_bn[0], 7 * _bn[0] % 9973, 31337 * _bn[0] % 999983)
    head = ('Content-Type: multipart/%s; boundary="%s"%s\n' % (sub, b, extra_ct)).encode()
    body = b'\n'
    if _bn[0] % 2:
        body = b'\nThis is a multi-part message in MIME format.\n\n'
    for p in parts:
        body += ('--%s\n' % b).encode() + p
        if not p.endswith(b'\n'):
            body += b'\n'
    body += ('--%s--\n' % b).encode()
    return head + body


PDF = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n'
       b'trailer<</Root 1 0 R>>\n%%EOF\n')
JPG = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]) + bytes(range(256)) * 3 + b'\xff\xd9'

_mid = [0]
SENDER_TZ = {'m.pennyfeather@btinternet.com': 0.001, 'gazwhitlock77@icloud.com': 0.001, 'rupert.ashdown@gmail.com': 0.001,
             'alison.crewe@outlook.com': 0.001, 'kat.oyelaran@gmail.com': 0.001, 'oharcourt@harcourt-lindqvist.com': 0.001,
             'lindamboyd@yahoo.com': -5, 'cbenavides.miami@gmail.com': -5, 'rocio.villasenor@hotmail.com': -6,
             'ernesto.loureiro@gmail.com': -3, 'fe.pontes@gmail.com': -3, 'giuliaferrante@icloud.com': 1}
NO_DST = {'rocio.villasenor@hotmail.com', 'ernesto.loureiro@gmail.com', 'fe.pontes@gmail.com'}
BASE = datetime(2025, 2, 3, 8, 11, tzinfo=timezone.utc)


def build(kind, n, frm, firm, subj, body=None, fmt='plain', cs='utf-8', cte='quoted-printable', crlf=False,
          html=None, att=(), extra=None, irt=None, tz=0, raw_body=None, to=None, date_off=None):
    _mid[0] += 1
    fname, faddr = FIRMS[firm]
    dom = frm[1].split('@')[1]
    start = datetime(2025, 3, 25, 7, 40, tzinfo=timezone.utc) if kind == 'q' else datetime(2025, 4, 18, 7, 10, tzinfo=timezone.utc)
    dt = start + timedelta(hours=n * 8.3 + (n * 37) % 11, minutes=(n * 53) % 60, seconds=(n * 17) % 60)
    tld = dom.rsplit('.', 1)[1]
    if not tz:
        tz = SENDER_TZ.get(frm[1]) or {'uk': 0, 'pt': 0, 'de': 1, 'at': 1, 'it': 1, 'es': 1, 'fr': 1, 'nl': 1,
                                       'be': 1, 'pl': 1, 'mx': -6, 'br': -3, 'net': 1}.get(tld, -6)
        if tz in (-3, -6) and tld in ('mx', 'br') or frm[1] in NO_DST:
            pass
        elif tz < -3:       # US: DST from 9 March
            tz += 1 if dt > datetime(2025, 3, 9, 8, tzinfo=timezone.utc) else 0
        else:               # EU: DST from 30 March
            tz += 1 if dt > datetime(2025, 3, 30, 1, tzinfo=timezone.utc) else 0
    dt = dt.astimezone(timezone(timedelta(hours=round(tz))))
    h = [
        'From: ' + addr(*frm),
        'To: ' + (to or addr(fname, faddr)),
        'Subject: ' + hdr(subj),
        'Date: ' + format_datetime(dt),
        'Message-ID: <%s.%d.%s@%s>' % (kind, n, 'x%05d' % (n * 7919 % 99991), dom),
    ]
    if irt:
        h.append('In-Reply-To: ' + irt)
        h.append('References: ' + irt)
    for k, v in (extra or {}).items():
        h.append('%s: %s' % (k, hdr(v)))
    h.append('MIME-Version: 1.0')
    head = ('\n'.join(h) + '\n').encode()
    if raw_body is not None:
        content = raw_body
    else:
        if fmt == 'plain':
            content = enc_part('text/plain', body, cs, cte)
        elif fmt == 'html':
            content = enc_part('text/html', html, cs, cte)
        elif fmt == 'alt':
            content = multipart('alternative', [enc_part('text/plain', body, cs, cte),
                                                enc_part('text/html', html or text_to_html(body), cs, cte)])
        else:
            raise ValueError(fmt)
        if att:
            content = multipart('mixed', [content] + [att_part(*a) for a in att])
    msg = head + content
    if crlf:
        msg = msg.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return msg


def offer_id(n, firm):
    return '<offer-%03d.%s@%s>' % (n, 'q%04d' % (n * 131 % 9999), FIRMS[firm][1].split('@')[1])


QUESTIONS = []   # (n, build kwargs, expected)
REPLIES = []


def Q(n, frm, firm, subj, body=None, qs=(), qd=(), lang=None, **kw):
    exp = {'questions': list(qs), 'quoted': list(qd)}
    if qs:
        exp['language'] = lang
    QUESTIONS.append((n, dict(frm=frm, firm=firm, subj=subj, body=body, **kw), exp))


def R(n, frm, firm, subj, body=None, decision=None, **kw):
    kw.setdefault('irt', offer_id(n, firm))
    REPLIES.append((n, dict(frm=frm, firm=firm, subj=subj, body=body, **kw), {'decision': decision}))


SIG = {
    'F1': 'Harriet Quill\nLancet Glass Conservation\nThe Old Maltings, Ely CB7 4DL\n01353 555 019',
    'F2': 'Jörg Haller\nBallonwerft Haller GmbH\nAm Flugfeld 3, 87509 Immenstadt\nTel. 08323 555 210',
    'F3': 'Sietske Vos\nMolenmakerij Van Dam & Vos\nDijkweg 12, 1619 AB Andijk\n0228 555 731',
    'F4': 'Inés Barroso\nHeraldica · Genealogía y Armas\nC/ Zaragoza 14, 41001 Sevilla\n+34 954 555 118',
    'F5': 'Dwayne Okafor, ETCP Certified Rigger\nFlyline Rigging Inspections LLC\nChicago, IL · 773-555-0192',
}

# ---------------------------------------------------------------- questions: English
Q(1, ('Margaret Pennyfeather', 'm.pennyfeather@btinternet.com'), 'F1', "East window - storm damage", D("""
    Dear Harriet,

    I hope you had a good Easter - ours was chaos, the flower ladies fell out over the lilies again and the vicar has gone to Crete for a fortnight, so I am holding the fort.

    Anyway. You may remember the east window at St Botolph's, the one with the dragon that looks like a dachshund? After the storm on Thursday two of the lower quarries have cracked and one of the lead cames is bowing out quite badly. The PCC meets on the 14th and they will want a figure, so could you give us an estimate for repairing the two lower panels before then. Also, do you still have our condition survey from 2019 on file?

    Isn't it funny how these things always happen when the vicar is away?

    With best wishes,
    Margaret Pennyfeather
    Churchwarden, St Botolph's, Little Haddow
    01632 960 482
    """), qs=["give us an estimate for repairing", "still have our condition survey from 2019"],
  qd=["give us an estimate for repairing"], lang='en', cte='7bit')

Q(2, ('Gaz Whitlock', 'gazwhitlock77@icloud.com'), 'F1', "fanlight", D("""
    hi harriet can u ring me when youre free re the fanlight, builder wants to know if it comes out before or after the scaffolding goes up

    Sent from my iPhone
    """), qs=["ring me when youre free", "comes out before or after the scaffolding"], lang='en', cte='7bit', crlf=True)

Q(3, ('Eleanor Vasquez-Brandt', 'e.vasquez@lakeshoreplayhouse.org'), 'F5', "Items from the annual walk-through", D("""
    Dear Mr. Okafor,

    Following our annual walk-through, please find below the items our board has asked me to raise:

    1. Please confirm whether the fly system inspection can be scheduled during the week of June 9.
    2. We would like a written review of the counterweight arbor loading chart prepared by our former technical director, as we suspect it is outdated.
    3. Does your report satisfy the requirements of our insurer, Hartwell Mutual?
    4. Kindly send us a copy of your certificate of insurance.

    Thank you for your continued support.

    Sincerely,
    Eleanor Vasquez-Brandt
    Managing Director | Lakeshore Civic Playhouse
    312-555-0148
    "Where Chicago comes to play"
    """), qs=["fly system inspection can be scheduled", "written review of the counterweight arbor",
             "your report satisfy the requirements", "send us a copy of your certificate"],
  qd=["written review of the counterweight arbor"], lang='en', fmt='alt', cte='quoted-printable', crlf=True)

Q(4, ('Tom Brannigan', 'tom@northsidestagecompany.com'), 'F5', "Re: Inspection report - Northside Stage Co.", D("""
    Thanks Dwayne, got the report, all good. Crew loved the walkthrough, Marco has already laminated your checklist.

    Tom

    On Tue, Mar 4, 2025 at 4:12 PM Dwayne Okafor <inspections@flylinerigging.com> wrote:
    > Hi Tom,
    >
    > Please find the inspection report attached. Did it come through OK? Could you
    > also let me know whether the loading rail repair has been scheduled?
    >
    > Dwayne
    """), fmt='alt', cte='7bit')

Q(5, ('Rupert Ashdown', 'rupert.ashdown@gmail.com'), 'F3', "Old smock mill near Walsingham", D("""
    Hello Ms Vos,

    I got your name from the Mills Archive people, who were very kind on the phone. Bit of background: my wife and I bought a farmhouse outside Walsingham last autumn and it came with what the estate agent cheerfully described as "a characterful outbuilding", which turns out to be the remains of an 1820s smock mill. The body is sound-ish, the brickwork base has been repointed at some point in the 70s, the sails are long gone and the cap has been covered in corrugated iron by some previous owner who clearly had a sense of humour. We've had a local builder look at it and he just sucked his teeth. What I'd really love is for someone who knows mills to tell us whether the cap can be saved or whether we're looking at a new one, because that decides whether we go for a full restoration or just make it weatherproof and use it as a studio. Photos attached, taken on a grey day, sorry.

    Kind regards,
    Rupert Ashdown
    07700 900 318
    """), qs=["whether the cap can be saved"], qd=["whether the cap can be saved"], lang='en',
  cte='quoted-printable', att=[('image/jpeg', 'cap_north.jpg', JPG), ('image/jpeg', 'cap_inside.jpg', JPG)])

Q(6, ('Priya Natarajan', 'accounts@tanneryyardlofts.co.uk'), 'F1', "Invoice 2025-031", D("""
    Hi Harriet,

    Need the invoice redone with our new VAT number GB 284 6613 90, the old one belongs to the previous company.

    FYI the delivery address for the panels has changed to Unit 4, Tannery Yard, Cambridge CB1 2LQ.

    Thanks,
    Priya
    --
    Priya Natarajan | Finance
    Tannery Yard Lofts Ltd
    """), qs=["invoice redone with our new VAT number"], lang='en', cs='windows-1252', cte='8bit')

Q(7, ('Rick Delgado', 'rick@paramountarts-aurora.org'), 'F5', "Fwd: Fly gallery - documentation request", D("""
    can you deal with the below? thx

    Rick

    ---------- Forwarded message ---------
    From: Fire Prevention Bureau <fpb.inspections@aurora-il.gov>
    Date: Wed, Mar 12, 2025 at 10:03 AM
    Subject: Fly gallery - documentation request
    To: Rick Delgado <rick@paramountarts-aurora.org>


    Mr. Delgado,

    During the inspection on 3/10 it was noted that the load ratings for the fly gallery are not posted. Please provide documentation of the rated capacity of each line set and a letter from a qualified person confirming the system is in serviceable condition. Can you submit these by April 1?

    Lt. S. Kowalczyk
    Fire Prevention Bureau
    """), qs=["can you deal with the below"], qd=["can you deal with the below"], lang='en', fmt='alt', cte='quoted-printable')

Q(8, ('Linda Miralles-Boyd', 'lindamboyd@yahoo.com'), 'F4', "Great-grandfather from Alcoy", None,
  html=D("""
    <html><body>
    <p>Hi Ms. Barroso,</p>
    <p>A friend at my church used your service last year and couldn't stop talking about it, so here I am! I'm trying to trace my great-grandfather, Jos&eacute; Miralles Ortega. Here's what the family knows:</p>
    <ul>
    <li>born around 1887, probably in Alcoy (Alicante)</li>
    <li>emigrated about 1910, via C&aacute;diz</li>
    <li>married my great-grandmother in Tampa, 1914</li>
    <li>worked in a cigar factory in Ybor City</li>
    </ul>
    <p>Could you search the parish records in Alcoy for his baptism? And do you also handle the Cuban archives, or only Spanish ones? Grandpa always said the family spent a few years in Havana first.</p>
    <p>Thank you so much!<br>Linda</p>
    <p style="color:#888">Linda Miralles-Boyd<br>Tampa, FL<br><i>&ldquo;Family is where life begins and love never ends.&rdquo;</i></p>
    </body></html>
    """), qs=["search the parish records in Alcoy", "also handle the Cuban archives"],
  qd=["search the parish records in Alcoy"], lang='en', fmt='html', cte='quoted-printable')

Q(9, ('Jenny Arkwright', 'jenny.arkwright@stmaryshall.cam.ac.uk'), 'F1', "Hall windows", D("""
    Dear Harriet,

    How was the conference in York? I saw the photos on your Instagram, the Minster looked stunning.

    Could you please send me the care leaflet for the new oriel glazing and add the cleaning visit to our March booking? The Bursar has finally agreed to it.

    Many thanks,
    Jenny

    Jenny Arkwright
    Domestic Bursar's Office, St Mary's Hall
    01223 555 870
    """), qs=["send me the care leaflet", "add the cleaning visit to our March booking"], lang='en', fmt='alt',
  cte='base64')

Q(10, ('Marcia Feld', 'mfeld@rivertowntheatre.org'), 'F5', "RE: Load test - batten 7", D("""
    Dwayne - the insurer came back, see below. They now want the load test results in their own template (attached). Can you fill it in? Also what's the earliest date for the re-test on batten 7?

    Marcia Feld
    Production Manager, Rivertown Theatre
    O: 815-555-0133 | C: 815-555-0190

    ________________________________
    From: Claims Desk <claims@prairiemutual.com>
    Sent: Monday, March 17, 2025 9:41 AM
    To: Marcia Feld <mfeld@rivertowntheatre.org>
    Subject: RE: Load test - batten 7

    Ms. Feld,

    Thank you for the summary. We will need the results on our Form PM-22 rather than the inspector's own format. Could you also confirm the date of the next inspection?

    Regards,
    Claims Desk, Prairie Mutual
    ________________________________
    From: Marcia Feld <mfeld@rivertowntheatre.org>
    Sent: Friday, March 14, 2025 3:02 PM
    To: Claims Desk <claims@prairiemutual.com>
    Subject: Load test - batten 7

    Hello, please find attached the load test summary from Flyline. Is anything else required?
    """), qs=["Can you fill it in", "earliest date for the re-test on batten 7"],
  qd=["Can you fill it in"], lang='en', fmt='alt', cs='windows-1252', cte='quoted-printable', crlf=True,
  att=[('application/pdf', 'PM-22_blank.pdf', PDF)])

Q(11, ('Alison Crewe', 'alison.crewe@outlook.com'), 'F1', "Panels arrived", D("""
    Hi Harriet,

    The panels arrived safe and sound this morning, beautifully packed. The fitter comes on Thursday.

    Let me know if anything else is needed from our side.

    Best,
    Alison
    """), cte='7bit')

Q(12, ('Hugh Fennimore', 'hugh@fennimore-farms.co.uk'), 'F3', "Re: Stone dressing - Pakenham watermill", D("""
    Hi Sietske, answers below.

    On 12 Feb 2025, at 09:14, Sietske Vos <info@molenmakerij-vdv.nl> wrote:

    > Could you tell us the diameter of the stones?

    About 1.4 m, both of them.

    > And is there access for a crane on the north side?

    No, only a farm track. Would a smaller crane fit down a 3 m track?

    > Once we have this we can prepare a quote for the stone dressing.

    Great. One more thing: we need the quote to show the heritage grant portion separately, the Trust insists on it.

    Hugh
    """), qs=["Would a smaller crane fit down", "need the quote to show the heritage"], lang='en', cte='quoted-printable')

Q(13, ('Tomasz Wierzbicki', 't.wierzbicki@balony-mazury.pl'), 'F2', "Burn damage envelope SP-BWT", D("""
    Hello Mr Haller,

    we have balloon SP-BWT (Cameron O-105) with 3 burns near the crown after last flight, i attach photos. Please to make offer for the repair of the panels and also the annual inspection together. Is possible to finish before 1 May? We have season start.

    Best regards
    Tomasz Wierzbicki
    Balony Mazury
    +48 601 555 212
    """), qs=["make offer for the repair of", "Is possible to finish before 1 May"],
  qd=["make offer for the repair of"], lang='en', att=[('image/jpeg', 'crown1.jpg', JPG)], cte='7bit')

Q(14, ('Dr. Naomi Okwu', 'nokwu@lakeview.edu'), 'F5', "Student shadowing at inspection", None, html=D("""
    <html><head><style>p{font-family:Calibri}</style></head><body>
    <p>Hi Dwayne,</p>
    <p>Ahead of next week's inspection of the Lakeview University Mainstage: please send over the inspection checklist you use so our students can follow along. Three of them will shadow your technician. Who knew pulleys could be this exciting?</p>
    <p>Best,<br>Naomi</p>
    <p>Naomi Okwu, PhD<br>Associate Professor of Theatre Technology<br>Lakeview University</p>
    <p style="font-size:8pt;color:#777">CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) and may contain confidential information. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.</p>
    </body></html>
    """), qs=["send over the inspection checklist you use"], lang='en', fmt='html', cte='quoted-printable')

Q(15, ('Carlos Benavides', 'cbenavides.miami@gmail.com'), 'F4', "Documents for the consulate", D("""
    Good morning Inés,

    The Spanish consulate in Miami asked me this: does the birth certificate need an apostille if it was issued before 1950? I have no idea.

    They also want certified translations of the three documents I sent you last week. Can you prepare those for me?

    Thanks a lot,
    Carlos Benavides
    Sent from my iPad
    """), qs=["does the birth certificate need an apostille", "Can you prepare those for me"],
  qd=["Can you prepare those for me"], lang='en', cte='quoted-printable')

Q(16, ('Dr. Fiona Lessing', 'f.lessing@fitzwilliam-collections.org.uk'), 'F1', "Morris roundel - loan to the V&A", D("""
    Dear Ms Quill,

    Our Morris & Co. roundel (acc. no. 1998.41) has been requested for the V&A’s autumn exhibition “Arts & Crafts in Glass”. The lender’s agreement requires a condition report by a conservator accredited with ICON.

    We would be grateful if you could prepare a condition report on the roundel before it travels on 2 June. Could you also confirm that your public liability cover is still £5m?

    With kind regards,

    Dr Fiona Lessing
    Registrar – Loans Out
    Fitzwilliam Collections Trust
    T: 01223 555 904

    This e-mail is confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. The Trust accepts no liability for viruses.
    """), qs=["prepare a condition report on the roundel", "confirm that your public liability cover"],
  qd=["prepare a condition report on the roundel"], lang='en', cs='windows-1252', cte='8bit', crlf=True)

Q(17, ('Hector Ruiz', 'hruiz@oakparkfestivaltheatre.org'), 'F5', "Re: Tuesday", D("""
    Sounds good, see you Tuesday 8am at the loading dock. I'll leave the key to the pin rail locker with security.

    Sent from my Galaxy


    -------- Original message --------
    From: Dwayne Okafor <inspections@flylinerigging.com>
    Date: 3/20/25 5:47 PM (GMT-06:00)
    To: Hector Ruiz <hruiz@oakparkfestivaltheatre.org>
    Subject: Tuesday

    Hector, does Tuesday 8am work for the arbor inspection? Where should we park the van?
    """), cte='quoted-printable')

Q(18, ('Bernard Mole', 'bernard.mole@cley-windmill-trust.org.uk'), 'F3', "After the inspection", D("""
    Dear Sietske,

    Thank you and Pieter for coming all that way - the volunteers are still talking about the tea-break lecture on brake wheels.

    Could you send me the photos from the inspection and tell me when the sails can go back on? We have a wedding booked on 21 June and the couple are rather counting on a working windmill for the photographs. Who'd have thought a windmill could be this much trouble?

    Regards,
    Bernard Mole
    Hon. Secretary, Cley Windmill Trust
    """), qs=["send me the photos from the inspection", "tell me when the sails can go"],
  lang='en', fmt='alt', cs='iso-8859-1', cte='quoted-printable')

Q(19, ('Rick Delgado', 'rick@paramountarts-aurora.org'), 'F5', "batten 7", D("""
    call me re batten 7. urgent. cell 630-555-0117

    - Rick (sent from phone)
    """), qs=["call me re batten 7"], lang='en', cte='7bit')

Q(20, ('Kat Oyelaran', 'kat.oyelaran@gmail.com'), 'F1', "the old rectory glass", D("""
    hello! so we finally moved into the old rectory in sutton and honestly its a bit of a nightmare, the previous owners painted over half the glass in the stairwell (why would anyone do that??) and the kids have already put a football through the little porch window with the red bird on it, which my husband says is "probably victorian" although he also thought the boiler was victorian and it turned out to be from 1994 lol. anyway if you could pop round some time and have a look at what can be saved that would be lovely, we're in most weekday afternoons, the dog barks but is harmless. the lady at the village shop said you did the chapel in haddenham and it looks amazing
    kat x
    """), qs=["pop round some time and have a look"], qd=["pop round some time and have a look"], lang='en',
  cte='quoted-printable')

Q(21, ('Carlos Benavides', 'cbenavides.miami@gmail.com'), 'F4', "Scans", D("""
    Inés,

    Attached are the scans you asked for (baptism, marriage, and my father's passport). Talk soon.

    Carlos
    """), att=[('application/pdf', 'scans_benavides.pdf', PDF)], cte='8bit')

Q(22, ('Jamal Pierce', 'jpierce@southsiderep.org'), 'F5', "Re: Inspection date", D("""
    Yes Thursday works. Also, can your guy look at the motorized line set controller while he's here? It's been clicking when it stops.

    J.

    On Mon, Mar 24, 2025 at 11:02 AM Dwayne Okafor <inspections@flylinerigging.com> wrote:
    > Jamal, does Thursday the 27th work for the follow-up?
    >
    > On Fri, Mar 21, 2025 at 2:17 PM Jamal Pierce <jpierce@southsiderep.org> wrote:
    >> Hey Dwayne, can you also check the fire curtain next time? The release
    >> seemed slow.
    """), qs=["look at the motorized line set controller"], qd=["look at the motorized line set controller"],
  lang='en', fmt='alt', cte='quoted-printable')

Q(23, ('Revd Simon Ashworth', 'rector@stwendreda-march.org.uk'), 'F1', "St Wendreda - next steps", D("""
    Dear Harriet,

    Three things after last night's PCC:

    1) The diocese needs a method statement for the releading - can you write one up by Friday?
    2) What is your VAT status? The treasurer needs it for the grant form.
    3) We have chosen option B (full releading of the north aisle lights).

    Every blessing,
    Simon

    The Revd Simon Ashworth
    Rector, St Wendreda's, March
    """), qs=["can you write one up by Friday", "What is your VAT status"], qd=["can you write one up by Friday"],
  lang='en', fmt='alt', cte='base64', crlf=True)

Q(24, ('Dana Whitfield', 'dana@whitfieldproductions.com'), 'F5', "insurance question", D("""
    Hi Dwayne,

    Our insurance broker wants to know: are you certified under ETCP, and do you carry E&O coverage? She needs it before she'll sign off on the tour rider.

    Thanks!
    Dana Whitfield
    Whitfield Productions
    "Built to tour."
    """), qs=["are you certified under ETCP", "do you carry E&O coverage"], lang='en', fmt='alt', cte='quoted-printable')

Q(25, ('Hugh Fennimore', 'hugh@fennimore-farms.co.uk'), 'F3', "Payment", D("""
    Thanks Sietske - payment sent today by bank transfer, ref. PAKENHAM-STONES. Have a lovely weekend!

    Hugh
    """), cte='7bit', crlf=True)

Q(26, ('Geoffrey Lamb', 'g.lamb@elyantiques.co.uk'), 'F1', "Re: Your Victorian panels", D("""
    On 03/03/2025 14:02, Harriet Quill wrote:
    > Dear Mr Lamb,
    >
    > The two panels are finished. Would you prefer them collected or delivered?

    Delivered please. How much is delivery to Ely?

    > We could also photograph them for your catalogue.

    That would be splendid, thank you.

    --
    Geoffrey Lamb
    Lamb & Daughter Antiques - est. 1962
    """), qs=["How much is delivery to Ely"], lang='en', cs='iso-8859-1', cte='quoted-printable',
  extra={'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0'})

Q(27, ('Sam Oduya', 'sam.oduya@steppenwolfish.org'), 'F5', "thanks + one more thing", D("""
    hey Dwayne!! thanks again for yesterday, the grid looks amazing and honestly I sleep better knowing someone actually looked at those old hemp lines. the crew was super impressed, Ayesha wants to be a rigger now lol.

    Also, I've been meaning to ask - would you be able to run a half-day rigging safety session for our new crew sometime in May? Most of them have never touched a rope lock.

    anyway have a great weekend, go Cubs
    sam
    """), qs=["run a half-day rigging safety session"], qd=["run a half-day rigging safety session"], lang='en',
  fmt='alt', cte='quoted-printable')

Q(28, ('Olivia Harcourt', 'oharcourt@harcourt-lindqvist.com'), 'F4', "Heraldic opinion - Marquesado de Villaverde", None, html=D("""
    <html><body style="font-family:Georgia,serif">
    <p>Dear Ms Barroso,</p>
    <p>We act for the Villaverde family trust. On behalf of our client, we request a heraldic opinion on whether the arms currently used by the Marquesado de Villaverde were ever properly registered with the Cronista de Armas.</p>
    <p>Please confirm receipt of this letter.</p>
    <p>Yours sincerely,</p>
    <p><b>Olivia Harcourt</b><br>Partner<br>Harcourt Lindqvist LLP, 14 Gray&#39;s Inn Square, London WC1R 5JP</p>
    <hr>
    <p style="font-size:7pt">This email is confidential and may be legally privileged. If you have received this email in error, please notify the sender immediately and delete it; do not copy, disclose or use its contents. Harcourt Lindqvist LLP is authorised and regulated by the Solicitors Regulation Authority.</p>
    </body></html>
    """), qs=["we request a heraldic opinion on whether", "Please confirm receipt of this letter"],
  qd=["we request a heraldic opinion on whether"], lang='en', fmt='html', cte='base64')


def _fwd_msg():
    inner = D("""
        From: Sandra Pike <s.pike@eastanglian-heritage-ins.co.uk>
        To: Roger Allbright <roger.allbright@stneots-chapel.org.uk>
        Subject: Claim EAH-55120 - chapel window
        Date: Tue, 11 Mar 2025 09:30:00 +0000
        Message-ID: <claim55120.1@eastanglian-heritage-ins.co.uk>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 7bit

        Dear Mr Allbright,

        Before we can settle the claim we need the following from your glazier:
        - Was the damage caused by impact or by deterioration of the lead?
        - What is the estimated cost of like-for-like repair?
        - Can the window be made weathertight in the meantime?

        Kind regards,
        Sandra Pike
        """)
    return inner.encode()


Q(29, ('Roger Allbright', 'roger.allbright@stneots-chapel.org.uk'), 'F1', "Fw: Claim EAH-55120 - chapel window", None,
  raw_body=multipart('mixed', [
      enc_part('text/plain', D("""
          Harriet, see attached from the insurers - can you answer their questions direct? Cc me please.

          Roger
          """), 'utf-8', '7bit'),
      b'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="Claim EAH-55120.eml"\n\n' + _fwd_msg()]),
  qs=["can you answer their questions direct"], qd=["can you answer their questions direct"], lang='en')

Q(30, ('Hector Ruiz', 'hruiz@oakparkfestivaltheatre.org'), 'F5', "Re: Tuesday", D("""
    Got it. We'll have the stage clear by 7.

    > On Mar 21, 2025, at 8:03 AM, Dwayne Okafor <inspections@flylinerigging.com> wrote:
    >
    > Great. Can you make sure the stage deck is clear of scenery before we arrive?
    """), cte='7bit')

# ---------------------------------------------------------------- questions: German
Q(31, ('Ballonsportverein Allgäu e.V.', 'vorstand@bsv-allgaeu.de'), 'F2', "Jahresnachprüfung D-OKAY", D("""
    Sehr geehrter Herr Haller,

    für unseren Ballon D-OKAY (Schroeder fire balloons G 30/24) steht die Jahresnachprüfung an. Könnten Sie uns einen Termin in der KW 14 anbieten?

    Außerdem bitten wir um ein Angebot für den Austausch der Parachute-Leine, die beim letzten Flug Scheuerstellen gezeigt hat.

    Mit freundlichen Grüßen

    i. A. Martina Kessler
    Schriftführerin
    Ballonsportverein Allgäu e.V.
    Vereinsregister Kempten VR 1234
    """), qs=["einen Termin in der KW 14 anbieten", "bitten wir um ein Angebot für den Austausch"],
  qd=["bitten wir um ein Angebot für den Austausch"], lang='de', cs='iso-8859-1', cte='quoted-printable',
  extra={'X-Mailer': 'Microsoft Outlook 16.0'})

Q(32, ('Klaus Reindl', 'klaus.reindl@t-online.de'), 'F2', "Brenner", D("""
    hallo jörg, kannst du mich zurückrufen wegen dem brenner, der zündet nicht mehr richtig. danke

    Von meinem iPhone gesendet
    """), qs=["kannst du mich zurückrufen wegen dem brenner"], lang='de', cte='8bit')

Q(33, ('Sabine Oettl', 'sabine.oettl@gmx.at'), 'F2', "Re: Rechnung 2025-017", D("""
    Hallo Herr Haller,

    danke, die Rechnung ist heute überwiesen. Schönes Wochenende! Wie war eigentlich das Ballonfestival in Kempten?

    LG Sabine

    Am Do., 6. März 2025 um 17:20 Uhr schrieb Jörg Haller <werkstatt@ballonwerft-haller.de>:
    > Hallo Frau Oettl,
    >
    > anbei die Rechnung für die Hüllenreparatur. Haben Sie die Korbpolster schon
    > abgeholt?
    >
    > Viele Grüße
    > Jörg Haller
    """), fmt='alt', cte='quoted-printable')

Q(34, ('Florian Brandstätter', 'f.brandstaetter@heissluft-team.de'), 'F2', "WG: Nachweis Hüllenprüfung", D("""
    Hi Jörg,

    kannst du dir das mal anschauen? Die Versicherung will bis Monatsende einen Nachweis über die Hüllenprüfung. Und brauchen wir dafür den alten Prüfbericht von 2023?

    Gruß Flo

    Anfang der weitergeleiteten Nachricht:

    Von: "Luftsport Versicherungsdienst" <schaden@lsv-versicherung.de>
    Betreff: Nachweis Hüllenprüfung D-OFBH
    Datum: 18. März 2025 um 10:12:44 MEZ
    An: f.brandstaetter@heissluft-team.de

    Sehr geehrter Herr Brandstätter,

    für die Verlängerung Ihrer Police benötigen wir einen Nachweis über die letzte Hüllenprüfung (Porositäts- und Reißtest). Können Sie uns diesen bis zum 31.03. zukommen lassen?

    Mit freundlichen Grüßen
    Ihr LSV-Team
    """), qs=["kannst du dir das mal anschauen", "brauchen wir dafür den alten Prüfbericht"],
  qd=["kannst du dir das mal anschauen"], lang='de', cte='quoted-printable')

Q(35, ('Mag. Peter Hufnagl', 'p.hufnagl@ballonclub-salzkammergut.at'), 'F2', "Hülle OE-ZSK nach Baumlandung", D("""
    Servus Herr Haller,

    nach unserer etwas unsanften Landung in einem Apfelbaum (wer hätte gedacht, dass ein Ast so viel anrichten kann?) ein paar Punkte:

    1. Die Rechnung bitte auf den Verein ausstellen, nicht auf mich privat.
    2. Wie lange dauert die Reparatur der Hülle ungefähr?
    3. Wir fliegen am 3. Mai in Ungarn - geht sich das aus?

    Liebe Grüße aus Gmunden
    Peter Hufnagl
    Obmann Ballonclub Salzkammergut
    """), qs=["Rechnung bitte auf den Verein ausstellen", "Wie lange dauert die Reparatur der Hülle",
              "geht sich das aus"], lang='de', fmt='alt', cte='base64')

# ---------------------------------------------------------------- questions: French
Q(36, ('Henri Lasserre-Baudoin', 'h.lasserre-baudoin@orange.fr'), 'F4', "Armoiries familiales", D("""
    Madame,

    Je souhaiterais faire établir les armoiries de ma famille, originaire de la vallée d’Ossau. Pourriez-vous me dire si vous réalisez aussi le dessin héraldique en couleur ?

    Par ailleurs, je vous serais reconnaissant de bien vouloir effectuer une recherche sur l’origine du nom Lasserre-Baudoin dans le Béarn.

    Je vous prie d’agréer, Madame, l’expression de mes salutations distinguées.

    Henri Lasserre-Baudoin
    64260 Arudy
    """), qs=["vous réalisez aussi le dessin héraldique en couleur", "effectuer une recherche sur l’origine du nom"],
  qd=["effectuer une recherche sur l’origine du nom"], lang='fr', cs='windows-1252', cte='8bit', crlf=True)

Q(37, ('Luc Vandersmissen', 'luc.vandersmissen@skynet.be'), 'F3', "roue du moulin", D("""
    Bonjour Madame Vos,

    le meunier me dit que la roue du moulin de Hoegaarden fait un bruit bizarre depuis les crues. Vous pouvez passer la semaine prochaine pour jeter un œil ?

    Merci
    Luc

    Envoyé de mon iPhone
    """), qs=["Vous pouvez passer la semaine prochaine"], qd=["Vous pouvez passer la semaine prochaine"],
  lang='fr', cte='quoted-printable')

Q(38, ('Anne-Sophie de Montclar', 'asdemontclar@free.fr'), 'F4', "Documents retrouvés", None, html=D("""
    <html><body>
    <div>Chère Madame Barroso,</div>
    <div><br></div>
    <div>Voici les éléments que nous avons retrouvés dans le grenier de ma tante :</div>
    <ul>
    <li>un acte de baptême de 1782 (Montauban)</li>
    <li>le contrat de mariage de 1806</li>
    <li>une copie de lettre de noblesse, malheureusement incomplète</li>
    </ul>
    <div>Merci de me faire savoir si ces documents suffisent pour une demande de confirmation d'armoiries.</div>
    <div><br></div>
    <div>Bien cordialement,</div>
    <div>Anne-Sophie de Montclar</div>
    </body></html>
    """), qs=["si ces documents suffisent pour une demande"], qd=["si ces documents suffisent pour une demande"],
  lang='fr', fmt='html', cs='iso-8859-1', cte='quoted-printable')

Q(39, ('Michel Etcheverry', 'michel.etcheverry@laposte.net'), 'F4', "Re: Devis recherche Etcheverry", D("""
    Bonjour Inés,

    Comment allez-vous ? Merci pour le devis, très clair. Petite question : le tarif comprend-il les frais d'archives à Pau ?

    Bien à vous,
    Michel

    Le lun. 10 mars 2025 à 11:45, Inés Barroso <consultas@heraldica-sevilla.es> a écrit :
    > Bonjour Monsieur Etcheverry,
    >
    > Veuillez trouver ci-joint notre devis. Souhaitez-vous que la recherche inclue
    > aussi la branche maternelle ?
    >
    > Bien cordialement,
    > Inés Barroso
    """), qs=["le tarif comprend-il les frais d'archives"], lang='fr', fmt='alt', cte='quoted-printable')

Q(40, ('Père Jean-Baptiste Morel', 'paroisse.stvaast@wanadoo.fr'), 'F1', "Vitrail chapelle Saint-Vaast", D("""
    Hello Mrs Quill,

    je vous écris en français, my English is not so good, sorry. Le vitrail de notre chapelle (Normandie, XIXe siècle) a été abîmé par la grêle le mois dernier. Est-ce que vous travaillez aussi en France ? Si oui, pouvez-vous nous envoyer un devis pour la restauration des deux lancettes ?

    Merci beaucoup, thank you,
    Père Jean-Baptiste Morel
    Paroisse Saint-Vaast, Villers-sur-Mer
    """), qs=["vous travaillez aussi en France", "nous envoyer un devis pour la restauration"],
  qd=["nous envoyer un devis pour la restauration"], lang='fr', fmt='alt', cs='iso-8859-1', cte='quoted-printable')

# ---------------------------------------------------------------- questions: Spanish
Q(41, ('Rocío Villaseñor', 'rocio.villasenor@hotmail.com'), 'F4', "Escudo Villaseñor", D("""
    Hola Inés!!

    Qué tal todo por Sevilla? Aquí en Guadalajara lloviendo sin parar.

    Te escribo porque mi abuela quiere saber si el apellido Villaseñor tiene escudo propio y, si lo tiene, si podrías hacernos un dibujo para enmarcar. Es para su cumple 90 en junio. Ah, y cuánto tardaría más o menos??

    Besos
    Rocío
    """), qs=["el apellido Villaseñor tiene escudo propio", "podrías hacernos un dibujo para enmarcar",
              "cuánto tardaría más o menos"],
  qd=["el apellido Villaseñor tiene escudo propio", "podrías hacernos un dibujo para enmarcar"], lang='es',
  fmt='alt', cte='base64')

Q(42, ('Lic. Arturo Mendoza Ríos', 'direccion.tecnica@teatrojuarez.mx'), 'F5', "Inspección del sistema de varas", D("""
    Estimado Sr. Okafor:

    Le escribo de parte del Teatro Juárez de Guanajuato. Necesitamos una inspección completa del sistema de varas contrapesadas antes de la temporada de otoño.

    Le agradeceríamos que nos indicara si su equipo viaja a México y cuál sería su disponibilidad en agosto.

    Atentamente,

    Lic. Arturo Mendoza Ríos
    Director Técnico, Teatro Juárez
    Tel. +52 473 555 0104

    Este mensaje es confidencial. Si usted no es el destinatario, por favor notifíquelo al remitente y elimínelo.
    """), qs=["Necesitamos una inspección completa del sistema", "si su equipo viaja a México",
              "cuál sería su disponibilidad en agosto"],
  qd=["Necesitamos una inspección completa del sistema"], lang='es', cs='windows-1252', cte='quoted-printable',
  extra={'X-Mailer': 'Microsoft Outlook 16.0'})

Q(43, ('Marisa Cortés', 'marisa.cortes@telefonica.net'), 'F4', "Re: Informe genealógico", D("""
    Recibido, muchas gracias. Ya le paso los papeles a mi hermano.

    Saludos
    Marisa

    Enviado desde mi iPhone

    El 14 mar 2025, a las 13:05, Inés Barroso <consultas@heraldica-sevilla.es> escribió:

    > Estimada Marisa:
    > Le adjunto el informe final. ¿Lo ha recibido correctamente?
    """), cte='8bit', cs='utf-8')

Q(44, ('Ernesto Loureiro', 'ernesto.loureiro@gmail.com'), 'F4', "Partida de nacimiento abuelo", D("""
    Buenas tardes señora Barroso,

    Le cuento un poco la historia para que me entienda. Mi abuelo Manuel Loureiro Pazos nació en un pueblito de Lugo, creo que en 1908, y se fue a Buenos Aires con diecisiete años en un barco que se llamaba Monte Sarmiento, o eso decía mi padre, que ya falleció. Yo estoy tramitando la nacionalidad española por la Ley de Memoria Democrática y en el consulado de Buenos Aires me piden una y otra vez el mismo papel, y mis primos de Galicia no contestan los mensajes desde la pandemia. Total, que lo que necesito es que me busquen la partida de nacimiento de mi abuelo en el Registro Civil de Lugo, porque sin eso el consulado no me hace caso.

    Muchas gracias de antemano,
    Ernesto Loureiro
    Buenos Aires
    """), qs=["me busquen la partida de nacimiento"], qd=["me busquen la partida de nacimiento"], lang='es',
  cs='iso-8859-1', cte='quoted-printable')

Q(45, ('Covadonga Suárez', 'cova.suarez@yahoo.es'), 'F4', "Re: Datos para la búsqueda", D("""
    Hola Inés, te contesto entre líneas.

    El 17 mar 2025, a las 10:22, Inés Barroso <consultas@heraldica-sevilla.es> escribió:

    > ¿Tiene usted el libro de familia de sus abuelos?

    Sí, lo tengo, te lo mando escaneado esta tarde.

    > ¿Conoce el pueblo de origen de su bisabuelo?

    Creo que era Cangas de Onís, pero no estoy segura. ¿Se puede comprobar con el padrón municipal?

    Un abrazo,
    Cova
    """), qs=["Se puede comprobar con el padrón"], qd=["Se puede comprobar con el padrón"], lang='es',
  fmt='alt', cte='quoted-printable', crlf=True)

# ---------------------------------------------------------------- questions: Dutch
Q(46, ('Stichting Molen De Hoop', 'secretariaat@molendehoop-hollandscheveld.nl'), 'F3', "Offerteaanvraag roeden", D("""
    Geachte mevrouw Vos,

    Namens de Stichting Molen De Hoop verzoek ik u een offerte op te stellen voor het vervangen van de roeden, conform het rapport van de Vereniging De Hollandsche Molen.

    Tevens willen wij graag weten of de subsidie van de provincie ook de stelling dekt.

    Mocht u nog aanvullende gegevens nodig hebben, dan hoor ik dat graag.

    Met vriendelijke groet,

    drs. W. Hoekstra
    secretaris Stichting Molen De Hoop
    KvK 41012345
    """), qs=["een offerte op te stellen voor het vervangen", "of de subsidie van de provincie ook"],
  qd=["een offerte op te stellen voor het vervangen"], lang='nl', cs='windows-1252', cte='quoted-printable')

Q(47, ('Bert Hummelink', 'bert.hummelink@ziggo.nl'), 'F3', "vang", D("""
    hoi sietske, de vang slipt weer. kun je deze week nog even langskomen?
    groetjes Bert

    Verstuurd vanaf mijn iPhone
    """), qs=["kun je deze week nog even langskomen"], qd=["kun je deze week nog even langskomen"], lang='nl',
  cte='7bit')

Q(48, ('Gerda Zwart', 'gerda.zwart@kpnmail.nl'), 'F3', "Molen draait weer", D("""
    Beste Sietske,

    Wat een weer hè? Toch even laten weten: bedankt voor de snelle reparatie, de molen draait weer als een zonnetje. De vrijwilligers hebben zaterdag al gemalen.

    Hartelijke groet,
    Gerda Zwart
    Molen De Zwaluw
    """), fmt='alt', cte='quoted-printable')

Q(49, ('Joost van Leeuwen', 'joost@blueskyballooning.nl'), 'F2', "PH-BLU inspectie", D("""
    Hallo Jörg,

    sorry, mijn Duits is niet zo goed, dus Nederlands/English. Our balloon PH-BLU needs the 100-hour inspection. Kunnen jullie dat in april doen? And is the fabric test included in the price?

    Groeten,
    Joost van Leeuwen
    Blue Sky Ballooning | Deventer
    06-5555 1234
    """), qs=["Kunnen jullie dat in april doen", "fabric test included in the price"],
  qd=["Kunnen jullie dat in april doen"], lang='nl', cte='8bit')

Q(50, ('Henk Brouwer', 'h.brouwer@molendebuitenruststichting.nl'), 'F3', "Fwd: Monumentenvergunning molen De Buitenrust", D("""
    Kun je hier naar kijken? Vraag van de gemeente hieronder.

    Henk

    ---------- Doorgestuurd bericht ---------
    Van: Gemeente Hollands Kroon - Vergunningen <vergunningen@hollandskroon.nl>
    Date: di 18 mrt 2025 om 14:31
    Subject: Monumentenvergunning molen De Buitenrust
    To: <h.brouwer@molendebuitenruststichting.nl>


    Geachte heer Brouwer,

    Voor de beoordeling van uw aanvraag ontvangen wij graag een technische omschrijving van de werkzaamheden aan de kap. Kunt u ook aangeven welke materialen worden gebruikt?

    Met vriendelijke groet,
    Team Vergunningen
    """), qs=["Kun je hier naar kijken"], qd=["Kun je hier naar kijken"], lang='nl', fmt='alt', cte='quoted-printable')

# ---------------------------------------------------------------- questions: Italian
Q(51, ('Dott. Lorenzo Bellandi', 'l.bellandi@libero.it'), 'F4', "Identificazione stemma su sigillo", D("""
    Gentile dott.ssa Barroso,

    sono un collezionista di sigilli e matrici. Le chiedo cortesemente di identificare lo stemma inciso sul sigillo in allegato, che credo sia spagnolo del XVII secolo. Mi potrebbe anche indicare una bibliografia di riferimento?

    Cordiali saluti,
    Lorenzo Bellandi
    Firenze
    """), qs=["identificare lo stemma inciso sul sigillo", "indicare una bibliografia di riferimento"],
  qd=["identificare lo stemma inciso sul sigillo"], lang='it', cte='quoted-printable',
  att=[('image/jpeg', 'sigillo_recto.jpg', JPG)])

Q(52, ('Giulia Ferrante', 'giuliaferrante@icloud.com'), 'F4', "fattura", D("""
    ciao ines mi mandi la fattura e mi dici quando arriva il disegno? grazie mille

    Inviato da iPhone
    """), qs=["mi mandi la fattura", "mi dici quando arriva il disegno"], lang='it', cte='7bit')

Q(53, ('Studio Notarile Bassi', 'segreteria@notaiobassi.it'), 'F4', "Richiesta certificato stemma famiglia Bassi", None, html=D("""
    <html><body>
    <p>Buongiorno,</p>
    <p>per conto del notaio dott. Alberto Bassi:</p>
    <ol>
    <li>Vorremmo un certificato di autenticità dello stemma di famiglia, da allegare all'atto di fondazione.</li>
    <li>Quali documenti servono da parte nostra?</li>
    <li>Vi alleghiamo la visura camerale della fondazione.</li>
    </ol>
    <p>Distinti saluti<br>Segreteria Studio Notarile Bassi<br>Via Manzoni 12, 20121 Milano</p>
    <p style="font-size:8pt">Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa e-mail sono riservate. Qualora l'abbia ricevuta per errore, La preghiamo di informarci e di cancellarla.</p>
    </body></html>
    """), qs=["Vorremmo un certificato di autenticità dello stemma", "Quali documenti servono da parte nostra"],
  qd=["Vorremmo un certificato di autenticità dello stemma"], lang='it', fmt='html', cs='iso-8859-1',
  cte='quoted-printable', att=[('application/pdf', 'visura_camerale.pdf', PDF)])

Q(54, ('Marco Cavalieri', 'marco.cavalieri@fastwebnet.it'), 'F4', "R: Ricerca famiglia Cavalieri", D("""
    Buongiorno Inés, come va?

    Ho parlato con mio zio: ha trovato in soffitta un albero genealogico del 1890, chi l'avrebbe mai detto? Può verificare se i nomi corrispondono a quelli che ha trovato nell'archivio di Siviglia? Le mando le foto domani.

    Cordiali saluti
    Marco Cavalieri

    -----Messaggio originale-----
    Da: Inés Barroso <consultas@heraldica-sevilla.es>
    Inviato: venerdì 14 marzo 2025 12:10
    A: Marco Cavalieri <marco.cavalieri@fastwebnet.it>
    Oggetto: Ricerca famiglia Cavalieri

    Gentile Marco,
    nell'Archivio de Indias ho trovato tre Cavalieri mercanti genovesi tra il 1620 e il 1655. Ha altri documenti di famiglia che potrei confrontare?

    Inés Barroso
    """), qs=["verificare se i nomi corrispondono"], qd=["verificare se i nomi corrispondono"], lang='it',
  cs='windows-1252', cte='8bit', crlf=True, extra={'X-Mailer': 'Microsoft Outlook 16.0'})

Q(55, ('Aerostatico Club Alto Adige', 'info@ballonclub-suedtirol.it'), 'F2', "Cesta danneggiata / Korb beschädigt", D("""
    Buongiorno sig. Haller,

    mi scusi, il mio tedesco non è buono, scrivo in italiano. Durante l'atterraggio a Chiusa la cesta (der Korb) si è danneggiata su un lato. Abbiamo bisogno di un preventivo per riparare la cesta e i montanti. Potete anche ritirarla a Bolzano?

    Grazie e cordiali saluti / Vielen Dank
    Matteo Obwexer
    Aerostatico Club Alto Adige
    """), qs=["Abbiamo bisogno di un preventivo per riparare", "Potete anche ritirarla a Bolzano"],
  qd=["Abbiamo bisogno di un preventivo per riparare"], lang='it', fmt='alt', cte='quoted-printable')

# ---------------------------------------------------------------- questions: Portuguese
Q(56, ('Fernanda Pontes', 'fe.pontes@gmail.com'), 'F4', "Bisavô de Vigo", D("""
    Oi Inés, tudo bem?

    Minha mãe quer saber se a gente consegue a cidadania espanhola pelo bisavô que nasceu em Vigo. Você poderia levantar a certidão de batismo dele? O nome era Ramón Pontes Iglesias, nascido mais ou menos em 1895.

    Beijos
    Fernanda
    """), qs=["se a gente consegue a cidadania espanhola", "levantar a certidão de batismo dele"],
  qd=["levantar a certidão de batismo dele"], lang='pt', fmt='alt', cte='quoted-printable')

Q(57, ('Dr. Rui Sampaio Cortez', 'rui.sampaiocortez@sapo.pt'), 'F4', "Investigação genealógica família Sampaio Cortez", D("""
    Exma. Senhora,

    Na sequência da nossa conversa telefónica de ontem, solicito que me envie o orçamento para a investigação genealógica da família Sampaio Cortez (ramos de Viseu e de Badajoz).

    Agradeço ainda que me informe qual o prazo de entrega previsto.

    Fico ao dispor para qualquer esclarecimento adicional que entenda necessário.

    Com os melhores cumprimentos,
    Rui Sampaio Cortez
    Advogado
    """), qs=["me envie o orçamento para a investigação", "qual o prazo de entrega previsto"],
  qd=["me envie o orçamento para a investigação"], lang='pt', cs='windows-1252', cte='quoted-printable',
  crlf=True, extra={'X-Mailer': 'Microsoft Outlook 16.0'})

Q(58, ('Lúcia Ferraz', 'luciaferraz@uol.com.br'), 'F4', "Re: Relatório final", D("""
    Obrigada! Recebi o relatório, está perfeito. Minha tia chorou quando viu a árvore.

    Um abraço
    Lúcia

    Enviado do meu iPhone

    Em 19 de mar. de 2025, à(s) 09:40, Inés Barroso <consultas@heraldica-sevilla.es> escreveu:

    > Olá Lúcia,
    > segue o relatório final. Conseguiu abrir o PDF?
    """), cte='8bit')

Q(59, ('Lúcia Ferraz', 'luciaferraz@uol.com.br'), 'F4', "Re: Família Ferraz - Braga", D("""
    Em seg., 3 de fev. de 2025 às 10:15, Inés Barroso <consultas@heraldica-sevilla.es> escreveu:

    > Qual era o nome da mãe dele?

    Maria da Conceição Ferraz.

    > Sabe a data aproximada do casamento?

    não sei... mas posso perguntar pra minha tia. vocês conseguem procurar nos registros de Braga sem a data?

    bjs Lúcia
    """), qs=["conseguem procurar nos registros de Braga"], qd=["conseguem procurar nos registros de Braga"],
  lang='pt', fmt='alt', cte='quoted-printable')

Q(60, ('Thiago Albuquerque', 'financeiro@albuquerque-importadora.com.br'), 'F4', "Tradução e fatura", D("""
    Bom dia Inés,

    O cartório pergunta: a tradução juramentada precisa ser feita por tradutor espanhol ou pode ser brasileiro?

    Preciso também da fatura em nome da empresa, CNPJ 12.345.678/0001-90.

    Att.,
    Thiago Albuquerque
    Albuquerque Importadora Ltda.
    (11) 5555-0142
    """), qs=["a tradução juramentada precisa ser feita", "Preciso também da fatura em nome da empresa"],
  lang='pt', fmt='alt', cte='base64')

# ---------------------------------------------------------------- replies
def OF(firm, text):
    """firm's offer mail body with signature"""
    return text.rstrip('\n') + '\n\n' + SIG[firm] + '\n'


def G_EN(firm, d='Mon, 10 Mar 2025 at 15:20'):
    n, a = FIRMS[firm]
    return 'On %s, %s <%s> wrote:' % (d, n, a)


def OUTLOOK(lang, firm, sent, to, subj, sep='_' * 32):
    n, a = FIRMS[firm]
    lab = {'en': ('From', 'Sent', 'To', 'Subject'), 'de': ('Von', 'Gesendet', 'An', 'Betreff'),
           'fr': ('De ', 'Envoyé ', 'À ', 'Objet '), 'es': ('De', 'Enviado', 'Para', 'Asunto'),
           'nl': ('Van', 'Verzonden', 'Aan', 'Onderwerp'), 'it': ('Da', 'Inviato', 'A', 'Oggetto'),
           'pt': ('De', 'Enviado', 'Para', 'Assunto')}[lang]
    return '%s\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n' % (sep, lab[0], n, a, lab[1], sent, lab[2], to, lab[3], subj)


O1 = OF('F1', """Dear Margaret,

Thank you for the photos. Re-leading the two lower panels of the east window and replacing the cracked quarries would take about 14 hours at £85 per hour, plus materials (roughly £120). Shall I go ahead?

Best wishes,""")
O5 = OF('F5', """Hi Eleanor,

Reviewing the counterweight arbor loading chart and writing up the corrections would take about 3 hours at $140 per hour. Shall I go ahead?

Regards,""")
O5b = OF('F5', """Marcia,

Filling in Prairie Mutual's Form PM-22 from our load test data would take about 2 hours at $140 per hour. Shall I go ahead?

Dwayne""")

# ---- English accept
R(1, ('Margaret Pennyfeather', 'm.pennyfeather@btinternet.com'), 'F1', "Re: East window - estimate", D("""
    Yes please, go ahead. The PCC approved it last night.

    Margaret

    """) + quote(G_EN('F1'), O1), decision='accept', cte='quoted-printable')

R(2, ('Sam Oduya', 'sam.oduya@steppenwolfish.org'), 'F5', "Re: Rigging safety session", D("""
    Perfect, let's do it! When can you start? The crew is free most Mondays.

    sam

    """) + quote(G_EN('F5', 'Wed, Mar 26, 2025 at 9:02 AM'), OF('F5', """Hi Sam,

A half-day rigging safety session for your new crew (prep, four hours on site, handouts) would take about 6 hours at $140 per hour. Shall I go ahead?

Dwayne""")), decision='accept', fmt='alt', cte='quoted-printable')

R(3, ('Marcia Feld', 'mfeld@rivertowntheatre.org'), 'F5', "RE: Form PM-22", D("""
    fine, go for it but keep it under the 2 hours

    Marcia Feld
    Production Manager, Rivertown Theatre

    """) + OUTLOOK('en', 'F5', 'Tuesday, March 18, 2025 10:15 AM', 'Marcia Feld <mfeld@rivertowntheatre.org>',
                   'RE: Load test - batten 7') + '\n' + O5b,
  decision='accept', cs='windows-1252', cte='quoted-printable', crlf=True)

R(4, ('Eleanor Vasquez-Brandt', 'e.vasquez@lakeshoreplayhouse.org'), 'F5', "RE: Arbor loading chart review", None,
  html=D("""
    <html><body>
    <p>Dear Mr. Okafor,</p>
    <p>The board has approved the proposed review at the quoted rate. Please proceed and invoice the Playhouse directly, attention Accounts Payable.</p>
    <p>Sincerely,<br>Eleanor Vasquez-Brandt<br>Managing Director | Lakeshore Civic Playhouse</p>
    <div style="border-top:1px solid #E1E1E1;padding-top:3pt"><b>From:</b> Dwayne Okafor &lt;inspections@flylinerigging.com&gt;<br><b>Sent:</b> Thursday, April 3, 2025 8:12 AM<br><b>To:</b> Eleanor Vasquez-Brandt &lt;e.vasquez@lakeshoreplayhouse.org&gt;<br><b>Subject:</b> Arbor loading chart review</div>
    <p>Hi Eleanor,</p>
    <p>Reviewing the counterweight arbor loading chart and writing up the corrections would take about 3 hours at $140 per hour. Shall I go ahead?</p>
    <p>Regards,<br>Dwayne Okafor</p>
    </body></html>
    """), decision='accept', fmt='html', cte='quoted-printable')

R(5, ('Rick Delgado', 'rick@paramountarts-aurora.org'), 'F5', "Re: Fire bureau documents", D("""
    Yes. Do it.

    - Rick (sent from phone)

    """) + quote('On Mar 13, 2025, at 7:44 AM, Dwayne Okafor <inspections@flylinerigging.com> wrote:', OF('F5', """Rick,

Preparing the line set capacity schedule and the serviceability letter for the Fire Prevention Bureau would take about 4 hours at $140 per hour. Shall I go ahead?

Dwayne""")), decision='accept', cte='8bit')

R(6, ('Revd Simon Ashworth', 'rector@stwendreda-march.org.uk'), 'F1', "RE: Method statement", D("""
    Dear Harriet,

    Approved - our purchase order no. 4471 is attached. Please quote it on the invoice.

    Every blessing,
    Simon

    """) + OUTLOOK('en', 'F1', '18 March 2025 16:40', "'Revd Simon Ashworth' <rector@stwendreda-march.org.uk>",
                   'Method statement', '-----Original Message-----') + '\n' + OF('F1', """Dear Simon,

Writing the method statement for the diocese would take about 3 hours at £85 per hour. Shall I go ahead?

Harriet"""), decision='accept', cs='iso-8859-1', cte='quoted-printable', att=[('application/pdf', 'PO-4471.pdf', PDF)])

R(7, ('Gaz Whitlock', 'gazwhitlock77@icloud.com'), 'F1', "Re: fanlight", D("""
    ok sounds fair, go ahead. builder says any day next week

    Sent from my iPhone

    """) + quote(None, 'On 19 Mar 2025, at 11:20, Harriet Quill <studio@lancetglass.co.uk> wrote:\n\n' + OF('F1', """Hi Gaz,

Taking out the fanlight, crating it and storing it while the scaffolding is up would take about 3 hours at £85 per hour. Shall I go ahead?

Harriet""")), decision='accept', cte='quoted-printable', crlf=True)

R(8, ('Rupert Ashdown', 'rupert.ashdown@gmail.com'), 'F3', "Re: Smock mill - survey of the cap", D("""
    No problem at all, please go ahead with the survey. We'll be at the farm all that week, just ring the bell at the back door.

    Rupert

    """) + quote(G_EN('F3', 'Fri, 21 Mar 2025 at 08:55'), OF('F3', """Dear Mr Ashdown,

A survey of the cap frame, curb and windshaft, with a short written report on whether the cap can be saved, would take about 7 hours (including travel from Harwich) at €75 per hour. Shall I go ahead?

Kind regards,""")), decision='accept', fmt='alt', cte='quoted-printable')

R(9, ('Bernard Mole', 'bernard.mole@cley-windmill-trust.org.uk'), 'F3', "Re: Sails - refitting", D("""
    That's fine by me - crack on. The key is with Mrs Dunn at the post office as usual.

    Bernard

    """) + quote(G_EN('F3', 'Mon, 24 Mar 2025 at 17:02'), OF('F3', """Dear Bernard,

Refitting the two repaired sails and adjusting the shutters would take about 10 hours for two millwrights at €75 per hour. Shall I go ahead?

Sietske""")), decision='accept', cs='windows-1252', cte='quoted-printable')

# ---- English decline
R(10, ('Priya Natarajan', 'accounts@tanneryyardlofts.co.uk'), 'F1', "Re: Cleaning of lobby screens", D("""
    Hi Harriet, thanks, but we'll sort it in-house - our caretaker has done it before.

    Priya

    """) + quote(G_EN('F1', 'Tue, 25 Mar 2025 at 10:11'), OF('F1', """Hi Priya,

Cleaning and waxing the four leaded lobby screens would take about 5 hours at £85 per hour. Shall I go ahead?

Harriet""")), decision='decline', cte='quoted-printable')

R(11, ('Kat Oyelaran', 'kat.oyelaran@gmail.com'), 'F1', "Re: porch window", D("""
    ah sorry harriet, not needed any more, my brother-in-law did it over the weekend with a kit from youtube. it looks ok-ish!! thanks anyway x

    """) + quote(G_EN('F1', 'Thu, 27 Mar 2025 at 14:30'), OF('F1', """Hi Kat,

Repairing the porch window with the red bird (new lead, one replacement piece painted to match) would take about 6 hours at £85 per hour. Shall I go ahead?

Harriet""")), decision='decline', cte='quoted-printable')

R(12, ('Dana Whitfield', 'dana@whitfieldproductions.com'), 'F5', "Re: Tour rider review", D("""
    No thank you, too expensive for us at the moment.

    Dana

    """) + quote('On Mar 28, 2025, at 1:14 PM, Dwayne Okafor <inspections@flylinerigging.com> wrote:', OF('F5', """Dana,

Reviewing the tour rider rigging plot and signing off the hang points would take about 5 hours at $140 per hour. Shall I go ahead?

Dwayne""")), decision='decline', fmt='alt', cte='8bit')

R(13, ('Dr. Fiona Lessing', 'f.lessing@fitzwilliam-collections.org.uk'), 'F1', "RE: Condition report - Morris roundel", D("""
    Dear Ms Quill,

    Yes, we received your offer, thank you - but after discussion the Trust has decided to use the V&A's own conservators for the condition report. Thank you for your time.

    Kind regards,
    Fiona Lessing

    """) + OUTLOOK('en', 'F1', 'Monday, 31 March 2025 09:05', 'Fiona Lessing <f.lessing@fitzwilliam-collections.org.uk>',
                   'Condition report - Morris roundel') + '\n' + OF('F1', """Dear Dr Lessing,

Preparing an ICON-standard condition report on the roundel, with photographs, would take about 4 hours at £85 per hour. Shall I go ahead?

Harriet Quill"""), decision='decline', cs='windows-1252', cte='quoted-printable', crlf=True)

R(14, ('Jamal Pierce', 'jpierce@southsiderep.org'), 'F5', "Re: Line set controller", D("""
    Please don't proceed. The board cancelled the fall production, so the motorized set won't be used this year.

    J.

    """) + quote(G_EN('F5', 'Tue, Mar 25, 2025 at 3:40 PM'), OF('F5', """Jamal,

Diagnosing the clicking on the motorized line set controller and testing the brake would take about 3 hours at $140 per hour. Shall I go ahead?

Dwayne""")), decision='decline', cte='quoted-printable')

R(15, ('Tom Brannigan', 'tom@northsidestagecompany.com'), 'F5', "Re: Loading rail repair", D("""
    Thanks Dwayne but we'll pass on this one.

    Tom

    """) + quote(G_EN('F5', 'Wed, Apr 2, 2025 at 11:18 AM'), OF('F5', """Tom,

Supervising the loading rail repair and re-certifying it afterwards would take about 5 hours at $140 per hour. Shall I go ahead?

Dwayne""")), decision='decline', fmt='alt', cte='base64')

R(16, ('Margaret Pennyfeather', 'm.pennyfeather@btinternet.com'), 'F1', "Re: Protective glazing", None, html=D("""
    <html><body>
    <div>Dear Harriet,</div>
    <div>I'm afraid we have to decline: the parish simply cannot fund the protective glazing this year, the roof comes first.</div>
    <div>With best wishes,<br>Margaret</div>
    <div><br></div>
    <div>On 2 Apr 2025, at 10:05, Harriet Quill &lt;studio@lancetglass.co.uk&gt; wrote:</div>
    <blockquote type="cite">
    <div>Dear Margaret,</div>
    <div>Fitting ventilated protective glazing to the east window would take about 12 hours at £85 per hour, plus glass and fixings. Shall I go ahead?</div>
    <div>Harriet</div>
    </blockquote>
    </body></html>
    """), decision='decline', fmt='html', cs='iso-8859-1', cte='quoted-printable')

R(17, ('Hugh Fennimore', 'hugh@fennimore-farms.co.uk'), 'F3', "Re: Hurst frame repair", D("""
    Forget it I'm afraid - the mill has been sold and the new owners have their own people. Please close the file.

    Hugh

    """) + quote(G_EN('F3', 'Thu, 3 Apr 2025 at 09:30'), OF('F3', """Dear Hugh,

Repairing the hurst frame at Pakenham would take about 16 hours at €75 per hour. Shall I go ahead?

Sietske""")), decision='decline', cte='8bit', crlf=True)

# ---- English unclear
R(18, ('Jenny Arkwright', 'jenny.arkwright@stmaryshall.cam.ac.uk'), 'F1', "Re: Oriel glazing - two items", D("""
    Harriet - yes to the first, not the second for now.

    Jenny

    """) + quote(G_EN('F1', 'Fri, 4 Apr 2025 at 12:00'), OF('F1', """Dear Jenny,

Two items from the visit:
1) re-fixing the loose oriel light: about 3 hours
2) new stainless ties for the hall windows: about 6 hours
both at £85 per hour. Shall I go ahead with both?

Harriet""")), decision='unclear', fmt='alt', cte='quoted-printable')

R(19, ('Revd Simon Ashworth', 'rector@stwendreda-march.org.uk'), 'F1', "Re: Tower window", D("""
    Dear Harriet,

    Ask me again in March next year - the budget is frozen until the new financial year.

    Simon

    """) + quote(G_EN('F1', 'Mon, 7 Apr 2025 at 14:22'), OF('F1', """Dear Simon,

Releading the tower window would take about 20 hours at £85 per hour. Shall I go ahead?

Harriet""")), decision='unclear', cte='quoted-printable')

R(20, ('Geoffrey Lamb', 'g.lamb@elyantiques.co.uk'), 'F1', "Re: Third panel", D("""
    On 08/04/2025 09:12, Harriet Quill wrote:
    > Dear Mr Lamb,
    >
    > Restoring the third Victorian panel would take about 8 hours at £85 per hour.
    > Shall I go ahead?

    Could you do it for a flat £500? That's what I can get for it in the shop.

    --
    Geoffrey Lamb
    Lamb & Daughter Antiques - est. 1962
    """), decision='unclear', cs='iso-8859-1', cte='quoted-printable')

R(21, ('Hector Ruiz', 'hruiz@oakparkfestivaltheatre.org'), 'F5', "Re: Arbor re-inspection", D("""
    Does the 6 hours include travel from Chicago, or is that extra?

    Sent from my Galaxy

    -------- Original message --------
    From: Dwayne Okafor <inspections@flylinerigging.com>
    Date: 4/9/25 8:30 AM (GMT-06:00)
    To: Hector Ruiz <hruiz@oakparkfestivaltheatre.org>
    Subject: Arbor re-inspection

    """) + OF('F5', """Hector,

The arbor re-inspection would take about 6 hours at $140 per hour. Shall I go ahead?

Dwayne"""), decision='unclear', cte='quoted-printable')

R(22, ('Alison Crewe', 'alison.crewe@outlook.com'), 'F1', "Re: Landing window", D("""
    Small correction: it's three panels, not two - the top one is cracked too. Would that change the estimate much?

    Alison

    """) + quote(G_EN('F1', 'Thu, 10 Apr 2025 at 16:45'), OF('F1', """Hi Alison,

Repairing the two landing window panels would take about 9 hours at £85 per hour. Shall I go ahead?

Harriet""")), decision='unclear', fmt='alt', cte='quoted-printable')

R(23, ('Rupert Ashdown', 'rupert.ashdown@gmail.com'), 'F3', "Re: New cap - estimate", D("""
    Let me think about it and talk to my wife - it's a bigger number than we'd hoped. I'll get back to you.

    R.

    """) + quote(G_EN('F3', 'Fri, 11 Apr 2025 at 10:02'), OF('F3', """Dear Mr Ashdown,

Building and fitting a new cap frame would take about 120 hours at €75 per hour, plus oak and transport. Shall I go ahead?

Kind regards,""")), decision='unclear', cte='quoted-printable')

R(24, ('Bernard Mole', 'bernard.mole@cley-windmill-trust.org.uk'), 'F3', "Re: Fantail overhaul", D("""
    Yes, in principle - but I need to run it past the committee on the 22nd first. I'll confirm after that.

    Bernard

    """) + quote(G_EN('F3', 'Mon, 14 Apr 2025 at 11:30'), OF('F3', """Dear Bernard,

Overhauling the fantail gearing would take about 14 hours at €75 per hour. Shall I go ahead?

Sietske""")), decision='unclear', cs='windows-1252', cte='quoted-printable')

R(25, ('Naomi Okwu', 'nokwu@lakeview.edu'), 'F5', "RE: Mainstage inspection + report", None, html=D("""
    <html><body>
    <p>Hi Dwayne,</p>
    <p>Go ahead with the inspection itself, but skip the written report for now - can you re-price it without?</p>
    <p>Naomi</p>
    <hr>
    <p><b>From:</b> Dwayne Okafor &lt;inspections@flylinerigging.com&gt;<br><b>Sent:</b> Tuesday, April 15, 2025 9:00 AM<br><b>To:</b> Naomi Okwu &lt;nokwu@lakeview.edu&gt;<br><b>Subject:</b> Mainstage inspection + report</p>
    <p>Naomi, the annual Mainstage inspection plus the written report would take about 9 hours at $140 per hour. Shall I go ahead?</p>
    <p style="font-size:8pt;color:#777">CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s).</p>
    </body></html>
    """), decision='unclear', fmt='html', cte='base64')

R(26, ('Linda Miralles-Boyd', 'lindamboyd@yahoo.com'), 'F4', "Re: Alcoy parish search", D("""
    Hmm, that's more than I expected. What would a basic version cost, just the baptism record without the family tree?

    Linda

    """) + quote('On Wednesday, April 16, 2025 at 06:10:44 AM EDT, Inés Barroso <consultas@heraldica-sevilla.es> wrote:',
                 OF('F4', """Dear Linda,

Searching the Alcoy parish registers for José Miralles Ortega's baptism and building a three-generation tree would take about 10 hours at €60 per hour. Shall I go ahead?

Best regards,""")), decision='unclear', fmt='alt', cte='quoted-printable')

# ---- English automatic
R(27, ('Eleanor Vasquez-Brandt', 'e.vasquez@lakeshoreplayhouse.org'), 'F5', "Automatic reply: Fly system inspection - quote", D("""
    Thank you for your email. I am out of the office until Monday, April 14, with limited access to email.

    For urgent matters regarding performances, please contact our Company Manager, Luis Ortega, at 312-555-0150 or lortega@lakeshoreplayhouse.org.

    Eleanor Vasquez-Brandt
    Managing Director | Lakeshore Civic Playhouse
    """), decision='automatic', cte='quoted-printable',
  extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', 'X-MS-Exchange-Inbox-Rules-Loop': 'e.vasquez@lakeshoreplayhouse.org'})

_offer28 = D("""
    From: Dwayne Okafor <inspections@flylinerigging.com>
    To: Jordan Blake <jblake@millbrookcommunitytheater.org>
    Subject: Quote - grid inspection
    Date: Thu, 17 Apr 2025 10:02:11 -0500
    Message-ID: <offer-028.q3668@flylinerigging.com>
    MIME-Version: 1.0
    Content-Type: text/plain; charset="us-ascii"
    Content-Transfer-Encoding: 7bit

    Jordan,

    Inspecting the grid and the six hemp line sets would take about 5 hours at $140 per hour. Shall I go ahead?

    Dwayne Okafor
    Flyline Rigging Inspections LLC
    """).encode()
R(28, ('Mail Delivery System', 'MAILER-DAEMON@mail.flylinerigging.com'), 'F5', "Undelivered Mail Returned to Sender", None,
  raw_body=multipart('report', [
      enc_part('text/plain', D("""
          This is the mail system at host mail.flylinerigging.com.

          I'm sorry to have to inform you that your message could not
          be delivered to one or more recipients. It's attached below.

          For further assistance, please send mail to postmaster.

          If you do so, please include this problem report. You can
          delete your own text from the attached returned message.

                             The mail system

          <jblake@millbrookcommunitytheater.org>: host
              mx.millbrookcommunitytheater.org[198.51.100.23] said: 550 5.1.1
              <jblake@millbrookcommunitytheater.org>: Recipient address rejected: User
              unknown in virtual mailbox table (in reply to RCPT TO command)
          """), 'us-ascii', '7bit', b'Content-Description: Notification\n'),
      D("""
          Content-Description: Delivery report
          Content-Type: message/delivery-status

          Reporting-MTA: dns; mail.flylinerigging.com
          X-Postfix-Queue-ID: 4Zf3Kq1bXnz9sWn
          X-Postfix-Sender: rfc822; inspections@flylinerigging.com
          Arrival-Date: Thu, 17 Apr 2025 10:02:12 -0500 (CDT)

          Final-Recipient: rfc822; jblake@millbrookcommunitytheater.org
          Original-Recipient: rfc822;jblake@millbrookcommunitytheater.org
          Action: failed
          Status: 5.1.1
          Remote-MTA: dns; mx.millbrookcommunitytheater.org
          Diagnostic-Code: smtp; 550 5.1.1 <jblake@millbrookcommunitytheater.org>:
              Recipient address rejected: User unknown in virtual mailbox table
          """).encode(),
      b'Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n' + _offer28,
  ], '; report-type=delivery-status'),
  to='inspections@flylinerigging.com', decision='automatic',
  extra={'Auto-Submitted': 'auto-replied'})

R(29, ('Sam Oduya', 'sam.oduya@steppenwolfish.org'), 'F5', "Return Receipt (displayed) - Re: Rigging safety session", None,
  raw_body=multipart('report', [
      enc_part('text/plain', D("""
          This is a Return Receipt for the mail that you sent to sam.oduya@steppenwolfish.org.

          Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
          """), 'utf-8', '7bit'),
      D("""
          Content-Type: message/disposition-notification; name="MDNPart2.txt"
          Content-Disposition: inline

          Reporting-UA: steppenwolfish.org; Mozilla Thunderbird
          Final-Recipient: rfc822;sam.oduya@steppenwolfish.org
          Original-Message-ID: <offer-029.q3799@flylinerigging.com>
          Disposition: manual-action/MDN-sent-manually; displayed
          """).encode(),
      D("""
          Content-Type: text/rfc822-headers; name="MDNPart3.txt"
          Content-Disposition: inline

          From: Dwayne Okafor <inspections@flylinerigging.com>
          To: Sam Oduya <sam.oduya@steppenwolfish.org>
          Subject: Re: Rigging safety session
          Date: Thu, 17 Apr 2025 14:30:00 -0500
          Message-ID: <offer-029.q3799@flylinerigging.com>
          """).encode(),
  ], '; report-type=disposition-notification'), decision='automatic')

R(30, ('Rivertown Theatre Facilities', 'helpdesk@rivertowntheatre.org'), 'F5', "[Ticket #48213] Re: Form PM-22 - quote", D("""
    Hello,

    Thank you for contacting Rivertown Theatre Facilities. Your request has been received and assigned ticket number #48213.

    A member of our team will respond within 2 business days. To add information to this request, reply to this email and keep the ticket number in the subject line.

    Summary of your message:
    "Marcia, Filling in Prairie Mutual's Form PM-22 from our load test data would take about 2 hours at $140 per hour. Shall I go ahead?..."

    This is an automated message - please do not reply above this line.
    Rivertown Theatre Facilities Helpdesk
    """), decision='automatic', fmt='alt', cte='quoted-printable',
  extra={'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'Precedence': 'bulk'})

# ---- German
OD1 = OF('F2', """Hallo Herr Reindl,

die Reparatur der drei Hüllenbahnen würde etwa 6 Stunden zu 110 € pro Stunde dauern, zzgl. Material. Soll ich loslegen?

Viele Grüße""")
R(31, ('Klaus Reindl', 'klaus.reindl@t-online.de'), 'F2', "Re: Angebot Hüllenreparatur", D("""
    Passt, machen Sie das bitte so. Der Ballon steht ab Montag bei Ihnen in der Halle.

    Gruß Klaus

    """) + quote('Am Mo., 24. März 2025 um 14:02 Uhr schrieb Jörg Haller <werkstatt@ballonwerft-haller.de>:', OD1),
  decision='accept', cte='quoted-printable')

R(32, ('Ballonsportverein Allgäu e.V.', 'vorstand@bsv-allgaeu.de'), 'F2', "AW: Angebot Jahresnachprüfung D-OKAY", D("""
    Sehr geehrter Herr Haller,

    hiermit beauftragen wir Sie mit der Jahresnachprüfung und dem Austausch der Parachute-Leine zum angebotenen Preis.

    Mit freundlichen Grüßen
    i. A. Martina Kessler
    Schriftführerin

    """) + OUTLOOK('de', 'F2', 'Dienstag, 25. März 2025 09:14', 'vorstand@bsv-allgaeu.de',
                   'Angebot Jahresnachprüfung D-OKAY', '-----Ursprüngliche Nachricht-----') + '\n' + OF('F2', """Sehr geehrte Frau Kessler,

die Jahresnachprüfung inkl. Austausch der Parachute-Leine würde etwa 9 Stunden zu 110 € pro Stunde dauern. Soll ich loslegen?

Mit freundlichen Grüßen"""), decision='accept', cs='iso-8859-15', cte='quoted-printable', crlf=True)

R(33, ('Florian Brandstätter', 'f.brandstaetter@heissluft-team.de'), 'F2', "Re: Nachweis Hüllenprüfung", D("""
    Nein danke, das machen wir dieses Jahr selbst im Verein, unser Prüfer hat jetzt die Berechtigung.

    Gruß Flo

    Am 26.03.25 um 11:40 schrieb Jörg Haller:
    > Hallo Flo,
    >
    > Porositäts- und Reißtest plus Nachweis für die Versicherung würden etwa
    > 4 Stunden zu 110 € pro Stunde dauern. Soll ich loslegen?
    >
    > Jörg
    """), decision='decline', cte='8bit',
  extra={'User-Agent': 'Mozilla Thunderbird'})

R(34, ('Mag. Peter Hufnagl', 'p.hufnagl@ballonclub-salzkammergut.at'), 'F2', "Re: Hülle OE-ZSK Angebot", D("""
    Servus Herr Haller,

    grundsätzlich ja, aber geht das auch pauschal um 1.000 €? Mehr hat der Verein heuer nicht im Budget.

    LG Peter

    """) + quote('Am 27.03.2025 um 08:50 schrieb Jörg Haller <werkstatt@ballonwerft-haller.de>:', OF('F2', """Servus Herr Hufnagl,

die Reparatur der Hülle nach der Baumlandung würde etwa 11 Stunden zu 110 € pro Stunde dauern. Soll ich loslegen?

Jörg Haller""")), decision='unclear', fmt='alt', cte='base64')

_offer35 = ('From: =?utf-8?q?J=C3=B6rg_Haller?= <werkstatt@ballonwerft-haller.de>\nTo: kontakt@heissluftfreunde-ries.de\n'
            'Subject: Angebot Korbreparatur\nDate: Fri, 28 Mar 2025 09:00:00 +0100\n'
            'Message-ID: <offer-035.q4585@ballonwerft-haller.de>\n').encode()
R(35, ('Microsoft Outlook', 'postmaster@heissluftfreunde-ries.de'), 'F2', "Unzustellbar: Angebot Korbreparatur", None,
  raw_body=multipart('report', [
      multipart('alternative', [
          enc_part('text/plain', D("""
              Die Nachricht konnte nicht an die folgenden Empfänger zugestellt werden:

              kontakt@heissluftfreunde-ries.de
              Das E-Mail-System hat die Nachricht nicht zugestellt, weil das Postfach des Empfängers voll ist.

              Diagnoseinformationen für Administratoren:
              Generierender Server: mx01.heissluftfreunde-ries.de
              Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
              """), 'utf-8', 'quoted-printable'),
          enc_part('text/html', D("""
              <html><body><p><b><font color="#000066" size="3">Die Nachricht konnte nicht an die folgenden Empfänger zugestellt werden:</font></b></p>
              <p>kontakt@heissluftfreunde-ries.de<br>Das E-Mail-System hat die Nachricht nicht zugestellt, weil das Postfach des Empfängers voll ist.</p>
              <p>Diagnoseinformationen für Administratoren:<br>Generierender Server: mx01.heissluftfreunde-ries.de<br>
              Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'</p></body></html>
              """), 'utf-8', 'quoted-printable')]),
      D("""
          Content-Type: message/delivery-status

          Reporting-MTA: dns;mx01.heissluftfreunde-ries.de
          Received-From-MTA: dns;mail.ballonwerft-haller.de
          Arrival-Date: Fri, 28 Mar 2025 08:00:02 +0000

          Final-Recipient: rfc822;kontakt@heissluftfreunde-ries.de
          Action: failed
          Status: 5.2.2
          Diagnostic-Code: smtp;554 5.2.2 mailbox full
          """).encode(),
      b'Content-Type: text/rfc822-headers\n\n' + _offer35,
  ], '; report-type=delivery-status'), to='werkstatt@ballonwerft-haller.de', decision='automatic',
  extra={'Auto-Submitted': 'auto-replied', 'Content-Language': 'de-DE'})

# ---- French
OFR = OF('F4', """Bonjour Monsieur,

La recherche sur l'origine du nom Lasserre-Baudoin dans le Béarn prendrait environ 5 heures à 60 € de l'heure. Souhaitez-vous que je commence ?

Bien cordialement,""")
R(36, ('Henri Lasserre-Baudoin', 'h.lasserre-baudoin@orange.fr'), 'F4', "RE: Recherche nom Lasserre-Baudoin", D("""
    Parfait, allez-y.

    Bien cordialement,
    H. Lasserre-Baudoin

    """) + OUTLOOK('fr', 'F4', 'mardi 25 mars 2025 10:12', 'h.lasserre-baudoin@orange.fr',
                   'Recherche nom Lasserre-Baudoin') + '\n' + OFR,
  decision='accept', cs='windows-1252', cte='8bit', crlf=True)

R(37, ('Michel Etcheverry', 'michel.etcheverry@laposte.net'), 'F4', "Re: Branche maternelle", D("""
    Non merci, c'est au-dessus de notre budget pour cette année.

    Michel

    """) + quote('Le mer. 26 mars 2025 à 09:30, Inés Barroso <consultas@heraldica-sevilla.es> a écrit :', OF('F4', """Bonjour Michel,

Étendre la recherche à la branche maternelle (Irigoyen, Saint-Palais) prendrait environ 8 heures à 60 € de l'heure. Souhaitez-vous que je commence ?

Inés""")), decision='decline', fmt='alt', cte='quoted-printable')

R(38, ('Anne-Sophie de Montclar', 'asdemontclar@free.fr'), 'F4', "Re: Demande de confirmation d'armoiries", D("""
    Oui, j'ai bien reçu votre devis, merci - mais finalement mon cousin, qui est archiviste à Toulouse, va s'en occuper lui-même. Merci quand même pour votre gentillesse.

    A.-S. de Montclar

    """) + quote('Le 27 mars 2025 à 15:05, Inés Barroso <consultas@heraldica-sevilla.es> a écrit :', OF('F4', """Chère Madame,

L'examen de vos documents et la préparation du dossier de confirmation prendraient environ 6 heures à 60 € de l'heure. Souhaitez-vous que je commence ?

Bien cordialement,""")), decision='decline', cs='iso-8859-15', cte='quoted-printable')

R(39, ('Père Jean-Baptiste Morel', 'paroisse.stvaast@wanadoo.fr'), 'F1', "Re: Devis lancettes", D("""
    Bonjour Mrs Quill,

    merci pour le devis. Est-ce que les frais de déplacement en France sont compris dans les 30 heures, or is it extra?

    Père Morel

    """) + quote('Le 28 mars 2025 à 11:20, Harriet Quill <studio@lancetglass.co.uk> a écrit :', OF('F1', """Dear Father Morel,

Restoring the two lancets would take about 30 hours at £85 per hour. Shall I go ahead?

Harriet""")), decision='unclear', cs='iso-8859-1', cte='quoted-printable')

R(40, ('Henri Lasserre-Baudoin', 'h.lasserre-baudoin@orange.fr'), 'F4', "Réponse automatique : Dessin héraldique", D("""
    Bonjour,

    Je suis absent jusqu'au 22 avril inclus et ne consulterai pas mes messages. Votre courriel sera traité à mon retour.

    Cordialement,
    Henri Lasserre-Baudoin
    """), decision='automatic', cte='quoted-printable',
  extra={'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes'})

# ---- Spanish
OES = OF('F4', """Estimado Ernesto:

La búsqueda de la partida de nacimiento en el Registro Civil de Lugo llevaría unas 4 horas a 60 € la hora. ¿Quiere que empiece?

Un saludo,""")
R(41, ('Ernesto Loureiro', 'ernesto.loureiro@gmail.com'), 'F4', "Re: Partida de nacimiento abuelo", D("""
    Adelante, me parece bien. Muchísimas gracias.

    Ernesto

    """) + quote('El lun, 31 mar 2025 a las 10:05, Inés Barroso (<consultas@heraldica-sevilla.es>) escribió:', OES),
  decision='accept', fmt='alt', cte='quoted-printable')

R(42, ('Rocío Villaseñor', 'rocio.villasenor@hotmail.com'), 'F4', "RE: Escudo Villaseñor", D("""
    Sí, perfecto!! Te transfiero el anticipo hoy mismo. Mi abuela está feliz.

    Rocío

    """) + OUTLOOK('es', 'F4', 'martes, 1 de abril de 2025 9:40', 'Rocío Villaseñor <rocio.villasenor@hotmail.com>',
                   'Escudo Villaseñor') + '\n' + OF('F4', """Hola Rocío:

La investigación del escudo Villaseñor y el dibujo en color para enmarcar llevarían unas 7 horas a 60 € la hora. ¿Quieres que empiece?

Un abrazo,"""), decision='accept', cs='windows-1252', cte='quoted-printable')

R(43, ('Marisa Cortés', 'marisa.cortes@telefonica.net'), 'F4', "Re: Rama paterna", D("""
    Lo dejamos, gracias. Al final lo haremos nosotros con los papeles de la parroquia.

    Marisa

    Enviado desde mi iPhone

    El 2 abr 2025, a las 12:15, Inés Barroso <consultas@heraldica-sevilla.es> escribió:

    > Estimada Marisa:
    >
    > Ampliar el informe a la rama paterna llevaría unas 9 horas a 60 € la hora.
    > ¿Quiere que empiece?
    >
    > Inés
    """), decision='decline', cte='8bit')

R(44, ('Covadonga Suárez', 'cova.suarez@yahoo.es'), 'F4', "Re: Padrón Cangas de Onís", D("""
    Me lo pienso y te digo algo después de Semana Santa, que ahora ando liadísima con la mudanza.

    Cova

    """) + quote('El 3 abr 2025, a las 16:44, Inés Barroso <consultas@heraldica-sevilla.es> escribió:', OF('F4', """Hola Cova:

Comprobar el padrón municipal de Cangas de Onís llevaría unas 3 horas a 60 € la hora. ¿Quieres que empiece?

Inés""")), decision='unclear', cte='quoted-printable')

R(45, ('Soporte Teatro Juárez', 'soporte@teatrojuarez.mx'), 'F5', "Solicitud recibida [Caso #2025-0417] RE: Inspección del sistema de varas", D("""
    Estimado(a) usuario(a):

    Hemos recibido su solicitud y se ha registrado con el número de caso #2025-0417. Un miembro de nuestro equipo le responderá en un plazo máximo de 48 horas hábiles.

    Por favor, no responda a este mensaje; ha sido generado automáticamente.

    Mesa de Ayuda - Teatro Juárez de Guanajuato
    """), decision='automatic', cs='iso-8859-1', cte='quoted-printable',
  extra={'Auto-Submitted': 'auto-generated', 'Precedence': 'auto_reply'})

# ---- Dutch
ONL = OF('F3', """Beste Bert,

Het afstellen van de vang en het vervangen van de vangstukken zou ongeveer 5 uur werk zijn à € 75 per uur. Zal ik het inplannen?

Groet,""")
R(46, ('Bert Hummelink', 'bert.hummelink@ziggo.nl'), 'F3', "Re: vang", D("""
    prima, ga je gang! ik ben er woensdag de hele dag

    Bert

    Verstuurd vanaf mijn iPhone

    """) + quote('Op 1 apr 2025 om 19:12 heeft Sietske Vos <info@molenmakerij-vdv.nl> het volgende geschreven:', ONL),
  decision='accept', cte='quoted-printable')

R(47, ('Henk Brouwer', 'h.brouwer@molendebuitenruststichting.nl'), 'F3', "Re: Technische omschrijving kap", D("""
    Nee, laat maar zitten. De gemeente heeft ons inmiddels doorverwezen naar een andere molenmaker die de omschrijving al heeft aangeleverd.

    Henk

    """) + quote('Op wo 2 apr 2025 om 08:30 schreef Sietske Vos <info@molenmakerij-vdv.nl>:', OF('F3', """Beste Henk,

Het opstellen van de technische omschrijving van de werkzaamheden aan de kap zou ongeveer 4 uur werk zijn à € 75 per uur. Zal ik beginnen?

Sietske""")), decision='decline', fmt='alt', cte='quoted-printable')

R(48, ('Stichting Molen De Hoop', 'secretariaat@molendehoop-hollandscheveld.nl'), 'F3', "RE: Offerte roeden en stelling", D("""
    Geachte mevrouw Vos,

    Ja voor de roeden, nee voor de stelling - daarvoor wachten wij eerst de subsidiebeschikking af.

    Met vriendelijke groet,
    drs. W. Hoekstra

    """) + OUTLOOK('nl', 'F3', 'donderdag 3 april 2025 10:02', 'secretariaat@molendehoop-hollandscheveld.nl',
                   'Offerte roeden en stelling') + '\n' + OF('F3', """Geachte heer Hoekstra,

Het vervangen van de roeden zou ongeveer 60 uur werk zijn en het herstel van de stelling ongeveer 35 uur, beide à € 75 per uur. Zal ik beide inplannen?

Met vriendelijke groet,"""), decision='unclear', cs='windows-1252', cte='quoted-printable', crlf=True)

R(49, ('Gerda Zwart', 'gerda.zwart@kpnmail.nl'), 'F3', "Re: Onderhoud kruiwerk", D("""
    Hoi Sietske,

    Kan het ook voor 1.200 euro all-in? Dan kan de vereniging het uit de reserve betalen.

    Groet, Gerda

    """) + quote('Op vr 4 apr 2025 om 14:22 schreef Sietske Vos <info@molenmakerij-vdv.nl>:', OF('F3', """Beste Gerda,

Het onderhoud aan het kruiwerk zou ongeveer 20 uur werk zijn à € 75 per uur. Zal ik het inplannen?

Sietske""")), decision='unclear', cte='quoted-printable')

R(50, ('Joost van Leeuwen', 'joost@blueskyballooning.nl'), 'F2', "Afwezig: PH-BLU inspectie - offerte", D("""
    Beste afzender,

    Ik ben afwezig tot en met 21 april en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u bellen met Anouk op 06-5555 9876.

    Met vriendelijke groet,
    Joost van Leeuwen
    Blue Sky Ballooning
    """), decision='automatic', cte='7bit')

# ---- Italian
R(51, ('Dott. Lorenzo Bellandi', 'l.bellandi@libero.it'), 'F4', "Re: Identificazione stemma su sigillo", D("""
    Va bene, proceda pure.

    Cordiali saluti,
    L. Bellandi

    """) + quote('Il giorno mar 1 apr 2025 alle ore 09:15 Inés Barroso <consultas@heraldica-sevilla.es> ha scritto:', OF('F4', """Gentile dott. Bellandi,

l'identificazione dello stemma sul sigillo, con una breve nota bibliografica, richiederebbe circa 3 ore a 60 € l'ora. Procedo?

Cordiali saluti,""")), decision='accept', fmt='alt', cte='quoted-printable')

R(52, ('Studio Notarile Bassi', 'segreteria@notaiobassi.it'), 'F4', "R: Certificato stemma famiglia Bassi", D("""
    Buongiorno,

    perfetto, procediamo. Le mandiamo i documenti richiesti entro venerdì.

    Distinti saluti
    Segreteria Studio Notarile Bassi

    """) + OUTLOOK('it', 'F4', 'mercoledì 2 aprile 2025 11:30', 'segreteria@notaiobassi.it',
                   'Certificato stemma famiglia Bassi', '-----Messaggio originale-----') + '\n' + OF('F4', """Gentili signori,

la verifica documentale e il certificato di autenticità dello stemma richiederebbero circa 8 ore a 60 € l'ora. Procedo?

Cordiali saluti,"""), decision='accept', cs='windows-1252', cte='quoted-printable', crlf=True)

R(53, ('Giulia Ferrante', 'giuliaferrante@icloud.com'), 'F4', "Re: secondo disegno", D("""
    no grazie, per ora non ci interessa. il primo disegno è bellissimo!

    Inviato da iPhone

    """) + quote('Il giorno 3 apr 2025, alle ore 17:50, Inés Barroso <consultas@heraldica-sevilla.es> ha scritto:', OF('F4', """Ciao Giulia,

un secondo disegno con la variante dello stemma materno richiederebbe circa 4 ore a 60 € l'ora. Procedo?

Inés""")), decision='decline', cte='8bit')

R(54, ('Marco Cavalieri', 'marco.cavalieri@fastwebnet.it'), 'F4', "R: Confronto albero genealogico 1890", D("""
    Buongiorno Inés,

    mi scusi, le 8 ore comprendono anche la trascrizione dei nomi dall'albero del 1890 o è a parte?

    Marco

    """) + OUTLOOK('it', 'F4', 'venerdì 4 aprile 2025 10:05', 'Marco Cavalieri <marco.cavalieri@fastwebnet.it>',
                   'Confronto albero genealogico 1890') + '\n' + OF('F4', """Gentile Marco,

il confronto dell'albero del 1890 con i documenti dell'archivio di Siviglia richiederebbe circa 8 ore a 60 € l'ora. Procedo?

Inés"""), decision='unclear', cs='windows-1252', cte='8bit')

R(55, ('Dott. Lorenzo Bellandi', 'l.bellandi@libero.it'), 'F4', "Re: Secondo sigillo", D("""
    Sì, ma attenzione: il cognome corretto inciso sul secondo sigillo è Cavalcanti, non Cavalcante. Questo cambia qualcosa nel preventivo?

    L. Bellandi

    """) + quote('Il giorno sab 5 apr 2025 alle ore 12:40 Inés Barroso <consultas@heraldica-sevilla.es> ha scritto:', OF('F4', """Gentile dott. Bellandi,

la ricerca sulla famiglia Cavalcante legata al secondo sigillo richiederebbe circa 5 ore a 60 € l'ora. Procedo?

Inés""")), decision='unclear', cte='quoted-printable')

# ---- Portuguese
R(56, ('Fernanda Pontes', 'fe.pontes@gmail.com'), 'F4', "Re: Bisavô de Vigo", D("""
    Pode avançar, obrigada!! Minha mãe vai ficar muito feliz.

    Fê

    """) + quote('Em ter., 1 de abr. de 2025 às 08:20, Inés Barroso <consultas@heraldica-sevilla.es> escreveu:', OF('F4', """Olá Fernanda,

Localizar a certidão de batismo do seu bisavô em Vigo levaria cerca de 5 horas a 60 € por hora. Posso avançar?

Um abraço,""")), decision='accept', fmt='alt', cte='quoted-printable')

R(57, ('Lúcia Ferraz', 'luciaferraz@uol.com.br'), 'F4', "Re: Registros de Braga", D("""
    Obrigada, mas não vamos seguir com o pedido. Minha tia já encontrou a certidão de casamento numa caixa velha!

    Lúcia

    Enviado do meu iPhone

    """) + quote('Em 2 de abr. de 2025, à(s) 14:10, Inés Barroso <consultas@heraldica-sevilla.es> escreveu:', OF('F4', """Olá Lúcia,

A pesquisa nos registros de Braga sem data exata levaria cerca de 6 horas a 60 € por hora. Posso avançar?

Inés""")), decision='decline', cte='8bit')

R(58, ('Thiago Albuquerque', 'financeiro@albuquerque-importadora.com.br'), 'F4', "RE: Tradução juramentada", D("""
    Bom dia Inés,

    Topo, mas só se ficar em até 4 horas. Dá?

    Att.,
    Thiago

    """) + OUTLOOK('pt', 'F4', 'quinta-feira, 3 de abril de 2025 09:50', 'Thiago Albuquerque <financeiro@albuquerque-importadora.com.br>',
                   'Tradução juramentada') + '\n' + OF('F4', """Olá Thiago,

A tradução e a revisão dos documentos para o cartório levariam cerca de 6 horas a 60 € por hora. Posso avançar?

Inés"""), decision='unclear', cs='windows-1252', cte='quoted-printable', crlf=True)

R(59, ('Dr. Rui Sampaio Cortez', 'rui.sampaiocortez@sapo.pt'), 'F4', "RE: Orçamento investigação Sampaio Cortez", D("""
    Exma. Senhora,

    Vou falar com o meu irmão, que partilha as despesas, e respondo-lhe na próxima semana.

    Com os melhores cumprimentos,
    Rui Sampaio Cortez

    """) + OUTLOOK('pt', 'F4', 'sexta-feira, 4 de abril de 2025 16:30', 'rui.sampaiocortez@sapo.pt',
                   'Orçamento investigação Sampaio Cortez', '-----Mensagem original-----') + '\n' + OF('F4', """Exmo. Senhor,

A investigação genealógica dos ramos de Viseu e de Badajoz levaria cerca de 25 horas a 60 € por hora. Posso avançar?

Com os melhores cumprimentos,"""), decision='unclear', cte='quoted-printable')

R(60, ('Fernanda Pontes', 'fe.pontes@gmail.com'), 'F4', "Confirmação de leitura (exibida) - Re: Certidão de batismo", None,
  raw_body=multipart('report', [
      enc_part('text/plain', D("""
          Esta é uma confirmação de leitura da mensagem que você enviou para fe.pontes@gmail.com.

          Nota: Esta confirmação de leitura apenas indica que a mensagem foi exibida no computador do destinatário. Não há garantia de que o destinatário tenha lido ou entendido o conteúdo da mensagem.
          """), 'utf-8', 'quoted-printable'),
      D("""
          Content-Type: message/disposition-notification; name="MDNPart2.txt"
          Content-Disposition: inline

          Reporting-UA: gmail.com; Mozilla Thunderbird
          Final-Recipient: rfc822;fe.pontes@gmail.com
          Original-Message-ID: <offer-060.q7860@heraldica-sevilla.es>
          Disposition: manual-action/MDN-sent-manually; displayed
          """).encode(),
  ], '; report-type=disposition-notification'), decision='automatic')


# ---------------------------------------------------------------- write
def main():
    for sub, items, kind in (('questions', QUESTIONS, 'q'), ('replies', REPLIES, 'r')):
        d = os.path.join(OUT, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        for n, kw, exp in sorted(items, key=lambda t: t[0]):
            name = '%s%03d' % (kind, n)
            try:
                data = build(kind, n, **kw)
            except Exception as e:
                raise SystemExit('%s%03d: %r' % (kind, n, e))
            with open(os.path.join(d, name + '.eml'), 'wb') as fh:
                fh.write(data)
            with open(os.path.join(d, name + '.expected.json'), 'w', encoding='utf-8') as fh:
                json.dump(exp, fh, ensure_ascii=False, indent=1)
                fh.write('\n')
    print('wrote %d questions, %d replies' % (len(QUESTIONS), len(REPLIES)))


if __name__ == '__main__':
    main()
