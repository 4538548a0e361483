"""Small helpers used by gen.py to write .eml files by hand (stdlib only)."""
import base64
import html
import quopri
import re
from email.header import Header
from email.utils import formataddr

MARK = re.compile(r'\[\[(\$?)(.+?)\]\]', re.S)

SEPARATORS = (
    '________________________________',
    '-----Original Message-----', '-----Ursprüngliche Nachricht-----',
    '-----Mensaje original-----', '-----Messaggio originale-----',
    '-----Message d\'origine-----', '-----Oorspronkelijk bericht-----',
    '-----Mensagem original-----',
)
FORWARDS = (
    '---------- Forwarded message', '---------- Weitergeleitete Nachricht',
    '---------- Message transféré', '---------- Mensaje reenviado',
    '---------- Doorgestuurd bericht', '---------- Messaggio inoltrato',
    '---------- Mensagem encaminhada', 'Begin forwarded message:',
    'Anfang der weitergeleiteten Nachricht:', 'Début du message réexpédié :',
    'Inicio del mensaje reenviado:', 'Begin doorgestuurd bericht:',
    'Inizio messaggio inoltrato:', 'Início da mensagem reencaminhada:',
    '-------- Forwarded Message --------',
)


def strip_marks(text):
    """Return (clean_text, [(phrase, priced), ...])."""
    found = []

    def rep(m):
        phrase = ' '.join(m.group(2).split())
        found.append((phrase, m.group(1) == '$'))
        return m.group(2)
    return MARK.sub(rep, text), found


def qt(text, prefix='> '):
    out = []
    for line in text.split('\n'):
        if line == '':
            out.append(prefix.rstrip())
        elif line.startswith('>'):
            out.append('>' + line)
        else:
            out.append(prefix + line)
    return '\n'.join(out)


def addr(name, address):
    if not name:
        return address
    try:
        name.encode('ascii')
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset='utf-8')


def subj(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == '7bit':
        raw.decode('ascii')
        return raw
    if cte == '8bit':
        return raw
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    raise ValueError(cte)


def _conv(lines):
    res = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if line.startswith('>'):
            blk = []
            while i < n and lines[i].startswith('>'):
                s = lines[i][1:]
                if s.startswith(' '):
                    s = s[1:]
                blk.append(s)
                i += 1
            res.append('<blockquote type="cite" style="margin:0 0 0 .8ex;'
                       'border-left:1px #ccc solid;padding-left:1ex">')
            res.append(_conv(blk))
            res.append('</blockquote>')
        elif line[:2] in ('- ', '* ', '• '):
            res.append('<ul>')
            while i < n and lines[i][:2] in ('- ', '* ', '• '):
                res.append('<li>' + html.escape(lines[i][2:], quote=False) + '</li>')
                i += 1
            res.append('</ul>')
        elif line.strip() in SEPARATORS or line.strip().startswith('-----') and line.strip().endswith('-----'):
            rest = lines[i + 1:]
            res.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
            res.append('<div id="divRplyFwdMsg" dir="ltr">')
            res.append(html.escape(line, quote=False) + '<br>')
            res.append(_conv(rest))
            res.append('</div>')
            break
        elif any(line.startswith(f) for f in FORWARDS):
            rest = lines[i + 1:]
            res.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                       + html.escape(line, quote=False) + '<br>')
            res.append(_conv(rest))
            res.append('</div></div>')
            break
        elif line == '':
            res.append('<div><br></div>')
            i += 1
        else:
            res.append('<div>' + html.escape(line, quote=False) + '</div>')
            i += 1
    return '\n'.join(res)


def text2html(text, charset='utf-8'):
    body = _conv(text.split('\n'))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '</head>\n<body>\n<div dir="ltr">\n%s\n</div>\n</body>\n</html>\n' % (charset, body))


# ---- MIME tree -------------------------------------------------------------
# node kinds:
#   ('text', subtype, text, charset, cte)
#   ('multi', subtype, [children], boundary, extra_params)
#   ('file', ctype, filename, data_bytes, disposition)
#   ('raw', content_type_header_value, body_bytes, extra_header_lines)

PREAMBLE = {'mixed': 'This is a multi-part message in MIME format.\n',
            'report': 'This is a MIME-encapsulated message.\n'}


def render(node):
    """Return (list_of_header_lines, body_bytes)."""
    kind = node[0]
    if kind == 'text':
        _, sub, text, cs, cte = node
        hdr = ['Content-Type: text/%s; charset="%s"' % (sub, cs),
               'Content-Transfer-Encoding: %s' % cte]
        return hdr, encode_body(text, cs, cte)
    if kind == 'multi':
        _, sub, children, boundary, params = node[:5]
        pre = node[5] if len(node) > 5 else PREAMBLE.get(sub, '')
        ct = 'Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, params, boundary)
        out = [pre.encode('ascii')]
        for ch in children:
            h, b = render(ch)
            out.append(b'\n--' + boundary.encode() + b'\n')
            out.append('\n'.join(h).encode('ascii') + b'\n\n')
            out.append(b if b.endswith(b'\n') else b + b'\n')
        out.append(b'\n--' + boundary.encode() + b'--\n')
        return [ct], b''.join(out)
    if kind == 'file':
        _, ctype, fname, data, disp = node
        try:
            fname.encode('ascii')
            fn = 'filename="%s"' % fname
            nm = 'name="%s"' % fname
        except UnicodeEncodeError:
            from urllib.parse import quote
            fn = "filename*=utf-8''%s" % quote(fname)
            nm = "name*=utf-8''%s" % quote(fname)
        hdr = ['Content-Type: %s; %s' % (ctype, nm),
               'Content-Disposition: %s; %s' % (disp, fn),
               'Content-Transfer-Encoding: base64']
        return hdr, base64.encodebytes(data)
    if kind == 'raw':
        _, ctv, body, extra = node
        return ['Content-Type: ' + ctv] + list(extra), body
    raise ValueError(kind)


def build(headers, tree, crlf=False):
    h, b = render(tree)
    lines = list(headers) + ['MIME-Version: 1.0'] + h
    data = '\n'.join(lines).encode('ascii') + b'\n\n' + b
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# =============================================================================
# Generator proper
# =============================================================================
import json
import os
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

ROOT = os.path.dirname(os.path.abspath(__file__))

FIRMS = {
    # turret-clock restorers, Wiltshire
    'HV': dict(name='Harrow & Vane Turret Clocks', addr='office@harrowvane.example'),
    # cooperage (barrel makers), Cognac
    'TB': dict(name='Tonnellerie Bastide & Fils', addr='contact@tonnellerie-bastide.example'),
    # letterpress printers and hand bookbinders, Haarlem
    'ZB': dict(name='De Zetbak Letterpress & Binderij', addr='post@dezetbak.example'),
    # thatching contractor, Dorset
    'MR': dict(name='Marrow Ridge Thatching', addr='enquiries@marrowridge.example'),
    # mosaic and terrazzo conservators, Ravenna
    'ST': dict(name='Studio Tessera Mosaici', addr='info@studiotessera.example'),
}

PDF = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n'
       b'2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
       b'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n'
       b'trailer<</Root 1 0 R>>\n%%EOF\n')
JPG = bytes.fromhex('ffd8ffe000104a46494600010100000100010000ffdb004300') + bytes(range(64)) + b'\xff\xd9'


def when(day, hh, mm, month=5, tz=1):
    return format_datetime(datetime(2026, month, day, hh, mm, 17,
                                    tzinfo=timezone(timedelta(hours=tz))))


def domain(address):
    return address.split('@', 1)[1]


def make_tree(plain, html_text, mime, cs, cte, hcte, attach, rfc822, tag):
    if mime == 'plain':
        body = ('text', 'plain', plain, cs, cte)
    elif mime == 'html':
        body = ('text', 'html', html_text, cs, hcte or cte)
    elif mime == 'alt':
        body = ('multi', 'alternative',
                [('text', 'plain', plain, cs, cte), ('text', 'html', html_text, cs, hcte or cte)],
                '000000000000%s_alt' % tag, '')
    else:
        raise ValueError(mime)
    if attach or rfc822:
        kids = [body]
        for ctype, fname in attach:
            data = PDF if ctype == 'application/pdf' else JPG
            kids.append(('file', ctype, fname, data, 'attachment'))
        if rfc822:
            kids.append(('raw', 'message/rfc822', rfc822.encode('utf-8'),
                         ['Content-Disposition: attachment; filename="forwarded.eml"']))
        body = ('multi', 'mixed', kids, '----=_NextPart_%s_mixed' % tag, '')
    return body


def inner_msg(frm, to, subject, date, msgid, body):
    """A complete (attached) message as bytes, QP-encoded utf-8 body."""
    hdr = ['From: ' + addr(*frm), 'To: ' + addr(*to), 'Subject: ' + subj(subject),
           'Date: ' + date, 'Message-ID: ' + msgid, 'MIME-Version: 1.0',
           'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable']
    return '\n'.join(hdr).encode('ascii') + b'\n\n' + quopri.encodestring(body.encode('utf-8'))


QUESTIONS = []
REPLIES = []


def Q(id, lang, firm, frm, subject, date, text, mime='plain', cs='utf-8', cte='quoted-printable',
      hcte=None, crlf=False, html=None, attach=(), extra=(), rfc822=None, irt=None):
    QUESTIONS.append(dict(id=id, lang=lang, firm=firm, frm=frm, subject=subject, date=date,
                          text=text.strip('\n') + '\n', mime=mime, cs=cs, cte=cte, hcte=hcte,
                          crlf=crlf, html=html, attach=attach, extra=extra, rfc822=rfc822, irt=irt))


def R(id, lang, firm, decision, frm, subject, date, text=None, mime='plain', cs='utf-8',
      cte='quoted-printable', hcte=None, crlf=False, html=None, attach=(), extra=(), tree=None,
      note='', cdom=None):
    REPLIES.append(dict(id=id, lang=lang, firm=firm, decision=decision, frm=frm, subject=subject,
                        date=date, text=(text.strip('\n') + '\n') if text else None, mime=mime,
                        cs=cs, cte=cte, hcte=hcte, crlf=crlf, html=html, attach=attach,
                        extra=extra, tree=tree, note=note, cdom=cdom))


# =============================================================================
# QUESTIONS  ([[phrase]] = quick question, [[$phrase]] = priced question)
# =============================================================================

Q('q001', 'en', 'HV', ('Margaret Ellery', 'margaret.ellery@staldhelms-pcc.example'),
  "St Aldhelm's clock - questions from the PCC", when(4, 9, 12), """
Dear Mrs Harrow,

Following the PCC meeting on Tuesday evening I have been asked to put the
following points to you on behalf of the council:

1. Could you confirm the [[date of your next inspection visit]] to St Aldhelm's?
   The tower captain would like to be present.

2. The Diocesan Advisory Committee will not consider our faculty application
   without a proper written account of the clock's history and importance.
   Would you be able to [[$prepare a statement of significance]] for us,
   covering the movement, the dial and the bell hammers?

3. There is a story in the village that the movement was brought here from
   the Chipping Norton workhouse in the 1920s. Could you look into whether the
   [[$movement is original to the tower]]? We have the faculty papers from
   1894 if that would help.

I hope the new workshop is proving a success - the photographs on your
website look splendid.

With thanks and kind regards,

Margaret Ellery
Churchwarden, St Aldhelm's, Little Compton
01608 674 210
""", mime='plain', cte='7bit', extra=['User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1'])

Q('q002', 'en', 'HV', ('Dave Pring', 'clerk@wexcombe-tc.example'),
  'market hall clock', when(5, 7, 48), '', mime='html', cte='quoted-printable',
  html="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">clock on the market hall stopped again at 4.10 this morning, same as march. strike is fine it’s just the going side</div><div dir="ltr"><br></div><div dir="ltr">[[ring me when you're free]], in meetings till 11</div><div dir="ltr"><br></div><div dir="ltr">Dave<br><br><div dir="ltr">Sent from my iPhone</div></div></body></html>
""", extra=['X-Mailer: iPhone Mail (21F90)'])

Q('q003', 'en', 'MR', ('Philippa Grey-Wilson', 'philippa.gw@hintonparva-mail.example'),
  'Rose Cottage roof - the saga continues', when(5, 21, 3), """
Hello Ned,

I hope you and Sal are well and that the show at Bath went off all right - did the long straw demonstration draw a crowd? I imagine it did, people love watching a proper craftsman at work.

Well, where to begin. You will remember that after you did the ridge in 2022 we had that business with the jackdaws, and then Colin next door decided to have his leylandii cut down, which has made the whole north side of the roof far more exposed than it ever used to be. Then in February we had the storm and a branch from the big ash came down across the lane and clipped the eaves above the back door, not badly, but enough that you can see the netting has torn and there is a sort of bald patch. I had a man from the insurance come round, a very nice young chap who had clearly never seen a thatched roof before in his life, and he took lots of photographs and went away again. Anyway the upshot is that the insurer now wants something in writing from a qualified thatcher saying the ridge and the eaves are sound, or listing what needs doing, before they will renew in June, so if you could [[$put something in writing after your visit]] that would be marvellous. I have told them you are the best in the county, which is true.

Other than that all is well here. The garden is a riot and the hens are laying again.

Warmest wishes,
Philippa

--
Philippa Grey-Wilson
Rose Cottage, Hinton Parva
"Bees do it better"
""", mime='alt', cte='quoted-printable')

Q('q004', 'en', 'TB', ('Dana Whitlock', 'dana@aldercreekcellars.example'),
  'Price list, 2027 allocation + Pinot toast question', when(5, 17, 40, tz=-7), """
Hi Élodie,

Hope harvest prep is going smoothly over there – ours is chaos as usual.

Two quick things and one bigger one:

Could you [[send the updated price list]] and let me know [[whether the 2027 allocation is still open]]? Our CFO wants numbers by the 20th.

The bigger one: we’re planting a new cool-climate Pinot block up on the ridge and I’d love your take on toast levels. I’ve attached the lab sheets from the trial lots (pH, TA, phenolics). Can you [[$put together a toasting recommendation]] based on them? Happy to jump on a call if easier.

Cheers,
Dana

Dana Whitlock | Winemaker
Alder Creek Cellars · Healdsburg, CA
“Patience is a barrel.”
""", mime='plain', cs='windows-1252', cte='8bit', attach=[('application/pdf', 'ACC_trial_lots_2025.pdf')],
  extra=['X-Mailer: Microsoft Outlook 16.0'])

Q('q005', 'en', 'ZB', ('Hannah Clarke', 'hannah.clarke@mailbox.example'),
  'Invitations!!', when(6, 12, 5), """
Hi Maarten,

The invitations arrived this morning and they are absolutely gorgeous – the deep impression on the cotton paper is exactly what we hoped for. Everyone at the office has been queueing up to touch them. Who knew paper could be this exciting?

Invoice paid this morning, reference ZB-2026-118.

Thanks again to you and Femke,
Hannah & Joel
""", mime='plain', cte='quoted-printable')

Q('q006', 'en', 'ST', ('Fiona McAllister', 'gm@thesaltings.example'),
  'Invoice + spa floor', when(6, 8, 55), """
Hi Chiara,

Two things from our side:

We've changed company name and VAT registration since April, so I [[need the invoice redone]] with the new VAT number (GB 412 8876 02) and the new name, The Saltings Hospitality Ltd. Accounts won't pay it otherwise.

Also the mosaic floor in the spa has some broken tiles near the plunge pool steps, maybe a dozen, and a couple have lifted. Please [[$send someone to look at the cracked tesserae]] before we reopen the pool on 1 June - we can't have guests cutting their feet.

Thanks,
Fiona

Fiona McAllister
General Manager | The Saltings Hotel & Spa
T: +44 1328 555 019

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. The Saltings Hospitality Ltd is registered in England and Wales No. 09876543.
""", mime='alt', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

Q('q007', 'en', 'HV', ('Rob Fennimore', 'bursar@ashcombe-school.example'),
  'Fwd: Policy HM-77120 - Ashcombe School clock tower', when(11, 16, 20), """
Gwen - [[$can you deal with the below]]? Insurer is being difficult again. Happy for you to reply to them direct.

Thanks
Rob

---------- Forwarded message ---------
From: Claims Team <claims@heritage-mutual.example>
Date: Mon, 11 May 2026 at 14:02
Subject: Policy HM-77120 - Ashcombe School clock tower
To: Rob Fennimore <bursar@ashcombe-school.example>


Dear Mr Fennimore,

Before we can renew the above policy we require an up-to-date valuation of the turret clock mechanism by a recognised specialist. Could you also confirm whether the mechanism has been serviced annually since 2020?

Please provide this within 21 days.

Yours sincerely,
Karen Dobbs
Claims Handler, Heritage Mutual
""", mime='alt', cte='quoted-printable')

Q('q008', 'en', 'MR', ('Tom Adeyemi', 'tom.adeyemi@fastmail.example'),
  'Re: Thatch at Brook Farm', when(7, 20, 15), """
Hi Ned,

Answers inline below.

On 06/05/2026 17:42, Ned Marrow wrote:
> Hi Tom,
>
> Thanks for showing me round on Saturday. A few things before I can
> work up a proper price:
>
> Do you have access for a scaffold tower from the lane, or would we
> need to come through the garden?

Through the garden - the lane is too narrow for anything bigger than a
car. There's a gate by the old pigsty.

> Is the roof listed, or in a conservation area?

Not listed, but we are in the conservation area.

> For the main roof I'd suggest water reed rather than long straw, given
> the pitch and the fact it's mostly been reed since the 1970s.

Happy to go with your judgement. What's the [[difference in lifespan between the two]],
roughly? And could you [[$work out the whole-life cost of both]] so I can
show my wife? She has her heart set on straw.

> Let me know if you have any questions.
>
> Ned

Cheers,
Tom
""", mime='plain', cte='7bit', extra=['User-Agent: Mozilla Thunderbird', 'In-Reply-To: <a81f2c.mr@marrowridge.example>'])

Q('q009', 'en', 'TB', ('Gareth Lloyd', 'gareth@breconhills.example'),
  'RE: Proforma PF-2026-0331', when(7, 11, 2), """
Hello Élodie,

Thanks for the proforma. Our bank wants to know: [[will you accept a 30% deposit]] with the balance on delivery, rather than 50/50? It's a cash-flow thing at our end, nothing sinister.

Our accountant also asks whether [[the invoices can show the Incoterm]] (we assume DAP Brecon) - apparently HMRC is fussy about it these days.

Let me know if anything else is needed from us.

Diolch,
Gareth

Gareth Lloyd
Operations Manager
Brecon Hills Distillery
+44 1874 555 300
""", mime='plain', cte='base64')

Q('q010', 'en', 'ZB', ('Sheila Dunmore', 'sheila.dunmore@btmail.example'),
  'Old family bible - restoration?', when(7, 14, 31), """
Dear Mr de Wit,

I found your workshop through the Guild of Book Workers directory. I have my grandmother's family bible, printed in Dutch, with the spine completely detached and some of the gatherings loose. Why do they never make things to last anymore? Anyway, it has a great deal of sentimental value.

Is it [[something you would take on]]? And I would love to know more about where it came from - could you [[$research the printer from the title page]]? I've attached a photo of it, it says Dordrecht and a date I can't quite read.

Let me know if you need anything else from me.

Kind regards,
Sheila Dunmore
""", mime='alt', cte='quoted-printable', attach=[('image/jpeg', 'IMG_4471.jpg')])

Q('q011', 'en', 'HV', ('Bill Haskins', 'bill.haskins@ebbesbourne.example'),
  'Holy Trinity clock - work done Saturday', when(11, 10, 0), """
Gwen,

For your records, the parish volunteers did the following on Saturday:

- oiled the going train pivots (clock oil, not 3-in-1 this time!)
- replaced the rope on the strike weight
- reset the hands after the clocks went forward
- cleared pigeon mess from the dial room

All running well since. No need to reply, just keeping you in the loop before your autumn service.

Bill Haskins
Steeple keeper, Holy Trinity Ebbesbourne
""", mime='plain', cte='7bit', crlf=True)

Q('q012', 'en', 'MR', ('Priya Raman', 'priya.raman@inbox.example'),
  'Remortgage - surveyor question', when(12, 13, 24), """
Hi Ned,

We're remortgaging and my lender's surveyor has flagged the thatch. He asks: [[$what is the expected remaining life]] of the main roof, and [[when was it last ridged]]? I know you did the ridge in 2019 so that second bit's easy.

Could you [[give me a bell]] on 07700 900 412 when you've got a minute? Evenings are best.

Thanks so much,
Priya
""", mime='alt', cte='quoted-printable')

Q('q013', 'en', 'ST', ('James Okafor', 'james@okaforhale.example'),
  'Millbrook Library - entrance mosaic', when(12, 9, 40), """
Chiara,

Following our call, site details for the Millbrook library entrance:

- Area: approx. 42 m2, curved threshold
- Substrate: 75 mm sand/cement screed on slab, cured
- Underfloor heating: none
- Access: from 8 June, weekdays only

Questions:

- Can you [[$produce a cartoon for the central medallion]] from the client's sketch (attached)?
- [[What lead time are you working to]] at the moment?

Best,
James

James Okafor RIBA
Okafor Hale Architects
""", mime='alt', cte='quoted-printable', attach=[('application/pdf', 'Millbrook_medallion_sketch.pdf')])

Q('q014', 'en', 'TB', ('Luc Vanderstraeten', 'luc@vinsetbois.example'),
  'certificate of origin URGENT', when(12, 15, 7), """
Bonjour Élodie,

Sorry for my english, I write fast. We had the salon in Bruxelles last week, c'était génial, many restaurants interested by the barrel furniture, the small tables from staves. We can speak about it in June when you come.

So, the douane is asking me for the certificate of origin for the last container (the one from 14 April), they block it until they have it. Could you please [[send me the certificate of origin]] as quick as possible? Je compte sur toi!

Merci et bonne journée,
Luc

Luc Vanderstraeten
Vins & Bois SPRL – Liège
+32 4 555 12 90
""", mime='plain', cte='8bit')

Q('q015', 'en', 'HV', ('Sarah Whitcombe', 'estates@fernleypark.example'),
  'RE: Stable block clock', when(13, 10, 5), """
Hi Tobias,

Picking this up again after the trustees' meeting. Can you [[$specify the auto-winding conversion]] (motor, controller, mounting, the lot) and [[send over your insurance certificate]]? The trustees want both before they approve anything.

Many thanks,
Sarah

Sarah Whitcombe | Estates Manager
Fernley Park Trust
T 01763 555 880 | M 07700 900 771
Registered charity no. 1098765

________________________________
From: Tobias Vane <office@harrowvane.example>
Sent: 28 April 2026 16:10
To: Sarah Whitcombe <estates@fernleypark.example>
Subject: RE: Stable block clock

Hi Sarah,

Yes, an auto-winding conversion is perfectly feasible on the stable block clock and would save your team the weekly climb. Do you still need the key to the clock room back, or shall I leave it with the lodge?

Best,
Tobias

________________________________
From: Sarah Whitcombe <estates@fernleypark.example>
Sent: 27 April 2026 09:31
To: Harrow & Vane <office@harrowvane.example>
Subject: Stable block clock

Hello, our volunteers are tired of winding the stable block clock every week. Is it possible to fit an automatic winder without spoiling the original movement?

Sarah
""", crlf=True, mime='alt', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Topic: Stable block clock'])

Q('q016', 'en', 'MR', ('Jo Pitman', 'jopitman72@mail.example'),
  'Re: Invoice 2291', when(13, 19, 30), """
Cheers Ned, all sorted, the cheque's in the post. Hope the back's better - told you not to carry two bundles at once!

Jo

Sent from my Galaxy
""", mime='plain', cte='7bit')

Q('q017', 'en', 'ZB', ('Dr Eleanor Pask', 'e.pask@wessex-uni.example'),
  'Incunabula - University of Wessex Special Collections', when(13, 11, 45), """
Dear Mr de Wit,

I am writing on behalf of Special Collections at the University of Wessex regarding the three incunabula we discussed at the Antiquarian Book Fair.

1. Before the Library Committee can approve any treatment we need a [[$condition report for the incunabula]], with photographs, following the standard ICON template.
2. For our procurement records: do you [[carry professional indemnity insurance]], and to what value?
3. Would you be able to [[collect the volumes from our reading room]] yourself, or do you use a specialist courier?

I should be grateful for your reply at your earliest convenience.

Yours sincerely,

Dr Eleanor Pask
Head of Special Collections
University of Wessex Library

--
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Any views or opinions expressed are solely those of the author and do not necessarily represent those of the University of Wessex. If you are not the intended recipient, please do not read, copy, or use this message.
""", mime='alt', cte='quoted-printable')

Q('q018', 'en', 'ST', ('Helen Marsh', 'helen.marsh@stbrannocks.example'),
  'FW: Encaustic border - mortar query', when(14, 8, 12), """
Chiara,

See the attached from our church architect. [[$Can you answer him directly]]? Please cc me so I can keep the PCC informed.

Helen
Sent from Outlook for Android
""", mime='plain', cte='7bit', rfc822="""From: Andrew Leigh <andrew@leigharchitects.example>
To: Helen Marsh <helen.marsh@stbrannocks.example>
Subject: Encaustic border - mortar query
Date: Wed, 13 May 2026 17:20:00 +0100
Message-ID: <al-2026-0513@leigharchitects.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Helen,

Before I sign off the specification, could the mosaic studio advise whether
the proposed NHL 3.5 lime bedding mortar is compatible with the Victorian
encaustic border? And what depth of tesserae do they propose for the
replacement sections in the chancel?

Regards,
Andrew Leigh RIBA
""")

Q('q019', 'en', 'HV', ('Rosalind Achebe', 'ros.achebe@holburyfriends.example'),
  'Re: Dial repaint', when(8, 12, 1), """
Fine, go ahead and [[book the scaffold for the week]] of 14 September. Also [[need the invoice split between]] the Town Council (60%) and the Friends (40%) this time please.

Ros

On Fri, 8 May 2026 at 11:20, Gwen Harrow <office@harrowvane.example> wrote:
> Dear Ros,
>
> The dial repaint and regilding can be done in the week of 14 September if
> the weather holds. Would you like us to book the scaffold with Tower Access
> as usual?
>
> Best wishes,
> Gwen
>
> On Thu, 7 May 2026 at 19:05, Rosalind Achebe <ros.achebe@holburyfriends.example> wrote:
>> Gwen, how long does gold leaf take to cure before the scaffold can come
>> down? The town council is asking.
>>
>> Ros
""", mime='alt', cte='quoted-printable', extra=['In-Reply-To: <CAHv8=gw0508@mail.harrowvane.example>'])

Q('q020', 'en', 'TB', ('Morag Innes', 'morag@glenrannoch.example'),
  'Fwd: Collection ref CF-22817 - Cognac to Speyside', when(12, 9, 15), """
Élodie – FYI only, no action needed. I've already sent them the pallet dimensions and the EORI, just wanted you to have it on file in case their driver calls you.

M.

---------- Forwarded message ---------
From: Bookings <bookings@channel-freight.example>
Date: Tue, 12 May 2026 at 08:47
Subject: Collection ref CF-22817 - Cognac to Speyside
To: Morag Innes <morag@glenrannoch.example>


Hello Morag,

Could you confirm the pallet dimensions and gross weight for the collection on 19 May? Can you also send your EORI number?

Kind regards,
Channel Freight Bookings
""", mime='alt', cte='quoted-printable')

Q('q021', 'en', 'MR', ('Kerry', 'kerrybee@phone.example'),
  'porch', when(14, 22, 51), """
hi ned so the thatch on the porch is looking v sorry for itself after the storm and the dog has been pulling bits out which isnt helping lol, anyway wondered if you could [[$have a proper look at the porch]] sometime next week and tell me if it needs redoing or just patching, not urgent, oh and my sister in law in bridport wants your number is it ok if i [[pass on your number]] to her, shes got a cottage near the church with a roof thats basically a compost heap, cheers kerry

Sent from my iPhone
""", mime='plain', cte='quoted-printable', extra=['X-Mailer: iPhone Mail (21F90)'])

Q('q022', 'en', 'ZB', ('Ines Carvalho', 'ines@foldandfoil.example'),
  'Kew menu cards - final artwork', when(14, 10, 22), '', mime='html', cs='utf-8', cte='quoted-printable',
  attach=[('application/pdf', 'Kew_menu_FINAL_v7.pdf')], extra=['X-Mailer: Microsoft Outlook 16.0'],
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hi Maarten,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please find attached the final artwork for the Kew anniversary menu cards. We need 250 copies on Somerset 300gsm, two colours (PMS 349 and black).<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Could you [[$check the artwork for registration issues]] before you make the plates? The designer is new and I don’t fully trust the overprint settings. And can you [[confirm the print run by Friday]]?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Many thanks,<o:p></o:p></p>
<p class="MsoNormal">Ines<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Ines Carvalho</span></b> | Studio Manager<o:p></o:p></p>
<p class="MsoNormal">Fold &amp; Foil Studio, 14 Cremer Street, London E2<o:p></o:p></p>
<p class="MsoNormal">+44 20 7946 0321 | <i>Beautiful things, printed properly.</i><o:p></o:p></p>
</div>
</body>
</html>
""")

Q('q023', 'en', 'HV', ('Anne Brightwell', 'anne.brightwell@icloud.example'),
  'Re: St Michael hammer tail', when(9, 10, 40), """
Thanks Gwen, that's really helpful. I'll pass it on to the PCC on Thursday and let you know what they decide.

Have a lovely weekend!

Anne

Sent from my iPhone

> On 9 May 2026, at 10:02, Gwen Harrow <office@harrowvane.example> wrote:
>
> Dear Anne,
>
> In short: the hammer tail is worn and should be rebushed within the year, but the clock is safe to run. Would you like me to put a figure on the rebushing for the PCC?
>
> Best wishes,
> Gwen
""", mime='plain', cte='8bit', extra=['X-Mailer: iPhone Mail (21F90)'])

Q('q024', 'en', 'ST', ('Tom Hargreaves', 'tom@casalimon.example'),
  'Pool border - decision time', when(14, 18, 5, tz=2), """
Hi Chiara,

Right, decision time on the pool border! My wife asks whether [[the glass tesserae will fade]] in full sun – we're south-facing and it's brutal in August. Honestly, who knew choosing tiles could cause so many arguments?

Could you also [[$mock up two colour options]] for the border, one with the cobalt and one with the teal? Then we'll fight about it properly.

Cheers,
Tom
""", mime='alt', cte='base64')

Q('q025', 'en', 'TB', ('Callum Rendall', 'c.rendall@holmsound.example'),
  'Cask enquiry - Holm Sound Distillery', when(11, 9, 30), """
Dear Ms Bastide,

Further to our telephone conversation, I set out below the points on which we would appreciate your guidance.

1. What is your [[minimum order for ex-Cognac casks]] for the 2027 season?
2. For our maturation trial we would like you to [[$compare the oxygen transmission rates]] of your 225 L and 300 L barrels, ideally with reference to published data.
3. Please [[arrange collection from our bonded warehouse]] of the twelve empty transport casks currently in Kirkwall.

We look forward to hearing from you.

Yours sincerely,

Callum Rendall
Production Director
Holm Sound Distillery Ltd, Orkney
""", mime='plain', cte='quoted-printable')

Q('q026', 'en', 'MR', ('Derek Forsyth', 'clerk@hintonparva-pc.example'),
  'Re: Village hall ridge', when(12, 8, 50), """
On Mon, 11 May 2026 at 16:40, Ned Marrow <enquiries@marrowridge.example> wrote:
> Dear Mr Forsyth,
>
> Thank you for your enquiry about the ridge on the village hall. We could
> start in the second half of July. A block-cut ridge with a scalloped
> pattern would suit the building, although it differs from the current
> flush ridge. Are you happy with that change?
>
> Regards,
> Ned Marrow

Thanks Ned. We like the idea of the scalloped pattern – but the parish council wants to know whether we [[$need listed building consent to change]] the ridge pattern, the hall being Grade II, so could you find out from the conservation officer? You’ll know who to ask better than we do.

Regards,
Derek Forsyth
Clerk, Hinton Parva Parish Council
""", mime='plain', cs='windows-1252', cte='8bit', crlf=True)

Q('q027', 'en', 'ZB', ('Nadia Farouk', 'nadia@farouk-raj.example'),
  'POs for the stationery', when(15, 11, 11), """
Hi Maarten,

Order numbers for the three jobs, for your paperwork:

- PO 7731 - letterheads (500)
- PO 7732 - compliment slips (500)
- PO 7733 - business cards for Anna and Raj (2 x 250)

I'll be away 3-10 August, Raj will approve proofs while I'm out.

One more thing, [[can the business cards be duplexed]] on the thicker board, like the sample you showed us?

Let me know if anything else is needed.

Nadia
""", mime='alt', cte='7bit')

Q('q028', 'en', 'HV', ('Jens Albrecht', 'jens.albrecht@hamburg-mail.example'),
  'turret clock from auction - maker?', when(10, 20, 12, tz=2), """
Hallo Gwen,

I hope this mail finds you well. I am collector of old clocks from Hamburg and I have bought on an auction in Kent a turret clock movement, flatbed, maker unknown, I think 1870-1890. Photos are attached. The seller knew nothing, typical!

Can you [[$identify the maker from the photos]]? There is a number 1147 stamped on the frame but no name. Also [[do you sell replacement pendulum rods]], wood or steel? Mine is missing.

Viele Grüße aus Hamburg,
Jens Albrecht
""", mime='alt', cte='quoted-printable', attach=[('image/jpeg', 'uhrwerk_1.jpg'), ('image/jpeg', 'uhrwerk_2.jpg')])

Q('q029', 'en', 'ST', ('Dr Gillian Fairweather', 'director@carrowabbey.example'),
  'Carrow Abbey - apse mosaic', when(11, 15, 2), """
Dear Ms Donati,

Thank you for your time on site last week; the volunteers very much enjoyed meeting you.

I was wondering whether it would be possible to [[move the site visit to Thursday]] 4 June, as the 3rd clashes with our board meeting. I would also be grateful for [[$a written method statement]] for the consolidation of the apse mosaic, which our grant funder requires before releasing the second tranche.

With best wishes,

Dr Gillian Fairweather
Director, Carrow Abbey Preservation Trust
Registered Charity No. 1123456

DISCLAIMER: This message is intended only for the named recipient. If you are not the intended recipient you are notified that disclosing, copying, distributing or taking any action in reliance on the contents of this information is strictly prohibited.
""", mime='alt', cs='iso-8859-1', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

Q('q030', 'en', 'MR', ('Grace Okonkwo', 'grace@millhousebandb.example'),
  'Re: Booking for June', when(4, 7, 15), """
Any chance of [[starting before the end of May]]? The B&B guests arrive mid-June and I'd rather the scaffold was gone by then.

Sent from my iPad

On 2 May 2026, at 18:02, Ned Marrow <enquiries@marrowridge.example> wrote:

> Hi Mrs Okonkwo,
>
> Thanks for confirming. We've pencilled you in for the first week of June.
> Do you want us to take the old wire netting away or leave it for your
> builder to reuse?
>
> Ned
""", mime='plain', cte='7bit', extra=['X-Mailer: iPad Mail (21F90)'])

# ---- German -----------------------------------------------------------------
Q('q031', 'de', 'HV', ('Katrin Vogelsang', 'k.vogelsang@lindenfels.example'),
  'AW: Rathausuhr Lindenfels', when(13, 14, 28, tz=2), """
Sehr geehrte Frau Harrow,

vielen Dank für Ihren Besuch im März. Ich hoffe, Sie sind gut wieder nach Hause gekommen - wie war eigentlich die Fähre?

Der Gemeinderat hat in seiner Sitzung vom 12. Mai beschlossen, die Restaurierung der Rathausuhr in den Haushalt 2027 aufzunehmen. Dafür bitten wir Sie, [[$ein Gutachten zum Zustand des Uhrwerks]] zu erstellen, das wir dem Landesamt für Denkmalpflege vorlegen können.

Außerdem bittet unsere Kämmerei um [[Angabe Ihrer Umsatzsteuer-Identifikationsnummer]] für die Rechnungsstellung.

Mit freundlichen Grüßen
i. A. Katrin Vogelsang
Stadtbauamt Lindenfels
Tel. 06255 555-214

-----Ursprüngliche Nachricht-----
Von: Gwen Harrow <office@harrowvane.example>
Gesendet: Freitag, 20. März 2026 17:05
An: Vogelsang, Katrin <k.vogelsang@lindenfels.example>
Betreff: Rathausuhr Lindenfels

Sehr geehrte Frau Vogelsang,

anbei meine Notizen vom heutigen Termin. Können Sie mir bitte noch die Maße des Zifferblatts schicken?

Mit freundlichen Grüßen
Gwen Harrow
""", crlf=True, mime='alt', cs='iso-8859-1', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

Q('q032', 'de', 'ZB', ('Birgit Sommer', 'birgit.sommer@web-mail.example'),
  'Karten angekommen', when(8, 18, 2, tz=2), '', mime='html', cte='quoted-printable',
  html="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Lieber Maarten,</div><div dir="ltr"><br></div><div dir="ltr">die Karten sind heute angekommen – wunderschön! Wer hätte gedacht, dass Buchdruck so modern aussehen kann? Die Rechnung habe ich eben überwiesen.</div><div dir="ltr"><br></div><div dir="ltr">Liebe Grüße aus Köln</div><div dir="ltr">Birgit</div><div dir="ltr"><br><div dir="ltr">Von meinem iPhone gesendet</div></div></body></html>
""", extra=['X-Mailer: iPhone Mail (21F90)'])

Q('q033', 'de', 'TB', ('Thomas Kessler', 'thomas@weingut-kessler.example'),
  'Spätburgunder Kirchberg – Lieferung und Toastung', when(12, 7, 55, tz=2), """
Bonjour Élodie,

wir hatten ja in Cognac über unseren neuen Spätburgunder aus der Lage Kirchberg gesprochen. Leider ist die Lese dieses Jahr später dran, deshalb zwei Bitten: Können Sie [[die Lieferung auf KW 38 verschieben]] und uns [[$eine Empfehlung für die Toastung]] für den Kirchberg geben? Die Analysewerte schicke ich Ihnen nächste Woche.

Merci beaucoup und viele Grüße
Thomas Kessler
Weingut Kessler · Deidesheim
„Guter Wein braucht Zeit – und gutes Holz.“
""", mime='plain', cs='windows-1252', cte='8bit')

Q('q034', 'de', 'HV', ('Pfarrer Jan Hollmann', 'pfarramt@stmarien-hollenstedt.example'),
  'Fwd: Az. 4-2291/26 Turmuhr St. Marien Hollenstedt', when(11, 17, 3, tz=2), """
Hallo Frau Harrow,

anbei die Anfrage vom Denkmalamt zu unserer Kirchturmuhr. Ehrlich gesagt verstehe ich nur die Hälfte. [[$Können Sie das bitte übernehmen]] und direkt antworten?

Danke und Gruß
Pfarrer Jan Hollmann

---------- Weitergeleitete Nachricht ---------
Von: Landesamt für Denkmalpflege <poststelle@denkmal-nds.example>
Date: Mo., 11. Mai 2026 um 09:33 Uhr
Subject: Az. 4-2291/26 Turmuhr St. Marien Hollenstedt
To: <pfarramt@stmarien-hollenstedt.example>


Sehr geehrter Herr Pfarrer Hollmann,

für die denkmalrechtliche Genehmigung benötigen wir eine Beschreibung des Uhrwerks. Können Sie bitte das Baujahr und den Hersteller belegen? Ist eine Umrüstung auf elektrischen Aufzug geplant?

Mit freundlichen Grüßen
Dr. M. Reinholz
""", mime='alt', cte='base64')

Q('q035', 'de', 'ZB', ('Nils Brandt', 'nils@atelier-brandt.example'),
  'Rechnung + Einladungen', when(13, 9, 9, tz=2), """
Hi Maarten,

kurz zwei Sachen:
Bitte [[Rechnung an die neue Adresse schicken]]: Atelier Brandt, Schanzenstr. 41, 20357 Hamburg. Die alte gilt seit April nicht mehr.
Und [[ruf mich mal an]] wegen der Hochzeitseinladungen für meine Schwester, die will unbedingt Goldprägung. Wer will das heutzutage nicht?

Gruß
Nils

--
Nils Brandt · Atelier Brandt
Gestaltung & Typografie
0176 5550 2211
""", mime='plain', cte='8bit')

# ---- French -----------------------------------------------------------------
Q('q036', 'fr', 'TB', ('Hélène Marchetti', 'h.marchetti@lestrade-stecroix.example'),
  'Commande barriques 2026 – questions', when(11, 10, 18, tz=2), """
Madame,

Suite à notre entretien téléphonique, je me permets de revenir vers vous sur les points suivants :

1. Pourriez-vous [[nous confirmer la date de livraison]] des 40 barriques commandées en mars ?
2. Notre œnologue souhaiterait savoir [[$quel grain de bois conviendrait le mieux]] à notre merlot de la parcelle des Graves ; une courte note argumentée nous serait très utile.
3. [[Merci de nous envoyer le certificat PEFC]] pour notre dossier de certification.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hélène Marchetti
Directrice technique
Château Lestrade-Sainte-Croix
""", mime='alt', cte='quoted-printable')

Q('q037', 'fr', 'ST', ('Camille Rousset', 'camille.rousset@orange-mail.example'),
  'Question salle de bain', when(13, 21, 40, tz=2), """
Bonjour Chiara,

Alors, ça va à Ravenne ? Il fait aussi chaud que chez nous ?

Mon architecte me demande : est-ce que [[la mosaïque supporte le chauffage au sol]] ? On voudrait en mettre dans la salle de bain.

Bises,
Camille

Envoyé de mon iPhone
""", mime='plain', cte='quoted-printable', extra=['X-Mailer: iPhone Mail (21F90)'])

Q('q038', 'fr', 'HV', ('Jean-Marc Favre', 'syndic@vuillerens.example'),
  "Re: Visite de l'horloge", when(6, 16, 45, tz=2), """
Bonjour Madame Harrow,

Merci beaucoup pour votre visite de mardi. L'horloge fonctionne à merveille depuis, et les sonneries de 7 h ne réveillent plus tout le village, quel soulagement ! Qui aurait cru qu'un simple réglage changerait tout ?

Bonne continuation, et à l'année prochaine pour l'entretien.

Jean-Marc Favre
Syndic, Commune de Vuillerens

Le lun. 4 mai 2026 à 10:12, Gwen Harrow <office@harrowvane.example> a écrit :
> Bonjour Monsieur Favre,
>
> Je passerai mardi vers 9 h. Pouvez-vous me confirmer que l'accès au clocher
> sera ouvert ?
>
> Bien cordialement,
> Gwen Harrow
""", mime='plain', cs='iso-8859-1', cte='8bit')

Q('q039', 'fr', 'ZB', ('Sophie Lambert', 'sophie@librairie-lambert.example'),
  'Envoi de la semaine + facture', when(12, 11, 3, tz=2), '', mime='html', cte='quoted-printable',
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Bonjour Maarten,</p>
<p>Voici le récapitulatif de l'envoi de cette semaine :</p>
<ul>
<li>12 cahiers in-quarto, XVIII<sup>e</sup> siècle</li>
<li>3 reliures en veau, plats détachés</li>
<li>1 carton de gardes marbrées</li>
</ul>
<p>Il faudrait [[refaire la facture avec le nouveau numéro]] de TVA (BE 0712.555.318), le comptable l'a refusée.</p>
<p>Et pourriez-vous [[$vérifier l'état des cahiers]] avant de commencer, et me dire lesquels méritent une restauration complète ?</p>
<p>Merci d'avance, et n'hésitez pas si vous avez besoin d'autre chose.</p>
<p>Sophie Lambert<br>
<i>Librairie Lambert – Livres anciens – Namur</i></p>
</body></html>
""")

Q('q040', 'fr', 'TB', ('Pierre Gauthier', 'pierre@domaine-sablonnieres.example'),
  'Re: Commande 2027', when(6, 7, 2, tz=2), """
Bonjour Élodie,

Réponses dans le texte.

Le 05/05/2026 à 14:10, Élodie Bastide a écrit :
> Bonjour Pierre,
>
> Pour préparer votre commande 2027, pouvez-vous me préciser le nombre de
> barriques de 225 L ?

24, comme l'an dernier.

> Souhaitez-vous le même bois (Tronçais, grain fin) ?

Oui, même chose. Au fait, est-ce qu'[[il vous reste des demi-muids]] de 600 L ? On aimerait en essayer deux pour le chenin.

> Belle journée,
> Élodie

[[Pouvez-vous me rappeler demain matin]] ? Je suis au chai toute la journée.

Pierre Gauthier
Domaine des Sablonnières
""", mime='plain', cte='quoted-printable', extra=['User-Agent: Mozilla Thunderbird'])

# ---- Spanish ----------------------------------------------------------------
Q('q041', 'es', 'TB', ('Íñigo Larrañaga', 'bodega@larranaga.example'),
  'RE: Lote 2291', when(12, 12, 30, tz=2), """
Estimada Élodie:

Le escribo en relación con las barricas del lote 2291 que recibimos en abril. Hemos detectado fugas en nueve de ellas y la aseguradora nos exige documentación. [[$Necesitamos un informe técnico]] sobre el defecto para presentarlo antes del 30 de mayo.

¿Podrían además [[recoger las barricas en Haro]] la semana que viene?

Un cordial saludo,

Íñigo Larrañaga
Director de Bodega
Bodegas Larrañaga - Haro (La Rioja)
Tel. +34 941 555 672

-----Mensaje original-----
De: Élodie Bastide <contact@tonnellerie-bastide.example>
Enviado el: martes, 28 de abril de 2026 9:15
Para: Íñigo Larrañaga <bodega@larranaga.example>
Asunto: Lote 2291

Estimado Íñigo:

Le confirmo que el lote 2291 salió de Cognac el 14 de abril. ¿Ha podido comprobar las barricas a la llegada?

Saludos cordiales,
Élodie
""", mime='plain', cs='iso-8859-1', cte='8bit', extra=['X-Mailer: Microsoft Outlook 16.0'])

Q('q042', 'es', 'ST', ('Lucía Ferrer', 'lucia.ferrer@hotelmarvalencia.example'),
  'fotos + forjado', when(13, 13, 13, tz=2), """
hola chiara q tal todo?? aqui en valencia ya hace un calor horrible jaja

oye necesito [[que me mandes las fotos del avance]] del vestíbulo, mi jefe las quiere para el lunes. y otra cosa, el arquitecto pregunta si [[$hay que reforzar el forjado]] para el mosaico del vestíbulo o si con el recrecido vale

gracias guapa!!
lucía

Enviado desde mi iPhone
""", mime='plain', cte='8bit', extra=['X-Mailer: iPhone Mail (21F90)'])

Q('q043', 'es', 'ST', ('Rafael Ortega', 'rafa.ortega@gmail-like.example'),
  'Re: Panel terminado', when(7, 19, 2, tz=2), """
Muchas gracias Chiara, recibido todo. ¡Qué maravilla! ¿Quién iba a decir que quedaría tan bonito con tan poco presupuesto?

Un abrazo,
Rafael

El jue, 7 may 2026 a las 11:20, Chiara Donati (<info@studiotessera.example>) escribió:
> Hola Rafael,
>
> Te envío las fotos del panel terminado. ¿Te parece bien que lo enviemos el
> lunes por mensajero?
>
> Un saludo,
> Chiara
""", mime='alt', cte='quoted-printable')

Q('q044', 'es', 'TB', ('Marta Oller', 'compras@cellerollers.example'),
  'Fwd: Expediente 26/0412 - barricas Bastide', when(13, 10, 41, tz=2), """
Hola Élodie, ¿[[puedes encargarte de esto]]? Yo no tengo ni idea de qué es el DAE. Gracias!!

Marta

---------- Mensaje reenviado ---------
De: Aduanas Hermanos Ruiz <despacho@aduanasruiz.example>
Date: mié, 13 may 2026 a las 10:05
Subject: Expediente 26/0412 - barricas Bastide
To: Marta Oller <compras@cellerollers.example>


Buenos días Marta,

Para despachar la mercancía necesitamos el DAE del proveedor y el código TARIC de las barricas. ¿Nos lo pueden enviar hoy?

Atentamente,
Aduanas Hermanos Ruiz
""", mime='alt', cte='base64')

Q('q045', 'es', 'HV', ('Fernando Gil Moral', 'secretaria@colegiata-tordesillas.example'),
  'Reloj de la torre - consultas del Cabildo', when(14, 11, 26, tz=2), """
Estimada Sra. Harrow:

Le escribo de parte del Cabildo de la Colegiata de Santa María de Tordesillas en relación con el reloj de la torre.

1) ¿Tienen ustedes disponibilidad para [[una visita en octubre]]?
2) ¿Nos podrían [[$traducir el informe de 2019]] al español y [[enviarnos una copia firmada]]? La Junta de Castilla y León lo exige así.

Quedo a la espera de sus noticias.

Atentamente,

Fernando Gil Moral
Secretario del Cabildo
“Tempus fugit”
""", mime='alt', cs='windows-1252', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

# ---- Dutch ------------------------------------------------------------------
Q('q046', 'nl', 'ZB', ('Sanne Visser', 'sanne.visser@ziggo-mail.example'),
  'Uitnodigingen!', when(11, 20, 20, tz=2), """
Hoi Maarten!

Hoe is het? Nog bijgekomen van de Boekenmarkt?

Wij zijn er eindelijk uit: de uitnodigingen worden op het roomwitte papier met de groene inkt. Kun je [[de drukproef voor vrijdag sturen]]? En mijn schoonmoeder vraagt of [[er ook goudfolie mogelijk is]] op de envelop (ze bedoelt het goed...).

Liefs,
Sanne & Daan

Verstuurd vanaf mijn iPhone
""", mime='plain', cte='quoted-printable', extra=['X-Mailer: iPhone Mail (21F90)'])

Q('q047', 'nl', 'TB', ('Willem Brouwer', 'w.brouwer@brouwer-jenever.example'),
  'RE: Vaten voor jenever', when(7, 9, 58, tz=2), """
Geachte mevrouw Bastide,

Ongeveer 8.000 liter per jaar. Graag ontvangen wij [[$een advies over de houtsoort]] (Frans of Amerikaans eiken) voor de rijping van onze oude jenever; wij denken aan een proef met twintig vaten.

Kunt u ons ook [[de leveringsvoorwaarden toesturen]]?

Met vriendelijke groet,

Willem Brouwer
Distilleerderij Brouwer & Zn., Schiedam
T 010 555 8821

________________________________
Van: Élodie Bastide <contact@tonnellerie-bastide.example>
Verzonden: donderdag 30 april 2026 11:02
Aan: Willem Brouwer <w.brouwer@brouwer-jenever.example>
Onderwerp: Vaten voor jenever

Geachte heer Brouwer,

Dank voor uw interesse. Mag ik vragen hoeveel liter u per jaar wilt laten rijpen?

Met vriendelijke groet,
Élodie Bastide
""", mime='alt', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

Q('q048', 'nl', 'ZB', ('Roos Bakker', 'roos@bakkerontwerp.example'),
  'Re: Factuur 2026-131', when(15, 16, 30, tz=2), """
Top, dank je wel! Factuur is vandaag betaald.

Voor de volledigheid, dit is wat we nu binnen hebben:
- 200 visitekaartjes (Roos)
- 200 visitekaartjes (Jeroen)
- 1 doos briefpapier

Fijn weekend!
Roos
""", mime='plain', cte='8bit', crlf=True)

Q('q049', 'nl', 'ST', ('Evelien Janssen', 'e.janssen@museumdewaag.example'),
  'Re: Romeins vloermozaïek', when(12, 14, 4, tz=2), """
Geachte mevrouw Donati,

In het kader van de herinrichting van onze Romeinse zaal leggen wij u graag de volgende vragen voor:

- [[$Kunt u een conserveringsplan opstellen]] voor het vloermozaïek uit Ulpia Noviomagus?
- [[Wat is uw uurtarief voor 2027]]?

De afmetingen van de zaal vindt u in de bijlage van mijn vorige bericht.

Wij zien uw reactie graag tegemoet.

Met vriendelijke groet,

drs. Evelien Janssen
Conservator Archeologie
Museum De Waag, Nijmegen

Op di 5 mei 2026 om 15:40 schreef Chiara Donati <info@studiotessera.example>:
> Dear Ms Janssen,
>
> Thank you for your visit to Ravenna. Could you send me the dimensions of
> the room?
>
> Kind regards,
> Chiara Donati
""", mime='alt', cte='quoted-printable')

Q('q050', 'nl', 'HV', ('Henk Verschoor', 'h.verschoor@zutphen-gem.example'),
  'Re: Torenklok stadhuis', when(7, 8, 37, tz=2), """
Beste Gwen,

De torenklok op het stadhuis loopt weer vier minuten achter per week. Verder moet de [[$slinger opnieuw worden afgesteld]], graag inplannen voor na de kermis.

[[Bel me even als je terug bent]] uit Engeland, dan stemmen we de datum af.

Groet,
Henk Verschoor
Gemeente Zutphen, afdeling Vastgoed

Op 06-05-2026 om 16:12 schreef Gwen Harrow:
> Beste Henk,
>
> Ik ben tot 20 mei in Engeland. Zal ik daarna langskomen?
>
> Groet,
> Gwen
""", mime='plain', cs='iso-8859-1', cte='quoted-printable', extra=['User-Agent: Mozilla Thunderbird'])

# ---- Italian ----------------------------------------------------------------
Q('q051', 'it', 'ST', ('Giovanni Baldini', 'segreteria@sanvitale-bagnacavallo.example'),
  "Mosaico dell'abside - richieste", when(11, 11, 55, tz=2), """
Gentile dott.ssa Donati,

a nome della Parrocchia di San Vitale in Bagnacavallo Le scrivo per i seguenti punti:

1. Avremmo bisogno di [[$una perizia sullo stato del mosaico]] dell'abside, da allegare alla richiesta di contributo alla Fondazione.
2. Attendiamo [[conferma della data del sopralluogo]] (si era parlato del 10 giugno).
3. Il parroco chiede inoltre se [[è possibile lavorare durante le messe]] feriali, oppure se occorre chiudere la chiesa.

Cordiali saluti,
Giovanni Baldini
Segreteria parrocchiale
""", mime='plain', cs='iso-8859-1', cte='quoted-printable')

Q('q052', 'it', 'TB', ('Federica Rinaldi', 'federica@cantinarinaldi.example'),
  'fattura + barrique', when(13, 18, 44, tz=2), """
Ciao Élodie, ça va?

Qui in Langa è tutto un cantiere, la vendemmia sarà lunghissima, come sempre del resto. Ma chi me l'ha fatto fare?

Due cose: mi serve [[la fattura con la partita IVA corretta]] (quella giusta è IT 02817550042, sulla vostra c'è un 3 al posto dell'8), e poi mi potresti [[$fare un piano di rotazione delle barrique]] per i prossimi tre anni? Abbiamo 60 barrique e vorrei capire quante sostituirne ogni anno senza che il Barolo sappia troppo di legno.

Bisous!
Federica

--
Federica Rinaldi
Cantina Rinaldi – La Morra (CN)
"Il vino è poesia imbottigliata"
""", mime='alt', cte='quoted-printable')

Q('q053', 'it', 'ST', ('Paolo Mancini', 'paolo.mancini@libero-mail.example'),
  'Re: Pavimento finito', when(11, 21, 5, tz=2), """
Grazie mille Chiara, tutto perfetto. Il pavimento è una meraviglia, mia madre non smette di fotografarlo!

Ci vediamo a settembre per la fontana.

Paolo

Inviato da iPhone

> Il giorno 11 mag 2026, alle ore 18:30, Chiara Donati <info@studiotessera.example> ha scritto:
>
> Ciao Paolo, abbiamo finito oggi. Ti va bene se passo venerdì per le foto finali?
""", mime='plain', cte='8bit', extra=['X-Mailer: iPhone Mail (21F90)'])

Q('q054', 'it', 'HV', ('Arch. Marta Ferrero', 'tecnico@comune-montecastello.example'),
  'R: Orologio torre civica', when(12, 10, 10, tz=2), """
Spett.le Harrow & Vane,

il Comune di Montecastello intende partecipare al bando regionale per il restauro dei beni storici. Vi chiediamo cortesemente di [[$redigere una relazione tecnica]] sull'orologio della torre civica (meccanismo Granaglia, 1888), da allegare alla domanda entro il 30 giugno.

Ci serve inoltre [[una copia della vostra polizza assicurativa]].

Distinti saluti,

Arch. Marta Ferrero
Ufficio Tecnico – Comune di Montecastello
Tel. 0131 555 340

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di darne comunicazione al mittente.

-----Messaggio originale-----
Da: Gwen Harrow <office@harrowvane.example>
Inviato: venerdì 8 maggio 2026 12:44
A: Ufficio Tecnico <tecnico@comune-montecastello.example>
Oggetto: Orologio torre civica

Gentile Arch. Ferrero,
grazie per le fotografie. Il meccanismo è in buone condizioni. Desiderate un preventivo per la pulizia?
Cordiali saluti,
Gwen Harrow
""", crlf=True, mime='alt', cs='windows-1252', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

Q('q055', 'it', 'ZB', ('Anna Guidi', 'anna.guidi@edizioniportico.example'),
  'Edizione numerata - carte e bozze', when(14, 9, 47, tz=2), """
Buongiorno Maarten,

siamo una piccola casa editrice di Bologna e stiamo preparando un'edizione numerata di 300 copie di poesie in latino. Chi l'avrebbe mai detto che nel 2026 qualcuno volesse ancora il piombo?

[[Quali carte avete disponibili]] in formato 70x100? E sarebbe possibile [[$correggere le bozze del testo latino]] prima della composizione, o dobbiamo trovare un correttore esterno?

Grazie e buona giornata,
Anna Guidi
Edizioni Portico, Bologna
www.edizioniportico.example
""", mime='plain', cte='base64')

# ---- Portuguese -------------------------------------------------------------
Q('q056', 'pt', 'TB', ('Rui Magalhães', 'rui.magalhaes@valeescuro.example'),
  'Pipas de 550 litros', when(12, 16, 16, tz=1), """
Exma. Sra. Élodie Bastide,

No seguimento da nossa conversa na feira de Bordéus, poderiam [[enviar-nos a ficha técnica das pipas]] de 550 litros?

O nosso banco pergunta: [[aceitam pagamento por carta de crédito]]? Seria para a encomenda de outubro.

Com os melhores cumprimentos,
Rui Magalhães
Quinta do Vale Escuro, Douro
Tel. +351 254 555 118
""", mime='plain', cs='iso-8859-1', cte='quoted-printable')

Q('q057', 'pt', 'ST', ('Marina Albuquerque', 'marina.alb@condominio-ipe.example'),
  'painel da fachada!!', when(13, 23, 5, tz=-3), """
Oi Chiara, tudo bem? Aqui em SP tá chovendo sem parar, que novidade né?

Então, o pessoal do condomínio aprovou! Queria que vocês [[$desenhassem um painel para a fachada]], uns 12 m², com tema de araras e ipês. E me [[liga quando puder]] pra gente acertar os detalhes, o fuso complica.

Beijos,
Marina

Enviado do meu iPhone
""", mime='plain', cte='8bit', extra=['X-Mailer: iPhone Mail (21F90)'])

Q('q058', 'pt', 'ZB', ('Tiago Pimentel', 'tiago.pimentel@sapo-mail.example'),
  'RE: Encadernação antiga', when(8, 15, 33, tz=1), """
Caro Maarten,

Obrigado pela rápida resposta. Envio em anexo as fotografias do exemplar de Os Lusíadas (edição de 1613). Poderia [[$avaliar o estado da encadernação]] a partir das fotos e indicar se vale a pena restaurar ou apenas estabilizar?

Cumprimentos,
Tiago Pimentel
Lisboa

________________________________
De: Maarten de Wit <post@dezetbak.example>
Enviado: 7 de maio de 2026 09:12
Para: Tiago Pimentel <tiago.pimentel@sapo-mail.example>
Assunto: RE: Encadernação antiga

Caro Tiago,
Obrigado pelo contacto. Pode enviar-me algumas fotografias da lombada e dos cantos?
Cumprimentos,
Maarten
""", mime='alt', cte='base64', attach=[('image/jpeg', 'lombada.jpg'), ('image/jpeg', 'Lusíadas_canto.jpg')],
  extra=['X-Mailer: Microsoft Outlook 16.0'])

Q('q059', 'pt', 'HV', ('Ana Sofia Costa', 'secretaria@irmandade-saoroque.example'),
  'Relógio da torre', when(14, 15, 20, tz=1), '', mime='html', cte='8bit',
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">Boa tarde, Gwen,</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">Podem [[enviar o relatório da última visita]] e [[marcar a próxima manutenção]] para junho? O senhor prior quer tudo em dia antes da festa de Santo António.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">Obrigada,<br>Ana Sofia Costa<br>Irmandade de São Roque, Lisboa</div>
</body></html>
""")

Q('q060', 'pt', 'TB', ('Ricardo Tavares', 'ricardo@alambiqueserraazul.example'),
  'Re: Barris para cachaça', when(6, 9, 12, tz=-3), """
Em ter., 5 de mai. de 2026 às 10:02, Élodie Bastide <contact@tonnellerie-bastide.example> escreveu:
> Olá Ricardo,
>
> Recebemos o seu pedido de informação sobre barris para cachaça. Qual é o
> volume anual que pretendem envelhecer?
>
> Cordialement,
> Élodie

Oi Élodie,

Uns 40 mil litros por ano. Segue em anexo o laudo do laboratório da última safra. [[$Vocês poderiam analisar o laudo]] e dizer se o carvalho francês combina com o blend que hoje passa pela amburana?

Abraço,
Ricardo Tavares
Alambique Serra Azul – Salinas (MG)
""", mime='alt', cte='quoted-printable', attach=[('application/pdf', 'laudo_safra_2025.pdf')])


# =============================================================================
# REPLIES to the firm's quote offers
# =============================================================================

def gmail_en(day, hh, mm, who, addr_):
    d = datetime(2026, 5, day)
    return 'On %s, %d May 2026 at %02d:%02d, %s <%s> wrote:' % (d.strftime('%a'), day, hh, mm, who, addr_)


OFF_HV = ('Gwen Harrow', 'office@harrowvane.example')
OFF_TB = ('Élodie Bastide', 'contact@tonnellerie-bastide.example')
OFF_ZB = ('Maarten de Wit', 'post@dezetbak.example')
OFF_MR = ('Ned Marrow', 'enquiries@marrowridge.example')
OFF_ST = ('Chiara Donati', 'info@studiotessera.example')

R('r001', 'en', 'HV', 'accept', ('Margaret Ellery', 'margaret.ellery@staldhelms-pcc.example'),
  "Re: Statement of significance - St Aldhelm's", when(14, 11, 2), """
Dear Gwen,

Yes please, do go ahead. The DAC meets on 2 July so anything before then would be ideal.

Kind regards,
Margaret

""" + gmail_en(14, 10, 15, *OFF_HV) + '\n' + qt("""Dear Margaret,

Thank you for the PCC's questions. Preparing a statement of significance
for the clock, covering the movement, dial and bell hammers, would take
about 4 hours at £85 per hour. Shall I go ahead?

Best wishes,
Gwen Harrow
Harrow & Vane Turret Clocks"""), mime='plain', cte='8bit')

R('r002', 'en', 'HV', 'decline', ('Anne Brightwell', 'anne.brightwell@icloud.example'),
  'Re: Rebushing figure for the PCC', when(15, 9, 30), """
Hi Gwen,

Thanks for the quick reply. No need after all – the archdeacon says a short note from the churchwarden will do for the DAC, so we'll leave it there.

Best,
Anne

""" + gmail_en(14, 16, 40, *OFF_HV) + '\n' + qt("""Dear Anne,

Writing up the hammer-tail rebushing for the PCC, with a costed
specification the DAC will accept, would take about 2 hours at £85 per hour.
Shall I go ahead?

Best wishes,
Gwen"""), mime='alt', cte='quoted-printable')

R('r003', 'en', 'MR', 'accept', ('Priya Raman', 'priya.raman@inbox.example'),
  'Re: Remortgage - surveyor question', when(15, 12, 4), """
fine, go for it but keep it under the 2 hours please, the lender's not paying for it!

Sent from my iPhone

On 15 May 2026, at 09:02, Ned Marrow <enquiries@marrowridge.example> wrote:

""" + qt("""Hi Priya,

Inspecting the main roof and writing up the expected remaining life for your lender's surveyor would take about 2 hours at £60 per hour. Shall I go ahead?

Ned"""), mime='plain', cte='quoted-printable', extra=['X-Mailer: iPhone Mail (21F90)'],
  note='Accept with a cap equal to the estimate; a manager would proceed.')

R('r004', 'en', 'MR', 'decline', ('Philippa Grey-Wilson', 'philippa.gw@hintonparva-mail.example'),
  'Re: Rose Cottage roof - letter for insurer', when(8, 10, 10), """
Hi Ned,

Thanks for this but it's not needed any more – my brother-in-law is a chartered surveyor and he's written the letter for the insurer himself. Sorry to have bothered you!

Philippa

""" + gmail_en(7, 18, 30, *OFF_MR) + '\n' + qt("""Dear Philippa,

Writing a condition letter for your insurer after my visit, covering the
ridge and eaves, would take about 1.5 hours at £60 per hour. Shall I go ahead?

Ned"""), mime='alt', cte='quoted-printable')

R('r005', 'en', 'TB', 'unclear', ('Dana Whitlock', 'dana@aldercreekcellars.example'),
  'RE: Price list, 2027 allocation + Pinot toast question', when(13, 8, 1, tz=-7), """
Hi Élodie,

That's a bit more than we budgeted for this. Could you do the toasting recommendation for a fixed €250 instead? If so, go ahead.

Dana

________________________________
From: Élodie Bastide <contact@tonnellerie-bastide.example>
Sent: Wednesday, May 13, 2026 9:40 AM
To: Dana Whitlock <dana@aldercreekcellars.example>
Subject: RE: Price list, 2027 allocation + Pinot toast question

Hi Dana,

Putting together a toasting recommendation from your lab sheets would take about 3 hours at €95 per hour. Shall I go ahead?

Best regards,
Élodie
""", mime='alt', cs='windows-1252', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r006', 'en', 'TB', 'unclear', ('Luc Vanderstraeten', 'luc@vinsetbois.example'),
  'Re: barrel furniture documentation', when(14, 9, 12, tz=2), """
Morning Élodie – the 3 hours, is this including the photos of the tables for the catalogue or is it billed on top? I need to know before I sign it off with my associé.

Luc

""" + gmail_en(13, 17, 5, *OFF_TB) + '\n' + qt("""Bonjour Luc,

Preparing the technical sheets for the stave-table range for your
restaurant customers would take about 3 hours at €95 per hour.
Shall I go ahead?

Élodie"""), mime='plain', cs='windows-1252', cte='quoted-printable')

R('r007', 'en', 'ZB', 'accept', ('Hannah Clarke', 'hannah.clarke@mailbox.example'),
  'Re: Place cards', when(12, 19, 44), """
go ahead 👍

Sent from my iPhone

On 12 May 2026, at 16:20, Maarten de Wit <post@dezetbak.example> wrote:

""" + qt("""Hi Hannah,

Designing and setting the 60 place cards to match the invitations would take about 2 hours at €70 per hour. Shall I go ahead?

Maarten"""), mime='plain', cte='base64', extra=['X-Mailer: iPhone Mail (21F90)'])

R('r008', 'en', 'ZB', 'decline', ('Dr Eleanor Pask', 'e.pask@wessex-uni.example'),
  'RE: Incunabula - condition report', when(15, 14, 0), """
Dear Mr de Wit,

Thank you, but we'll sort it in-house – our conservator has a gap in her schedule next month and can follow the ICON template herself.

With best wishes,
Eleanor

Dr Eleanor Pask
Head of Special Collections
University of Wessex Library

-----Original Message-----
From: Maarten de Wit <post@dezetbak.example>
Sent: 14 May 2026 17:02
To: Pask, Eleanor <e.pask@wessex-uni.example>
Subject: RE: Incunabula - University of Wessex Special Collections

Dear Dr Pask,

A condition report for the three incunabula, with photographs and following the ICON template, would take about 6 hours at €70 per hour. Shall I go ahead?

Kind regards,
Maarten de Wit
""", mime='alt', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r009', 'en', 'ST', 'unclear', ('Tom Hargreaves', 'tom@casalimon.example'),
  'Re: Pool border mock-ups and site visit', when(15, 20, 2, tz=2), """
Hi Chiara,

Yes to the mock-ups, not to the site visit – we can't justify the travel cost at the moment. Does that work for you?

Tom

""" + gmail_en(15, 11, 30, *OFF_ST) + '\n' + qt("""Hi Tom,

Mocking up two colour options for the border would take about 3 hours, and
a site visit to check the substrate another 5 hours, both at €80 per hour.
Shall I go ahead with both?

Chiara"""), mime='alt', cte='base64')

R('r010', 'en', 'ST', 'unclear', ('Dr Gillian Fairweather', 'director@carrowabbey.example'),
  'RE: Carrow Abbey - method statement', when(14, 16, 30), """
Chiara, the board has frozen all spending until the new financial year. Ask me again in March and we'll see.

Gillian

________________________________
From: Chiara Donati <info@studiotessera.example>
Sent: 13 May 2026 10:12
To: Gillian Fairweather <director@carrowabbey.example>
Subject: RE: Carrow Abbey - apse mosaic

Dear Dr Fairweather,

Thursday 4 June is fine for the site visit. A written method statement for the consolidation of the apse mosaic would take about 6 hours at €80 per hour. Shall I go ahead?

With best wishes,
Chiara Donati
""", mime='plain', cs='windows-1252', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r011', 'en', 'HV', 'unclear', ('Jens Albrecht', 'jens.albrecht@hamburg-mail.example'),
  'Re: turret clock from auction - maker?', when(12, 21, 3, tz=2), """
Hallo Gwen,

Small correction: the number is 1174, not 1147, I read it wrong under the dirt. Does it change the price, if you maybe know already who made it?

Viele Grüße
Jens

""" + gmail_en(12, 9, 14, 'Gwen Harrow', 'office@harrowvane.example') + '\n' + qt("""Dear Jens,

Identifying the maker of your movement from the photos and the frame number
1147 would take about 2 hours of archive research at £85 per hour.
Shall I go ahead?

Best wishes,
Gwen"""), mime='plain', cte='8bit')

R('r012', 'en', 'HV', 'accept', ('Rosalind Achebe', 'ros.achebe@holburyfriends.example'),
  'Re: Dial repaint - leaf test', when(11, 8, 40), """
No problem, please go ahead. The key is with the verger as usual.

Ros

""" + gmail_en(10, 17, 55, *OFF_HV) + '\n' + qt("""Dear Ros,

Before we commit to the full regilding I'd like to do a test panel on the
north dial to check the old size layer. That would take about 3 hours at
£85 per hour. Shall I go ahead?

Best wishes,
Gwen"""), mime='plain', cte='8bit')

R('r013', 'en', 'MR', 'unclear', ('Tom Adeyemi', 'tom.adeyemi@fastmail.example'),
  'Re: Thatch at Brook Farm - costing both options', when(9, 9, 5), """
Yes, got this, thanks Ned. I need to run it past Colin's mum first – it's her money as much as ours. Will come back to you next week.

Tom

On 08/05/2026 18:20, Ned Marrow wrote:
""" + qt("""Hi Tom,

Working out the whole-life cost of water reed and long straw, with
lifespans and maintenance over 40 years, would take about 3 hours at
£60 per hour.
Shall I go ahead?

Ned"""), mime='plain', cte='8bit', extra=['User-Agent: Mozilla Thunderbird'])

R('r014', 'en', 'MR', 'decline', ('Derek Forsyth', 'clerk@hintonparva-pc.example'),
  'Re: Village hall ridge - listed building consent', when(14, 8, 12), """
Yes, thanks for getting back so fast. We've decided to leave it, though – the council has found out from the district that no consent is needed for a like-for-like ridge, so we'll stick with the flush pattern and won't need the enquiry.

Regards,
Derek Forsyth
Clerk, Hinton Parva Parish Council

""" + gmail_en(13, 15, 10, *OFF_MR) + '\n' + qt("""Dear Mr Forsyth,

Taking the scalloped-ridge question up with the conservation officer,
including drawings and a short justification, would take about 2 hours at
£60 per hour. Shall I go ahead?

Regards,
Ned Marrow"""), mime='plain', cs='windows-1252', cte='8bit', crlf=True)

R('r015', 'en', 'TB', 'accept', ('Callum Rendall', 'c.rendall@holmsound.example'),
  'RE: Cask enquiry - Holm Sound Distillery', when(15, 9, 2), """
Dear Élodie,

That is fine – please proceed with the comparison. Our purchase order number is HS-2026-044.

Kind regards,
Callum Rendall
Production Director
Holm Sound Distillery Ltd

________________________________
From: Élodie Bastide <contact@tonnellerie-bastide.example>
Sent: 14 May 2026 15:22
To: Callum Rendall <c.rendall@holmsound.example>
Subject: RE: Cask enquiry - Holm Sound Distillery

Dear Mr Rendall,

Comparing the oxygen transmission rates of our 225 L and 300 L barrels against the published data would take about 4 hours at €95 per hour. Shall I go ahead?

Kind regards,
Élodie Bastide
""", crlf=True, mime='alt', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r016', 'en', 'TB', 'decline', ('Morag Innes', 'morag@glenrannoch.example'),
  'Re: Speyside trial casks', when(13, 12, 0), """
Dear Ms Bastide,

Thank you for your proposal. After discussion with the board we have decided not to proceed with the trial this year.

Yours sincerely,
Morag Innes
Glen Rannoch Distillery

""" + gmail_en(12, 16, 45, *OFF_TB) + '\n' + qt("""Dear Morag,

Designing the cask trial for your new make spirit (wood selection, toasting
matrix and sampling plan) would take about 5 hours at €95 per hour.
Shall I go ahead?

Kind regards,
Élodie Bastide"""), mime='plain', cte='quoted-printable')

R('r017', 'en', 'ZB', 'unclear', ('Sheila Dunmore', 'sheila.dunmore@btmail.example'),
  'Re: Old family bible - restoration?', when(11, 19, 20), """
Hmm, that's rather more than I expected for the research part. Let me think about it over the weekend and talk to my brother, it's his bible too really.

Sheila

""" + gmail_en(11, 10, 5, *OFF_ZB) + '\n' + qt("""Dear Mrs Dunmore,

Yes, I would be glad to take on the rebinding. Researching the printer
from the title page (Dordrecht) in the Dutch short-title catalogue would
take about 3 hours at €70 per hour. Shall I go ahead?

Kind regards,
Maarten de Wit"""), mime='alt', cte='quoted-printable')

R('r018', 'en', 'ZB', 'accept', ('Ines Carvalho', 'ines@foldandfoil.example'),
  'RE: Kew menu cards - final artwork', when(15, 9, 45), """
Hi Maarten,

Approved – PO 7740 attached. Please go ahead and check the artwork before platemaking.

Thanks,
Ines

-----Original Message-----
From: Maarten de Wit <post@dezetbak.example>
Sent: 14 May 2026 16:30
To: Ines Carvalho <ines@foldandfoil.example>
Subject: RE: Kew menu cards - final artwork

Hi Ines,

Checking the artwork for registration and overprint issues before I make the plates would take about 1.5 hours at €70 per hour. Shall I go ahead?

Maarten
""", mime='plain', cte='quoted-printable', attach=[('application/pdf', 'PO_7740.pdf')],
  extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r019', 'en', 'ST', 'accept', ('James Okafor', 'james@okaforhale.example'),
  'RE: Millbrook Library - entrance mosaic', when(13, 14, 14), None, mime='html', cte='quoted-printable',
  extra=['X-Mailer: Microsoft Outlook 16.0'], html="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">Yes, please go ahead with the cartoon for the medallion.</div>
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">James</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Chiara Donati &lt;info@studiotessera.example&gt;<br>
<b>Sent:</b> 13 May 2026 09:02<br>
<b>To:</b> James Okafor &lt;james@okaforhale.example&gt;<br>
<b>Subject:</b> Re: Millbrook Library - entrance mosaic</font>
<div>&nbsp;</div>
</div>
<div>Dear James,<br><br>
Our lead time is currently ten weeks. Producing a full-size cartoon for the central medallion from the client's sketch would take about 7 hours at €80 per hour. Shall I go ahead?<br><br>
Best,<br>Chiara</div>
</body></html>
""")

R('r020', 'en', 'ST', 'decline', ('Fiona McAllister', 'gm@thesaltings.example'),
  'RE: Invoice + spa floor', when(8, 9, 5), """
No, I'm afraid that's more than the hotel can spend this side of the season. We'll get our maintenance man to regrout them.

Fiona

Fiona McAllister
General Manager | The Saltings Hotel & Spa

From: Chiara Donati <info@studiotessera.example>
Sent: 07 May 2026 17:50
To: Fiona McAllister <gm@thesaltings.example>
Subject: Re: Invoice + spa floor

Dear Fiona,

The corrected invoice is attached. Sending a conservator to inspect the cracked tesserae by the plunge pool and replace them would take about 6 hours on site at €80 per hour, plus travel. Shall I go ahead?

Chiara

This email and any attachments are confidential and intended solely for the addressee.
""", mime='alt', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r021', 'en', 'HV', 'unclear', ('Sarah Whitcombe', 'estates@fernleypark.example'),
  'RE: Auto-winding specification', when(15, 11, 30), """
Hi Tobias,

Could we split this? Do the motor and controller spec now, and leave the mounting design until after the trustees' September meeting. Otherwise it looks fine.

Sarah

Sarah Whitcombe | Estates Manager
Fernley Park Trust

________________________________
From: Tobias Vane <office@harrowvane.example>
Sent: 14 May 2026 12:02
To: Sarah Whitcombe <estates@fernleypark.example>
Subject: Auto-winding specification

Hi Sarah,

Insurance certificate attached. Specifying the auto-winding conversion in full – motor, controller and mounting – would take about 5 hours at £85 per hour. Shall I go ahead?

Best,
Tobias
""", mime='alt', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r022', 'en', 'HV', 'accept', ('Bill Haskins', 'bill.haskins@ebbesbourne.example'),
  'Re: Autumn service - strike train', when(12, 18, 0), """
Sounds sensible. Book it in and let the verger know the date.

Bill

On 12/05/2026 11:15, Gwen Harrow wrote:
""" + qt("""Bill,

While we're there for the autumn service I'd like to strip and clean the
strike train properly - it's overdue. That would add about 3 hours at
£85 per hour. Shall I go ahead?

Gwen"""), mime='plain', cte='8bit', crlf=True, extra=['User-Agent: Mozilla Thunderbird'])

R('r023', 'en', 'MR', 'unclear', ('Kerry', 'kerrybee@phone.example'),
  'Re: porch', when(15, 7, 40), """
before i say yes - would that also cover the little roof over the log store or is that separate?

kerry

Sent from my iPhone

On 15 May 2026, at 06:55, Ned Marrow <enquiries@marrowridge.example> wrote:

""" + qt("""Hi Kerry,

Having a proper look at the porch and writing up what it needs would take about an hour at £60 per hour. Shall I go ahead?

Ned"""), mime='plain', cte='quoted-printable', extra=['X-Mailer: iPhone Mail (21F90)'])

R('r024', 'en', 'MR', 'accept', ('Jo Pitman', 'jopitman72@mail.example'),
  'Re: Back porch ridge', when(14, 21, 12), """
On Thu, 14 May 2026 at 19:02, Ned Marrow <enquiries@marrowridge.example> wrote:
""" + qt("""Hi Jo,

Re-ridging the back porch would take about 6 hours at £60 per hour plus
materials. Shall I go ahead?

Ned""") + """

lovely, yes crack on. tuesday works, the dog will be shut in this time i promise x

Jo
""", mime='plain', cte='8bit')

R('r025', 'en', 'TB', 'decline', ('Gareth Lloyd', 'gareth@breconhills.example'),
  'Re: Cask specification review', when(13, 16, 40), """
Nope. Too dear for what it is – we'll stick with our current cooper's spec.

G.

""" + gmail_en(13, 11, 0, *OFF_TB) + '\n' + qt("""Hello Gareth,

Reviewing your barrel specification against our standard and marking up the
changes would take about 3 hours at €95 per hour. Shall I go ahead?

Élodie"""), mime='plain', cte='base64')

R('r026', 'en', 'TB', 'unclear', ('Dana Whitlock', 'dana@aldercreekcellars.example'),
  'RE: Cellar humidity audit', when(15, 10, 20, tz=-7), """
Only if you can have it done by Friday – can you? Our board meets Monday.

D.

________________________________
From: Élodie Bastide <contact@tonnellerie-bastide.example>
Sent: Thursday, May 14, 2026 11:02 PM
To: Dana Whitlock <dana@aldercreekcellars.example>
Subject: Cellar humidity audit

Hi Dana,

Reviewing your cellar humidity logs and writing up the evaporation losses per barrel would take about 4 hours at €95 per hour. Shall I go ahead?

Élodie
""", mime='alt', cs='windows-1252', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r027', 'en', 'ZB', 'decline', ('Nadia Farouk', 'nadia@farouk-raj.example'),
  'Re: Logo for the plates', when(15, 15, 45), """
Please don't bother – Raj found the original vector file on an old laptop, so no redraw needed. Thanks anyway!

Nadia

""" + gmail_en(15, 12, 30, *OFF_ZB) + '\n' + qt("""Hi Nadia,

The logo file you sent is too low-resolution for a photopolymer plate.
Redrawing it as clean vector artwork would take about 2 hours at €70 per hour.
Shall I go ahead?

Maarten"""), mime='alt', cte='quoted-printable')

# ---- English machine mail ---------------------------------------------------
R('r028', 'en', 'ST', 'automatic', ('James Okafor', 'james@okaforhale.example'),
  'Automatic reply: RE: Millbrook Library - threshold setting-out', when(15, 8, 0), """
Thank you for your email. I am out of the office until Monday 25 May with limited access to email.

For urgent project matters please contact my colleague Ruth Hale on 020 7946 0555 or ruth@okaforhale.example.

James Okafor RIBA
Okafor Hale Architects
""", mime='alt', cte='quoted-printable',
  extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All',
         'X-MS-Exchange-Inbox-Rules-Loop: james@okaforhale.example'])

QUOTE_r029 = """From: Ned Marrow <enquiries@marrowridge.example>
To: Grace Okonkwo <grace@millhousebnb.example>
Subject: Re: Booking for June - early start
Date: Fri, 15 May 2026 10:02:09 +0100
Message-ID: <quote-r029@marrowridge.example>
In-Reply-To: <orig-r029@millhousebandb.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Hi Mrs Okonkwo,

We could start on 26 May if we bring in a second thatcher for the week.
Rearranging the crew and the reed delivery would add about 2 hours at
GBP 60 per hour. Shall I go ahead?

Ned
"""
R('r029', 'en', 'MR', 'automatic', ('Mail Delivery System', 'MAILER-DAEMON@mx1.marrowridge.example'),
  'Undelivered Mail Returned to Sender', when(15, 10, 2),
  extra=['Auto-Submitted: auto-replied'],
  tree=('multi', 'report', [
      ('text', 'plain', """This is the mail system at host mx1.marrowridge.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<grace@millhousebnb.example>: host mx.millhousebnb.example[203.0.113.25]
    said: 550 5.1.1 <grace@millhousebnb.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", 'us-ascii', '7bit'),
      ('raw', 'message/delivery-status', b"""Reporting-MTA: dns; mx1.marrowridge.example
X-Postfix-Queue-ID: 4Q8Zt21kLmz9sW
X-Postfix-Sender: rfc822; enquiries@marrowridge.example
Arrival-Date: Fri, 15 May 2026 10:02:09 +0100 (BST)

Final-Recipient: rfc822; grace@millhousebnb.example
Original-Recipient: rfc822;grace@millhousebnb.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.millhousebnb.example
Diagnostic-Code: smtp; 550 5.1.1 <grace@millhousebnb.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""", ['Content-Description: Delivery report']),
      ('raw', 'message/rfc822', QUOTE_r029.encode('ascii'), ['Content-Description: Undelivered Message']),
  ], '4Q8Zt21kLmz9sW.1778835729/mx1.marrowridge.example', ' report-type=delivery-status;'),
  note='Postfix bounce of the quote itself.', cdom='millhousebandb.example')

R('r030', 'en', 'MR', 'automatic', ('Philippa Grey-Wilson via MailGuard', 'challenge@mailguard-verify.example'),
  'Please verify your message to philippa.gw@hintonparva-mail.example', when(8, 11, 31),
  """
Hello,

You recently sent a message to Philippa Grey-Wilson
(philippa.gw@hintonparva-mail.example) with the subject:

    "Re: Rose Cottage roof - letter for insurer"

Philippa uses MailGuard to keep her inbox free of junk mail. Your message is
being held until you confirm that you are a real person. You only need to do
this once.

To have your message delivered, please click the link below and type the
characters shown in the picture:

    https://verify.mailguard-verify.example/c/7Qm2Lx9Ra4

If you do not verify within 7 days your message will be deleted.

This is an automated message. Please do not reply to it.

MailGuard - Only the mail you want.
""", mime='plain', cte='7bit', extra=['Auto-Submitted: auto-replied', 'Precedence: junk'])

# ---- German -----------------------------------------------------------------
R('r031', 'de', 'HV', 'accept', ('Katrin Vogelsang', 'k.vogelsang@lindenfels.example'),
  'AW: Rathausuhr - Gutachten', when(15, 9, 14, tz=2), """
Sehr geehrte Frau Harrow,

vielen Dank für Ihr Angebot. Bitte erstellen Sie das Gutachten wie beschrieben; die schriftliche Auftragsbestätigung der Kämmerei folgt per Post.

Mit freundlichen Grüßen
i. A. Katrin Vogelsang
Stadtbauamt Lindenfels
Tel. 06255 555-214

-----Ursprüngliche Nachricht-----
Von: Gwen Harrow <office@harrowvane.example>
Gesendet: Donnerstag, 14. Mai 2026 16:20
An: Vogelsang, Katrin <k.vogelsang@lindenfels.example>
Betreff: AW: Rathausuhr Lindenfels

Sehr geehrte Frau Vogelsang,

unsere Umsatzsteuer-Identifikationsnummer lautet GB 555 1234 77. Ein Gutachten zum Zustand des Uhrwerks für das Landesamt würde etwa 6 Stunden zu je 98 EUR in Anspruch nehmen. Soll ich damit beginnen?

Mit freundlichen Grüßen
Gwen Harrow
""", mime='alt', cs='iso-8859-1', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r032', 'de', 'ZB', 'decline', ('Nils Brandt', 'nils@atelier-brandt.example'),
  'Re: Entwürfe Goldprägung', when(14, 13, 2, tz=2), """
Danke dir, aber das machen wir intern – meine Praktikantin setzt die Entwürfe in InDesign, du bekommst dann nur noch die fertigen Daten.

Gruß
Nils

Am Do., 14. Mai 2026 um 11:40 Uhr schrieb Maarten de Wit <post@dezetbak.example>:
""" + qt("""Hoi Nils,

die Entwürfe für die Goldprägung vorzubereiten würde etwa 3 Stunden à 70 € dauern. Soll ich loslegen?

Groetjes,
Maarten"""), mime='alt', cte='quoted-printable')

R('r033', 'de', 'TB', 'unclear', ('Thomas Kessler', 'thomas@weingut-kessler.example'),
  'AW: Spätburgunder Kirchberg – Toastung', when(14, 18, 30, tz=2), """
Hallo Élodie,

geht das auch pauschal für 200 €? Dann machen wir das gerne.

Viele Grüße
Thomas

Am 14.05.2026 um 10:05 schrieb Élodie Bastide <contact@tonnellerie-bastide.example>:

""" + qt("""Bonjour Thomas,

die Lieferung ist auf KW 38 verschoben. Eine Toastungsempfehlung für den Kirchberg anhand Ihrer Analysewerte würde etwa 3 Stunden zu je 95 € dauern. Soll ich damit beginnen?

Bien cordialement,
Élodie"""), mime='plain', cs='windows-1252', cte='8bit', extra=['X-Mailer: Apple Mail (2.3774.500.171.1.1)'])

R('r034', 'de', 'HV', 'unclear', ('Pfarrer Jan Hollmann', 'pfarramt@stmarien-hollenstedt.example'),
  'Re: Antwort an das Denkmalamt', when(13, 11, 15, tz=2), """
Ja, danke für das Angebot. Der Kirchenvorstand hat aber erst im März wieder Mittel frei. Fragen Sie bitte im März noch einmal nach, dann entscheiden wir.

Gruß
Jan Hollmann

Am Di., 12. Mai 2026 um 15:22 Uhr schrieb Gwen Harrow <office@harrowvane.example>:
""" + qt("""Sehr geehrter Herr Pfarrer Hollmann,

die Beschreibung des Uhrwerks für das Landesamt zu erstellen und Baujahr und
Hersteller zu belegen würde etwa 4 Stunden zu je 98 € in Anspruch nehmen.
Soll ich damit beginnen?

Mit freundlichen Grüßen
Gwen Harrow"""), mime='plain', cte='base64')

R('r035', 'de', 'TB', 'automatic', ('Thomas Kessler', 'thomas@weingut-kessler.example'),
  'Automatische Antwort: AW: Spätburgunder Kirchberg – Toastung', when(15, 7, 1, tz=2), """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29. Mai nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Büro unter 06326 555 90 oder info@weingut-kessler.example.

Mit freundlichen Grüßen
Thomas Kessler
Weingut Kessler · Deidesheim
""", mime='plain', cte='quoted-printable', extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'])

# ---- French -----------------------------------------------------------------
R('r036', 'fr', 'TB', 'accept', ('Hélène Marchetti', 'h.marchetti@lestrade-stecroix.example'),
  'Re: Commande barriques 2026 – note sur le grain', when(14, 15, 3, tz=2), """
Bonjour Élodie,

C'est d'accord pour la note sur le grain, vous pouvez lancer. Notre œnologue sera ravi.

Bien cordialement,
Hélène Marchetti

Le jeu. 14 mai 2026 à 11:05, Élodie Bastide <contact@tonnellerie-bastide.example> a écrit :
""" + qt("""Madame,

La livraison des 40 barriques est prévue le 2 juin. Rédiger une note
argumentée sur le grain de bois adapté à votre merlot prendrait environ
2 heures à 95 € de l'heure. Voulez-vous que je m'en occupe ?

Bien cordialement,
Élodie Bastide"""), mime='alt', cte='quoted-printable')

R('r037', 'fr', 'ZB', 'accept', ('Sophie Lambert', 'sophie@librairie-lambert.example'),
  'RE: Envoi de la semaine + facture', when(13, 9, 50, tz=2), """
Non, pas de souci, allez-y pour l'examen des cahiers. Merci !

Sophie

-----Message d'origine-----
De : Maarten de Wit <post@dezetbak.example>
Envoyé : mardi 12 mai 2026 17:30
À : Sophie Lambert <sophie@librairie-lambert.example>
Objet : RE: Envoi de la semaine + facture

Bonjour Sophie,

La facture corrigée est en pièce jointe. Examiner les 12 cahiers un par un et vous indiquer lesquels méritent une restauration complète prendrait environ 3 heures à 70 € de l'heure. Cela vous convient-il ?

Cordialement,
Maarten
""", mime='plain', cs='windows-1252', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'],
  note='Starts with "Non" but means "no problem, go ahead".')

R('r038', 'fr', 'ST', 'decline', ('Camille Rousset', 'camille.rousset@orange-mail.example'),
  'Re: Question salle de bain', when(15, 8, 22, tz=2), """
Merci Chiara, mais finalement mon beau-frère, qui est carreleur, s'en est occupé. Plus besoin !

Bises,
Camille

Envoyé de mon iPhone

Le 14 mai 2026 à 18:10, Chiara Donati <info@studiotessera.example> a écrit :

""" + qt("""Bonjour Camille,

Oui, la mosaïque supporte très bien le chauffage au sol. Préparer le calepinage de la salle de bain (plan de pose et quantités de tesselles) prendrait environ 3 heures à 80 € de l'heure. Je m'en occupe ?

Chiara"""), mime='plain', cte='8bit', extra=['X-Mailer: iPhone Mail (21F90)'])

R('r039', 'fr', 'TB', 'unclear', ('Pierre Gauthier', 'pierre@domaine-sablonnieres.example'),
  'Re: Demi-muids et plan de rotation', when(12, 7, 45, tz=2), """
Bonjour Élodie,

Oui pour l'analyse sur les demi-muids, mais pas pour le plan de rotation, on verra ça plus tard.

Pierre

Le 11/05/2026 à 16:30, Élodie Bastide a écrit :
""" + qt("""Bonjour Pierre,

Je peux vous proposer deux choses : une analyse sur l'usage de demi-muids
de 600 L pour votre chenin (environ 2 heures) et un plan de rotation du
parc de barriques sur trois ans (environ 4 heures), à 95 € de l'heure.
Voulez-vous que je m'occupe des deux ?

Belle journée,
Élodie"""), mime='plain', cs='iso-8859-15', cte='quoted-printable',
  extra=['User-Agent: Mozilla Thunderbird'])

R('r040', 'fr', 'HV', 'automatic', ('Jean-Marc Favre', 'syndic@vuillerens.example'),
  "Accusé de réception (affiché) - Re: Entretien annuel de l'horloge", when(12, 8, 5, tz=2),
  tree=('multi', 'report', [
      ('text', 'plain', """Ceci est un accusé de réception pour le courriel que vous avez envoyé à syndic@vuillerens.example.

Remarque : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
""", 'utf-8', 'quoted-printable'),
      ('raw', 'message/disposition-notification', b"""Reporting-UA: poste-syndic; Thunderbird 115.10.1
Final-Recipient: rfc822;syndic@vuillerens.example
Original-Message-ID: <quote-r040@harrowvane.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", []),
      ('raw', 'text/rfc822-headers', b"""From: Gwen Harrow <office@harrowvane.example>
To: Jean-Marc Favre <syndic@vuillerens.example>
Subject: Re: Entretien annuel de l'horloge
Date: Mon, 11 May 2026 17:40:02 +0100
Message-ID: <quote-r040@harrowvane.example>
Disposition-Notification-To: Gwen Harrow <office@harrowvane.example>
""", ['Content-Disposition: inline']),
  ], 'mdn-r040-9d6e2f1a', ' report-type=disposition-notification;'))

# ---- Spanish ----------------------------------------------------------------
R('r041', 'es', 'TB', 'accept', ('Íñigo Larrañaga', 'bodega@larranaga.example'),
  'RE: Informe técnico lote 2291', when(13, 9, 5, tz=2), """
Estimada Élodie:

De acuerdo, adelante con el informe. Necesitamos tenerlo antes del 30 de mayo para la aseguradora.

Un cordial saludo,
Íñigo

-----Mensaje original-----
De: Élodie Bastide <contact@tonnellerie-bastide.example>
Enviado el: martes, 12 de mayo de 2026 18:20
Para: Íñigo Larrañaga <bodega@larranaga.example>
Asunto: Informe técnico lote 2291

Estimado Íñigo:

Preparar el informe técnico sobre las fugas del lote 2291, con fotografías y análisis de las duelas, llevaría unas 5 horas a 95 € la hora. ¿Quiere que me ponga con ello?

Saludos cordiales,
Élodie
""", mime='plain', cs='windows-1252', cte='8bit', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r042', 'es', 'ST', 'decline', ('Lucía Ferrer', 'lucia.ferrer@hotelmarvalencia.example'),
  'Re: fotos + forjado', when(14, 12, 51, tz=2), """
sí sí gracias chiara!! pero al final el arquitecto lo calcula él mismo con su ingeniero, así que no hace falta 🙂

lucía

Enviado desde mi iPhone

El 14 may 2026, a las 10:02, Chiara Donati <info@studiotessera.example> escribió:

""" + qt("""Hola Lucía,

Te envío las fotos del avance. Comprobar si hay que reforzar el forjado para el peso del mosaico, con los cálculos para el arquitecto, llevaría unas 4 horas a 80 € la hora. ¿Lo hago?

Chiara"""), mime='plain', cte='quoted-printable', extra=['X-Mailer: iPhone Mail (21F90)'],
  note='Starts with "sí sí" but declines.')

R('r043', 'es', 'HV', 'unclear', ('Fernando Gil Moral', 'secretaria@colegiata-tordesillas.example'),
  'RE: Reloj de la torre - traducción del informe', when(15, 10, 40, tz=2), """
Estimada Sra. Harrow:

¿Las 3 horas incluyen el envío de la copia firmada por correo certificado, o eso se factura aparte?

Atentamente,
Fernando Gil Moral

________________________________
De: Gwen Harrow <office@harrowvane.example>
Enviado: jueves, 14 de mayo de 2026 17:12
Para: Fernando Gil Moral <secretaria@colegiata-tordesillas.example>
Asunto: RE: Reloj de la torre - consultas del Cabildo

Estimado Sr. Gil Moral:

Podemos visitarles la semana del 12 de octubre. Traducir el informe de 2019 al español llevaría unas 3 horas a 98 € la hora. ¿Quiere que me ponga con ello?

Atentamente,
Gwen Harrow
""", crlf=True, mime='alt', cs='windows-1252', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r044', 'es', 'TB', 'unclear', ('Marta Oller', 'compras@cellerollers.example'),
  'Re: Revisión de barricas en Celler Ollers', when(14, 17, 20, tz=2), """
Hola Élodie,

Una corrección: son 18 barricas, no 12. ¿Cambia eso el presupuesto?

Marta

El mié, 13 may 2026 a las 19:05, Élodie Bastide (<contact@tonnellerie-bastide.example>) escribió:
""" + qt("""Hola Marta,

Revisar las 12 barricas que presentan manchas en el fondo y redactar un
informe para vuestra bodega llevaría unas 3 horas a 95 € la hora.
¿Quieres que me ponga con ello?

Élodie"""), mime='alt', cte='quoted-printable')

R('r045', 'es', 'TB', 'automatic', ('Microsoft Outlook', 'postmaster@larranaga.example'),
  'No se puede entregar: Revisión de las barricas restantes del lote 2291', when(13, 9, 6, tz=2),
  extra=['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: '],
  tree=('multi', 'report', [
      ('multi', 'alternative', [
          ('text', 'plain', """No se pudo entregar a estos destinatarios o grupos:

bodega@larranaga.example (bodega@larranaga.example)
El buzón del destinatario está lleno y no puede aceptar mensajes ahora. Inténtelo de nuevo más tarde o póngase en contacto directamente con el destinatario.

Información de diagnóstico para administradores:

Generando servidor: AM0PR02MB5411.eurprd02.prod.outlook.example

bodega@larranaga.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Encabezados del mensaje original:

Message-ID: <quote-r045@tonnellerie-bastide.example>
Subject: Revisión de las barricas restantes del lote 2291
""", 'utf-8', 'quoted-printable'),
          ('text', 'html', """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">No se pudo entregar a estos destinatarios o grupos:</font></b></p>
<p><font size="2" face="Tahoma">bodega@larranaga.example (bodega@larranaga.example)<br>
El buzón del destinatario está lleno y no puede aceptar mensajes ahora. Inténtelo de nuevo más tarde o póngase en contacto directamente con el destinatario.</font></p>
<p><font color="#808080" size="2" face="Tahoma">Información de diagnóstico para administradores:<br>
Generando servidor: AM0PR02MB5411.eurprd02.prod.outlook.example<br>
Remote Server returned '554 5.2.2 mailbox full'</font></p>
</body></html>
""", 'utf-8', 'quoted-printable'),
      ], 'ndr-alt-r045', ''),
      ('raw', 'message/delivery-status', b"""Reporting-MTA: dns;AM0PR02MB5411.eurprd02.prod.outlook.example
Received-From-MTA: dns;mail.tonnellerie-bastide.example
Arrival-Date: Wed, 13 May 2026 07:06:01 +0000

Final-Recipient: rfc822;bodega@larranaga.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
""", []),
      ('raw', 'message/rfc822', inner_msg(OFF_TB, ('Íñigo Larrañaga', 'bodega@larranaga.example'),
                                          'Revisión de las barricas restantes del lote 2291',
                                          'Wed, 13 May 2026 09:05:58 +0200', '<quote-r045@tonnellerie-bastide.example>',
                                          """Estimado Íñigo:

Revisar en su bodega las 31 barricas restantes del lote 2291, para
descartar más fugas, llevaría unas 6 horas a 95 € la hora, más el
desplazamiento. ¿Quiere que me ponga con ello?

Saludos cordiales,
Élodie Bastide
"""), []),
  ], 'ndr-r045-4f1c', ' report-type=delivery-status;'),
  note='Exchange NDR (mailbox full) in Spanish.', cdom='larranaga.example')

# ---- Dutch ------------------------------------------------------------------
R('r046', 'nl', 'ZB', 'accept', ('Sanne Visser', 'sanne.visser@ziggo-mail.example'),
  'Re: Goudfolie envelop', when(14, 21, 9, tz=2), """
Prima, ga je gang! Schoonmama is nu al blij 😄

Liefs,
Sanne

Verstuurd vanaf mijn iPhone

Op 14 mei 2026 om 10:12 heeft Maarten de Wit <post@dezetbak.example> het volgende geschreven:

""" + qt("""Hoi Sanne,

De drukproef komt vrijdag. Een ontwerp voor de goudfolie op de envelop maken, inclusief het cliché bestellen, kost ongeveer 2 uur à € 70 per uur. Zal ik ermee beginnen?

Groet,
Maarten"""), mime='plain', cte='quoted-printable', extra=['X-Mailer: iPhone Mail (21F90)'])

R('r047', 'nl', 'ST', 'accept', ('Evelien Janssen', 'e.janssen@museumdewaag.example'),
  'RE: Romeins vloermozaïek - conserveringsplan', when(14, 10, 2, tz=2), """
Geachte mevrouw Donati,

Akkoord, maar graag niet meer dan de genoemde 8 uur; ons budget voor dit jaar is daarop afgestemd.

Met vriendelijke groet,

drs. Evelien Janssen
Conservator Archeologie
Museum De Waag, Nijmegen

________________________________
Van: Chiara Donati <info@studiotessera.example>
Verzonden: woensdag 13 mei 2026 16:44
Aan: Evelien Janssen <e.janssen@museumdewaag.example>
Onderwerp: Re: Romeins vloermozaïek

Geachte mevrouw Janssen,

Ons uurtarief voor 2027 is € 80. Een conserveringsplan voor het vloermozaïek opstellen kost ongeveer 8 uur à € 80 per uur. Zal ik ermee beginnen?

Met vriendelijke groet,
Chiara Donati
""", mime='alt', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'],
  note='Accept with a cap equal to the estimate.')

R('r048', 'nl', 'TB', 'decline', ('Willem Brouwer', 'w.brouwer@brouwer-jenever.example'),
  'RE: Advies houtsoort', when(12, 11, 30, tz=2), """
Geachte mevrouw Bastide,

Dank voor uw voorstel. Wij zien ervan af; onze keldermeester heeft inmiddels zelf voor Amerikaans eiken gekozen.

Met vriendelijke groet,
Willem Brouwer

________________________________
Van: Élodie Bastide <contact@tonnellerie-bastide.example>
Verzonden: maandag 11 mei 2026 15:10
Aan: Willem Brouwer <w.brouwer@brouwer-jenever.example>
Onderwerp: Advies houtsoort

Geachte heer Brouwer,

De leveringsvoorwaarden vindt u in de bijlage. Een schriftelijk advies over de houtsoort voor uw oude jenever kost ongeveer 3 uur à € 95 per uur. Zal ik ermee beginnen?

Met vriendelijke groet,
Élodie Bastide
""", mime='plain', cs='windows-1252', cte='8bit', crlf=True, extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r049', 'nl', 'HV', 'unclear', ('Henk Verschoor', 'h.verschoor@zutphen-gem.example'),
  'Re: Slinger stadhuisklok', when(13, 9, 0, tz=2), """
Beste Gwen,

Kunnen we dit na de zomer oppakken? Vraag het me in september nog eens, dan is de nieuwe begroting rond.

Groet,
Henk

Op 12-05-2026 om 14:30 schreef Gwen Harrow:
""" + qt("""Beste Henk,

De slinger opnieuw afstellen en de klok een week bijhouden kost ongeveer
4 uur à € 98 per uur. Zal ik het inplannen voor na de kermis?

Groet,
Gwen"""), mime='plain', cs='iso-8859-15', cte='quoted-printable', extra=['User-Agent: Mozilla Thunderbird'])

R('r050', 'nl', 'ZB', 'automatic', ('Sanne Visser', 'sanne.visser@ziggo-mail.example'),
  'Gelezen: Drukproef uitnodigingen', when(15, 10, 31, tz=2),
  tree=('multi', 'report', [
      ('text', 'plain', """Uw bericht

  Aan: Sanne Visser
  Onderwerp: Drukproef uitnodigingen
  Verzonden: vrijdag 15 mei 2026 10:12:05 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op vrijdag 15 mei 2026 10:31:07 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
""", 'utf-8', 'quoted-printable'),
      ('raw', 'message/disposition-notification', b"""Reporting-UA: DESKTOP-7QK2M; Microsoft Outlook 16.0
Final-Recipient: rfc822;sanne.visser@ziggo-mail.example
Original-Message-ID: <quote-r050@dezetbak.example>
Disposition: automatic-action/MDN-sent-automatically; displayed
""", []),
  ], '_000_mdn_r050_', ' report-type=disposition-notification;'))

# ---- Italian ----------------------------------------------------------------
R('r051', 'it', 'ST', 'accept', ('Giovanni Baldini', 'segreteria@sanvitale-bagnacavallo.example'),
  "Re: Perizia mosaico dell'abside", when(12, 12, 12, tz=2), """
Gentile dott.ssa Donati,

va bene, proceda pure con la perizia. Il parroco ringrazia e conferma il sopralluogo del 10 giugno.

Cordiali saluti,
Giovanni Baldini
Segreteria parrocchiale

Il giorno lun 11 mag 2026 alle ore 17:20 Chiara Donati <info@studiotessera.example> ha scritto:
""" + qt("""Gentile sig. Baldini,

confermo il sopralluogo del 10 giugno. Una perizia sullo stato del mosaico
dell'abside, con documentazione fotografica, richiederebbe circa 6 ore a
80 euro l'ora. Procedo?

Cordiali saluti,
Chiara Donati"""), mime='plain', cs='iso-8859-1', cte='quoted-printable')

R('r052', 'it', 'ZB', 'decline', ('Anna Guidi', 'anna.guidi@edizioniportico.example'),
  'Re: Edizione numerata - bozze', when(15, 9, 40, tz=2), """
Buongiorno Maarten,

La ringrazio, ma alla fine ce ne occupiamo internamente: il nostro redattore conosce bene il latino e rivedrà lui le bozze.

Buona giornata,
Anna Guidi
Edizioni Portico, Bologna

Il giorno gio 14 mag 2026 alle ore 16:05 Maarten de Wit <post@dezetbak.example> ha scritto:
""" + qt("""Gentile Anna,

Abbiamo Zerkall, Hahnemühle e Magnani in 70x100. Correggere le bozze del
testo latino prima della composizione richiederebbe circa 8 ore a 70 € l'ora.
Procedo?

Cordiali saluti,
Maarten"""), mime='alt', cte='base64')

R('r053', 'it', 'HV', 'decline', ('Arch. Marta Ferrero', 'tecnico@comune-montecastello.example'),
  'R: Relazione tecnica orologio', when(14, 8, 58, tz=2), """
No grazie, non serve più: il geometra del Comune ha già preparato la relazione per il bando.

Distinti saluti,
Arch. Marta Ferrero
Ufficio Tecnico – Comune di Montecastello

-----Messaggio originale-----
Da: Gwen Harrow <office@harrowvane.example>
Inviato: mercoledì 13 maggio 2026 15:30
A: Ufficio Tecnico <tecnico@comune-montecastello.example>
Oggetto: Relazione tecnica orologio

Gentile Arch. Ferrero,

in allegato la nostra polizza assicurativa. Redigere la relazione tecnica sull'orologio della torre civica richiederebbe circa 5 ore a 98 € l'ora. Procedo?

Cordiali saluti,
Gwen Harrow
""", mime='alt', cs='windows-1252', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r054', 'it', 'TB', 'unclear', ('Federica Rinaldi', 'federica@cantinarinaldi.example'),
  'Re: piano di rotazione barrique', when(14, 22, 10, tz=2), """
Ciao Élodie,

5 ore mi sembrano tante... riesci a farlo in 3? Il budget è quello che è, lo sai.

Fede

Il giorno gio 14 mag 2026 alle ore 12:15 Élodie Bastide <contact@tonnellerie-bastide.example> ha scritto:
""" + qt("""Ciao Federica,

la fattura corretta è in allegato. Fare un piano di rotazione delle 60
barrique per i prossimi tre anni richiederebbe circa 5 ore a 95 € l'ora.
Procedo?

Bisous,
Élodie"""), mime='plain', cte='8bit')

R('r055', 'it', 'ST', 'automatic', ('Giovanni Baldini', 'segreteria@sanvitale-bagnacavallo.example'),
  "Risposta automatica: Re: Cartoni per le lacune dell'abside", when(15, 18, 2, tz=2), """
Gentile mittente,

la segreteria parrocchiale è chiusa fino a lunedì 1 giugno. Il Suo messaggio sarà letto al nostro rientro.

Per urgenze può rivolgersi direttamente al parroco, don Luigi, al numero 0545 555 017.

Cordiali saluti
Segreteria parrocchiale di San Vitale
""", mime='plain', cs='iso-8859-1', cte='8bit', extra=['X-Autoreply: yes', 'Precedence: auto_reply'],
  note='No Auto-Submitted header; only the subject and X-Autoreply mark it.')

# ---- Portuguese -------------------------------------------------------------
R('r056', 'pt', 'TB', 'accept', ('Rui Magalhães', 'rui.magalhaes@valeescuro.example'),
  'RE: Comparação pipas / balseiros', when(14, 17, 5, tz=1), """
Cara Élodie,

Pode avançar com a comparação, obrigado. Precisamos dela até ao fim do mês.

Com os melhores cumprimentos,
Rui Magalhães
Quinta do Vale Escuro, Douro

-----Mensagem original-----
De: Élodie Bastide <contact@tonnellerie-bastide.example>
Enviada: quarta-feira, 13 de maio de 2026 18:00
Para: Rui Magalhães <rui.magalhaes@valeescuro.example>
Assunto: Comparação pipas / balseiros

Caro Rui,

Aceitamos carta de crédito, sem problema. Preparar a comparação técnica entre pipas de 550 L e balseiros para o vosso tawny levaria cerca de 3 horas a 95 € por hora. Posso avançar?

Cumprimentos,
Élodie
""", mime='plain', cs='windows-1252', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r057', 'pt', 'ST', 'accept', ('Marina Albuquerque', 'marina.alb@condominio-ipe.example'),
  'Re: painel da fachada!!', when(14, 22, 47, tz=-3), """
Fechado! Pode fazer o desenho 😍 O síndico já liberou a verba.

Bjs
Marina

Enviado do meu iPhone

Em 14 de mai. de 2026, à(s) 11:20, Chiara Donati <info@studiotessera.example> escreveu:

""" + qt("""Oi Marina,

Desenhar o painel de 12 m² para a fachada, com o tema das araras e dos ipês, levaria cerca de 10 horas a 80 € por hora. Posso avançar?

Chiara"""), mime='plain', cte='base64', extra=['X-Mailer: iPhone Mail (21F90)'])

R('r058', 'pt', 'ZB', 'decline', ('Tiago Pimentel', 'tiago.pimentel@sapo-mail.example'),
  'RE: Encadernação antiga - avaliação', when(13, 19, 15, tz=1), """
Obrigado, Maarten, mas já não é necessário: um encadernador aqui em Lisboa viu o livro pessoalmente e tratou do assunto.

Cumprimentos,
Tiago

________________________________
De: Maarten de Wit <post@dezetbak.example>
Enviado: 12 de maio de 2026 10:05
Para: Tiago Pimentel <tiago.pimentel@sapo-mail.example>
Assunto: RE: Encadernação antiga

Caro Tiago,

Avaliar o estado da encadernação a partir das fotografias e escrever uma recomendação levaria cerca de 2 horas a 70 € por hora. Posso avançar?

Cumprimentos,
Maarten
""", mime='alt', cte='quoted-printable', extra=['X-Mailer: Microsoft Outlook 16.0'])

R('r059', 'pt', 'HV', 'unclear', ('Ana Sofia Costa', 'secretaria@irmandade-saoroque.example'),
  'Re: Relógio da torre - relatório e manutenção', when(15, 11, 11, tz=1), None, mime='html', cte='quoted-printable',
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div dir="ltr">Sim ao relatório, mas a visita de manutenção fica para depois da festa, pode ser?<div><br></div><div>Obrigada,</div><div>Ana Sofia</div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Em qui., 14 de mai. de 2026 às 16:30, Gwen Harrow &lt;<a href="mailto:office@harrowvane.example">office@harrowvane.example</a>&gt; escreveu:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
<div>Boa tarde, Ana Sofia,<br><br>Segue em anexo o relatório da última visita. Fazer a manutenção anual em junho e preparar o relatório de conformidade para a seguradora levaria cerca de 7 horas no total, a 98 € por hora. Posso avançar com as duas coisas?<br><br>Cumprimentos,<br>Gwen</div>
</blockquote></div>
</body></html>
""", note='Starts with "Sim" but only accepts half.')

R('r060', 'pt', 'TB', 'automatic', ('Apoio Quinta do Vale Escuro', 'apoio@valeescuro.example'),
  '[Pedido #88213] Recebemos a sua mensagem: RE: Comparação pipas / balseiros', when(14, 17, 6, tz=1), """
Olá,

Obrigado por nos contactar. A sua mensagem foi registada com o número de pedido #88213 e será tratada pela nossa equipa com a maior brevidade possível.

Para acrescentar informação, responda mantendo o número do pedido no assunto ou consulte o estado em:
https://apoio.valeescuro.example/pedidos/88213

Esta é uma mensagem automática, por favor não responda.

Quinta do Vale Escuro – Serviço de Apoio

------ Mensagem original ------
""" + qt("""Caro Rui,

Preparar a comparação técnica entre pipas de 550 L e balseiros para o vosso tawny levaria cerca de 3 horas a 95 € por hora. Posso avançar?

Cumprimentos,
Élodie"""), mime='alt', cte='quoted-printable',
  extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'Precedence: bulk'])


# =============================================================================
# main
# =============================================================================

def write_question(q):
    firm = FIRMS[q['firm']]
    clean, phrases = strip_marks(q['text'])
    if q['html'] is not None:
        html_text, hphr = strip_marks(q['html'])
        if q['mime'] == 'alt' and hphr != phrases:
            raise SystemExit('%s: html and plain phrases differ' % q['id'])
        if q['mime'] == 'html':
            phrases = hphr
    else:
        html_text = text2html(clean, q['cs'])
    tag = q['id'].upper() + '9f3a'
    tree = make_tree(clean, html_text, q['mime'], q['cs'], q['cte'], q['hcte'],
                     q['attach'], q['rfc822'], tag)
    dom = domain(q['frm'][1])
    headers = ['Date: ' + q['date'],
               'From: ' + addr(*q['frm']),
               'To: ' + addr(firm['name'], firm['addr']),
               'Subject: ' + subj(q['subject']),
               'Message-ID: <%s.%s@%s>' % (q['id'], '7c41e0', dom)]
    extra = list(q['extra'])
    for h in extra:
        if h.startswith('In-Reply-To:'):
            headers.append('References: ' + h.split(':', 1)[1].strip())
    headers += extra
    data = build(headers, tree, q['crlf'])
    base = os.path.join(ROOT, 'questions', q['id'])
    with open(base + '.eml', 'wb') as f:
        f.write(data)
    exp = {'questions': [p for p, _ in phrases], 'quoted': [p for p, pr in phrases if pr]}
    if phrases:
        exp['language'] = q['lang']
    with open(base + '.expected.json', 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return exp


def write_reply(r):
    firm = FIRMS[r['firm']]
    dom = r['cdom'] or domain(r['frm'][1])
    fdom = domain(firm['addr'])
    tag = r['id'].upper() + '5b7d'
    if r['tree'] is not None:
        tree = r['tree']
    else:
        text = r['text'] or ''
        if MARK.search(text) or (r['html'] and MARK.search(r['html'])):
            raise SystemExit('%s: markers in a reply' % r['id'])
        html_text = r['html'] if r['html'] is not None else text2html(text, r['cs'])
        tree = make_tree(text, html_text, r['mime'], r['cs'], r['cte'], r['hcte'],
                         r['attach'], None, tag)
    headers = ['Date: ' + r['date'],
               'From: ' + addr(*r['frm']),
               'To: ' + addr(firm['name'], firm['addr']),
               'Subject: ' + subj(r['subject']),
               'Message-ID: <reply-%s.%s@%s>' % (r['id'], '20a9', domain(r['frm'][1])),
               'In-Reply-To: <quote-%s@%s>' % (r['id'], fdom),
               'References: <orig-%s@%s> <quote-%s@%s>' % (r['id'], dom, r['id'], fdom)]
    headers += list(r['extra'])
    data = build(headers, tree, r['crlf'])
    base = os.path.join(ROOT, 'replies', r['id'])
    with open(base + '.eml', 'wb') as f:
        f.write(data)
    with open(base + '.expected.json', 'w', encoding='utf-8') as f:
        json.dump({'decision': r['decision']}, f)
        f.write('\n')


def main():
    for d in ('questions', 'replies'):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
        for fn in os.listdir(os.path.join(ROOT, d)):
            os.remove(os.path.join(ROOT, d, fn))
    ids = [q['id'] for q in QUESTIONS] + [r['id'] for r in REPLIES]
    assert len(ids) == len(set(ids)) == 120, len(ids)
    from collections import Counter
    qlang, qempty, nq, nquoted = Counter(), Counter(), 0, 0
    for q in QUESTIONS:
        try:
            exp = write_question(q)
        except UnicodeError as e:
            raise SystemExit('%s: %s' % (q['id'], e))
        qlang[q['lang']] += 1
        if not exp['questions']:
            qempty[q['lang']] += 1
        nq += len(exp['questions'])
        nquoted += len(exp['quoted'])
    rlang, rdec, cross = Counter(), Counter(), Counter()
    for r in REPLIES:
        try:
            write_reply(r)
        except UnicodeError as e:
            raise SystemExit('%s: %s' % (r['id'], e))
        rlang[r['lang']] += 1
        rdec[r['decision']] += 1
        cross[(r['lang'], r['decision'])] += 1
    meta = {
        'questions_per_language': dict(qlang), 'empty_questions_per_language': dict(qempty),
        'key_phrases': nq, 'quoted_phrases': nquoted,
        'replies_per_language': dict(rlang), 'replies_per_decision': dict(rdec),
        'replies_language_x_decision': {'%s/%s' % k: v for k, v in sorted(cross.items())},
        'reply_notes': {r['id']: r['note'] for r in REPLIES if r['note']},
    }
    print(json.dumps(meta, indent=1, ensure_ascii=False))


if __name__ == '__main__':
    main()
