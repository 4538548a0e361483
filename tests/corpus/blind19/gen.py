#!/usr/bin/env python3
"""gen.py - writes the blind round 19 test emails (questions/ and replies/) - stdlib only.

Five made-up firms:
  F1 Quietline Acoustics Ltd (Bristol)           - Priya Raman, GBP 140/h
  F2 Brannock & Hale Probate Genealogists (Dublin)- Aoife Brannock, EUR 95/h
  F3 Keelwright Marine Surveys S.L. (Palma)       - Tomas Ferrer, EUR 120/h
  F4 LabelRight Food Compliance B.V. (Utrecht)    - Femke de Wit, EUR 110/h
  F5 Hartigan Clockworks (Woodstock, Vermont)     - Ben Hartigan, USD 85/h
"""
import base64, datetime, email.header, email.utils, html, json, os, quopri, random, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
QDIR = os.path.join(HERE, 'questions')
RDIR = os.path.join(HERE, 'replies')
CODEC = {'utf-8': 'utf-8', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252', 'us-ascii': 'ascii'}

# ---------------------------------------------------------------- firms
PRIYA = ('Priya Raman', 'priya.raman@quietline-acoustics.co.uk')
AOIFE = ('Aoife Brannock', 'aoife@brannockhale.ie')
TOMAS = ('Tomás Ferrer', 'tomas@keelwright-surveys.com')
FEMKE = ('Femke de Wit', 'femke@labelright.eu')
BEN = ('Ben Hartigan', 'ben@hartiganclockworks.com')

SIG_PRIYA = "Priya Raman MIOA\nPrincipal Consultant | Quietline Acoustics Ltd\n0117 230 4418"
SIG_AOIFE = "Aoife Brannock\nBrannock & Hale Probate Genealogists\n+353 1 485 2270"
SIG_TOMAS = "Tomás Ferrer\nKeelwright Marine Surveys · Palma\n+34 971 220 418"
SIG_FEMKE = "Femke de Wit\nLabelRight Food Compliance\n+31 30 760 2291"
SIG_BEN = "Ben Hartigan\nHartigan Clockworks, Woodstock VT\n(802) 555-0193"


def T(s):
    """strip the leading/trailing newline of a triple-quoted block"""
    return s.strip('\n')


# ---------------------------------------------------------------- ids, dates
def D(s, off='+0000'):
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    sign = 1 if off[0] == '+' else -1
    tz = datetime.timezone(sign * datetime.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    dt = dt.replace(tzinfo=tz, second=random.Random(s).randint(0, 59))
    return email.utils.format_datetime(dt)


def MID(style, seed, domain='example.com'):
    r = random.Random('mid' + seed)
    hexu = lambda n: ''.join(r.choice('0123456789ABCDEF') for _ in range(n))
    alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    if style == 'gmail':
        return '<CA' + ''.join(r.choice(alnum) for _ in range(2)) + ''.join(r.choice(alnum + '+_-') for _ in range(44)) + '@mail.gmail.com>'
    if style == 'apple':
        return '<%s-%s-%s-%s-%s@%s>' % (hexu(8), hexu(4), hexu(4), hexu(4), hexu(12), domain)
    if style == 'outlook':
        box = r.choice(['AM9PR07MB', 'DB9PR02MB', 'PAXPR03MB', 'LO2P265MB', 'VI1PR08MB'])
        n = str(r.randint(1000, 9999))
        region = 'eurprd07' if box[0] in 'ADPV' else 'GBRP265'
        return '<%s%s%s@%s%s.%s.prod.outlook.com>' % (box, n, hexu(28), box, n, region)
    if style == 'tb':
        return '<%s-%s-%s-%s-%s@%s>' % (hexu(8).lower(), hexu(4).lower(), hexu(4).lower(), hexu(4).lower(), hexu(12).lower(), domain)
    if style == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (r.randint(10**8, 10**9), r.randint(10**6, 10**7), r.randint(10**12, 10**13))
    return '<%d.%s@%s>' % (r.randint(10**9, 10**10), hexu(10).lower(), domain)


def BOUNDARY(style, seed):
    r = random.Random('b' + seed)
    hexl = lambda n: ''.join(r.choice('0123456789abcdef') for _ in range(n))
    if style == 'gmail':
        return '0000000000' + hexl(18)
    if style == 'apple':
        return 'Apple-Mail-%s-%s-%s-%s-%s' % tuple(hexl(k).upper() for k in (8, 4, 4, 4, 12))
    if style == 'outlook':
        return '_000_%s_' % ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(40))
    if style == 'tb':
        return '------------' + ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghij') for _ in range(24))
    return '----=_Part_%d_%d.%d' % (r.randint(10**5, 10**6), r.randint(10**8, 10**9), r.randint(10**12, 10**13))


def ADDR(pair):
    return email.utils.formataddr(pair, charset='utf-8')


def SUBJ(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, 'utf-8').encode()


# ---------------------------------------------------------------- MIME building
def enc_body(text, charset, cte):
    if not text.endswith('\n'):
        text += '\n'
    data = text.encode(CODEC[charset])
    if cte == '7bit':
        data.decode('ascii')
        return data
    if cte == '8bit':
        return data
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    if cte == 'base64':
        return base64.encodebytes(data)
    raise ValueError(cte)


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', extra=(), params=''):
    if charset == 'us-ascii' and cte in ('quoted-printable', 'base64'):
        pass
    hdr = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, charset, params, cte)
    for k, v in extra:
        hdr += '%s: %s\n' % (k, v)
    return hdr.encode() + b'\n' + enc_body(text, charset, cte)


def attach(filename, ctype, data, inline=False):
    disp = 'inline' if inline else 'attachment'
    return ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n' % (ctype, filename, disp, filename)).encode() + base64.encodebytes(data)


def multipart(sub, parts, boundary, params='', preamble=''):
    out = ('Content-Type: multipart/%s; boundary="%s"%s\n\n' % (sub, boundary, params)).encode()
    if preamble:
        out += preamble.encode() + b'\n\n'
    for p in parts:
        out += ('--%s\n' % boundary).encode() + p
        if not p.endswith(b'\n'):
            out += b'\n'
    out += ('--%s--\n' % boundary).encode()
    return out


def PDF(title, seed):
    r = random.Random('pdf' + seed)
    body = bytes(r.randrange(256) for _ in range(1500))
    return (b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Title (' + title.encode('latin-1', 'replace') +
            b') /Producer (Microsoft Word) >>\nendobj\n2 0 obj\n<< /Length 1500 /Filter /FlateDecode >>\nstream\n' +
            body + b'\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')


def JPG(seed):
    r = random.Random('jpg' + seed)
    return b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00' + bytes(r.randrange(256) for _ in range(3000)) + b'\xff\xd9'


# ---------------------------------------------------------------- quoting helpers
def GT(attrib, text):
    """'>' quoting as Gmail / Apple / Thunderbird do in text/plain"""
    lines = [('> ' + l) if l else '>' for l in text.split('\n')]
    return (attrib + '\n' if attrib else '') + '\n'.join(lines)


OL_LABELS = {
    'en': ('From', 'Sent', 'To', 'Subject', ': '),
    'de': ('Von', 'Gesendet', 'An', 'Betreff', ': '),
    'fr': ('De', 'Envoyé', 'À', 'Objet', '\u00a0: '),
    'es': ('De', 'Enviado el', 'Para', 'Asunto', ': '),
    'nl': ('Van', 'Verzonden', 'Aan', 'Onderwerp', ': '),
    'it': ('Da', 'Inviato', 'A', 'Oggetto', ': '),
    'pt': ('De', 'Enviado', 'Para', 'Assunto', ': '),
}


def OL(lang, frm, sent, to, subject, text):
    """Outlook header block above unquoted history"""
    f, s, t, sj, sep = OL_LABELS[lang]
    return '%s%s%s\n%s%s%s\n%s%s%s\n%s%s%s\n\n%s' % (f, sep, frm, s, sep, sent, t, sep, to, sj, sep, subject, text)


def _esc(l):
    return html.escape(l, quote=False)


def to_html(text, style='gmail', charset='utf-8'):
    lines = text.split('\n')
    if style == 'outlook':
        out = []
        i = 0
        import re
        while i < len(lines):
            l = lines[i]
            m = re.match(r'^(From|Von|De|Van|Da)(\s?\u00a0?:\s)(.*)$', l)
            if m and i + 1 < len(lines) and re.match(r'^(Sent|Gesendet|Envoyé|Enviado|Verzonden|Inviato)', lines[i + 1]):
                block = []
                while i < len(lines) and lines[i].strip():
                    k, _, v = lines[i].partition(':')
                    block.append('<b>%s:</b>%s' % (_esc(k), _esc(v)))
                    i += 1
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                           '<p class="MsoNormal">' + '<br>\n'.join(block) + '<o:p></o:p></p></div>')
                continue
            if l.strip():
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _esc(l))
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            i += 1
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>'
                % (charset, '\n'.join(out)))

    def render(ls, apple):
        res = []
        i = 0
        while i < len(ls):
            if ls[i].startswith('>'):
                block = []
                while i < len(ls) and ls[i].startswith('>'):
                    x = ls[i][1:]
                    if x.startswith(' '):
                        x = x[1:]
                    block.append(x)
                    i += 1
                if apple:
                    res.append('<blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % render(block, apple))
                else:
                    res.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                               'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % render(block, apple))
                continue
            l = ls[i]
            if apple:
                res.append((_esc(l) if l.strip() else '') + '<br>')
            else:
                res.append('<div>%s</div>' % _esc(l) if l.strip() else '<div><br></div>')
            i += 1
        return '\n'.join(res)

    if style == 'apple':
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body dir="auto"><div dir="ltr">\n%s\n</div></body></html>' % (charset, render(lines, True)))
    return '<div dir="ltr">\n%s\n</div>' % render(lines, False)


# ---------------------------------------------------------------- registry
QUESTIONS = []
REPLIES = []


def Qm(n, lang, frm, to, subject, date, mid, body=None, **kw):
    e = dict(n=n, lang=lang, frm=frm, to=to, subject=subject, date=date, mid=mid, body=body)
    e.update(kw)
    QUESTIONS.append(e)


def Rm(n, lang, frm, to, subject, date, mid, body=None, **kw):
    e = dict(n=n, lang=lang, frm=frm, to=to, subject=subject, date=date, mid=mid, body=body)
    e.update(kw)
    REPLIES.append(e)


def build(e):
    if 'raw' in e:
        data = e['raw'](e)
    else:
        style = e.get('style', 'gmail')
        cs = e.get('cs', 'utf-8')
        cte = e.get('cte', 'quoted-printable')
        fmt = e.get('fmt', 'plain')
        tparams = e.get('tparams', '')
        if fmt == 'plain':
            root = leaf('text/plain', e['body'], cs, cte, params=tparams)
        elif fmt == 'html':
            root = leaf('text/html', e['html'], cs, cte)
        elif fmt == 'alt':
            h = e.get('html') or to_html(e['body'], e.get('hstyle', style), cs)
            root = multipart('alternative', [leaf('text/plain', e['body'], cs, cte, params=tparams),
                                             leaf('text/html', h, cs, e.get('html_cte', cte))],
                             BOUNDARY(style, e['n'] + 'alt'))
        else:
            raise ValueError(fmt)
        if e.get('att'):
            parts = [root] + [attach(*a) for a in e['att']]
            pre = 'This is a multi-part message in MIME format.' if style in ('outlook', 'tb') else ''
            root = multipart('mixed', parts, BOUNDARY(style, e['n'] + 'mix'), preamble=pre)
        hdrs = [('From', ADDR(e['frm'])), ('To', ', '.join(ADDR(t) for t in e['to']) if isinstance(e['to'], list) else ADDR(e['to'])),
                ('Subject', SUBJ(e['subject'])), ('Date', e['date']), ('Message-ID', e['mid'])]
        if e.get('irt'):
            hdrs.append(('In-Reply-To', e['irt']))
            hdrs.append(('References', ' '.join(e.get('refs') or [e['irt']])))
        hdrs += list(e.get('hdrs', ()))
        data = ''.join('%s: %s\n' % kv for kv in hdrs).encode('ascii') + b'MIME-Version: 1.0\n' + root
    if e.get('crlf'):
        assert b'\r' not in data
        data = data.replace(b'\n', b'\r\n')
    return data


# ====================================================================== QUESTIONS
# q001 - builder, phone, two terse requests, no question marks at all
Qm('q001', 'en', ('Dan Whitlock', 'dan@whitlockbuild.co.uk'), PRIYA, 'Gloucester Rd - condition 7',
   D('2025-03-03 07:12'), MID('apple', 'q001', 'icloud.com'), T("""
hi priya

planning officer says we need a noise survey done before they'll discharge condition 7 on the gloucester rd site. when can you get someone out there

also invoice 2291 needs redoing with the new VAT number, ours changed after the merger - GB 412 7781 09

cheers
Dan

Sent from my iPhone
"""), cs='us-ascii', cte='7bit', hdrs=[('X-Mailer', 'iPhone Mail (22D82)')],
   questions=['when can you get someone out', 'invoice 2291 needs redoing'],
   quoted=['when can you get someone out'])

# q002 - chatty founder, small talk + rhetorical, two double-requests, attachment
Qm('q002', 'en', ('Harriet Osei', 'harriet@oseipepper.co.uk'), FEMKE, 'Belgium!! labels for the Scotch Bonnet & Mango',
   D('2025-02-24 10:41'), MID('gmail', 'q002'), T("""
Hi Femke,

Hope you had a lovely break - did you get any sun at all? It's been grey here for a fortnight.

So, big news: we've been picked up by a distributor in Belgium (!!) and they need our labels in Dutch and French by the end of March. I've attached the current UK label for the Scotch Bonnet & Mango sauce. Could you check whether the allergen declaration meets EU rules, and tell me what has to change for Belgium? Also, could you translate the label into both languages and redo the nutrition table per 100ml instead of per serving?

Honestly, who knew a bottle of hot sauce needed this much paperwork?

Thanks so much,
Harriet

--
Harriet Osei | Founder, Osei Pepper Co.
07700 900461 | oseipepper.co.uk
"Heat with heart"
"""), fmt='alt', att=[('ScotchBonnetMango_UK_label_v7.pdf', 'application/pdf', PDF('SBM label v7', 'q002'))],
   questions=['check whether the allergen declaration meets EU rules', 'what has to change for Belgium',
              'translate the label into both languages', 'redo the nutrition table per 100ml'],
   quoted=['check whether the allergen declaration meets EU rules', 'what has to change for Belgium',
           'translate the label into both languages', 'redo the nutrition table per 100ml'])

# q003 - elderly widow, one long paragraph, the single request buried in the story
Qm('q003', 'en', ('Gloria Pennington', 'gpennington1947@yahoo.com'), BEN, 'Walter\'s clock',
   D('2025-03-05 15:26', '-0500'), MID('yahoo', 'q003'), T("""
Dear Ben,

My neighbor Carol gave me your name, she says you fixed her cuckoo clock and it has never run better. I hope you don't mind me writing out of the blue. I have a tall case clock, a grandfather clock I suppose you'd call it, that came down from my late husband Walter's grandmother in Ohio. It has a painted moon dial and the name Seth Thomas inside the door, although Walter always said the works were older than the case. We moved from Rutland to a smaller house in Ludlow in the fall and the movers tipped it going through the front door, and since then it ticks for an hour or so and then stops, and the chime sounds like a tin can. Isn't it funny how things stop working the minute you need them? My son says I should just sell it and buy one of those battery ones, can you imagine? Anyway my granddaughter is getting married here in the garden in June and Walter always wanted that clock to chime for a wedding, so what I really need is someone to come and look at it before then, I don't drive on the highway anymore so I can't bring it to you. I am home most days except Tuesdays when I do the church flowers.

Let me know if you need anything from me.

Warm regards,
Gloria Pennington
(802) 555-0127

Sent from Yahoo Mail on Android
"""), hdrs=[('X-Mailer', 'WebService/1.1.23187 YMailNorrin')],
   questions=['someone to come and look at it'], quoted=['someone to come and look at it'])

# q004 - German lawyer, relayed court question + request, Outlook, Latin-1, disclaimer
Qm('q004', 'de', ('Dr. Klaus Reinhardt', 'k.reinhardt@reinhardt-voss.de'), AOIFE, 'Nachlass Margarete Feld - Az. 64 VI 1187/24',
   D('2025-03-06 09:03', '+0100'), MID('outlook', 'q004'), T("""
Sehr geehrte Frau Brannock,

in der Nachlasssache Margarete Feld (Az. 64 VI 1187/24) hat sich das Nachlassgericht Hamburg-Altona erneut bei mir gemeldet. Das Gericht möchte wissen: Liegen für alle drei irischen Miterben beglaubigte Geburtsurkunden mit Apostille vor?

Darüber hinaus bitte ich Sie, den Stammbaum um die Linie der Schwester Agnes Feld (verh. Doyle) zu ergänzen und mir die aktualisierte Fassung als PDF zu übersenden.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Dr. Klaus Reinhardt
Rechtsanwalt

Reinhardt & Voss Rechtsanwälte PartG mbB
Ballindamm 17 | 20095 Hamburg
Tel. +49 40 3250 8810 | Fax +49 40 3250 8819
www.reinhardt-voss.de

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
"""), cs='iso-8859-1', cte='quoted-printable', crlf=True, style='outlook',
   hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'de-DE')],
   questions=['Liegen für alle drei irischen Miterben', 'Stammbaum um die Linie der Schwester Agnes'],
   quoted=['Stammbaum um die Linie der Schwester Agnes'])

# q005 - French couple buying first boat, iPhone, relayed broker question, rhetorical
Qm('q005', 'fr', ('Sophie Marchand', 'sophie.marchand@orange.fr'), TOMAS, 'Expertise Oceanis 40 - Port Adriano',
   D('2025-03-07 21:48', '+0100'), MID('apple', 'q005', 'orange.fr'), T("""
Bonjour Tomás,

Nous avons trouvé un Oceanis 40 de 2008 à Port Adriano et le vendeur est pressé (évidemment...). Pourriez-vous faire l'expertise avant achat la semaine prochaine ? Et est-ce que la sortie d'eau est comprise dans votre tarif, ou faut-il la réserver nous-mêmes auprès du chantier ?

Le courtier nous a aussi posé une question : l'expertise sera-t-elle acceptée par l'assureur français (Pantaenius) ?

Quelle aventure, non ? On n'a jamais acheté de bateau de notre vie !

Merci d'avance,
Sophie

Envoyé de mon iPhone

Début du message réexpédié :

> De: Marc Olivier - Azur Yachting <marc@azur-yachting.com>
> Date: 7 mars 2025 à 18:30:12 UTC+1
> À: Sophie Marchand <sophie.marchand@orange.fr>
> Objet: Oceanis 40 - suite
>
> Bonjour Sophie,
> Le vendeur accepte votre offre sous réserve d'expertise. Pouvez-vous vérifier que votre expert est reconnu par votre compagnie d'assurance ? Il faudrait aussi me donner une date pour l'essai en mer.
> Bien cordialement,
> Marc Olivier
"""), fmt='alt', style='apple', hstyle='apple', hdrs=[('X-Mailer', 'iPhone Mail (22D72)')],
   questions=["faire l'expertise avant achat la semaine prochaine", "la sortie d'eau est comprise dans votre tarif",
              "l'expertise sera-t-elle acceptée par l'assureur français"],
   quoted=["faire l'expertise avant achat la semaine prochaine"])

# q006 - school facilities manager, HTML-only Outlook, numbered <ol> questions + informative <ul>
Qm('q006', 'en', ('Marcus Fell', 'm.fell@staldhelms.org.uk'), PRIYA, 'New music block - acoustic testing',
   D('2025-03-04 08:17'), MID('outlook', 'q006'), fmt='html', cs='windows-1252', cte='quoted-printable', crlf=True,
   style='outlook', html=T("""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Dear Ms Raman,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Following the governors’ meeting last night, I have been asked to put the following points to you regarding the new music block at St Aldhelm’s:</p>
<ol style="margin-top:0cm" start="1" type="1">
<li class="MsoNormal">Can you confirm whether the practice rooms need to meet BB93 or only the local authority specification?</li>
<li class="MsoNormal">Please provide a fee proposal for pre-completion sound insulation testing of the six practice rooms.</li>
<li class="MsoNormal">Would you be able to attend the site progress meeting on 14 May at 10:00?</li>
</ol>
<p class="MsoNormal">For information, the current programme is:</p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">Roof watertight – end of April</li>
<li class="MsoNormal">Internal partitions complete – 9 May</li>
<li class="MsoNormal">Handover to the school – 20 June</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal"><b>Marcus Fell</b><br>Facilities Manager<br>St Aldhelm’s C of E Academy<br>Tel: 01225 448 301</p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Views expressed are those of the author and not necessarily those of the Trust.</span></p>
</div>
</body>
</html>
"""), hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'en-GB')],
   questions=['whether the practice rooms need to meet BB93', 'fee proposal for pre-completion sound insulation testing',
              'attend the site progress meeting on 14 May'],
   quoted=['attend the site progress meeting on 14 May'])

# q007 - Spanish restaurateur, top-posts over Outlook thread; quoted history holds the surveyor's questions
Qm('q007', 'es', ('Javier Molina', 'javier@esmoliportixol.es'), TOMAS, 'RE: Inspección llaüt para el seguro',
   D('2025-03-04 10:22', '+0100'), MID('outlook', 'q007'), T("""
Hola Tomás,

Perfecto, el martes me va bien. Te confirmo que el llaüt estará en el varadero de Portixol desde el lunes por la tarde.

Una cosa más: necesito que el informe salga también en inglés, porque la aseguradora es británica (Navigators & General).

Y dime cuánto tardaríais en entregar el informe, que la póliza vence el día 30.

Un saludo,
Javier Molina
Restaurante Es Molí · Portixol
Tel. 971 24 88 10

-----Mensaje original-----
De: Tomás Ferrer <tomas@keelwright-surveys.com>
Enviado el: lunes, 3 de marzo de 2025 17:12
Para: Javier Molina <javier@esmoliportixol.es>
Asunto: RE: Inspección llaüt para el seguro

Hola Javier,

¿Te va bien el martes 11 a las 9:00? ¿El barco estará ya fuera del agua? Necesito ver el casco y la madera de la quilla en seco.

Saludos,
Tomás Ferrer
Keelwright Marine Surveys · Palma
+34 971 220 418
"""), cs='windows-1252', cte='8bit', crlf=True, style='outlook', irt=MID('apple', 'q007-prev', 'keelwright-surveys.com'),
   hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'es-ES')],
   questions=['necesito que el informe salga también en inglés', 'dime cuánto tardaríais en entregar el informe'],
   quoted=['necesito que el informe salga también en inglés'])

# q008 - payment confirmation, asks nothing
Qm('q008', 'en', ('Raymond Oduya', 'ray.oduya@comcast.net'), BEN, 'Mantel clock - paid',
   D('2025-03-10 11:05', '-0400'), MID('generic', 'q008', 'comcast.net'), T("""
Ben,

Payment's gone through for the mantel clock - $640 by bank transfer this morning, reference ODUYA-MANTEL. Clock is back on the mantel and keeping perfect time, chimes and all. My wife says it hasn't sounded this good since her father's day.

Thanks again, great job.

Ray
"""), cs='us-ascii', cte='7bit', questions=[], quoted=[])

# q009 - Dutch baker, small talk, one request, one bare "graag ..." request, attachments
Qm('q009', 'nl', ('Sanne Vermeulen', 'sanne@bakkerijvermeulen.nl'), FEMKE, 'Duitse etiketten glutenvrij',
   D('2025-03-11 06:55', '+0100'), MID('apple', 'q009', 'bakkerijvermeulen.nl'), T("""
Hoi Femke,

Hoe was de vakantie? Lekker weer gehad?

We gaan onze glutenvrije broden vanaf mei ook in Duitsland verkopen, via een groothandel in Keulen. Zou je de Duitse etiketten willen controleren voordat ze naar de drukker gaan? Ze zitten in de bijlage (meergranen en het rozijnenbrood).

Verder graag de factuur van februari op naam van Bakkerij Vermeulen B.V. in plaats van mijn eenmanszaak, dat scheelt onze boekhouder een hoop gedoe.

Groetjes,
Sanne

Verstuurd vanaf mijn iPhone

Begin doorgestuurd bericht:

> Van: Einkauf Rheinback Großhandel <einkauf@rheinback-koeln.de>
> Datum: 10 maart 2025 om 16:05:33 CET
> Aan: Sanne Vermeulen <sanne@bakkerijvermeulen.nl>
> Onderwerp: Etiketten glutenfreie Brote
>
> Liebe Frau Vermeulen,
> bitte senden Sie uns die finalen Etiketten bis zum 15. April. Sind die Brote auch laktosefrei?
> Mit freundlichen Grüßen
> Jana Becker, Einkauf
"""), fmt='alt', style='apple', hstyle='apple',
   att=[('Etikett_Mehrkornbrot_DE.pdf', 'application/pdf', PDF('Mehrkornbrot', 'q009a')),
        ('Etikett_Rosinenbrot_DE.pdf', 'application/pdf', PDF('Rosinenbrot', 'q009b'))],
   hdrs=[('X-Mailer', 'iPhone Mail (22D82)')],
   questions=['de Duitse etiketten willen controleren', 'de factuur van februari op naam van'],
   quoted=['de Duitse etiketten willen controleren'])

# q010 - Italian classic-boat owner, numbered list; item 2 is a request phrased as a statement; base64
Qm('q010', 'it', ('Lorenzo Bassi', 'lorenzo.bassi@libero.it'), TOMAS, 'Perizia Riva Aquarama 1968',
   D('2025-03-12 12:30', '+0100'), MID('generic', 'q010', 'libero.it'), T("""
Buongiorno Tomás,

sono Lorenzo Bassi, il suo contatto me l'ha dato il cantiere Mostes di Genova. Ho un Riva Aquarama del 1968 da assicurare con una nuova compagnia e mi serve una perizia. Le inoltro qui sotto la mail della compagnia. Le mie domande:

1) Fate perizie anche in Liguria o solo nelle Baleari?
2) Nella perizia vorrei anche una stima del valore di mercato, la compagnia la richiede per le barche d'epoca.
3) Quanto tempo serve per avere la relazione scritta?

Grazie e buona giornata,
Lorenzo Bassi

Inviato da iPhone

Inizio messaggio inoltrato:

> Da: Ufficio Assunzioni Nautica <nautica@assicurazionimare.it>
> Data: 10 marzo 2025 15:22:10 CET
> A: Lorenzo Bassi <lorenzo.bassi@libero.it>
> Oggetto: Polizza imbarcazione d'epoca - documenti
>
> Gentile Sig. Bassi,
> per emettere la polizza è necessaria una relazione peritale con la valutazione commerciale dell'imbarcazione, redatta da un perito abilitato. Può inviarcela entro il 15 aprile?
> Cordiali saluti,
> Ufficio Assunzioni Nautica
"""), cte='base64',
   questions=['Fate perizie anche in Liguria', 'vorrei anche una stima del valore di mercato',
              'Quanto tempo serve per avere la relazione'],
   quoted=['vorrei anche una stima del valore di mercato'])

# q011 - paralegal: "can you deal with the below?" over a forwarded mail full of someone else's questions
Qm('q011', 'en', ('Fiona Gallagher', 'fgallagher@oconnellroche.ie'), AOIFE, 'Fwd: Uncle Michael',
   D('2025-02-05 08:14'), MID('generic', 'q011', 'oconnellroche.ie'), T("""
Aoife - can you deal with the below? It's the Hennessy estate again (your ref BH/0417). The client's cousin in Boston is now convinced there's another half-brother. Thanks, Fi

Sent from my Galaxy

---------- Forwarded message ---------
From: Patrick Hennessy <paddy.hennessy58@gmail.com>
Date: Tue, 4 Feb 2025 at 22:41
Subject: Uncle Michael
To: Fiona Gallagher <fgallagher@oconnellroche.ie>


Hi Fiona,

Sorry to write so late. I was going through Mam's letters at the weekend and she always said Uncle Michael had a son in Liverpool before he married, born maybe 1952 or '53, the mother was a nurse called Bridget something. Does that change who inherits? Should I send you the letters we found? There are about thirty of them and some mention 'the boy'.

All the best,
Paddy
"""), hdrs=[('X-Mailer', 'Samsung Email')],
   questions=['can you deal with the below'], quoted=['can you deal with the below'])

# q012 - Portuguese catamaran buyer, request + indirect question ("gostava de saber se")
Qm('q012', 'pt', ('Rui Carvalho', 'rui.carvalho@sapo.pt'), TOMAS, 'Certificado de arqueação - Lagoon 42',
   D('2025-03-12 09:10'), MID('apple', 'q012', 'sapo.pt'), T("""
Bom dia Sr. Ferrer,

Comprei um catamarã Lagoon 42 aqui em Palma e quero registá-lo em Portugal. A DGRM pede um certificado de arqueação. Podem fazer a medição antes de o barco sair de Palma, no dia 20?

Também gostava de saber se o vosso relatório é aceite pela DGRM ou se tenho de pedir a um perito português.

Obrigado e bom trabalho,
Rui Carvalho

Enviado do meu iPhone
"""), fmt='alt', style='apple', hstyle='apple', hdrs=[('X-Mailer', 'iPhone Mail (22D82)')],
   questions=['Podem fazer a medição antes de o barco', 'se o vosso relatório é aceite pela DGRM'],
   quoted=['Podem fazer a medição antes de o barco'])

# q013 - homeowner answers inline between the consultant's quoted questions and adds new ones inline
Qm('q013', 'en', ('Helen Marsh', 'helen.marsh72@gmail.com'), PRIYA, 'Re: Heat pump noise - night measurement',
   D('2025-03-10 19:44'), MID('gmail', 'q013'), T("""
Hi Priya, answers below in your email.

On Mon, 10 Mar 2025 at 09:14, Priya Raman <priya.raman@quietline-acoustics.co.uk> wrote:
> Thanks Helen. A few things before we can book the night-time measurement:
>
> 1. Is the heat pump running overnight every night, or only in cold spells?

Every night since October. It cycles on and off roughly every 20 minutes.

> 2. Can we set the sound level meter up in your back bedroom?

Yes, that's fine, it's the spare room anyway. Would you need to come back to collect it or can we post it back to you?

> 3. Have you spoken to the council's environmental health team yet?

Yes, twice. They said they'd only act with a proper report. Do you think your report would be enough for them to serve an abatement notice?

> Best,
> Priya

Helen
"""), cs='us-ascii', cte='7bit', irt=MID('outlook', 'q013-prev'),
   questions=['need to come back to collect it', 'Do you think your report would be enough'], quoted=[])

# q014 - German beekeeper, note on top of an Outlook-forwarded Dutch mail (HTML only, base64)
Qm('q014', 'de', ('Thomas Huber', 'info@imkerei-huber.de'), FEMKE, 'WG: Etiket bloemenhoning 500 g',
   D('2025-03-18 14:37', '+0100'), MID('outlook', 'q014'), fmt='html', cte='base64', crlf=True, style='outlook', html=T("""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body lang="DE">
<div class="WordSection1">
<p class="MsoNormal">Hallo Frau de Wit,</p>
<p class="MsoNormal">unten die Nachricht von unserem Händler in Utrecht. Ehrlich gesagt verstehe ich nur die Hälfte, mein Niederländisch reicht gerade für „dank u wel“.</p>
<p class="MsoNormal">Können Sie mir sagen, ob unser Etikett so in den Niederlanden verkauft werden darf oder was wir ändern müssen?</p>
<p class="MsoNormal">Und schicken Sie mir bitte die Rechnung für die letzte Prüfung noch einmal, die ist bei uns irgendwie untergegangen.</p>
<p class="MsoNormal">Viele Grüße aus dem Allgäu<br>Thomas Huber</p>
<p class="MsoNormal">Imkerei Huber GbR<br>Bergstraße 4 · 87541 Bad Hindelang<br>Tel. 08324 95 31 20<br><i>„Honig wie früher“</i></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Inkoop Natuurwinkel Utrecht &lt;inkoop@natuurwinkel-utrecht.nl&gt;<br>
<b>Gesendet:</b> Dienstag, 18. März 2025 11:02<br>
<b>An:</b> info@imkerei-huber.de<br>
<b>Betreff:</b> Etiket bloemenhoning 500 g</p>
</div>
<p class="MsoNormal">Beste heer Huber,</p>
<p class="MsoNormal">Wij hebben uw etiket bekeken. Volgens onze afdeling kwaliteit moet het land van oorsprong duidelijker vermeld worden en ontbreekt de Nederlandse benaming van het product. Kunt u ons vóór 1 april een aangepast etiket sturen?</p>
<p class="MsoNormal">Met vriendelijke groet,<br>Marloes Jansen<br>Inkoop</p>
</div>
</body>
</html>
"""), hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'de-DE')],
   questions=['Etikett so in den Niederlanden verkauft werden darf', 'schicken Sie mir bitte die Rechnung'],
   quoted=['Etikett so in den Niederlanden verkauft werden darf'])

# q015 - yacht owner, terse, two requests in one sentence
Qm('q015', 'en', ('Nick Farrow', 'nick.farrow@outlook.com'), TOMAS, 'Rigging - insurer',
   D('2025-03-13 17:02'), MID('outlook', 'q015'), T("""
Tomas,

Insurer (Navigators) has come back and wants the rigging looked at separately - apparently the 2023 survey said 'rigging not inspected aloft' and that's now a problem. Can you get a rigger up the mast and add a rigging section to your report? Boat's in Club de Mar, berth 214, until the 2nd, keys with the marina office.

Nick

Nick Farrow
+44 7831 220 917

Sent from Outlook for Android
"""), cs='us-ascii', cte='7bit',
   questions=['get a rigger up the mast', 'add a rigging section to your report'],
   quoted=['get a rigger up the mast', 'add a rigging section to your report'])

# q016 - Spanish possible heir, suspicious; base64 multipart
Qm('q016', 'es', ('Carmen Whelan Ortiz', 'carmenwhelan@hotmail.es'), AOIFE, 'Su carta sobre Thomas Whelan',
   D('2025-03-08 18:20', '+0100'), MID('generic', 'q016', 'hotmail.es'), T("""
Buenas tardes:

He recibido su carta sobre la herencia de un tal Thomas Whelan de Galway. Mi abuela se llamaba Brígida Whelan y nació en Irlanda, pero nunca nos habló de su familia.

Perdone que se lo pregunte así, pero hoy en día una ya no se fía de nada: ¿esto no será una estafa?

¿Qué documentos tengo que enviarles para demostrar el parentesco? ¿Y tengo que pagar algo por adelantado?

Atentamente,
Carmen Whelan Ortiz
Zaragoza

Enviado desde mi Samsung Galaxy
"""), fmt='alt', cte='base64', style='other', hdrs=[('X-Mailer', 'Samsung Email')],
   questions=['esto no será una estafa', 'Qué documentos tengo que enviarles', 'tengo que pagar algo por adelantado'],
   quoted=[])

# q017 - cider maker: thanks; answers (and thereby disposes of) the question in the quoted mail
Qm('q017', 'en', ('Owen Pryce', 'owen@pryces-cider.co.uk'), FEMKE, 'Re: Corrected label files',
   D('2025-03-14 09:18'), MID('gmail', 'q017'), T("""
Hi Femke,

Labels approved by the printer this morning, thanks for turning that round so fast. No need to check the proof, their prepress team already did it. Final PDF attached for your records.

Cheers,
Owen

Owen Pryce
Pryce's Cider, Herefordshire
Pressed by hand since 1987

On Thu, 13 Mar 2025 at 16:48, Femke de Wit <femke@labelright.eu> wrote:
> Hi Owen,
>
> Here are the corrected files - the sulphite warning is now in bold and the ABV sits in the same field of vision as the product name.
>
> Do you want me to check the final print proof too?
>
> Best,
> Femke
"""), fmt='alt', att=[('Pryces_Dry_final_print.pdf', 'application/pdf', PDF('final print', 'q017'))],
   irt=MID('outlook', 'q017-prev'), questions=[], quoted=[])

# q018 - French cheesemaker, Thunderbird, informative list + question + request for a quote, Latin-1
Qm('q018', 'fr', ('Élodie Perrin', 'elodie@fromagerie-perrin.fr'), FEMKE, 'Re: Étiquette Comté - marché néerlandais',
   D('2025-03-12 17:31', '+0100'), MID('tb', 'q018', 'fromagerie-perrin.fr'), T("""
Bonjour Femke,

Merci pour votre retour rapide. Voici les informations demandées :
- lait cru de vache, AOP Comté
- affinage 18 mois minimum
- pas d'additifs, présure animale
- croûte non consommable

Pouvez-vous nous dire si la mention « au lait cru » doit aussi figurer en néerlandais sur l'étiquette ?

Et merci de m'envoyer le devis pour la traduction complète de l'étiquette, je dois le faire valider par mon associé.

Cordialement,
Élodie Perrin
Fromagerie Perrin - Poligny (Jura)
03 84 37 12 60

Le 12/03/2025 à 14:05, Femke de Wit a écrit :
> Bonjour Élodie,
>
> Merci pour l'étiquette. Avant de commencer, pouvez-vous me confirmer le type de lait, la durée d'affinage et le type de présure utilisée ?
>
> Bien à vous,
> Femke de Wit
> LabelRight Food Compliance
"""), cs='iso-8859-1', style='tb', tparams='; format=flowed', irt=MID('outlook', 'q018-prev'),
   hdrs=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'fr')],
   questions=['doit aussi figurer en néerlandais', "m'envoyer le devis pour la traduction complète"], quoted=[])

# q019 - interior designer relays insurer's question, asks one, then rhetorical
Qm('q019', 'en', ('Caroline Asher', 'caroline@asherinteriors.com'), BEN, 'Appraisal for Chubb',
   D('2025-03-11 13:47', '-0400'), MID('gmail', 'q019'), T("""
Hi Ben,

My insurer (Chubb) finally got back to me about the collection. They want to know: will your appraisal include replacement values, or only fair market values? They also need it signed on your letterhead, which I assume is standard.

Could you do the appraisal of all eleven clocks in one visit, or is that too many for one day?

And honestly, how does anyone keep track of all this? I'm drowning in paperwork.

Best,
Caroline

Caroline Asher
Asher Interiors | Stowe, VT
"""), fmt='alt',
   questions=['will your appraisal include replacement values', 'do the appraisal of all eleven clocks'],
   quoted=['do the appraisal of all eleven clocks'])

# q020 - Dutch notary, formal request + question, Outlook, windows-1252, disclaimer
Qm('q020', 'nl', ('mr. W.A. Bakker', 'w.bakker@notarisbakker.nl'), AOIFE, "Nalatenschap J.P. O'Reilly - erfgenamenonderzoek",
   D('2025-03-03 11:09', '+0100'), MID('outlook', 'q020'), T("""
Geachte mevrouw Brannock,

Ons kantoor behandelt de nalatenschap van de heer J.P. O’Reilly, overleden te Haarlem op 2 januari jl. Erflater was ongehuwd en kinderloos; zijn ouders waren beiden afkomstig uit County Mayo en zijn naar wij begrijpen in de jaren vijftig naar Nederland verhuisd.

Wij verzoeken u een onderzoek in te stellen naar de erfgenamen in de tweede en derde parentele.

Kunt u ons tevens laten weten binnen welke termijn u een eerste rapportage kunt leveren?

Met vriendelijke groet,

mr. W.A. (Willemijn) Bakker
kandidaat-notaris

Notariskantoor Bakker & Zonen
Kleine Houtstraat 60 | 2011 DR Haarlem
T 023 531 44 80

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren. Op al onze diensten zijn onze algemene voorwaarden van toepassing.
"""), fmt='alt', cs='windows-1252', crlf=True, style='outlook', hstyle='outlook',
   hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'nl-NL')],
   questions=['een onderzoek in te stellen naar de erfgenamen', 'binnen welke termijn u een eerste rapportage'],
   quoted=['een onderzoek in te stellen naar de erfgenamen'])

# q021 - site manager: access instructions, informative list, asks nothing
Qm('q021', 'en', ('Ahmed Siddiqui', 'ahmed@siddiquiconstruction.co.uk'), PRIYA, 'Wapping Wharf - tomorrow',
   D('2025-03-17 16:52'), MID('gmail', 'q021'), T("""
Hi Priya,

For tomorrow's testing at Wapping Wharf:
- gate code 4471#
- park by the blue welfare cabin, not on the access road
- ask for Steve Hollis (site manager) on 07911 204 556
- hi-vis, boots and hard hat required, we have spare hats at the gate

Flats 3, 4, 7 and 8 are unlocked and the doors are all hung. See you at 8.

Ahmed
Siddiqui Construction Ltd
"""), cs='us-ascii', cte='7bit', questions=[], quoted=[])

# q022 - Italian pasta maker top-posting over a long thread (nested quotes hold old questions)
Qm('q022', 'it', ('Giulia Conti', 'giulia@pastificioconti.it'), FEMKE, 'Re: Etichette paccheri e linguine - Olanda',
   D('2025-03-12 08:05', '+0100'), MID('gmail', 'q022'), T("""
Ciao Femke,

tutto bene? Qui a Gragnano è già primavera, finalmente!

Riprendo il filo qui sotto. Il distributore olandese adesso chiede anche la dichiarazione nutrizionale in tedesco per il Belgio... ma in Belgio non parlavano francese e olandese? Boh, mi fido di te.

Mi prepari tu la versione in tedesco della tabella nutrizionale? E mi serve sapere entro venerdì se la dicitura "pasta di semola di grano duro" va tradotta o può restare in italiano.

Grazie mille,
Giulia

--
Giulia Conti
Pastificio Conti dal 1921 - Gragnano (NA)
+39 081 801 2245

Il giorno mar 11 mar 2025 alle ore 16:20 Femke de Wit <femke@labelright.eu> ha scritto:
> Ciao Giulia,
>
> perfetto, ho ricevuto i file. Ti mando la versione olandese entro giovedì.
>
> Femke
>
> Il giorno lun 10 mar 2025 alle ore 11:03 Giulia Conti <giulia@pastificioconti.it> ha scritto:
>> Ciao Femke,
>>
>> ti allego le etichette dei paccheri e delle linguine. Puoi preparare la versione in olandese per il distributore di Rotterdam? Quanto tempo ti serve?
>>
>> Giulia
"""), fmt='alt', irt=MID('outlook', 'q022-prev'),
   questions=['Mi prepari tu la versione in tedesco', 'va tradotta o può restare in italiano'],
   quoted=['Mi prepari tu la versione in tedesco'])

# q023 - yacht buyer confirms appointment, HTML only (Yahoo), asks nothing
Qm('q023', 'en', ('Anya Petrov', 'anya.petrov@yahoo.co.uk'), TOMAS, 'Re: Pre-purchase survey Thursday',
   D('2025-03-17 20:03', '+0000'), MID('yahoo', 'q023'), fmt='html', html=T("""
<html><head></head><body><div class="ydp3c9a1e0yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr">Thanks Tomás, Thursday 9am at Marina Port de Mallorca works for us. The broker (Lewis at Fraser) will meet you at the boat with the keys.</div><div dir="ltr"><br></div><div dir="ltr">Anya</div></div><div id="ydp8f2yahoo_quoted_4410" class="ydp8f2yahoo_quoted"><div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>On Monday, 17 March 2025 at 18:22:05 CET, Tomás Ferrer &lt;tomas@keelwright-surveys.com&gt; wrote:</div><div><br></div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><div dir="ltr">Hi Anya, I can do the pre-purchase survey of the Sunseeker on Thursday at 9:00. Could you confirm that works, and who will have the keys?</div><div dir="ltr">Tomás</div></blockquote></div></div></body></html>
"""), irt=MID('apple', 'q023-prev', 'keelwright-surveys.com'), questions=[], quoted=[])

# q024 - Irish heir, chatty-formal, relayed sister's question, Latin-1 Thunderbird
Qm('q024', 'en', ('Séamus Ó Briain', 'seamus.obriain@eircom.net'), AOIFE, 'Your letter of 3 March',
   D('2025-03-09 20:15'), MID('tb', 'q024', 'eircom.net'), T("""
Dear Ms Brannock,

Thank you for your letter of 3 March. I confess I was sceptical at first - my wife says anything that sounds too good to be true usually is, and she's rarely wrong!

I have spoken to my sister Máire, who was also named in your letter. She asks whether the 25% commission in your agreement is calculated before or after inheritance tax.

Please send me a copy of the family tree and the death certificate of the late Mr Kavanagh, as our solicitor in Ennis would like to see them before we sign anything.

Yours sincerely,
Séamus Ó Briain
Kilrush, Co. Clare
"""), cs='iso-8859-1', style='tb', hdrs=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-GB')],
   questions=['commission in your agreement is calculated before', 'send me a copy of the family tree'], quoted=[])

# q025 - Spanish motorboat buyer, questions as an HTML bullet list, base64
Qm('q025', 'es', ('Marta Ruiz', 'marta.ruiz.v@gmail.com'), TOMAS, 'Peritación Sea Ray 240 en Dénia',
   D('2025-03-14 22:11', '+0100'), MID('gmail', 'q025'), T("""
Hola, buenas:

Os escribo porque estamos pensando en comprar una Sea Ray 240 de segunda mano que está en Dénia. Tengo varias dudas:

- ¿Cuánto cuesta una peritación previa a la compra para una lancha de 7 metros?
- ¿Incluye la prueba del motor en el agua?
- ¿Podéis desplazaros a Dénia o sólo trabajáis en Baleares?

Gracias de antemano y un saludo,
Marta Ruiz
Valencia
"""), fmt='alt', cte='base64', html=T("""
<div dir="ltr"><div>Hola, buenas:</div><div><br></div><div>Os escribo porque estamos pensando en comprar una Sea Ray 240 de segunda mano que está en Dénia. Tengo varias dudas:</div><ul><li>¿Cuánto cuesta una peritación previa a la compra para una lancha de 7 metros?</li><li>¿Incluye la prueba del motor en el agua?</li><li>¿Podéis desplazaros a Dénia o sólo trabajáis en Baleares?</li></ul><div>Gracias de antemano y un saludo,</div><div>Marta Ruiz</div><div>Valencia</div></div>
"""), questions=['Cuánto cuesta una peritación previa a la compra', 'Incluye la prueba del motor en el agua',
                 'Podéis desplazaros a Dénia'], quoted=[])

# q026 - church warden, lower case, no question marks, need + "ring me"
Qm('q026', 'en', ('Dwayne Kessler', 'dkessler.vt@gmail.com'), BEN, 'st lukes clock',
   D('2025-03-16 08:40', '-0400'), MID('apple', 'q026', 'gmail.com'), T("""
ben

tower clock at st lukes stopped again, 3:40 on all four faces. need it going for easter sunday, the bishop is coming. ring me when you're free (802) 555-0148

dwayne
sent from my iphone
"""), cs='us-ascii', cte='7bit', hdrs=[('X-Mailer', 'iPhone Mail (21H221)')],
   questions=['need it going for easter sunday', "ring me when you're free"],
   quoted=['need it going for easter sunday'])

# q027 - German yacht owner, small talk + rhetorical, one request, Apple Mail
Qm('q027', 'de', ('Jens Albrecht', 'jens.albrecht@posteo.de'), TOMAS, 'Wertgutachten HR 42',
   D('2025-03-09 19:12', '+0100'), MID('apple', 'q027', 'posteo.de'), T("""
Hallo Herr Ferrer,

wie läuft die Saison bei Ihnen? Bei uns in Kiel ist es noch bitterkalt.

Meine Versicherung (Pantaenius) will schon wieder ein Wertgutachten für die HR 42, das letzte ist von 2020. Können Sie das im April machen, wenn ich vor Ort bin? Das Boot liegt in Cala d'Or an Steg C.

Wer denkt sich eigentlich diese Fristen aus?

Beste Grüße
Jens Albrecht

Von meinem iPhone gesendet
"""), fmt='alt', style='apple', hstyle='apple', hdrs=[('X-Mailer', 'iPhone Mail (22D82)')],
   questions=['Können Sie das im April machen'], quoted=['Können Sie das im April machen'])

# q028 - QA manager: informative bullet list, one request phrased as "We would like ...", cp1252 8bit, attachments
Qm('q028', 'en', ('Rebecca Thorne', 'r.thorne@crunchfieldsnacks.co.uk'), FEMKE, 'Label review - three new SKUs for IE/NL',
   D('2025-03-05 10:02'), MID('outlook', 'q028'), T("""
Dear Femke,

Please find attached the specification sheets for our three new SKUs. For context:

• Sea Salt & Cider Vinegar 150g – contains barley malt vinegar
• Smoked Paprika 150g – may contain milk (shared line at Leominster)
• Sweet Chilli 6 x 25g multipack – vegan, no precautionary statement

We plan to launch in Ireland and the Netherlands in Q3. We would like LabelRight to review all three labels for compliance with Regulation (EU) No 1169/2011, including the precautionary allergen statements.

I look forward to hearing from you.

Kind regards,

Rebecca Thorne
QA Manager | Crunchfield Snacks Ltd
Unit 4, Rotherwas Industrial Estate, Hereford HR2 6JT
T: 01432 270 915

This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender. Crunchfield Snacks Ltd is registered in England and Wales, company no. 08812345.
"""), cs='windows-1252', cte='8bit', crlf=True, style='outlook',
   att=[('SPEC_SeaSaltCider_150g.pdf', 'application/pdf', PDF('spec 1', 'q028a')),
        ('SPEC_SmokedPaprika_150g.pdf', 'application/pdf', PDF('spec 2', 'q028b')),
        ('SPEC_SweetChilli_MP.pdf', 'application/pdf', PDF('spec 3', 'q028c'))],
   hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'en-GB')],
   questions=['LabelRight to review all three labels'], quoted=['LabelRight to review all three labels'])

# q029 - French owner confirms receipt + payment from iPad; quoted mail asked for that confirmation
Qm('q029', 'fr', ('Henri Dubois', 'h.dubois@wanadoo.fr'), TOMAS, 'Re: Rapport d\'expertise Mistral II',
   D('2025-03-14 11:20', '+0100'), MID('apple', 'q029', 'wanadoo.fr'), T("""
Bonjour Tomás,

Bien reçu le rapport, merci. Le virement part aujourd'hui depuis la Banque Populaire, vous devriez l'avoir d'ici jeudi.

Bonne continuation,
Henri

Envoyé de mon iPad

Le 14 mars 2025 à 09:47, Tomás Ferrer <tomas@keelwright-surveys.com> a écrit :

> Bonjour Henri,
> Veuillez trouver ci-joint le rapport d'expertise de « Mistral II ». Pourriez-vous me confirmer la bonne réception ?
> Cordialement,
> Tomás
"""), cte='8bit', irt=MID('apple', 'q029-prev', 'keelwright-surveys.com'), hdrs=[('X-Mailer', 'iPad Mail (22D82)')],
   questions=[], quoted=[])

# q030 - architect: relayed planning officer question + update request with attachment
Qm('q030', 'en', ('Lucy Barrow', 'lucy@barrowholt.co.uk'), PRIYA, 'Kingsdown flats - rooftop plant + NIA update',
   D('2025-03-18 12:14'), MID('gmail', 'q030'), T("""
Hi Priya,

Hope the Bath project went well!

Quick one on Kingsdown flats. The planning officer has asked: will the rooftop plant need an acoustic screen to meet the 5dB below background condition? M&E layout attached.

Could you also update the noise impact assessment for the revised window spec and re-issue it with the new drawing numbers by Friday?

Thanks a million,
Lucy

Lucy Barrow RIBA | Associate
Barrow Holt Architects | 0117 496 0832
Designing for people, not plans.
"""), fmt='alt', att=[('KDF-ME-201-C03 roof plant.pdf', 'application/pdf', PDF('roof plant', 'q030'))],
   questions=['will the rooftop plant need an acoustic screen', 'update the noise impact assessment'],
   quoted=['will the rooftop plant need an acoustic screen', 'update the noise impact assessment'])

# q031 - Portuguese olive-oil producer, Outlook, windows-1252, request + deadline question, attachment
Qm('q031', 'pt', ('Inês Figueiredo', 'ines.figueiredo@montebranco.pt'), FEMKE, 'Rótulo azeite - mercado holandês',
   D('2025-03-06 15:40'), MID('outlook', 'q031'), T("""
Cara Femke,

Na sequência da nossa conversa telefónica de ontem, envio em anexo o rótulo do nosso azeite virgem extra para o mercado holandês.

Agradeço que verifique se a menção «colheita 2024» pode ser usada sem análise laboratorial do lote.

Precisamos também de saber o prazo para a revisão, porque a gráfica precisa dos ficheiros até dia 15.

Com os melhores cumprimentos,

Inês Figueiredo
Departamento Comercial
Herdade do Monte Branco, Lda.
Estremoz - Portugal
Tel. +351 268 339 410
"""), fmt='alt', cs='windows-1252', crlf=True, style='outlook', hstyle='outlook',
   att=[('Rotulo_AVE_500ml_NL.pdf', 'application/pdf', PDF('rotulo', 'q031'))],
   hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'pt-PT')],
   questions=['pode ser usada sem análise laboratorial', 'saber o prazo para a revisão'],
   quoted=['pode ser usada sem análise laboratorial'])

# q032 - executor numbers three items (one is an imperative), rhetorical grumble without "?"
Qm('q032', 'en', ('Gareth Lloyd', 'gareth.lloyd@btinternet.com'), AOIFE, "Aunt Megan's estate",
   D('2025-03-12 21:30'), MID('generic', 'q032', 'btinternet.com'), T("""
Aoife,

Three things re my aunt's estate:

1. Have you heard back from the GRO about the 1921 birth yet?
2. The Canadian cousins - do they need to sign anything before we apply for probate?
3. Please invoice the estate, not me personally. Address: Estate of Megan Lloyd, c/o Pryce & Co Solicitors, 14 Castle St, Carmarthen SA31 1PB.

Why everything with the GRO takes six weeks I will never understand.

Gareth
"""), cs='us-ascii', cte='7bit',
   questions=['heard back from the GRO', 'do they need to sign anything', 'invoice the estate, not me personally'],
   quoted=[])

# q033 - Dutch sailor, two requests in one sentence, rhetorical, Gmail nl quote header
Qm('q033', 'nl', ('Pieter de Graaf', 'pieter.degraaf@gmail.com'), TOMAS, 'Re: Conditierapport Contest 36',
   D('2025-03-07 13:02', '+0100'), MID('gmail', 'q033'), T("""
Hoi Tomás,

Dank voor het rapport. De verzekeraar (Kuiper) accepteert het, maar ze willen dat de osmosemetingen er apart in staan.

Kun je de vochtmetingen van het onderwaterschip als bijlage toevoegen en het rapport opnieuw ondertekenen met de datum van vandaag?

Hoe kan het toch dat verzekeraars elk jaar weer iets anders willen?

Groet,
Pieter

Op do 6 mrt 2025 om 10:22 schreef Tomás Ferrer <tomas@keelwright-surveys.com>:
> Hoi Pieter,
>
> Hierbij het conditierapport van de Contest 36. Laat je het me weten als de verzekeraar nog vragen heeft?
>
> Groet,
> Tomás
"""), irt=MID('apple', 'q033-prev', 'keelwright-surveys.com'),
   questions=['de vochtmetingen van het onderwaterschip als bijlage', 'het rapport opnieuw ondertekenen'],
   quoted=['de vochtmetingen van het onderwaterschip als bijlage'])

# q034 - antiques dealer, HTML-only bullet list of three requests, photos attached
Qm('q034', 'en', ('Philippa Crane', 'philippa@craneanddaughter.com'), BEN, 'Three clocks before the auction',
   D('2025-03-10 10:26', '-0400'), MID('generic', 'q034', 'craneanddaughter.com'), fmt='html', html=T("""
<html><body style="font-family:Georgia,serif;font-size:14px">
<p>Dear Ben,</p>
<p>I have three clocks in from a house clearance in Hanover and would welcome your view before they go to auction on the 28th:</p>
<ul>
<li>Could you date the bracket clock? Fusee movement, signed 'Jas. Upjohn, London' on the backplate.</li>
<li>Is the regulator worth restoring, or is it a parts job?</li>
<li>Please tell me if the French carriage clock's case is original - the handle looks wrong to me.</li>
</ul>
<p>Photos attached. Happy to bring them over to the workshop on Thursday if that's easier.</p>
<p>With thanks,<br>Philippa</p>
<p style="color:#555">Philippa Crane<br>Crane &amp; Daughter Antiques, Hanover NH<br>(603) 555-0171</p>
</body></html>
"""), att=[('bracket_backplate.jpg', 'image/jpeg', JPG('q034a')), ('regulator.jpg', 'image/jpeg', JPG('q034b')),
           ('carriage_clock.jpg', 'image/jpeg', JPG('q034c'))],
   questions=['Could you date the bracket clock', 'Is the regulator worth restoring',
              "if the French carriage clock's case is original"],
   quoted=['Could you date the bracket clock', 'Is the regulator worth restoring',
           "if the French carriage clock's case is original"])

# q035 - Neapolitan pizzeria owner in Bristol writing Italian mixed with English, 8bit
Qm('q035', 'it', ('Salvatore Greco', 'datoto.clifton@gmail.com'), PRIYA, 'noise report extraction fan',
   D('2025-03-15 16:03'), MID('apple', 'q035', 'gmail.com'), T("""
Buongiorno Priya,

sono Salvatore della pizzeria Da Totò a Clifton. Il council mi ha mandato una lettera per la extraction fan, dicono che fa troppo rumore la sera e i vicini si lamentano. Mi serve un noise report per la licensing, il prima possibile, altrimenti mi chiudono la cucina dopo le 22.

Quando potete venire? Siamo aperti dalle 17 alle 23, meglio se venite la sera quando la fan è accesa.

Grazie mille, a presto
Salvatore

Da Totò - Pizza napoletana
07456 112 908

Sent from my iPhone
"""), cte='8bit', hdrs=[('X-Mailer', 'iPhone Mail (22D82)')],
   questions=['Mi serve un noise report', 'Quando potete venire'], quoted=['Mi serve un noise report'])

# q036 - Scottish buyer bottom-posts under the surveyor's quoted mail
Qm('q036', 'en', ('Stuart McKenzie', 'stuart.mckenzie@icloud.com'), TOMAS, 'Re: Survey report - Moody 38 "Corrie"',
   D('2025-03-02 22:15'), MID('apple', 'q036', 'icloud.com'), T("""
On 2 Mar 2025, at 18:03, Tomás Ferrer <tomas@keelwright-surveys.com> wrote:
>
> Hi Stuart,
>
> The full report is attached. In short: hull and deck are sound, but there is noticeable play in the lower rudder bearing and the stern gland is weeping. I'd recommend getting a repair quote from the yard before you sign.
>
> Any questions, let me know.
>
> Tomás

Thanks Tomás. Grim reading but better to know now than mid-Channel.

How much play is too much on a rudder bearing, roughly? And could you speak to the yard at Club Nàutic Sóller on my behalf and get a repair estimate - my Spanish is non-existent and my Catalan is worse.

Stuart

--
Stuart McKenzie
07700 900 312
"""), irt=MID('apple', 'q036-prev', 'keelwright-surveys.com'), hdrs=[('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')],
   questions=['How much play is too much', 'speak to the yard at Club Nàutic Sóller'],
   quoted=['speak to the yard at Club Nàutic Sóller'])

# q037 - Brazilian daughter in Vermont, Portuguese, small talk + two quick questions
Qm('q037', 'pt', ('Fernanda Lima', 'fernandalima.vt@gmail.com'), BEN, 'Relógio Ansonia do meu pai',
   D('2025-03-13 19:22', '-0400'), MID('apple', 'q037', 'gmail.com'), T("""
Oi Ben,

Tudo bem? Meu pai trouxe do Brasil um relógio de parede antigo, marca Ansonia, acho que do final do século XIX. Ele parou de bater as horas, mas continua funcionando.

Vocês consertam esse tipo de relógio? E quanto tempo normalmente leva um conserto assim? Queria dar de presente pra ele funcionando no aniversário de 80 anos, em junho.

Abraço,
Fernanda Lima
Burlington, VT

Enviado do meu iPhone
"""), fmt='alt', style='apple', hstyle='apple', hdrs=[('X-Mailer', 'iPhone Mail (22D82)')],
   questions=['Vocês consertam esse tipo de relógio', 'quanto tempo normalmente leva um conserto'], quoted=[])

# q038 - German client confirms receipt (HTML-only Outlook, Latin-1); the quoted mail asked for it
Qm('q038', 'de', ('Ursula Kemper', 'u.kemper@t-online.de'), AOIFE, 'AW: Nachlass Kemper / Sterbeurkunde',
   D('2025-03-10 17:05', '+0100'), MID('outlook', 'q038'), fmt='html', cs='iso-8859-1', crlf=True, style='outlook', html=T("""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
</head>
<body lang="DE">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Frau Brannock,</p>
<p class="MsoNormal">die beglaubigten Kopien der Sterbeurkunde sind heute mit der Post angekommen. Vielen Dank für die schnelle Erledigung, auch im Namen meines Bruders.</p>
<p class="MsoNormal">Mit freundlichen Grüßen<br>Ursula Kemper</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Aoife Brannock &lt;aoife@brannockhale.ie&gt;<br>
<b>Gesendet:</b> Donnerstag, 6. März 2025 15:30<br>
<b>An:</b> Ursula Kemper &lt;u.kemper@t-online.de&gt;<br>
<b>Betreff:</b> Nachlass Kemper / Sterbeurkunde</p>
</div>
<p class="MsoNormal">Sehr geehrte Frau Kemper,</p>
<p class="MsoNormal">die beglaubigten Kopien sind heute per Einschreiben an Sie abgegangen. Könnten Sie mir kurz den Eingang bestätigen?</p>
<p class="MsoNormal">Mit freundlichen Grüßen<br>Aoife Brannock</p>
</div>
</body>
</html>
"""), irt=MID('gmail', 'q038-prev'), hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'de-DE')],
   questions=[], quoted=[])

# q039 - Polish exporter, non-native English, imperative request + question, base64, attachment
Qm('q039', 'en', ('Tomasz Nowak', 't.nowak@babcizosi.pl'), FEMKE, 'english label for pierogi - Dunnes Stores',
   D('2025-03-11 09:48', '+0100'), MID('generic', 'q039', 'babcizosi.pl'), T("""
Hello Mrs Femke,

We are company from Kraków producing frozen pierogi, we want start selling in Ireland in supermarket Dunnes Stores from September. They say label must be in English and have allergens in bold. We have label only in polish now.

Please make for us english label from our polish label, it is attached. Also we need know if name "pierogi ruskie" is ok or must be translated, because in Poland everybody know it but in Ireland maybe not.

Thank you very much and greetings from Kraków,
Tomasz Nowak
Export Manager
Pierogarnia Babci Zosi Sp. z o.o.
ul. Zakopiańska 112, 30-418 Kraków
tel. +48 12 265 40 19
"""), fmt='alt', cte='base64', style='other',
   att=[('etykieta_pierogi_ruskie_PL.pdf', 'application/pdf', PDF('etykieta', 'q039'))],
   questions=['make for us english label', 'is ok or must be translated'], quoted=['make for us english label'])

# q040 - Argentine son writes for his father, voseo, small talk, one request
Qm('q040', 'es', ('Martín Keegan', 'martin.keegan@gmail.com'), AOIFE, 'Acta de nacimiento - Patrick Keegan (Wexford, 1879)',
   D('2025-03-08 14:33', '-0300'), MID('gmail', 'q040'), T("""
Hola Aoife, ¿cómo andás?

Te escribo de parte de mi viejo, que tiene 84 años y quiere sacar la ciudadanía irlandesa por descendencia antes de que sea tarde. Su abuelo, Patrick Keegan, nació en Wexford (creemos que en Enniscorthy) en 1879 y emigró a la Argentina en 1901. Para el Foreign Births Register necesitamos el acta de nacimiento del abuelo, el original irlandés.

¿Ustedes la pueden conseguir? Tenemos la partida de casamiento de acá, si les sirve la escaneo y se la mando.

¡Mil gracias!
Martín Keegan
Buenos Aires

---------- Mensaje reenviado ---------
De: Consular Section - Embassy of Ireland Buenos Aires <consular.ba@dfa.ie>
Date: jue, 6 mar 2025 a las 11:14
Subject: FBR application - Keegan
To: <martin.keegan@gmail.com>


Dear Mr Keegan,

Thank you for your enquiry. For a Foreign Births Register application through a grandparent, the Irish civil birth certificate of the grandparent born in Ireland is required. Could you confirm the date of birth of the applicant's grandfather?

Kind regards,
Consular Section
"""), cte='8bit', questions=['Ustedes la pueden conseguir'], quoted=['Ustedes la pueden conseguir'])

# q041 - events company: new request on top of his own earlier (Outlook-quoted) question, CRLF
Qm('q041', 'en', ('Kevin Doyle', 'kevin@harbourside-events.co.uk'), PRIYA, 'RE: Summer festival',
   D('2025-03-19 09:31'), MID('outlook', 'q041'), T("""
Priya,

Festival is confirmed for 26-27 July at Ashton Court. The licence condition says noise monitoring at two residential receptors throughout (Rownham Hill and Bridge Road). Can you staff the monitoring both days, 12:00 to 23:00, and send a short compliance report afterwards for the council?

Kevin Doyle
Head of Operations | Harbourside Events Ltd
M: 07723 880 145

From: Kevin Doyle
Sent: 03 February 2025 16:40
To: Priya Raman <priya.raman@quietline-acoustics.co.uk>
Subject: Summer festival

Hi Priya, do you do event noise monitoring? We might have a festival in July, not confirmed yet. Will let you know.
Kevin
"""), cs='us-ascii', cte='7bit', crlf=True, style='outlook', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
   questions=['staff the monitoring both days', 'send a short compliance report afterwards'],
   quoted=['staff the monitoring both days', 'send a short compliance report afterwards'])

# q042 - Italian owner confirms appointment, asks nothing; quoted mail has the questions
Qm('q042', 'it', ('Chiara Fontana', 'chiara.fontana@gmail.com'), TOMAS, 'Re: Perizia sabato',
   D('2025-03-12 20:11', '+0100'), MID('gmail', 'q042'), T("""
Tutto ricevuto, grazie! Ci vediamo sabato alle 10 al pontile di Porto Pi, porto io le chiavi e i documenti della barca, libretto del motore compreso.

Chiara

Il giorno mer 12 mar 2025 alle ore 19:05 Tomás Ferrer <tomas@keelwright-surveys.com> ha scritto:
> Buonasera Chiara,
> le va bene sabato alle 10 per la perizia? Può portare anche il libretto del motore?
> Tomás
"""), irt=MID('apple', 'q042-prev', 'keelwright-surveys.com'), questions=[], quoted=[])

# q043 - museum curator: relayed treasurer question, two requests in one sentence, one more request
Qm('q043', 'en', ('Alan Whitcombe', 'curator@fairleehistory.org'), BEN, 'Willard banjo clock - board approval',
   D('2025-03-13 10:12', '-0400'), MID('gmail', 'q043'), T("""
Dear Mr Hartigan,

The Historical Society's board met on Tuesday evening and approved the conservation of the Willard banjo clock. Before we sign off, our treasurer asks: is your work covered by liability insurance while the clock is in your workshop?

Could you send a written condition report for our files and confirm whether you'd use period-correct hide glue on the case?

We are also applying for a small grant from the Vermont Arts Council; could you write a short paragraph on the clock's significance for the application?

With thanks,

Alan Whitcombe, PhD
Curator, Fairlee Historical Society
"Preserving yesterday for tomorrow"
"""), fmt='alt',
   questions=['is your work covered by liability insurance', 'send a written condition report for our files',
              "whether you'd use period-correct hide glue", "write a short paragraph on the clock's significance"],
   quoted=['send a written condition report for our files', "write a short paragraph on the clock's significance"])

# q044 - Dutch kombucha brewer, two bare "graag"/imperative requests, no question marks, attachment
Qm('q044', 'nl', ('Daan Smit', 'daan@brouwerijbubbel.nl'), FEMKE, 'etiket gember-kurkuma',
   D('2025-03-17 23:02', '+0100'), MID('gmail', 'q044'), T("""
Femke,

Nieuwe smaak komt eraan: gember-kurkuma. Etiket zit in de bijlage.

Graag even checken of we 'natuurlijk bruisend' mogen zeggen, er zit namelijk wat extra CO2 bij na het bottelen.

En stuur me de offerte voor de drie andere etiketten nog even door, die ben ik kwijt.

Daan

Brouwerij Bubbel | Rotterdam
'Fermenteer de wereld'
"""), att=[('bubbel_gember_kurkuma_v2.pdf', 'application/pdf', PDF('gember', 'q044'))],
   questions=["of we 'natuurlijk bruisend' mogen zeggen", 'stuur me de offerte voor de drie'],
   quoted=["of we 'natuurlijk bruisend' mogen zeggen"])

# q045 - elderly woman, HTML-only, one long emotional paragraph, rhetorical, request buried at the end
Qm('q045', 'en', ('Peggy Dunne', 'peggydunne44@hotmail.com'), AOIFE, 'My mother\'s first marriage',
   D('2025-03-04 23:40'), MID('outlook', 'q045'), fmt='html', html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<div>Dear Ms Brannock,</div>
<div><br></div>
<div>I hope you don't mind me writing to you directly, my nephew found your firm's website. My mother, Nora Dunne (née Fitzgerald), died in 1979 and it was only when we were clearing out my aunt's house in Tralee last autumn that we found out Mam had been married before, to a man called John Joseph Ryan from Listowel, and that he had gone to England around 1946 and never came back. Nobody ever spoke of it. Isn't it strange how families can keep a thing like that quiet for seventy years? My brothers say leave it alone, but I lie awake wondering whether there is a half-brother or sister out there somewhere, and now with my own health not being great I would like to know before it's too late. If you could find out whether Mam's first husband had any children, that would put my mind at rest, whatever the answer is. I have her marriage certificate from 1944 and a photograph of the two of them outside the church in Listowel.</div>
<div><br></div>
<div>With kind regards,</div>
<div>Margaret (Peggy) Dunne</div>
<div>Tralee, Co. Kerry</div>
<div>087 912 4410</div>
</div></body></html>
"""), questions=["whether Mam's first husband had any children"],
   quoted=["whether Mam's first husband had any children"])

# q046 - Quebec client to the Vermont clockmaker, Latin-1 8bit
Qm('q046', 'fr', ('Réjean Tremblay', 'rejean.tremblay@videotron.ca'), BEN, 'Horloge grand-père - réparation',
   D('2025-03-15 10:45', '-0400'), MID('generic', 'q046', 'videotron.ca'), T("""
Bonjour M. Hartigan,

Je suis à Sherbrooke, à environ deux heures de chez vous. J'ai une horloge grand-père qui appartenait à mes grands-parents, fabriquée au Québec vers 1850 je pense (boîtier en pin, cadran peint). Le mouvement fait un drôle de bruit quand elle sonne les heures.

Est-ce que vous traversez la frontière pour les réparations, ou je dois vous l'apporter au Vermont? Et combien pour une évaluation pour les assurances?

Merci beaucoup et bonne journée,
Réjean Tremblay

Envoyé de mon cellulaire
"""), cs='iso-8859-1', cte='8bit',
   questions=['vous traversez la frontière pour les réparations', 'combien pour une évaluation pour les assurances'],
   quoted=[])

# q047 - FYI forward from Apple Mail, nothing to do; the forwarded mail contains a question
Qm('q047', 'en', ('Rachel Kim', 'rachel.kim@fastmail.com'), TOMAS, 'Fwd: Haul-out / Sea Breeze',
   D('2025-03-12 12:02', '+0100'), MID('apple', 'q047', 'fastmail.com'), T("""
Tomás - FYI only, see below from the marina about the haul-out slot. Nothing for you to do, just so you know the lift moved to the 19th.

R

Sent from my iPhone

Begin forwarded message:

> From: Marina Port Adriano - Varadero <varadero@portadriano.com>
> Date: 12 March 2025 at 11:40:13 CET
> To: Rachel Kim <rachel.kim@fastmail.com>
> Subject: Haul-out / Sea Breeze
>
> Dear Mrs Kim,
>
> Due to the travel lift maintenance your haul-out has been moved from 17 to 19 March at 08:30. Can you confirm the boat owner's insurance details before then?
>
> Kind regards,
> Varadero Port Adriano
"""), hdrs=[('X-Mailer', 'iPhone Mail (22D82)')], questions=[], quoted=[])

# q048 - Portuguese builder in Bristol, mixes English site terms into Portuguese
Qm('q048', 'pt', ('Nuno Pereira', 'nuno@npbuildingservices.co.uk'), PRIYA, 'Sound test Southville - Part E',
   D('2025-03-18 07:05'), MID('apple', 'q048', 'icloud.com'), T("""
Olá Priya,

Temos a obra em Southville quase pronta e o building control pede o sound test (Part E) antes do sign-off. São 8 flats: 4 separating walls e 4 separating floors.

Consegue fazer os testes na semana de 7 de abril? E preciso também de saber o que acontece se algum falhar - têm de voltar para repetir o teste?

Obrigado,
Nuno Pereira
NP Building Services Ltd
07412 339 870

Enviado do meu iPhone
"""), fmt='alt', style='apple', hstyle='apple', hdrs=[('X-Mailer', 'iPhone Mail (22D82)')],
   questions=['Consegue fazer os testes na semana', 'o que acontece se algum falhar'],
   quoted=['Consegue fazer os testes na semana'])

# q049 - excited baker, all lower case, one run-on paragraph, "??" that is not a request, closing line
Qm('q049', 'en', ('Jas Patel', 'jasbakes@gmail.com'), FEMKE, 'DELI CHAIN SAID YES',
   D('2025-03-16 22:47'), MID('gmail', 'q049'), T("""
hiya femke!! so the deli chain finally said yes, we're going into all six of their shops from june which is mad. only thing is they want the ingredients in descending order by weight and the allergens in bold and apparently the may contain nuts bit has to be worded a specific way?? i honestly have no idea so if you could just redo the label for all four cookies that'd be amazing, i'll pay whatever obviously lol. oh and my mum says hi, she loved chatting to you at the food fair. let me know if you need anything else from me xx

jas 🍪
Jas Bakes | vegan cookies, no compromise
instagram @jasbakes
"""), questions=['redo the label for all four cookies'], quoted=['redo the label for all four cookies'])

# q050 - Spanish owner sends proof of payment; quoted mail asked for it; attachment; 8bit
Qm('q050', 'es', ('Alejandro Serra', 'alejandro@nauticaserra.es'), TOMAS, 'Re: Factura peritaje 2025-041',
   D('2025-03-13 09:40', '+0100'), MID('gmail', 'q050'), T("""
Buenos días Tomás:

Adjunto el justificante de la transferencia de la factura 2025-041. Gracias por todo, el informe quedó muy claro y la aseguradora ya lo ha aceptado.

Nos vemos el año que viene para la revisión.

Un abrazo,
Alejandro Serra
Náutica Serra · Port d'Andratx

El mié, 12 mar 2025 a las 9:15, Tomás Ferrer (<tomas@keelwright-surveys.com>) escribió:
> Buenos días Alejandro:
> Te adjunto la factura del peritaje. ¿Podrías confirmarme cuando hagas el pago?
> Un saludo,
> Tomás
"""), cte='8bit', att=[('Justificante_transferencia_2025-041.pdf', 'application/pdf', PDF('justificante', 'q050'))],
   irt=MID('apple', 'q050-prev', 'keelwright-surveys.com'), questions=[], quoted=[])

# q051 - terse customer: two imperatives in one sentence
Qm('q051', 'en', ('Jim Baxter', 'jbaxter@myfairpoint.net'), BEN, 'Seth Thomas pickup',
   D('2025-03-19 18:30', '-0400'), MID('generic', 'q051', 'myfairpoint.net'), T("""
Ben,

I'll swing by Saturday morning for the Seth Thomas. Have the invoice ready and put the old mainspring in the box too, I want to keep it for my grandson.

Jim
"""), cs='us-ascii', cte='7bit',
   questions=['Have the invoice ready', 'put the old mainspring in the box'], quoted=[])

# q052 - Dutch product manager sends final proof, asks nothing (HTML-only Outlook nl, attachment)
Qm('q052', 'nl', ('Joost Hendriks', 'j.hendriks@goudabakes.nl'), FEMKE, 'RE: drukproef stroopwafels',
   D('2025-03-20 10:14', '+0100'), MID('outlook', 'q052'), fmt='html', cs='windows-1252', crlf=True, style='outlook', html=T("""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
</head>
<body lang="NL">
<div class="WordSection1">
<p class="MsoNormal">Hoi Femke,</p>
<p class="MsoNormal">Hierbij de definitieve drukproef van de stroopwafelverpakking, zoals gisteren besproken. De drukker begint maandag. Bedankt voor het meedenken, vooral over de allergenen!</p>
<p class="MsoNormal">Met vriendelijke groet,<br>Joost Hendriks<br>Productmanager | Gouda Bakes B.V.<br>0182 58 21 90</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Van:</b> Femke de Wit &lt;femke@labelright.eu&gt;<br>
<b>Verzonden:</b> woensdag 19 maart 2025 17:12<br>
<b>Aan:</b> Joost Hendriks &lt;j.hendriks@goudabakes.nl&gt;<br>
<b>Onderwerp:</b> RE: drukproef stroopwafels</p>
</div>
<p class="MsoNormal">Hoi Joost, de tekst ziet er goed uit. Stuur je me de definitieve drukproef als hij klaar is?</p>
<p class="MsoNormal">Groet, Femke</p>
</div>
</body>
</html>
"""), att=[('Drukproef_stroopwafel_400g_DEF.pdf', 'application/pdf', PDF('drukproef', 'q052'))],
   irt=MID('outlook', 'q052-prev'), hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'nl-NL')],
   questions=[], quoted=[])

# q053 - Italian lawyer: relayed notary question + request for sworn translation, windows-1252, disclaimer
Qm('q053', 'it', ('Avv. Paola Ricci', 'p.ricci@studiolegalericci.it'), AOIFE, 'Successione Dermot Walsh',
   D('2025-03-17 11:26', '+0100'), MID('outlook', 'q053'), T("""
Gentile Dott.ssa Brannock,

in merito alla successione del Sig. Dermot Walsh, il notaio Bianchi mi chiede di verificare con Voi: l'albero genealogico è stato certificato da un professionista iscritto a un albo o registro?

Vi prego inoltre di inviarmi la traduzione giurata in italiano dei certificati di nascita, necessaria per la dichiarazione di successione all'Agenzia delle Entrate.

Cordiali saluti,

Avv. Paola Ricci
Studio Legale Ricci
Via Fatebenefratelli 14 – 20121 Milano
Tel. 02 8901 2247

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio Vi fosse pervenuto per errore, Vi preghiamo di eliminarlo e di darcene comunicazione.
"""), fmt='alt', cs='windows-1252', crlf=True, style='outlook', hstyle='outlook',
   hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'it-IT')],
   questions=["l'albero genealogico è stato certificato da", 'la traduzione giurata in italiano dei certificati'],
   quoted=['la traduzione giurata in italiano dei certificati'])

# q054 - Brazilian heir: relayed lawyer question, two requests in one sentence, base64
Qm('q054', 'pt', ('Ana Beatriz Souza', 'anabeatriz.souza@gmail.com'), AOIFE, 'Procuração e contrato',
   D('2025-03-14 16:02', '-0300'), MID('gmail', 'q054'), T("""
Prezada Aoife,

Meu advogado aqui em São Paulo pediu para perguntar: a procuração precisa ser apostilada no Brasil ou pode ser assinada no consulado irlandês?

Além disso, vocês poderiam me mandar o contrato em português e explicar como funciona a divisão entre os primos?

Atenciosamente,
Ana Beatriz Souza

---------- Mensagem encaminhada ---------
De: Dr. Renato Albuquerque <renato@albuquerqueadv.com.br>
Date: qua., 12 de mar. de 2025 às 18:05
Subject: Inventário Irlanda
To: Ana Beatriz Souza <anabeatriz.souza@gmail.com>


Ana, pergunte aos genealogistas se a procuração deve ser legalizada aqui com apostila de Haia ou se basta assinar no consulado da Irlanda. E peça cópia do contrato, ainda não recebi.
Abs,
Renato
"""), fmt='alt', cte='base64',
   questions=['a procuração precisa ser apostilada no Brasil', 'me mandar o contrato em português',
              'explicar como funciona a divisão entre os primos'], quoted=[])

# q055 - German expat in Vermont, German with English mixed in, windows-1252 8bit
Qm('q055', 'de', ('Katrin Vogel', 'katrin.vogel@gmx.net'), BEN, 'Kuckucksuhr von Oma',
   D('2025-03-18 20:10', '-0400'), MID('generic', 'q055', 'gmx.net'), T("""
Hallo Herr Hartigan,

ich wohne seit ein paar Jahren in Burlington und habe eine alte Schwarzwälder Kuckucksuhr von meiner Oma geerbt. Der Kuckuck ruft nicht mehr und die Uhr bleibt nach ein paar Stunden stehen.

Reparieren Sie auch Kuckucksuhren? Falls ja, bitte um einen Kostenvoranschlag – ich kann die Uhr am Samstag vorbeibringen.

Sorry für das Deutsch, my English is fine but when it's about Oma's clock I think in German :)

Liebe Grüße
Katrin Vogel
"""), cs='windows-1252', cte='8bit',
   questions=['Reparieren Sie auch Kuckucksuhren', 'bitte um einen Kostenvoranschlag'], quoted=[])

# q056 - French notaire, HTML-only, formal request + relayed heirs' question, base64, CRLF
Qm('q056', 'fr', ('Maître Laurent Castagnède', 'l.castagnede@notaires-castagnede.fr'), AOIFE,
   'Succession Byrne veuve Lacaze - acte de naissance',
   D('2025-03-11 10:05', '+0100'), MID('outlook', 'q056'), fmt='html', cte='base64', crlf=True, style='outlook', html=T("""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body lang="FR">
<div class="WordSection1">
<p class="MsoNormal">Madame,</p>
<p class="MsoNormal">Dans le cadre du règlement de la succession de Madame Colette Byrne, veuve Lacaze, je vous remercie de bien vouloir me transmettre l'acte de naissance de la défunte délivré par le General Register Office de Dublin, accompagné de sa traduction certifiée.</p>
<p class="MsoNormal">Les héritiers souhaitent par ailleurs savoir si des frais supplémentaires sont à prévoir au-delà de la commission convenue.</p>
<p class="MsoNormal">Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.</p>
<p class="MsoNormal"><b>Maître Laurent Castagnède</b><br>Notaire<br>Office notarial Castagnède &amp; Associés<br>12, cours de l'Intendance – 33000 Bordeaux<br>Tél. 05 56 44 19 07</p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.</span></p>
</div>
</body>
</html>
"""), hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'fr-FR')],
   questions=["transmettre l'acte de naissance de la défunte", 'si des frais supplémentaires sont à prévoir'],
   quoted=["transmettre l'acte de naissance de la défunte"])

# q057 - hotel manager picks up a stalled thread; the quoted Outlook mail contains the consultant's question
Qm('q057', 'en', ('Sarah Lindqvist', 's.lindqvist@stationhotelbath.co.uk'), PRIYA, 'RE: Train noise - front rooms',
   D('2025-03-17 14:50'), MID('outlook', 'q057'), T("""
Hi Priya,

Apologies for going quiet after your email in January - we had a change of general manager and everything stalled.

We're now going ahead with refurbishing the 14 front rooms facing the railway. Guests keep complaining about the 5:40 freight train. Could you recommend a glazing specification for those rooms? The contractor wants to order windows by the end of April.

Also, is there any point fitting acoustic trickle vents, or is that overkill?

Many thanks,
Sarah

Sarah Lindqvist
Operations Manager | The Station Hotel, Bath
01225 330 612

From: Priya Raman <priya.raman@quietline-acoustics.co.uk>
Sent: 21 January 2025 10:05
To: Sarah Lindqvist <s.lindqvist@stationhotelbath.co.uk>
Subject: RE: Train noise - front rooms

Hi Sarah, following our call, shall I put together a proposal for a 24-hour noise survey at the front facade? Let me know once you have the budget confirmed.
Best, Priya
"""), fmt='alt', cte='base64', crlf=True, style='outlook', hstyle='outlook', irt=MID('outlook', 'q057-prev'),
   hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'en-GB')],
   questions=['recommend a glazing specification for those rooms', 'is there any point fitting acoustic trickle vents'],
   quoted=['recommend a glazing specification for those rooms'])

# q058 - catamaran owner, HTML-only, "I was wondering if" request + quick question, photos
Qm('q058', 'en', ('Graham Hoyle', 'grahamhoyle@aol.com'), TOMAS, 'Crack near chainplate - Lagoon 380',
   D('2025-03-15 09:12', '+0100'), MID('generic', 'q058', 'aol.com'), fmt='html', html=T("""
<html><body><div style="font-family:Arial, sans-serif;font-size:13px">
<div>Good morning Tomás,</div>
<div><br></div>
<div>We're back on board after the winter and I noticed a hairline crack in the gelcoat running about 10cm aft of the port chainplate on our Lagoon 380. I was wondering if you could have a look at the attached photos and tell me whether it's just cosmetic or something structural. I don't want to go out in anything above a force 4 until I know.</div>
<div><br></div>
<div>Also, what's the best number to reach you on? The one on your website rings out.</div>
<div><br></div>
<div>Regards,</div>
<div>Graham Hoyle</div>
<div>s/y Pelican Brief, Port de Sóller</div>
</div></body></html>
"""), att=[('IMG_4471.jpg', 'image/jpeg', JPG('q058a')), ('IMG_4472.jpg', 'image/jpeg', JPG('q058b'))],
   questions=['have a look at the attached photos', "what's the best number to reach you on"],
   quoted=['have a look at the attached photos'])

# q059 - gin founder relays the retail buyer's two questions, asks for a call
Qm('q059', 'en', ('Conor Walsh', 'conor@mournewildgin.com'), FEMKE, 'Tesco NI listing - label questions',
   D('2025-03-18 18:25'), MID('outlook', 'q059'), T("""
Hi Femke,

Good news, Tesco NI want to list the gin from August. Their buyer sent over a few questions and I'm out of my depth. She asks: does the ABV need to be in the same field of vision as the product name? And do we need the pregnancy warning for the Northern Ireland market, or only for the Republic?

Can you jump on a call Thursday morning to go through it? Anytime before 11.

Thanks,
Conor

Conor Walsh
Founder | Mourne Wild Gin
+44 7700 900 884

Get Outlook for iOS
"""), questions=['does the ABV need to be', 'do we need the pregnancy warning', 'jump on a call Thursday morning'],
   quoted=['jump on a call Thursday morning'])

# q060 - collector: small talk + rhetorical, two requests in one sentence
Qm('q060', 'en', ('Priscilla Vance', 'pvance.montpelier@gmail.com'), BEN, 'French mantel clock - cat incident',
   D('2025-03-20 12:34', '-0400'), MID('gmail', 'q060'), T("""
Hi Ben,

Happy spring! Finally thawing out here in Montpelier - I saw my first robin yesterday, can you believe it?

The French mantel clock you serviced in 2022 took a tumble when the cat knocked it off the sideboard (don't ask). The movement still runs but the enamel dial is chipped at 7 o'clock and one of the bronze finials snapped off. Could you restore the dial and cast a replacement finial to match the surviving one?

I can drop it off any weekday after 3.

Best,
Priscilla Vance
"""), fmt='alt', questions=['Could you restore the dial', 'cast a replacement finial to match'],
   quoted=['Could you restore the dial', 'cast a replacement finial to match'])


# ====================================================================== REPLIES
FIRM_STYLE = {PRIYA: ('outlook', 'quietline-acoustics.co.uk'), AOIFE: ('gmail', 'brannockhale.ie'),
              TOMAS: ('apple', 'keelwright-surveys.com'), FEMKE: ('outlook', 'labelright.eu'),
              BEN: ('tb', 'hartiganclockworks.com')}


def OFFER_MID(firm, seed):
    st, dom = FIRM_STYLE[firm]
    return MID(st, 'offer' + seed, dom)


def R(n, lang, decision, client, firm, subject, date, mid, body=None, **kw):
    """register a reply to the firm's offer; threads it on the offer and the client's first mail"""
    irt = OFFER_MID(firm, n)
    refs = [MID('generic', 'first' + n, client[1].split('@')[1]), irt]
    Rm(n, lang, client, firm, subject, date, mid, body, irt=irt, refs=refs, decision=decision, **kw)


# ---------------------------------------------------------------- English: accept
R('r001', 'en', 'accept', ('Oliver Grant', 'olivergrant.bristol@gmail.com'), PRIYA, 'Re: Gym noise - quote for logging',
  D('2025-03-12 12:05'), MID('gmail', 'r001'), T("""
Great, please go ahead. I'm in all week, so any day suits for dropping off the logger.

Oliver

""") + '\n' + GT('On Wed, 12 Mar 2025 at 11:20, Priya Raman <priya.raman@quietline-acoustics.co.uk> wrote:', T("""
Hi Oliver,

Thanks for the photos of the plant room. Setting up the logger in your flat for a week, analysing the data and writing a short report for environmental health would take about 5 hours at £140 per hour, so £700 plus VAT. Shall I go ahead?

Best wishes,
Priya

""" + SIG_PRIYA)))

R('r002', 'en', 'accept', ('Megan Hughes', 'megan@hedgerowjams.ie'), FEMKE, 'Re: Irish labels - three jams',
  D('2025-03-13 15:31'), MID('gmail', 'r002'), T("""
OK go for it, just don't let it run past the 3 hours you quoted - the budget for this launch is tight as it is.

Megan

""") + '\n' + GT('On Thu, 13 Mar 2025 at 14:02, Femke de Wit <femke@labelright.eu> wrote:', T("""
Hi Megan,

Reviewing the three jam labels against the Irish requirements (sugar content wording, allergen emphasis, the FBO address) would take about 3 hours at €110 per hour. Shall I go ahead?

Kind regards,
""" + SIG_FEMKE)), fmt='alt')

R('r003', 'en', 'accept', ('Luke Harrington', 'luke.harrington@me.com'), TOMAS, 'Re: Jeanneau 44 - survey quote',
  D('2025-03-14 09:52', '+0100'), MID('apple', 'r003', 'me.com'), T("""
Sounds good, book it in. When do you need the boat out of the water by?

Luke

Sent from my iPhone

""") + '\n' + GT('On 14 Mar 2025, at 09:10, Tomás Ferrer <tomas@keelwright-surveys.com> wrote:', T("""

Hi Luke,

The pre-purchase survey on the Jeanneau 44 including the sea trial would take about 7 hours at €120 per hour, plus the yard's haul-out fee (about €380, paid directly to them). Shall I go ahead?

Best,
""" + SIG_TOMAS)), hdrs=[('X-Mailer', 'iPhone Mail (22D82)')])

R('r004', 'en', 'accept', ('Rev. Thomas Ashby', 'rector@stmichaelsbrattleboro.org'), BEN, 'RE: Tower clock overhaul - proposal',
  D('2025-03-14 08:45', '-0400'), MID('outlook', 'r004'), fmt='html', crlf=True, style='outlook', html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Dear Ben,</p>
<p class="MsoNormal">Thank you for your proposal. The parish council met last night and approved the expenditure; please proceed with the overhaul as outlined. Our treasurer, Mrs Kendrick, will send a purchase order this week.</p>
<p class="MsoNormal">With every blessing,</p>
<p class="MsoNormal">The Rev. Thomas Ashby<br>Rector, St Michael’s Episcopal Church, Brattleboro<br>(802) 555-0110</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Ben Hartigan &lt;ben@hartiganclockworks.com&gt;<br>
<b>Sent:</b> Tuesday, March 11, 2025 4:18 PM<br>
<b>To:</b> Thomas Ashby &lt;rector@stmichaelsbrattleboro.org&gt;<br>
<b>Subject:</b> Tower clock overhaul - proposal</p></div>
<p class="MsoNormal">Dear Reverend Ashby,</p>
<p class="MsoNormal">Overhauling the tower clock movement at St Michael’s – replacing the worn pallets and re-bushing the going train – would take about 22 hours at $85 per hour, plus parts of roughly $300. Shall I go ahead?</p>
<p class="MsoNormal">Best regards,<br>Ben Hartigan<br>Hartigan Clockworks, Woodstock VT<br>(802) 555-0193</p>
</div></body></html>
"""), hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

R('r005', 'en', 'accept', ('Bernadette Foley', 'bfoley@eircom.net'), AOIFE, 'Re: Sligo records - supplementary report',
  D('2025-03-12 10:03'), MID('tb', 'r005', 'eircom.net'), T("""
No problem at all, please go ahead. The sooner the better, the solicitor is chasing me weekly.

Bernadette

""") + '\n' + GT('On 11/03/2025 16:40, Aoife Brannock wrote:', T("""
Dear Bernadette,

Obtaining the three marriage records from the GRO and the parish registers in Sligo and drafting the supplementary report for the solicitor would take about 6 hours at €95 per hour. Shall I go ahead?

Kind regards,
""" + SIG_AOIFE)), cte='8bit', style='tb', hdrs=[('User-Agent', 'Mozilla Thunderbird')])

R('r006', 'en', 'accept', ('Hugh Delaney', 'hugh.delaney@gmail.com'), TOMAS, 'Re: Keel bolts',
  D('2025-03-13 19:20', '+0000'), MID('gmail', 'r006'), T("""
On Thu, 13 Mar 2025 at 17:40, Tomás Ferrer <tomas@keelwright-surveys.com> wrote:
> Hi Hugh,
>
> I've looked at the photos of the keel bolts. I'd like to fold the keel bolt inspection into the haul-out on the 24th rather than do a separate visit.

Makes sense.

> That would take about 3 hours at €120 per hour, and the yard will charge separately for lifting the floorboards.
>
> Shall I go ahead?

Yes, go ahead.

> Tomás

Hugh
"""))

R('r007', 'en', 'accept', ('Dr Anjali Mehta', 'anjali@mehtadental.co.uk'), PRIYA, 'Re: Surgery partitions - testing',
  D('2025-03-17 13:15'), MID('apple', 'r007', 'mehtadental.co.uk'), GT('On 17 Mar 2025, at 10:02, Priya Raman <priya.raman@quietline-acoustics.co.uk> wrote:', T("""

Hi Anjali,

Testing the two surgery partitions and writing a short letter report for the CQC file would take about 3.5 hours at £140 per hour. Shall I go ahead?

Best wishes,
Priya
""")) + '\n\n' + T("""
That's fine, please proceed. Invoice to the practice address as usual - Mehta Dental, 22 Whiteladies Road.

Anjali
"""), hdrs=[('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')])

R('r008', 'en', 'accept', ('Poppy Ridley', 'poppy@ridleysgranola.com'), FEMKE, 'Re: Granola label - Irish launch',
  D('2025-03-18 21:40'), MID('gmail', 'r008'), T("""
YES!! do it 🙌 thank you thank you

Poppy x

""") + '\n' + GT('On Tue, 18 Mar 2025 at 17:05, Femke de Wit <femke@labelright.eu> wrote:', T("""
Hi Poppy,

Reworking the granola label for the Irish launch - allergen emphasis, nutrition per 100 g and a check of the "high fibre" claim - would take about 4 hours at €110 per hour. Shall I go ahead?

Best,
Femke
""")), fmt='alt', cte='base64')

R('r009', 'en', 'accept', ('Deborah Kline', 'd.kline@fenwickfresh.co.uk'), FEMKE, 'RE: Own-label sandwich labels - FIC update',
  D('2025-03-19 09:12'), MID('outlook', 'r009'), T("""
Dear Femke,

Approved – PO 44817 attached. Please quote the PO number on your invoice.

Kind regards,

Deborah Kline
Procurement Officer | Fenwick Fresh Foods Ltd
T: 0191 496 0772

""") + '\n' + OL('en', 'Femke de Wit <femke@labelright.eu>', '18 March 2025 16:22', 'Deborah Kline <d.kline@fenwickfresh.co.uk>',
                 'Own-label sandwich labels - FIC update', T("""
Dear Deborah,

Reviewing the nine own-label sandwich labels for the FIC update would take about 8 hours at €110 per hour. Shall I go ahead?

Kind regards,
""" + SIG_FEMKE)), fmt='alt', cs='windows-1252', crlf=True, style='outlook', hstyle='outlook',
  att=[('PO44817.pdf', 'application/pdf', PDF('PO 44817', 'r009'))], hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

# ---------------------------------------------------------------- English: decline
R('r010', 'en', 'decline', ('Ian Shepherd', 'ian.shepherd@tollgatebiscuits.co.uk'), FEMKE, 'RE: Belgian labels - biscuits',
  D('2025-03-12 11:48'), MID('outlook', 'r010'), T("""
Thanks Femke, but we'll sort the translations in-house - our Brussels sales office has offered to do them. I'll come back to you if we get stuck.

Ian

""") + '\n' + OL('en', 'Femke de Wit <femke@labelright.eu>', '11 March 2025 15:30', 'Ian Shepherd <ian.shepherd@tollgatebiscuits.co.uk>',
                 'Belgian labels - biscuits', T("""
Hi Ian,

Translating the four biscuit labels into French and Dutch and checking them against the Belgian requirements would take about 6 hours at €110 per hour. Shall I go ahead?

Best regards,
""" + SIG_FEMKE)), cs='windows-1252', cte='8bit', crlf=True, style='outlook', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

R('r011', 'en', 'decline', ('Bill Travers', 'billtravers@gmail.com'), BEN, 'Re: Sessions mantel clock',
  D('2025-03-17 08:20', '-0400'), MID('gmail', 'r011'), T("""
Hi Ben, don't worry about it after all, my neighbor's son fixed the strike over the weekend - turned out to be a bent hammer wire. Thanks for looking at it though.

Bill

""") + '\n' + GT('On Fri, Mar 14, 2025 at 2:02 PM Ben Hartigan <ben@hartiganclockworks.com> wrote:', T("""
Hi Bill,

Repairing the strike train on the Sessions mantel clock (cleaning, new click spring, adjusting the count wheel) would take about 3 hours at $85 per hour. Shall I go ahead?

Ben
""")), cs='us-ascii', cte='7bit')

R('r012', 'en', 'decline', ('Tracey Dunn', 'tracey@happytailskennels.co.uk'), PRIYA, 'Re: Kennels planning - noise survey',
  D('2025-03-13 18:02'), MID('tb', 'r012', 'happytailskennels.co.uk'), T("""
No thank you, that's more than we can spend at the moment.
Tracey

""") + '\n' + GT('On 13/03/2025 09:41, Priya Raman wrote:', T("""
Hi Tracey,

The noise survey for the kennels planning application, including the report, would take about 9 hours at £140 per hour. Shall I go ahead?

Best wishes,
Priya
""")), cs='iso-8859-1', style='tb', hdrs=[('User-Agent', 'Mozilla Thunderbird')])

R('r013', 'en', 'decline', ('Craig Munro', 'craig.munro@btinternet.com'), TOMAS, 'Re: Westerly Centaur - survey',
  D('2025-03-15 10:17'), MID('generic', 'r013', 'btinternet.com'), T("""
Yes, I saw the quote - I'm afraid it's more than the boat is worth, so we'll give it a miss this time. She's going to a pal for a few hundred quid as she is.

Thanks anyway,
Craig

""") + '\n' + GT('On Fri, 14 Mar 2025 at 18:30, Tomás Ferrer <tomas@keelwright-surveys.com> wrote:', T("""
Hi Craig,

A full survey of the Westerly Centaur, including the engine, would take about 6 hours at €120 per hour. Shall I go ahead?

Regards,
Tomás
""")))

R('r014', 'en', 'decline', ('Natalie Brooks', 'nat.brooks@gmail.com'), TOMAS, 'Re: Hanse 415 - pre-purchase survey',
  D('2025-03-16 08:03', '+0000'), MID('gmail', 'r014'), T("""
Hi Tomás,

Please don't proceed - the sale fell through last night, the seller accepted a cash offer from someone else. Gutted.

Natalie

""") + '\n' + GT('On Sat, 15 Mar 2025 at 12:11, Tomás Ferrer <tomas@keelwright-surveys.com> wrote:', T("""
Hi Natalie,

The pre-purchase survey of the Hanse 415 in Alcúdia would take about 7 hours at €120 per hour, plus travel. Shall I go ahead?

Best,
""" + SIG_TOMAS)), fmt='alt', cte='base64')

R('r015', 'en', 'decline', ('Jonathan Pike', 'jonathan.pike@avonmere.co.uk'), PRIYA, 'RE: Temple Quay chiller plant - BS 4142',
  D('2025-03-18 16:40'), MID('outlook', 'r015'), fmt='html', cs='windows-1252', crlf=True, style='outlook', html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Priya,</p>
<p class="MsoNormal">Thank you for your proposal. After reviewing the submissions, we have decided to appoint another consultant for this package. We appreciate your time and hope to work with you on future schemes.</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal"><b>Jonathan Pike</b><br>Development Manager<br>Avonmere Estates Ltd</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Priya Raman &lt;priya.raman@quietline-acoustics.co.uk&gt;<br>
<b>Sent:</b> 10 March 2025 11:15<br>
<b>To:</b> Jonathan Pike &lt;jonathan.pike@avonmere.co.uk&gt;<br>
<b>Subject:</b> Temple Quay chiller plant - BS 4142</p></div>
<p class="MsoNormal">Dear Jonathan,</p>
<p class="MsoNormal">The BS 4142 assessment for the new chiller plant at Temple Quay, with the survey and report, would take about 14 hours at £140 per hour. Shall I go ahead?</p>
<p class="MsoNormal">Kind regards,<br>Priya Raman MIOA<br>Principal Consultant | Quietline Acoustics Ltd</p>
</div></body></html>
"""), hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

R('r016', 'en', 'decline', ('Claire Mulvihill', 'clairemulvihill@icloud.com'), AOIFE, "Re: Your grand-uncle's estate - next steps",
  D('2025-03-19 20:30'), MID('apple', 'r016', 'icloud.com'), T("""
Thanks Aoife, we've talked it over as a family and decided not to pursue the claim - Mum doesn't want the stress of it at her age. Please close the file.

Claire

""") + '\n' + GT('On 18 Mar 2025, at 12:44, Aoife Brannock <aoife@brannockhale.ie> wrote:', T("""

Dear Claire,

Pursuing the claim to your grand-uncle's estate in Manchester, including the evidence pack for the Government Legal Department, would take about 10 hours at €95 per hour. Shall I go ahead?

Kind regards,
""" + SIG_AOIFE)), hdrs=[('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')])

# ---------------------------------------------------------------- English: unclear
R('r017', 'en', 'unclear', ('Martin Kowalski', 'martin.kowalski@virginmedia.com'), PRIYA, 'Re: Loft conversion - sound test',
  D('2025-03-11 20:05'), MID('tb', 'r017', 'virginmedia.com'), T("""
Hi Priya,

Could you do it for a fixed £350 including travel? It's a one-off for us and I need a final number for the building control budget.

Martin

""") + '\n' + GT('On 11/03/2025 14:20, Priya Raman wrote:', T("""
Hi Martin,

The pre-completion sound test of the loft conversion floor would take about 3 hours at £140 per hour, plus travel. Shall I go ahead?

Best wishes,
Priya
""")), cs='iso-8859-1', cte='8bit', style='tb', hdrs=[('User-Agent', 'Mozilla Thunderbird')])

R('r018', 'en', 'unclear', ('Jeremy Cole', 'jeremy@colecapital.co.uk'), TOMAS, 'Re: Princess 45 - insurance survey',
  D('2025-03-12 07:40', '+0000'), MID('apple', 'r018', 'colecapital.co.uk'), T("""
Is that plus IVA? And does it include your travel to Santa Ponsa, or is that on top?

J

Sent from my iPhone

""") + '\n' + GT('On 11 Mar 2025, at 19:02, Tomás Ferrer <tomas@keelwright-surveys.com> wrote:', T("""

Hi Jeremy,

The insurance condition survey of the Princess 45 would take about 5 hours at €120 per hour. Shall I go ahead?

Best,
Tomás
""")), cte='8bit', hdrs=[('X-Mailer', 'iPhone Mail (22D82)')])

R('r019', 'en', 'unclear', ('Lydia Okonkwo', 'lydia@okonkwosauces.com'), FEMKE, 'Re: Sauce labels - allergens and translations',
  D('2025-03-14 12:22'), MID('gmail', 'r019'), T("""
Yes to the allergen check, but hold off on the translations for now - the Belgian distributor hasn't signed yet.

Lydia

""") + '\n' + GT('On Fri, 14 Mar 2025 at 10:50, Femke de Wit <femke@labelright.eu> wrote:', T("""
Hi Lydia,

Two parts: (1) the allergen check of the five sauce labels, about 2 hours; (2) the French and Dutch translations, about 4 hours; both at €110 per hour. Shall I go ahead?

Best,
Femke
""")), fmt='alt')

R('r020', 'en', 'unclear', ('Harold Jennings', 'hjennings@sover.net'), BEN, 'Re: Ithaca calendar clock',
  D('2025-03-17 19:55', '-0400'), MID('yahoo', 'r020'), T("""
Ben, ask me again in June. Cash flow's tight until the tax refund comes through, and the clock isn't going anywhere.

Harold

""") + '\n' + GT('On Monday, March 17, 2025, 3:02 PM, Ben Hartigan <ben@hartiganclockworks.com> wrote:', T("""
Hi Harold,

Restoring the Ithaca calendar clock - movement overhaul and re-silvering the calendar dial - would take about 12 hours at $85 per hour. Shall I go ahead?

Ben
""")), cs='us-ascii', cte='7bit')

R('r021', 'en', 'unclear', ('Joan Whitty', 'joanwhitty@yahoo.ie'), AOIFE, 'Re: New Zealand descendants',
  D('2025-03-15 11:30'), MID('yahoo', 'r021'), fmt='html', html=T("""
<html><head></head><body><div class="ydpa41yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;"><div dir="ltr">Thank you Aoife. It's more than I expected, I'll need to talk it over with my husband - I'll get back to you next week.</div><div dir="ltr"><br></div><div dir="ltr">Joan</div></div><div id="ydp2b1yahoo_quoted_9921" class="ydp2b1yahoo_quoted"><div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>On Friday, 14 March 2025 at 17:08:41 GMT, Aoife Brannock &lt;aoife@brannockhale.ie&gt; wrote:</div><div><br></div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><div dir="ltr">Dear Joan,</div><div dir="ltr">Tracing the descendants of your grandfather's brother who emigrated to New Zealand would take about 15 hours at €95 per hour. Shall I go ahead?</div><div dir="ltr">Kind regards,<br>Aoife Brannock<br>Brannock &amp; Hale Probate Genealogists</div></blockquote></div></div></body></html>
"""))

R('r022', 'en', 'unclear', ('Walter Briggs', 'wbriggs@briggslaw.com'), BEN, 'RE: Estate clocks - appraisal',
  D('2025-03-18 10:10', '-0400'), MID('outlook', 'r022'), T("""
Hi Ben - small correction, it's eleven clocks, not nine; my sister found two more in the attic. Would that change the price much?

Walter

""") + '\n' + OL('en', 'Ben Hartigan <ben@hartiganclockworks.com>', 'Monday, March 17, 2025 5:44 PM', 'Walter Briggs <wbriggs@briggslaw.com>',
                 'Estate clocks - appraisal', T("""
Hi Walter,

Appraising the nine clocks for the estate inventory, with a written report and photographs, would take about 10 hours at $85 per hour. Shall I go ahead?

""" + SIG_BEN)), cs='us-ascii', cte='7bit', crlf=True, style='outlook', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

R('r023', 'en', 'unclear', ('Gemma Stokes', 'gemma.stokes@gmail.com'), PRIYA, 'Re: Road noise - bedrooms',
  D('2025-03-19 22:01'), MID('gmail', 'r023'), T("""
Yes, well, that's rather more than I'd budgeted. What would it cost if you only did the main bedroom?

Gemma

""") + '\n' + GT('On Wed, 19 Mar 2025 at 15:35, Priya Raman <priya.raman@quietline-acoustics.co.uk> wrote:', T("""
Hi Gemma,

Measuring the road traffic noise in all three bedrooms overnight and recommending secondary glazing would take about 6 hours at £140 per hour. Shall I go ahead?

Best wishes,
Priya
""")), fmt='alt', cs='iso-8859-1')

R('r024', 'en', 'unclear', ('Brendan Tierney', 'btierney@tierneyquinlan.ie'), AOIFE, 'RE: Tierney estate - affidavit of kinship',
  D('2025-03-12 12:40'), MID('outlook', 'r024'), T("""
No objection in principle, but I need sign-off from the partners before we commit costs to the estate. I'll confirm by Friday.

Brendan Tierney
Tierney & Quinlan Solicitors, Limerick
061 412 880

""") + '\n' + OL('en', 'Aoife Brannock <aoife@brannockhale.ie>', '12 March 2025 09:10', 'Brendan Tierney <btierney@tierneyquinlan.ie>',
                 'Tierney estate - affidavit of kinship', T("""
Dear Brendan,

Preparing the affidavit of kinship evidence for the Tierney estate would take about 8 hours at €95 per hour. Shall I go ahead?

Kind regards,
""" + SIG_AOIFE)), fmt='alt', crlf=True, style='outlook', hstyle='outlook', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

R('r025', 'en', 'unclear', ('Sam Whitaker', 'sam@fuelledbars.co.uk'), FEMKE, 'Re: Protein bar claims',
  D('2025-03-13 07:58'), MID('gmail', 'r025'), T("""
Can you cap it at 2 hours? If it looks like needing more, call me before you carry on.

Sam

""") + '\n' + GT('On Wed, 12 Mar 2025, 16:40 Femke de Wit, <femke@labelright.eu> wrote:', T("""
Hi Sam,

Checking the protein and "source of fibre" claims on the new bar, including the nutrient calculations, would take about 3 hours at €110 per hour. Shall I go ahead?

Best,
Femke
""")), cte='base64')

R('r026', 'en', 'unclear', ('Andrew Pell', 'andrew.pell@pellmarine.co.uk'), TOMAS, 'Re: Dufour 412 - survey options',
  D('2025-03-16 17:45', '+0000'), MID('gmail', 'r026'), T("""
Answers inline.

On Sun, 16 Mar 2025 at 11:05, Tomás Ferrer <tomas@keelwright-surveys.com> wrote:
> Hi Andrew,
>
> 1. Pre-purchase hull and deck survey: about 6 hours.

OK

> 2. Engine survey with oil analysis: about 3 hours.

Not sure yet - the seller says it had a full service in January. Can we decide after the hull survey?

> Both at €120 per hour. Shall I go ahead?
>
> Tomás

Andrew
"""))

# ---------------------------------------------------------------- English: automatic
def _original(frm, to, subject, date, mid, text, irt=None, cs='utf-8'):
    """a complete copy of the firm's offer (for bounces)"""
    h = [('From', ADDR(frm)), ('To', ADDR(to)), ('Subject', SUBJ(subject)), ('Date', date), ('Message-ID', mid)]
    if irt:
        h += [('In-Reply-To', irt), ('References', irt)]
    return ''.join('%s: %s\n' % kv for kv in h).encode() + b'MIME-Version: 1.0\n' + leaf('text/plain', text, cs, 'quoted-printable')


def raw_postfix(e):
    b = '4F2A81C0A3B.1741946532/mail.keelwright-surveys.com'
    offer = _original(TOMAS, ('Dayo Okafor', 'd.okafor@harbourview-yachts.com'), 'Re: Bavaria 37 - condition survey',
                      D('2025-03-14 10:59', '+0100'), e['irt'], T("""
Hi Dayo,

The condition survey of the Bavaria 37 for the charter insurance would take about 5 hours at €120 per hour. Shall I go ahead?

Best,
""" + SIG_TOMAS), irt=e['refs'][0])
    notif = T("""
This is the mail system at host mail.keelwright-surveys.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.okafor@harbourview-yachts.com>: host mx1.harbourview-yachts.com[203.0.113.25]
    said: 550 5.1.1 <d.okafor@harbourview-yachts.com>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""")
    dsn = T("""
Reporting-MTA: dns; mail.keelwright-surveys.com
X-Postfix-Queue-ID: 4F2A81C0A3B
X-Postfix-Sender: rfc822; tomas@keelwright-surveys.com
Arrival-Date: Fri, 14 Mar 2025 11:02:09 +0100 (CET)

Final-Recipient: rfc822; d.okafor@harbourview-yachts.com
Original-Recipient: rfc822;d.okafor@harbourview-yachts.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.harbourview-yachts.com
Diagnostic-Code: smtp; 550 5.1.1 <d.okafor@harbourview-yachts.com>: Recipient
    address rejected: User unknown in virtual mailbox table
""") + '\n'
    parts = [b'Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + notif.encode() + b'\n',
             b'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + dsn.encode(),
             b'Content-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 7bit\n\n' + offer]
    hdrs = [('Return-Path', '<>'), ('X-Original-To', 'tomas@keelwright-surveys.com'),
            ('Delivered-To', 'tomas@keelwright-surveys.com'),
            ('Received', 'by mail.keelwright-surveys.com (Postfix)\n\tid 6C1D01C0A44; Fri, 14 Mar 2025 11:03:12 +0100 (CET)'),
            ('Date', e['date']), ('From', 'MAILER-DAEMON@mail.keelwright-surveys.com (Mail Delivery System)'),
            ('Subject', 'Undelivered Mail Returned to Sender'), ('To', 'tomas@keelwright-surveys.com'),
            ('Auto-Submitted', 'auto-replied'), ('Message-Id', e['mid']),
            ('In-Reply-To', e['irt']), ('References', ' '.join(e['refs']))]
    root = multipart('report', parts, b, params='; report-type=delivery-status')
    return ''.join('%s: %s\n' % kv for kv in hdrs).encode() + b'MIME-Version: 1.0\n' + root


Rm('r027', 'en', ('Mail Delivery System', 'MAILER-DAEMON@mail.keelwright-surveys.com'), TOMAS,
   'Undelivered Mail Returned to Sender', D('2025-03-14 11:03', '+0100'),
   '<20250314100212.6C1D01C0A44@mail.keelwright-surveys.com>', irt=OFFER_MID(TOMAS, 'r027'),
   refs=[MID('generic', 'firstr027', 'harbourview-yachts.com'), OFFER_MID(TOMAS, 'r027')], decision='automatic', raw=raw_postfix)


def raw_mdn(e):
    b = BOUNDARY('tb', 'r028')
    text = T("""
This is a Return Receipt for the mail that you sent to neil@theferrymanbristol.co.uk.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""")
    disp = T("""
Reporting-UA: mail.theferrymanbristol.co.uk; Mozilla Thunderbird
Final-Recipient: rfc822;neil@theferrymanbristol.co.uk
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % e['irt']) + '\n'
    orig = T("""
From: Priya Raman <priya.raman@quietline-acoustics.co.uk>
To: Neil Hargreaves <neil@theferrymanbristol.co.uk>
Subject: Re: Beer garden music - noise management plan
Date: Mon, 17 Mar 2025 10:30:12 +0000
Message-ID: %s
Disposition-Notification-To: Priya Raman <priya.raman@quietline-acoustics.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""" % e['irt']) + '\n'
    parts = [leaf('text/plain', text, 'utf-8', '7bit', params='; format=flowed'),
             ('Content-Type: message/disposition-notification; name="MDNPart2.txt"\nContent-Disposition: inline\n'
              'Content-Transfer-Encoding: 7bit\n\n' + disp).encode(),
             ('Content-Type: text/rfc822-headers; name="MDNPart3.txt"\nContent-Transfer-Encoding: 7bit\n'
              'Content-Disposition: inline\n\n' + orig).encode()]
    hdrs = [('From', ADDR(('Neil Hargreaves', 'neil@theferrymanbristol.co.uk'))), ('To', ADDR(PRIYA)),
            ('Subject', 'Return Receipt (displayed) - Re: Beer garden music - noise management plan'),
            ('Date', e['date']), ('Message-ID', e['mid']), ('In-Reply-To', e['irt']), ('References', ' '.join(e['refs'])),
            ('User-Agent', 'Mozilla Thunderbird')]
    root = multipart('report', parts, b, params='; report-type=disposition-notification',
                     preamble='This is a multi-part message in MIME format.')
    return ''.join('%s: %s\n' % kv for kv in hdrs).encode() + b'MIME-Version: 1.0\n' + root


Rm('r028', 'en', ('Neil Hargreaves', 'neil@theferrymanbristol.co.uk'), PRIYA,
   'Return Receipt (displayed) - Re: Beer garden music - noise management plan', D('2025-03-17 12:48'),
   MID('tb', 'r028', 'theferrymanbristol.co.uk'), irt=OFFER_MID(PRIYA, 'r028'),
   refs=[MID('generic', 'firstr028', 'theferrymanbristol.co.uk'), OFFER_MID(PRIYA, 'r028')], decision='automatic', raw=raw_mdn)

R('r029', 'en', 'automatic', ('Crunchfield Procurement', 'procurement@crunchfieldsnacks.co.uk'), FEMKE,
  '[PRQ-20481] Re: Quote - precautionary allergen review', D('2025-03-19 08:01'),
  MID('generic', 'r029', 'crunchfield.freshservice.com'), T("""
##- Please type your reply above this line -##

Dear Femke de Wit,

Thank you for contacting Crunchfield Snacks Procurement. This is an automated response confirming that your request has been received and logged with reference PRQ-20481.

A member of the team will respond within 3 working days. Please do not send a new email about the same matter; to add information, reply to this message and keep the reference in the subject line.

Crunchfield Procurement Helpdesk

This email is a service from Crunchfield Procurement. Delivered by Freshservice.
"""), fmt='alt', hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk')])

R('r030', 'en', 'automatic', ('Gordon Pike', 'gordon@pikefamily.net'), BEN, 'Re: Howard banjo clock - quote [verification required]',
  D('2025-03-13 14:20', '-0400'), MID('generic', 'r030', 'mailgate.pikefamily.net'), T("""
I apologize for this automatic reply to your email.

To control spam, I now allow incoming messages only from senders I have approved beforehand.

If you would like to be added to my list of approved senders, please fill out the short request form (see link below). Once I approve you, I will receive your original message in my inbox. You do not need to resend your message. I apologize for this one-time inconvenience.

Click the link below to fill out the request:
https://mailgate.pikefamily.net/verify?id=6F2A9C41B7&t=3321870

This message was generated by MailGate Sender Verification.
"""), cs='us-ascii', cte='7bit', hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Mailer', 'MailGate SV 4.2')])

# ---------------------------------------------------------------- German
R('r031', 'de', 'accept', ('Matthias Lorenz', 'm.lorenz@lorenz-ing.de'), TOMAS, 'AW: Wertgutachten Bavaria 46',
  D('2025-03-17 13:02', '+0100'), MID('outlook', 'r031'), T("""
Hallo Herr Ferrer,

passt, bitte legen Sie los. Der Schlüssel liegt wie besprochen beim Marinero.

Gruß
Matthias Lorenz

""") + '\n' + OL('de', 'Tomás Ferrer <tomas@keelwright-surveys.com>', 'Montag, 17. März 2025 12:10',
                 'Matthias Lorenz <m.lorenz@lorenz-ing.de>', 'Wertgutachten Bavaria 46', T("""
Hallo Herr Lorenz,

das Wertgutachten für Ihre Bavaria 46 in Port d'Andratx würde etwa 5 Stunden zu je 120 € dauern. Soll ich loslegen?

Viele Grüße
""" + SIG_TOMAS)), cs='windows-1252', crlf=True, style='outlook',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'de-DE')])

R('r032', 'de', 'decline', ('Heike Brandt', 'heike.brandt@web.de'), AOIFE, 'Re: Urkunden Großvater Brandt / O\'Neill',
  D('2025-03-18 08:30', '+0100'), MID('gmail', 'r032'), T("""
Sehr geehrte Frau Brannock,

vielen Dank für Ihr Angebot, aber das ist nicht mehr nötig: Mein Cousin hat die Urkunden inzwischen selbst über das Standesamt in Dublin bestellt.

Mit freundlichen Grüßen
Heike Brandt

""") + '\n' + GT('Am Mo., 17. März 2025 um 09:30 Uhr schrieb Aoife Brannock <aoife@brannockhale.ie>:', T("""
Sehr geehrte Frau Brandt,

die Beschaffung der irischen Geburts- und Heiratsurkunden Ihres Großvaters samt Apostille würde etwa 4 Stunden zu je 95 € in Anspruch nehmen. Soll ich damit beginnen?

Mit freundlichen Grüßen
""" + SIG_AOIFE)))

R('r033', 'de', 'unclear', ('Stefan Wagner', 'wagner@feinkost-wagner.de'), FEMKE, 'Re: Senf-Etiketten Niederlande',
  D('2025-03-18 10:40', '+0100'), MID('apple', 'r033', 'feinkost-wagner.de'), T("""
Hallo Frau de Wit,

ist das inklusive Mehrwertsteuer? Und könnten Sie uns einen Festpreis für alle sechs Etiketten machen? Dann kann ich es intern leichter freigeben.

Viele Grüße
Stefan Wagner

""") + '\n' + GT('Am 18.03.2025 um 10:15 schrieb Femke de Wit <femke@labelright.eu>:', T("""

Hallo Herr Wagner,

die Prüfung der sechs Senf-Etiketten für den niederländischen Markt würde etwa 4 Stunden zu je 110 € dauern. Soll ich anfangen?

Viele Grüße
""" + SIG_FEMKE)), fmt='alt', style='apple', hstyle='apple', hdrs=[('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')])

R('r034', 'de', 'automatic', ('Sabine Krüger', 's.krueger@kanzlei-krueger.de'), AOIFE,
  'Automatische Antwort: Nachlass Krüger - Angebot Urkundenbeschaffung', D('2025-03-19 09:12', '+0100'),
  MID('outlook', 'r034'), T("""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 28. März nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Petersen (petersen@kanzlei-krueger.de, Tel. 0421 556 23 40).

Mit freundlichen Grüßen
Sabine Krüger
Kanzlei Krüger | Bremen
"""), fmt='alt', crlf=True, style='outlook', hstyle='outlook',
  hdrs=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
        ('X-MS-Exchange-Inbox-Rules-Loop', 's.krueger@kanzlei-krueger.de'), ('Content-Language', 'de-DE')])


def raw_exchange_de(e):
    orig = _original(FEMKE, ('Einkauf Feinkost Haller', 'einkauf@feinkost-haller.de'), 'Prüfung Senf-Etiketten - Angebot',
                     D('2025-03-18 11:12', '+0100'), e['irt'], T("""
Sehr geehrte Damen und Herren,

die Prüfung der vier Feinkost-Etiketten für den niederländischen Markt würde etwa 3 Stunden zu je 110 € dauern. Soll ich anfangen?

Mit freundlichen Grüßen
""" + SIG_FEMKE), irt=e['refs'][0])
    plain = T("""
Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

einkauf@feinkost-haller.de
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihr Helpdesk.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH01.haller.local

einkauf@feinkost-haller.de
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Ursprüngliche Nachrichtenkopfzeilen:

From: Femke de Wit <femke@labelright.eu>
To: Einkauf Feinkost Haller <einkauf@feinkost-haller.de>
Subject: =?utf-8?q?Pr=C3=BCfung_Senf-Etiketten_-_Angebot?=
Date: Tue, 18 Mar 2025 10:12:30 +0000
Message-ID: %s
""" % e['irt'])
    htmlv = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<p><b><font color="#000066" size="3" face="Arial">Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:</font></b></p>'
             '<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:einkauf@feinkost-haller.de">einkauf@feinkost-haller.de</a><br></font>'
             '<font color="#000000" size="3" face="Arial">Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. '
             'Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, '
             'wenden Sie sich an Ihr Helpdesk.</font></p><br><font color="#808080" size="1" face="Tahoma"><p><b>Diagnoseinformationen für Administratoren:</b></p>'
             '<p>Generierender Server: EXCH01.haller.local</p><p>einkauf@feinkost-haller.de<br>'
             'Remote Server returned \'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\'<br></p></font></body></html>')
    dsn = T("""
Reporting-MTA: dns;EXCH01.haller.local
Received-From-MTA: dns;mail.labelright.eu
Arrival-Date: Tue, 18 Mar 2025 10:12:44 +0000

Final-Recipient: rfc822;einkauf@feinkost-haller.de
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
""") + '\n'
    alt = multipart('alternative', [leaf('text/plain', plain, 'utf-8', 'quoted-printable'),
                                    leaf('text/html', htmlv, 'utf-8', 'quoted-printable')], BOUNDARY('outlook', 'r035alt'))
    parts = [alt, b'Content-Type: message/delivery-status\n\n' + dsn.encode(),
             b'Content-Type: message/rfc822\n\n' + orig]
    root = multipart('report', parts, BOUNDARY('outlook', 'r035'), params='; report-type=delivery-status')
    hdrs = [('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@feinkost-haller.de>'),
            ('To', ADDR(FEMKE)), ('Date', e['date']), ('Content-Language', 'de-DE'), ('Message-ID', e['mid']),
            ('In-Reply-To', e['irt']), ('References', ' '.join(e['refs'])),
            ('Subject', SUBJ('Unzustellbar: Prüfung Senf-Etiketten - Angebot')), ('Auto-Submitted', 'auto-replied'),
            ('X-MS-Exchange-Message-Is-Ndr', '')]
    return ''.join('%s: %s\n' % kv for kv in hdrs).encode() + b'MIME-Version: 1.0\n' + root


Rm('r035', 'de', ('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@feinkost-haller.de'), FEMKE,
   'Unzustellbar: Prüfung Senf-Etiketten - Angebot', D('2025-03-18 11:12', '+0100'),
   '<5b0e3a9c-77d1-4f0a-9a71-0c3b2e6d1f42@EXCH01.haller.local>', irt=OFFER_MID(FEMKE, 'r035'),
   refs=[MID('generic', 'firstr035', 'feinkost-haller.de'), OFFER_MID(FEMKE, 'r035')], decision='automatic',
   raw=raw_exchange_de, crlf=True)

# ---------------------------------------------------------------- French
R('r036', 'fr', 'accept', ('Camille Rousseau', 'camille.rousseau@free.fr'), TOMAS, 'Re: Expertise Lagoon 400',
  D('2025-03-17 19:05', '+0100'), MID('apple', 'r036', 'free.fr'), T("""
Parfait, allez-y ! On a hâte.

Camille

Envoyé de mon iPhone

""") + '\n' + GT('Le 17 mars 2025 à 18:40, Tomás Ferrer <tomas@keelwright-surveys.com> a écrit :', T("""

Bonjour Camille,

L'expertise avant achat du Lagoon 400 à Palma, essai en mer compris, prendrait environ 7 heures à 120 € de l'heure. Souhaitez-vous que je m'en occupe ?

Cordialement,
""" + SIG_TOMAS)), fmt='alt', style='apple', hstyle='apple', hdrs=[('X-Mailer', 'iPhone Mail (22D82)')])

R('r037', 'fr', 'accept', ('Maître Hélène Garnier', 'h.garnier@garnier-notaires.fr'), AOIFE, 'RE : Traduction actes état civil - succession Doyle',
  D('2025-03-14 11:22', '+0100'), MID('outlook', 'r037'), fmt='html', cs='windows-1252', crlf=True, style='outlook', html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Madame,</p>
<p class="MsoNormal">Je vous confirme l’accord des héritiers pour la traduction certifiée des quatre actes. Je vous remercie de bien vouloir y procéder et de m’adresser votre facture à l’étude.</p>
<p class="MsoNormal">Je vous prie d’agréer, Madame, l’expression de mes salutations distinguées.</p>
<p class="MsoNormal">Hélène Garnier<br>Notaire<br>Garnier &amp; Associés – Lyon</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De&nbsp;:</b> Aoife Brannock &lt;aoife@brannockhale.ie&gt;<br>
<b>Envoyé&nbsp;:</b> jeudi 13 mars 2025 17:20<br>
<b>À&nbsp;:</b> Hélène Garnier &lt;h.garnier@garnier-notaires.fr&gt;<br>
<b>Objet&nbsp;:</b> Traduction actes état civil - succession Doyle</p></div>
<p class="MsoNormal">Maître,</p>
<p class="MsoNormal">La traduction certifiée des quatre actes d’état civil irlandais, avec la vérification des filiations, prendrait environ 5 heures à 95 € de l’heure. Puis-je procéder ?</p>
<p class="MsoNormal">Bien cordialement,<br>Aoife Brannock<br>Brannock &amp; Hale Probate Genealogists</p>
</div></body></html>
"""), hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'fr-FR')])

R('r038', 'fr', 'decline', ('Yves Lefèvre', 'yves.lefevre83@gmail.com'), TOMAS, 'Re: Expertise assurance Sun Odyssey 36i',
  D('2025-03-18 08:50', '+0100'), MID('gmail', 'r038'), T("""
Non merci, finalement nous avons trouvé un expert sur place à Toulon, ce sera plus simple. Merci quand même pour la réactivité.

Yves Lefèvre

""") + '\n' + GT('Le lun. 17 mars 2025 à 11:02, Tomás Ferrer <tomas@keelwright-surveys.com> a écrit :', T("""
Bonjour M. Lefèvre,

L'expertise d'assurance de votre Jeanneau Sun Odyssey 36i, déplacement à Toulon compris, prendrait environ 9 heures à 120 € de l'heure. Je lance ?

Cordialement,
Tomás
""")), cs='windows-1252')

R('r039', 'fr', 'unclear', ('Aurélie Masson', 'aurelie@chocolaterie-masson.fr'), FEMKE, 'Re: Relecture étiquettes tablettes',
  D('2025-03-19 14:35', '+0100'), MID('tb', 'r039', 'chocolaterie-masson.fr'), T("""
Bonjour Femke,

C'est un peu plus que prévu... Vous pourriez faire seulement les quatre best-sellers pour commencer, en 1h30 ?

Aurélie
Chocolaterie Masson – Annecy

""") + '\n' + GT('Le 19/03/2025 à 11:20, Femke de Wit a écrit :', T("""
Bonjour Aurélie,

La relecture des huit étiquettes de tablettes pour le marché néerlandais prendrait environ 3 heures à 110 € de l'heure. Souhaitez-vous que je commence ?

Bien à vous,
Femke
""")), cte='8bit', style='tb', tparams='; format=flowed', hdrs=[('User-Agent', 'Mozilla Thunderbird')])

R('r040', 'fr', 'automatic', ('Nathalie Roux', 'n.roux@biscuiterie-roux.fr'), FEMKE,
  'Réponse automatique : Étiquettes sablés - devis', D('2025-03-17 09:03', '+0100'), MID('outlook', 'r040'), T("""
Bonjour,

Je suis absente du bureau du 17 au 28 mars inclus, avec un accès limité à mes e-mails.

Pour toute urgence, merci de contacter Julie Martin au 04 50 23 11 87 ou à j.martin@biscuiterie-roux.fr.

Cordialement,
Nathalie Roux
Responsable qualité – Biscuiterie Roux
"""), hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Content-Language', 'fr-FR')])

# ---------------------------------------------------------------- Spanish
R('r041', 'es', 'accept', ('Pablo Ferrando', 'pablo.ferrando@gmail.com'), TOMAS, 'Re: Peritación Sea Ray',
  D('2025-03-17 13:10', '+0100'), MID('gmail', 'r041'), T("""
Vale, adelante. El vendedor ya está avisado para el jueves.

Gracias,
Pablo

""") + '\n' + GT('El lun, 17 mar 2025 a las 12:30, Tomás Ferrer (<tomas@keelwright-surveys.com>) escribió:', T("""
Hola Pablo:

La peritación previa a la compra de la Sea Ray, con prueba de mar, serían unas 5 horas a 120 € la hora. ¿Quieres que la haga?

Un saludo,
""" + SIG_TOMAS)), fmt='alt', cte='base64')

R('r042', 'es', 'accept', ('Lucía Navarro', 'lnavarro@nauticalevante.es'), TOMAS, 'RE: Inspección flota de alquiler - póliza 2025',
  D('2025-03-18 09:25', '+0100'), MID('outlook', 'r042'), T("""
Buenos días Tomás:

De acuerdo, procede. La factura a nombre de Náutica Levante S.L., CIF B12345678, por favor.

Saludos,
Lucía Navarro
Náutica Levante S.L. · Alicante

-----Mensaje original-----
De: Tomás Ferrer <tomas@keelwright-surveys.com>
Enviado el: lunes, 17 de marzo de 2025 18:02
Para: Lucía Navarro <lnavarro@nauticalevante.es>
Asunto: Inspección flota de alquiler - póliza 2025

Hola Lucía:

La inspección de las cuatro embarcaciones de alquiler para la renovación de la póliza llevaría unas 10 horas a 120 € la hora. ¿Sigo adelante?

Un saludo,
""" + SIG_TOMAS), cs='windows-1252', cte='8bit', crlf=True, style='outlook',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'es-ES')])

R('r043', 'es', 'decline', ('Ramón Gil', 'ramongil@telefonica.net'), TOMAS, 'Re: Informe llaüt para el seguro',
  D('2025-03-15 20:40', '+0100'), MID('apple', 'r043', 'telefonica.net'), T("""
No, gracias. Al final vendemos el barco tal cual y el comprador se encarga de todo.

Ramón

Enviado desde mi iPhone

""") + '\n' + GT('El 15 mar 2025, a las 17:12, Tomás Ferrer <tomas@keelwright-surveys.com> escribió:', T("""

Hola Ramón:

El informe de estado del llaüt para el seguro llevaría unas 4 horas a 120 € la hora. ¿Te parece bien que lo haga?

Saludos,
Tomás
""")), hdrs=[('X-Mailer', 'iPhone Mail (22D82)')])

R('r044', 'es', 'unclear', ('Sofía Brennan', 'sofia.brennan@adinet.com.uy'), AOIFE, 'Re: Partida de bautismo - Cork',
  D('2025-03-16 10:15', '-0300'), MID('gmail', 'r044'), T("""
Hola Aoife, gracias. Ahora mismo no puedo, estamos en plena mudanza. Escribime de nuevo después de Semana Santa y lo vemos.

Sofía

""") + '\n' + GT('El vie, 14 mar 2025 a las 13:02, Aoife Brannock (<aoife@brannockhale.ie>) escribió:', T("""
Hola Sofía:

Buscar la partida de bautismo de su bisabuelo en los registros parroquiales de Cork y obtener la copia certificada llevaría unas 5 horas a 95 € la hora. ¿Quiere que empiece?

Saludos cordiales,
""" + SIG_AOIFE)), cte='8bit')

R('r045', 'es', 'automatic', ('Jorge Vidal', 'jvidal@nauticavidal.com'), TOMAS, 'Respuesta automática: Peritación Astondoa 43',
  D('2025-03-18 07:31', '+0100'), MID('outlook', 'r045'), fmt='html', html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Gracias por su mensaje.</p>
<p>Estaré fuera de la oficina hasta el lunes 24 de marzo, sin acceso al correo electrónico. Para asuntos urgentes, contacte con Marina Soler en el 971 66 02 13 o en msoler@nauticavidal.com.</p>
<p>Un saludo,<br>Jorge Vidal<br>Náutica Vidal · Port Adriano</p>
</div></body></html>
"""), hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Content-Language', 'es-ES')])

# ---------------------------------------------------------------- Dutch
R('r046', 'nl', 'accept', ('Lotte van Dam', 'lotte@theehuisvandam.nl'), FEMKE, 'Re: Theeverpakkingen Duitsland',
  D('2025-03-18 15:02', '+0100'), MID('gmail', 'r046'), T("""
Prima, ga je gang!

Lotte

""") + '\n' + GT('Op di 18 mrt 2025 om 14:20 schreef Femke de Wit <femke@labelright.eu>:', T("""
Hoi Lotte,

Het controleren van de vier theeverpakkingen op de Duitse eisen zou ongeveer 3 uur kosten tegen € 110 per uur. Zal ik beginnen?

Groet,
Femke
""")), fmt='alt')

R('r047', 'nl', 'decline', ('Erik Mulder', 'e.mulder@sauzenfabriek.nl'), FEMKE, 'RE: Voedingswaarden sauzen',
  D('2025-03-12 16:44', '+0100'), MID('outlook', 'r047'), T("""
Nee, dat doen we zelf wel, onze stagiair heeft er deze maand tijd voor. Bedankt voor de snelle reactie.

Erik

""") + '\n' + OL('nl', 'Femke de Wit <femke@labelright.eu>', 'woensdag 12 maart 2025 13:05', 'Erik Mulder <e.mulder@sauzenfabriek.nl>',
                 'Voedingswaarden sauzen', T("""
Beste Erik,

Het omrekenen van de voedingswaarden per 100 g voor alle twaalf sauzen zou ongeveer 5 uur kosten tegen € 110 per uur. Zal ik ermee aan de slag gaan?

Met vriendelijke groet,
""" + SIG_FEMKE)), cs='windows-1252', crlf=True, style='outlook',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'nl-NL')])

R('r048', 'nl', 'decline', ('mr. J. Visser', 'j.visser@vissernotarissen.nl'), AOIFE, 'RE: Erfgenamenonderzoek familie Lynch',
  D('2025-03-19 11:50', '+0100'), MID('outlook', 'r048'), fmt='html', cte='base64', crlf=True, style='outlook', html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="NL"><div class="WordSection1">
<p class="MsoNormal">Geachte mevrouw Brannock,</p>
<p class="MsoNormal">Dank voor uw offerte. Het onderzoek is inmiddels niet meer nodig: de erfgenamen hebben zich zelf bij ons kantoor gemeld.</p>
<p class="MsoNormal">Met vriendelijke groet,</p>
<p class="MsoNormal">mr. J. (Jeroen) Visser<br>notaris<br>Visser Notarissen | Zwolle</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Van:</b> Aoife Brannock &lt;aoife@brannockhale.ie&gt;<br>
<b>Verzonden:</b> dinsdag 18 maart 2025 10:40<br>
<b>Aan:</b> J. Visser &lt;j.visser@vissernotarissen.nl&gt;<br>
<b>Onderwerp:</b> Erfgenamenonderzoek familie Lynch</p></div>
<p class="MsoNormal">Geachte heer Visser,</p>
<p class="MsoNormal">Het erfgenamenonderzoek naar de familie Lynch in Cork zou ongeveer 12 uur in beslag nemen tegen € 95 per uur. Zal ik het onderzoek starten?</p>
<p class="MsoNormal">Met vriendelijke groet,<br>Aoife Brannock</p>
</div></body></html>
"""), hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'nl-NL')])

R('r049', 'nl', 'unclear', ('Bram Koster', 'bramkoster@ziggo.nl'), TOMAS, 'Re: Conditiekeuring Dehler 34',
  D('2025-03-13 21:10', '+0100'), MID('apple', 'r049', 'ziggo.nl'), T("""
Is dat inclusief btw en reiskosten naar Alcúdia? Dan weet ik waar ik aan toe ben.

Bram

Verstuurd vanaf mijn iPhone

""") + '\n' + GT('Op 13 mrt 2025 om 18:20 heeft Tomás Ferrer <tomas@keelwright-surveys.com> het volgende geschreven:', T("""

Hoi Bram,

De conditiekeuring van je Dehler 34 voor de verzekering zou ongeveer 4 uur kosten tegen € 120 per uur. Zal ik het inplannen?

Groet,
Tomás
""")), hdrs=[('X-Mailer', 'iPhone Mail (22D82)')])

R('r050', 'nl', 'unclear', ('Ingrid Bosman', 'ingrid@kaasboerderijbosman.nl'), FEMKE, 'Re: Kaasetiketten Frankrijk',
  D('2025-03-14 08:35', '+0100'), MID('tb', 'r050', 'kaasboerderijbosman.nl'), T("""
Ja voor de oude kaas, de andere twee wachten we nog even mee tot na de proeverij in april.

Ingrid

""") + '\n' + GT('Op 13-03-2025 om 16:50 schreef Femke de Wit:', T("""
Hoi Ingrid,

Drie etiketten (oude kaas, jonge kaas, komijn) controleren voor de Franse markt: ongeveer 1,5 uur per etiket tegen € 110 per uur. Zal ik alle drie doen?

Groet,
Femke
""")), cte='8bit', style='tb', hdrs=[('User-Agent', 'Mozilla Thunderbird')])

# ---------------------------------------------------------------- Italian
R('r051', 'it', 'accept', ('Davide Marchetti', 'davide.marchetti@icloud.com'), TOMAS, 'Re: Perizia First 40',
  D('2025-03-16 18:05', '+0100'), MID('apple', 'r051', 'icloud.com'), T("""
Va bene, procediamo. Le confermo martedì mattina in banchina.

Davide

Inviato da iPhone

""") + '\n' + GT('Il giorno 16 mar 2025, alle ore 17:30, Tomás Ferrer <tomas@keelwright-surveys.com> ha scritto:', T("""

Buongiorno Davide,

la perizia pre-acquisto del Beneteau First 40 con prova in mare richiederebbe circa 7 ore a 120 € l'ora. Procedo?

Cordiali saluti,
Tomás
""")), hdrs=[('X-Mailer', 'iPhone Mail (22D82)')])

R('r052', 'it', 'accept', ('Dott. Marco Ferri', 'm.ferri@studioferri.it'), AOIFE, 'R: Traduzione giurata certificati Walsh',
  D('2025-03-18 12:20', '+0100'), MID('outlook', 'r052'), T("""
Sì, grazie, vada pure avanti con la traduzione giurata. Mi mandi la fattura intestata allo studio.

Cordiali saluti,
Marco Ferri
Studio Ferri – Commercialisti associati, Bergamo

""") + '\n' + OL('it', 'Aoife Brannock <aoife@brannockhale.ie>', 'lunedì 17 marzo 2025 16:45', 'Marco Ferri <m.ferri@studioferri.it>',
                 'Traduzione giurata certificati Walsh', T("""
Gentile Dott. Ferri,

la traduzione giurata dei tre certificati di nascita con asseverazione in tribunale richiederebbe circa 4 ore a 95 € l'ora. Posso procedere?

Cordiali saluti,
""" + SIG_AOIFE)), fmt='alt', cs='windows-1252', crlf=True, style='outlook', hstyle='outlook',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'it-IT')])

R('r053', 'it', 'decline', ('Francesca Russo', 'francesca@sughirusso.it'), FEMKE, 'Re: Etichette sughi - Olanda',
  D('2025-03-19 17:15', '+0100'), MID('gmail', 'r053'), T("""
Ciao Femke, ti ringrazio ma rinunciamo: il budget per l'export di quest'anno è già finito.

Francesca

""") + '\n' + GT('Il giorno mer 19 mar 2025 alle ore 10:02 Femke de Wit <femke@labelright.eu> ha scritto:', T("""
Ciao Francesca,

la revisione delle etichette dei sei sughi per il mercato olandese richiederebbe circa 5 ore a 110 € l'ora. Procedo?

Un saluto,
Femke
""")), cte='base64')

R('r054', 'it', 'unclear', ('Enzo Caruso', 'gelateriacaruso.bath@gmail.com'), PRIYA, 'Re: Condenser noise - licensing',
  D('2025-03-15 22:30'), MID('apple', 'r054', 'gmail.com'), T("""
Ciao Priya, si può fare a prezzo fisso? Tipo 400 pound tutto compreso, report incluso. Fammi sapere.

Enzo

""") + '\n' + GT('On 15 Mar 2025, at 16:02, Priya Raman <priya.raman@quietline-acoustics.co.uk> wrote:', T("""

Hi Enzo,

The noise assessment of the condenser unit for the licensing application would take about 4 hours at £140 per hour. Shall I go ahead?

Best wishes,
Priya
""")), cte='8bit', hdrs=[('X-Mailer', 'iPhone Mail (22D82)')])

R('r055', 'it', 'unclear', ('Giorgio Lanza', 'giorgio.lanza@gmail.com'), TOMAS, 'Re: Perizia gozzo Portocolom',
  D('2025-03-17 21:02', '+0100'), MID('gmail', 'r055'), T("""
Buonasera Tomás,

ci penso un attimo e le faccio sapere entro fine mese, devo sentire anche mio fratello che è comproprietario.

Giorgio

""") + '\n' + GT('Il giorno lun 17 mar 2025 alle ore 19:10 Tomás Ferrer <tomas@keelwright-surveys.com> ha scritto:', T("""
Buonasera Giorgio,

la perizia assicurativa del suo gozzo a Portocolom richiederebbe circa 4 ore a 120 € l'ora, più il trasferimento. Procedo?

Cordiali saluti,
Tomás
""")), fmt='alt')

# ---------------------------------------------------------------- Portuguese
R('r056', 'pt', 'accept', ('Miguel Antunes', 'miguel.antunes@sapo.pt'), TOMAS, 'Re: Arqueação - certificado DGRM',
  D('2025-03-17 10:45', '+0000'), MID('apple', 'r056', 'sapo.pt'), T("""
Pode avançar, obrigado. O barco está no pantalão 6 até sexta.

Miguel Antunes

Enviado do meu iPhone

""") + '\n' + GT('No dia 17/03/2025, às 10:12, Tomás Ferrer <tomas@keelwright-surveys.com> escreveu:', T("""

Bom dia Miguel,

A medição de arqueação e o certificado para a DGRM levariam cerca de 4 horas a 120 € por hora. Posso avançar?

Cumprimentos,
Tomás
""")), hdrs=[('X-Mailer', 'iPhone Mail (22D82)')])

R('r057', 'pt', 'decline', ('Paulo Teixeira', 'paulo@ptconstrucoes.co.uk'), PRIYA, 'RE: Sound testing Bedminster',
  D('2025-03-14 07:20'), MID('outlook', 'r057'), T("""
Não, obrigado. Já tratámos disso com outra empresa que estava na obra ao lado.

Paulo Teixeira
PT Construções UK Ltd

""") + '\n' + OL('pt', 'Priya Raman <priya.raman@quietline-acoustics.co.uk>', 'quinta-feira, 13 de março de 2025 16:30',
                 'Paulo Teixeira <paulo@ptconstrucoes.co.uk>', 'Sound testing Bedminster', T("""
Hi Paulo,

Pre-completion sound testing of the six flats at Bedminster would take about 7 hours at £140 per hour. Shall I go ahead?

Best wishes,
""" + SIG_PRIYA)), cs='windows-1252', crlf=True, style='outlook',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'pt-PT')])

R('r058', 'pt', 'decline', ('Luciana Ferreira', 'luciana.ferreira@gmail.com'), AOIFE, 'Re: Certidão do bisavô',
  D('2025-03-18 19:40', '-0300'), MID('gmail', 'r058'), T("""
Obrigada, Aoife, mas não vou mais precisar: meu primo já conseguiu a certidão pelo site do governo irlandês.

Abraços,
Luciana

""") + '\n' + GT('Em seg., 17 de mar. de 2025 às 15:40, Aoife Brannock <aoife@brannockhale.ie> escreveu:', T("""
Prezada Luciana,

A obtenção da certidão de nascimento do seu bisavô no registro irlandês, com apostila, levaria cerca de 3 horas a 95 € por hora. Posso prosseguir?

Atenciosamente,
""" + SIG_AOIFE)), fmt='alt', cte='base64')

R('r059', 'pt', 'unclear', ('Tiago Moreira', 'tiago@conservasmoreira.pt'), FEMKE, 'Re: Rótulos conservas - Alemanha',
  D('2025-03-19 12:05', '+0000'), MID('tb', 'r059', 'conservasmoreira.pt'), T("""
Sim, mas antes preciso de saber se o valor inclui IVA e se a tradução para alemão está incluída.

Tiago

""") + '\n' + GT('Em 19/03/2025 10:44, Femke de Wit escreveu:', T("""
Olá Tiago,

A revisão dos rótulos das cinco conservas para o mercado alemão levaria cerca de 4 horas a 110 € por hora. Posso avançar?

Cumprimentos,
Femke
""")), cte='8bit', style='tb', hdrs=[('User-Agent', 'Mozilla Thunderbird')])

R('r060', 'pt', 'automatic', ('Juliana Costa', 'juliana.costa@outlook.com'), BEN, 'Resposta automática: Relógio de parede - orçamento',
  D('2025-03-18 09:00', '-0400'), MID('outlook', 'r060'), T("""
Olá! Estou de férias até 31/03, com acesso limitado ao e-mail. Responderei assim que possível.

Para assuntos urgentes, ligue para (617) 555-0102.

Obrigada,
Juliana Costa
"""), cs='iso-8859-1', hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


# ====================================================================== write
def main():
    for d in (QDIR, RDIR):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for e in QUESTIONS:
        with open(os.path.join(QDIR, e['n'] + '.eml'), 'wb') as f:
            f.write(build(e))
        exp = {'questions': list(e['questions']), 'quoted': list(e['quoted'])}
        if e['questions']:
            exp['language'] = e['lang']
        with open(os.path.join(QDIR, e['n'] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write('\n')
    for e in REPLIES:
        with open(os.path.join(RDIR, e['n'] + '.eml'), 'wb') as f:
            f.write(build(e))
        with open(os.path.join(RDIR, e['n'] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump({'decision': e['decision']}, f, indent=2)
            f.write('\n')
    # summary
    from collections import Counter
    ql = Counter(e['lang'] for e in QUESTIONS)
    qe = Counter(e['lang'] for e in QUESTIONS if not e['questions'])
    rl = Counter(e['lang'] for e in REPLIES)
    rd = Counter(e['decision'] for e in REPLIES)
    rld = Counter((e['lang'], e['decision']) for e in REPLIES)
    print('questions', len(QUESTIONS), dict(ql), 'empty', dict(qe))
    print('key phrases', sum(len(e['questions']) for e in QUESTIONS), 'quoted', sum(len(e['quoted']) for e in QUESTIONS))
    pl = Counter()
    pq = Counter()
    for e in QUESTIONS:
        pl[e['lang']] += len(e['questions'])
        pq[e['lang']] += len(e['quoted'])
    print('phrases per language', dict(pl), 'quoted per language', dict(pq))
    print('replies', len(REPLIES), dict(rl), dict(rd))
    print('by lang/decision', sorted(rld.items()))
    print('CRLF: questions', sum(1 for e in QUESTIONS if e.get('crlf')), 'replies', sum(1 for e in REPLIES if e.get('crlf')))
    print('cte questions', Counter(e.get('cte', 'quoted-printable') for e in QUESTIONS if 'raw' not in e),
          'charsets', Counter(e.get('cs', 'utf-8') for e in QUESTIONS + REPLIES if 'raw' not in e))


if __name__ == '__main__':
    main()
