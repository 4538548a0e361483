#!/usr/bin/env python3
"""Generator for blind round 16: writes questions/ and replies/ (stdlib only)."""
# shared helpers for gen.py (stdlib only)
import base64, quopri, html, re, email.utils
from email.header import Header

def enc_header(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()

def addr(name, mail):
    return email.utils.formataddr((name, mail))  # encodes non-ascii names

def encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte in ('7bit', '8bit'):
        for line in raw.split(b'\n'):
            assert len(line) < 990, 'line too long for %s' % cte
        if cte == '7bit':
            raw.decode('ascii')
        return raw
    raise ValueError(cte)

def leaf(text, subtype='plain', cs='utf-8', cte='8bit', extra=None):
    h = [('Content-Type', 'text/%s; charset="%s"' % (subtype, cs)), ('Content-Transfer-Encoding', cte)]
    if subtype == 'plain' and extra:
        h[0] = ('Content-Type', h[0][1] + extra)
    return (h, encode_body(text, cs, cte))

def binpart(ctype, filename, data):
    h = [('Content-Type', '%s; name="%s"' % (ctype, filename)),
         ('Content-Disposition', 'attachment; filename="%s"' % filename),
         ('Content-Transfer-Encoding', 'base64')]
    return (h, base64.encodebytes(data))

_bn = [0]
def multipart(subtype, parts, params=''):
    _bn[0] += 1
    b = '=_b16_%04d_%s' % (_bn[0], subtype[:3])
    h = [('Content-Type', 'multipart/%s; boundary="%s"%s' % (subtype, b, params))]
    out = b'This is a multi-part message in MIME format.\n'
    for ph, pb in parts:
        out += b'\n--' + b.encode() + b'\n'
        out += b''.join(('%s: %s\n' % kv).encode() for kv in ph) + b'\n' + pb
        if not pb.endswith(b'\n'):
            out += b'\n'
    out += b'\n--' + b.encode() + b'--\n'
    return (h, out)

def rawpart(ctype, body_bytes, cte=None):
    h = [('Content-Type', ctype)]
    if cte: h.append(('Content-Transfer-Encoding', cte))
    return (h, body_bytes)

def message(headers, part, crlf=False):
    out = b''.join(('%s: %s\n' % (k, v)).encode('ascii') for k, v in headers)
    out += b'MIME-Version: 1.0\n'
    ph, pb = part
    out += b''.join(('%s: %s\n' % kv).encode() for kv in ph) + b'\n' + pb
    if crlf:
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out

def _inline(s):
    return html.escape(s, quote=False)

def html_from_text(text, title="", cs="utf-8"):
    """Turn plain text into simple HTML: '>' lines -> blockquote, '- ' lines -> ul, 'N. ' lines -> ol."""
    def block(lines):
        out = []; i = 0
        while i < len(lines):
            l = lines[i]
            if l.startswith('>'):
                q = []
                while i < len(lines) and lines[i].startswith('>'):
                    s = lines[i][1:]
                    q.append(s[1:] if s.startswith(' ') else s); i += 1
                out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + block(q) + '</blockquote>')
            elif re.match(r'^\s*[-*•] ', l):
                items = []
                while i < len(lines) and re.match(r'^\s*[-*•] ', lines[i]):
                    items.append(re.sub(r'^\s*[-*•] ', '', lines[i])); i += 1
                out.append('<ul>' + ''.join('<li>%s</li>' % _inline(x) for x in items) + '</ul>')
            elif re.match(r'^\d+[.)] ', l):
                items = []
                while i < len(lines) and re.match(r'^\d+[.)] ', lines[i]):
                    items.append(re.sub(r'^\d+[.)] ', '', lines[i])); i += 1
                out.append('<ol>' + ''.join('<li>%s</li>' % _inline(x) for x in items) + '</ol>')
            elif l.strip() == '':
                i += 1
            else:
                para = []
                while i < len(lines) and lines[i].strip() and not lines[i].startswith('>') \
                        and not re.match(r'^\s*[-*•] ', lines[i]) and not re.match(r'^\d+[.)] ', lines[i]):
                    para.append(_inline(lines[i])); i += 1
                out.append('<p>' + '<br>\n'.join(para) + '</p>')
        return '\n'.join(out)
    body = block(text.split('\n'))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<title>%s</title></head>\n<body style="font-family:Calibri,Arial,sans-serif">\n<div dir="ltr">\n%s\n</div>\n</body></html>\n'
            % (cs, _inline(title), body))

# ---------------------------------------------------------------- firms
FIRMS = {
 'green': ('Tom Ashby', 'tom@greenreach-landscapes.co.uk', 'Greenreach Landscapes', '£85'),
 'expat': ('Marieke de Wit', 'marieke@expatax-advisers.eu', 'Expatax Advisers', '€180'),
 'yacht': ('Luc Ferrand', 'luc@azur-yachtbrokers.fr', 'Azur Yacht Brokers', '€220'),
 'vogel': ('Jonas Vogel', 'j.vogel@vogel-tragwerk.de', 'Vogel Tragwerksplanung', '€140'),
 'tonfeld': ('Ana Ribeiro', 'ana@tonfeld-licensing.com', 'Tonfeld Music Licensing', '$250'),
}

QUESTIONS = []
def Q(n, lang, firm, sender, subj, body, fmt='plain', cs='utf-8', cte='8bit', crlf=False, attach=None, extra_headers=None):
    QUESTIONS.append(dict(n=n, lang=lang, firm=firm, sender=sender, subj=subj, body=body, fmt=fmt, cs=cs,
                          cte=cte, crlf=crlf, attach=attach, extra=extra_headers or []))

# ---- English -------------------------------------------------------------
Q(1, 'en', 'green', ('Greg Ashcombe', 'greg.ashcombe@ashbyrow.co.uk'), 'invoice + north border', """hi tom

[[need the invoice redone with the new]] company name, Ashby Row Ltd not Ashby Row Holdings

also can you [[!quote for replanting the north border]] with something that survives shade. nothing spiky, kids

ta
Greg

Sent from my iPhone
""")

Q(2, 'en', 'green', ('Maureen Tillotson', 'maureen.tillotson@btinternet.com'), 'Garden party & the lawn', """Dear Tom,

How are you keeping? I hope the knee is better. We had the garden party on Saturday and I have to say everyone admired the new rose arch, my sister-in-law Pat even asked for your number, so you may hear from her, although I warned her you are booked up until the spring. The weather held until about four and then of course the heavens opened and the bottom of the lawn turned into a paddling pool again, which it has been doing every time it rains since the neighbours put in their extension, and the dog came in looking like a chocolate labrador instead of a yellow one. Who plants a willow that close to a fence, honestly? Anyway, while you're at it could you [[!take a look at the drainage survey]] the neighbours had done for their planning application and tell me if their soakaway is why our lawn floods. I have put a copy through your letterbox in a brown envelope. No rush before Christmas.

Warm regards,
Maureen Tillotson
""", cs='iso-8859-1', cte='quoted-printable')

Q(3, 'en', 'green', ('Priya Raman', 'priya.raman@gmail.com'), 'Re: Hedge', """Thanks Tom, the hedge looks brilliant. Payment went out this morning.

Let me know if anything else is needed.

Priya
""", fmt='html', cte='quoted-printable', crlf=True)

Q(4, 'en', 'green', ('Charles Wetherby', 'c.wetherby@wetherby-estates.com'), 'Patio and planting - queries', """Dear Mr Ashby,

Further to your site visit, I should be grateful for answers to the following:

1. [[What date will the crew arrive]] to begin the patio?
2. [[Do you need access to the side gate]], or will the front drive suffice?
3. Please [[!prepare a revised planting scheme using only native]] species, with costs.
4. [[Is the retaining wall covered]] by your public liability insurance?

Yours sincerely,

Charles Wetherby
Wetherby Estates Ltd | 01632 960 412
""", fmt='alt', cs='windows-1252', cte='quoted-printable')

Q(5, 'en', 'green', ('Olu Adeyemi', 'olu.adeyemi@outlook.com'), 'Fwd: TPO ref 22/0419', """Tom - [[!can you deal with the below]]? Council letter re the tree preservation order. I have no idea what they want from us.

Olu

---------- Forwarded message ---------
From: Planning Enforcement <planning.enforcement@northdown.gov.uk>
Date: Tue, 1 Dec 2026 at 10:14
Subject: TPO ref 22/0419
To: <olu.adeyemi@outlook.com>

Dear Occupier,

Could you confirm within 21 days whether works to the protected oak at the rear boundary have been carried out? Please also provide the name of the contractor.

Planning Enforcement Team
Northdown District Council
""")

Q(6, 'en', 'expat', ('Fiona Gallagher', 'fiona.gallagher@icloud.com'), 'mortgage - bank letter', """Hi Marieke,

Quick one from us. The bank wants to know: [[are we tax resident in Portugal]] or the UK for 2025? They need it in writing for the mortgage file, so could you [[!send them a short letter confirming]] our status? Contact is Rui Matos, rmatos@bancoatlantico.pt.

Thanks so much,
Fiona & Mark

Sent from my iPad
""")

Q(7, 'en', 'expat', ('Kwame Mensah', 'kwame.mensah@petrolink-me.com'), 'RE: 2025 return', """Hi Marieke,

Hope the move to the new office went well? Sorry for the slow reply, it has been crazy out here.

I've now got all the paperwork, so [[!could you file my 2025 return]] and also [[!check whether I can still claim]] the foreign earnings deduction for the months I was in Dubai?

P60 attached.

Kind regards,
Kwame Mensah
Senior Project Engineer – PetroLink Middle East
M +971 50 123 4567

From: Marieke de Wit <marieke@expatax-advisers.eu>
Sent: 12 November 2026 09:31
To: Kwame Mensah <kwame.mensah@petrolink-me.com>
Subject: RE: 2025 return

Hi Kwame,

Do you have your P60 for last year? I cannot start without it.

Best,
Marieke

From: Kwame Mensah <kwame.mensah@petrolink-me.com>
Sent: 10 November 2026 18:02
To: Marieke de Wit <marieke@expatax-advisers.eu>
Subject: 2025 return

Hi, what do you need from me for this year's return?
""", cs='windows-1252', cte='quoted-printable', crlf=True, attach=('application/pdf', 'P60_2025.pdf'))

Q(8, 'en', 'expat', ('Helen Brandt', 'helen.brandt@web.de'), 'Update for your files', """Hi Marieke,

Just so you have it on file:

- new address from 1 March: Lindenstraße 14, 10969 Berlin
- new employer: Brightwave GmbH (contract attached)
- the kids are now at the international school, fees paid by the employer

No action needed, just updating you.

Best,
Helen
""", fmt='html', cte='base64')

Q(9, 'en', 'expat', ('Rob Delaney', 'rob.delaney@gmail.com'), 'aunt in Canada', """Marieke

[[Ring me when you're free]], it's about the inheritance from my aunt in Canada. Probably easier on the phone.

Please also [[send me the engagement letter again]], I can't find it anywhere.

Rob
07700 900 318
""", cs='us-ascii', cte='7bit')

Q(10, 'en', 'expat', ('Sophie Lindqvist', 'sophie.lindqvist@protonmail.com'), 'Re: arrival date', """On Thu, 3 Dec 2026 at 11:20, Marieke de Wit <marieke@expatax-advisers.eu> wrote:
> Hi Sophie,
>
> Could you confirm your date of arrival in Germany? I need it for the
> split-year calculation.
>
> Best, Marieke

Arrived 14 August 2024, flight from Heathrow.

[[!Does that mean I'm split-year for 2024]], and [[!what does that do to my UK pension]] contributions?

Sophie
""", crlf=True)

Q(11, 'en', 'yacht', ('Pierre Castagné', 'pierre.castagne@orange.fr'), 'Sunseeker Antibes', """Bonjour Luc,

I am interested by the Sunseeker 76 in Antibes that you showed last week. [[Can you organise a survey before]] the end of the month ? Also, c'est possible to [[!have the VAT status paperwork checked]] — the boat was imported from Turkey in 2019 and I do not want surprise.

Merci beaucoup,
Pierre
""", fmt='alt', cs='windows-1252', cte='quoted-printable')

Q(12, 'en', 'yacht', ('Giles Harcourt', 'giles@harcourt-family.co.uk'), 'Blue Heron', """Luc!

What a season, eh? We did Corsica, Sardinia and back in three weeks and the kids only got seasick twice. Who knew fuel would cost that much though?

Anyway, I think we are finally ready to sell Blue Heron. [[!Can you draft the listing]] and tell me [[!what asking price you'd suggest]] given the new Volvo engines went in last spring?

Cheers,
Giles
""", fmt='html', cs='utf-8', cte='8bit')

Q(13, 'en', 'yacht', ('D. Kowalczyk', 'dk@kowalczyk-holding.pl'), 'berth', """[[what's the berth fee at Port]] Vauban for a 24m, per month

DK
Sent from Outlook for Android
""")

Q(14, 'en', 'yacht', ('Amelia Strand', 'amelia.strand@strandcap.com'), 'MOA signed', """Got it, signed copy of the MOA attached. See you Thursday.

Amelia Strand
Strand Capital | "Patient money"
""", attach=('application/pdf', 'MOA_Aria_signed.pdf'))

Q(15, 'en', 'yacht', ('Henrik Dahl', 'henrik.dahl@dahlmarine.no'), 'Re: Sea trial Aria', """Hi Luc, answers below.

On 2 Dec 2026, at 16:45, Luc Ferrand <luc@azur-yachtbrokers.fr> wrote:
> Do you want us to arrange the sea trial for Saturday?

Yes, Saturday works.

> Should the buyer's surveyor have access to the engine logs?

Of course.

> Any dietary requirements for the lunch on board?

None.

One more thing: can you [[find out whether the tender is included]] in the sale? The listing is not clear.

Henrik
""", crlf=True)

Q(16, 'en', 'vogel', ('Laura Bennett', 'laura.bennett@gmail.com'), 'Kitchen wall', """Hello Jonas,

We want to knock through the wall between the kitchen and the dining room. [[!Please advise whether it's load bearing]] and [[!what size of steel beam we would need]]. Photos attached, the house is a 1930s semi.

Thanks,
Laura
""", attach=('image/jpeg', 'wall_1.jpg'))

Q(17, 'en', 'vogel', ('Mike O\'Hara', 'mike.ohara@oharabuild.ie'), 'building control', """Jonas,

Building control have asked: [[!can you provide the calculations for the padstones]]? Also my builder wants to know [[if he can start on Monday]].

Mike
""", fmt='html', cs='utf-8', cte='quoted-printable')

Q(18, 'en', 'vogel', ('Rachel Tse', 'rachel.tse@yahoo.co.uk'), 'Fw: loft', """FYI - see below from the builder, no need to reply.

Rachel

-----Original Message-----
From: Dave Prentice <dave@prenticebuilders.co.uk>
Sent: Friday, December 4, 2026 8:12 AM
To: Rachel Tse <rachel.tse@yahoo.co.uk>
Subject: loft

Rachel, can you ask your engineer whether we can notch the joists for the new cables? Thanks Dave
""", cs='windows-1252', cte='8bit')

Q(19, 'en', 'vogel', ('Darren Hughes', 'dazhughes77@hotmail.com'), 'crack', """hi jonas so the crack in the back bedroom has got worse since the frost and my wife is worried sick about it, its gone from the corner of the window right up to the ceiling now and you can fit a 10p in it at the bottom, the builder who did the extension says its just settlement and nothing to worry about but he would say that wouldnt he. [[!could you come round and have a look]] this week, any day after 3 is fine. and [[is it safe for the kids to sleep]] in there in the meantime or should we move them into our room
cheers darren
""", crlf=True)

Q(20, 'en', 'tonfeld', ('Nina Berg', 'nina@coldfrontcreative.se'), 'Sync request - ski campaign', """Hi Ana,

We're cutting a 30-second ad for a ski brand and want to use "Running Up That Hill" (the original recording). Can you [[!get us a quote for sync rights]], EU only, 12 months, TV and online?

And separately, [[what is your fee for clearing]] the master as well?

Best,
Nina Berg
Producer, Coldfront Creative
""", fmt='alt', cs='utf-8', cte='base64')

Q(21, 'en', 'tonfeld', ('Jay Patel', 'jay@lowlightpictures.com'), 'cue sheet', """[[send me the cue sheet for episode]] 4 pls

Sent from my Galaxy
""")

Q(22, 'en', 'tonfeld', ('Eleanor Voss', 'e.voss@vossbrandt-law.com'), 'Northbeam Records licence', """Dear Ms Ribeiro,

Further to our call this morning, I would be grateful if you could [[!review the attached licence agreement]] from Northbeam Records and highlight any unusual terms. In particular, [[is the MFN clause standard]] for a licence of this size?

Kind regards,

Eleanor Voss
Partner
Voss Brandt LLP
T: +44 20 7946 0321

DISCLAIMER: This email and any attachments are confidential and may be legally privileged. If you have received this email in error, please notify the sender immediately and delete it. Voss Brandt LLP is authorised and regulated by the Solicitors Regulation Authority.
""", cs='iso-8859-1', cte='quoted-printable', attach=('application/pdf', 'Northbeam_licence_draft.pdf'))

Q(23, 'en', 'tonfeld', ('Marcus Reed', 'marcus.reed@gmail.com'), 'Re: payment', """Thanks Ana, the cheque cleared. Have a great weekend!

Quick one: [[do you still have the stems]] for the Holloway track? The editor wants to try a shorter version.

Let me know if you need anything else from me.

Marcus
""")

Q(24, 'en', 'green', ('Sarah Mitchell', 'sarah.mitchell@mitchell-partners.co.uk'), 'RE: Patio quote', """Tom,

Sorry for the delay. Yes, go with the Indian sandstone. [[When can you start]]?

Sarah

From: Tom Ashby <tom@greenreach-landscapes.co.uk>
Sent: 25 November 2026 15:02
To: Sarah Mitchell <sarah.mitchell@mitchell-partners.co.uk>
Subject: RE: Patio quote

Hi Sarah,

Would you prefer the Indian sandstone or the porcelain? Both are in the quote.

Tom

From: Sarah Mitchell
Sent: 20 November 2026 12:40
To: Tom Ashby
Subject: Patio quote

Could you quote for a 20 square metre patio?
""", fmt='alt', cs='windows-1252', cte='quoted-printable', crlf=True)

Q(25, 'en', 'expat', ('Dan Okafor', 'dan.okafor@geo-survey.ae'), 'Re: your questions', """Perfect, that's all clear now.

One thing: [[can you add my wife to]] the engagement letter as well, so she can call you directly.

Cheers,
Dan
--
Dan Okafor | Senior Geologist | +971 50 987 6543
"Digging deeper since 1998"
""", fmt='html', cte='8bit')

Q(26, 'en', 'yacht', ('Claire Fontaine', 'claire@fontaine-invest.lu'), 'Aria - before we offer', """Luc,

Before we make an offer on Aria, could you check:

- [[whether the hull has ever been osmosis]] treated
- [[the date of the last MCA coding]]
- [[!if the crew contracts transfer with the sale]]

Thanks,
Claire
""", fmt='html', cte='quoted-printable')

Q(27, 'en', 'vogel', ('Tim Walsh', 'tim.walsh@walsh-homes.co.uk'), 'Re: drawings', """Drawings attached as promised.

Tim

On Fri, 4 Dec 2026 at 09:05, Jonas Vogel <j.vogel@vogel-tragwerk.de> wrote:
> Hi Tim,
> Could you send the architect's drawings? And is the loft floor timber or concrete?
> Jonas
""", attach=('application/pdf', 'A-101_rev_C.pdf'))

Q(28, 'en', 'tonfeld', ('Lena Moss', 'lena@mossandthebees.band'), 'PRS nightmare', """honestly, why is everything so complicated with PRS?? i spent two hours on their portal and it logged me out three times.

[[!Can you register the new tracks]] and [[!chase the missing royalties from Q3]], there are 12 songs on the EP, list attached

lena x
""", attach=('text/csv', 'EP_tracklist.csv'))

Q(29, 'en', 'green', ('Ben Carver', 'ben.carver@carverhome.net'), 'Fwd: pond idea', """see below from Jess, [[!can you price this up]]

Ben

Begin forwarded message:

From: Jess Carver <jess.carver@carverhome.net>
Subject: pond idea
Date: 3 December 2026 at 21:14:05 GMT
To: Ben Carver <ben.carver@carverhome.net>

Ben, could we get a wildlife pond where the old shed was? About 3 metres across, with a little beach for the hedgehogs. Would Tom do that?
""", fmt='html', cte='base64')

Q(30, 'en', 'expat', ('Gwen Price', 'gwen.price@sapo.pt'), 'Hello from Lisbon', """Hi Marieke,

How was your holiday? Did you get any sun? We're finally settled in Lisbon, the flat is tiny but the light is amazing and the cat has forgiven us for the flight.

Oh and before I forget, we need to know [[!whether the Bristol rent needs]] declaring in Portugal as well as to HMRC now that we rent the house out.

Nothing else urgent, the documents arrived safely.

Gwen
""", cs='iso-8859-1')

# ---- German --------------------------------------------------------------
Q(31, 'de', 'vogel', ('Dr. Ulrich Sommer', 'u.sommer@sommer-immobilien.de'), 'Dachausbau Hauptstraße 12', """Sehr geehrter Herr Vogel,

zu unserem Bauvorhaben hätte ich folgende Fragen:

1. [[Bis wann können Sie die Statik]] für den Dachausbau liefern?
2. Bitte [[!prüfen Sie, ob die vorhandenen Sparren]] für die geplante PV-Anlage ausreichen.
3. [[Ist eine Prüfstatik erforderlich]]?

Mit freundlichen Grüßen

Dr. Ulrich Sommer
Sommer Immobilien GmbH
Tel. 0711 123456
""", cs='iso-8859-1', cte='quoted-printable', crlf=True)

Q(32, 'de', 'vogel', ('Katrin Behrens', 'katrin.behrens@t-online.de'), 'WG: Deckendurchbruch', """Hallo Herr Vogel,

[[!können Sie sich das bitte anschauen]] und mir sagen, was das ungefähr kostet? Danke!

Katrin Behrens

Von meinem iPhone gesendet

Von: Architekturbüro Lenz <info@lenz-architektur.de>
Gesendet: Donnerstag, 3. Dezember 2026 17:22
An: Katrin Behrens <katrin.behrens@t-online.de>
Betreff: Deckendurchbruch

Sehr geehrte Frau Behrens,
für den Treppendurchbruch benötigen wir einen Statiker. Haben Sie schon jemanden beauftragt? Können Sie uns bis Freitag Bescheid geben?
Mit freundlichen Grüßen
M. Lenz
""", cs='windows-1252', cte='8bit')

Q(33, 'de', 'expat', ('Jörg Pfeiffer', 'joerg.pfeiffer@gmx.net'), 'Anlage AUS', """Hallo Frau de Wit,

wie geht's? Schon wieder Steuerzeit, unglaublich, oder?

Kurze Frage: [[bis wann muss ich die Anlage]] AUS einreichen. Und bitte [[schicken Sie mir die Rechnung nochmal]] mit der neuen Adresse (Gartenweg 3, 80331 München).

Viele Grüße
Jörg
""", fmt='alt', cs='utf-8', cte='quoted-printable')

Q(34, 'de', 'vogel', ('Petra Hoffmann', 'p.hoffmann@hoffmann-bau.de'), 'AW: Unterlagen', """Vielen Dank für die schnelle Rückmeldung, die Unterlagen sind angekommen.

[[Können Sie mir noch Ihre]] Berufshaftpflicht als Nachweis für den Bauherrn schicken?

Schönes Wochenende!
Petra Hoffmann

Hoffmann Bau GmbH – Wir bauen auf Vertrauen
""", fmt='alt', cs='utf-8', cte='8bit')

Q(35, 'de', 'expat', ('Stefan Krämer', 'stefan.kraemer@posteo.de'), 'Entsendung Singapur', """Hallo Frau de Wit,

mein Arbeitgeber fragt: [[brauche ich für die Entsendung nach Singapur]] eine A1-Bescheinigung? Außerdem hätte ich gern [[!eine Berechnung, wie viel Steuer ich]] in beiden Ländern zahle, und [[!eine Empfehlung zur Wohnsitzfrage]], weil meine Frau mit den Kindern in Hamburg bleibt.

Gruß
Stefan Krämer

Gesendet von meinem Samsung Galaxy Smartphone.
""", cs='utf-8', cte='base64')

# ---- French --------------------------------------------------------------
Q(36, 'fr', 'yacht', ('Bertrand Moreau', 'b.moreau@moreau-associes.fr'), 'Lagoon 46', """Bonjour Monsieur Ferrand,

Pourriez-vous [[nous faire parvenir le rapport d'expertise]] du Lagoon 46 ? Nous souhaiterions également [[!que vous rédigiez une offre d'achat]] à 610 000 € sous réserve d'essai en mer.

Bien cordialement,
Bertrand Moreau

Envoyé de mon iPhone
""", cs='utf-8', cte='quoted-printable')

Q(37, 'fr', 'yacht', ('Manu Lefebvre', 'manu.lefebvre@free.fr'), 'convoyage', """luc, [[rappelle-moi dès que tu peux]], c'est pour le convoyage vers la corse. merci

manu
""", cs='iso-8859-1', cte='8bit')

Q(38, 'fr', 'expat', ('Isabelle Girard', 'isabelle.girard@videotron.ca'), 'Installation à Montréal', """Bonjour Marieke,

Nous voilà enfin installés à Montréal depuis septembre, après des semaines de cartons, de formulaires et de files d'attente au service de l'immigration, et je dois dire que l'hiver arrive vite ici, on a déjà eu de la neige la semaine dernière et les enfants sont ravis. Qui aurait cru que ce serait si compliqué d'ouvrir un compte bancaire ? Bref, nous avons gardé l'appartement de Lyon qui est loué depuis octobre, et je me demande comment tout ça va se passer côté impôts, est-ce que vous pourriez [[!regarder si je dois encore déclarer]] mes revenus locatifs en France et comment éviter la double imposition.

Bonne journée et à bientôt,
Isabelle
""", cs='iso-8859-1', cte='8bit', crlf=True)

Q(39, 'fr', 'yacht', ('Sylvie Marchand', 'sylvie.marchand@wanadoo.fr'), 'Tr: Confirmation place de port', """Pour info, ci-dessous la confirmation de la marina. Rien à faire de votre côté.

Sylvie

Début du message réexpédié :

De: Capitainerie Port Camille Rayon <capitainerie@port-camille-rayon.fr>
Objet: Confirmation place de port
Date: 2 décembre 2026 à 11:03:12 UTC+1
À: Sylvie Marchand <sylvie.marchand@wanadoo.fr>

Madame,
Nous confirmons la place C-14 du 1er avril au 30 septembre. Pouvez-vous nous transmettre l'attestation d'assurance avant le 15 mars ?
La Capitainerie
""", fmt='alt', cs='utf-8', cte='8bit')

Q(40, 'fr', 'yacht', ('Antoine Dubois', 'antoine.dubois@laposte.net'), 'Re: Vente Sirocco', """Bonjour Luc,

Le ven. 4 déc. 2026 à 10:12, Luc Ferrand <luc@azur-yachtbrokers.fr> a écrit :
> Souhaitez-vous être présent lors de la visite de l'acheteur ?

Oui, je serai là.

> Le moteur a-t-il été révisé cette année ?

Oui, en mai, facture jointe.

Par contre, pouvez-vous [[!vérifier le pavillon et les papiers de francisation]] avant la signature ? [[Et le prix, c'est négociable]] selon vous ou on reste ferme ?

Antoine
""", cs='utf-8', cte='quoted-printable', attach=('application/pdf', 'facture_revision_moteur.pdf'))

# ---- Spanish -------------------------------------------------------------
Q(41, 'es', 'tonfeld', ('Lucía Fernández', 'lucia@productoralumbre.es'), 'Licencias documental', """Hola Ana:

Te paso mis dudas:

1) ¿[[Cuánto tardáis en tramitar una licencia]] de sincronización para YouTube?
2) [[!Necesito que reviséis el contrato con la editorial]], va adjunto.
3) ¿[[Podéis facturar a nombre de la productora]]?

Un saludo,
Lucía Fernández
Productora Lumbre S.L.
""", cs='iso-8859-1', cte='base64', attach=('application/pdf', 'contrato_editorial.pdf'))

Q(42, 'es', 'yacht', ('Javier Ortega', 'javier.ortega@ortegagrupo.es'), 'Fwd: Consulta comprador', """Luc, ¿[[!puedes encargarte de lo de abajo]]? El comprador quiere saber si el barco tiene la matrícula española en regla y no tengo ni idea.

Javier

---------- Mensaje reenviado ---------
De: Klaus Brenner <k.brenner@brenner-ag.ch>
Fecha: jue, 3 dic 2026 a las 19:40
Asunto: Consulta comprador
Para: Javier Ortega <javier.ortega@ortegagrupo.es>

Estimado Sr. Ortega, ¿el barco está abanderado en España y tiene el IEDMT pagado? ¿Puede enviarme la documentación?
Saludos, Klaus Brenner
""", fmt='alt', cs='utf-8', cte='quoted-printable')

Q(43, 'es', 'tonfeld', ('Carmen Ruiz', 'carmen.ruiz@hotmail.es'), 'pago SGAE', """¡Hola Ana! ¿Qué tal el verano? Solo para decirte que ya hemos recibido el pago de la SGAE. ¡Mil gracias por todo!

Carmen

Enviado desde mi iPhone
""", fmt='html', cs='utf-8', cte='8bit')

Q(44, 'es', 'tonfeld', ('Diego Salas', 'diego.salas@gmail.com'), 'documental derechos mundiales', """hola ana mira te cuento que al final el documental lo compra una plataforma y nos piden los derechos mundiales para todo, no solo españa, así que necesito que me digas [[!cuánto costaría ampliar la licencia]] de las tres canciones a todo el mundo y también [[!si hay que renegociar con los herederos]] de Serrat o vale con lo que firmamos, que la verdad no me acuerdo. [[llámame cuando puedas]] que esta semana estoy en el rodaje
diego
""", cs='utf-8', cte='8bit', crlf=True)

Q(45, 'es', 'yacht', ('Marta Vidal', 'marta.vidal@vidal-abogados.es'), 'Datos contrato Bavaria C45', """Buenos días Luc:

Le paso los datos para el contrato:

- Comprador: Náutica Levante S.L., CIF B12345678
- Precio: 285.000 € IVA incluido
- Entrega: Club de Mar, Palma

[[!Prepare por favor el borrador del contrato]] de compraventa con estos datos.

Atentamente,
Marta Vidal
""", fmt='html', cs='windows-1252', cte='quoted-printable')

# ---- Dutch ---------------------------------------------------------------
Q(46, 'nl', 'expat', ('Sander Bakker', 'sander.bakker@ziggo.nl'), 'aangifte', """Hoi Marieke,

[[!kun je mijn aangifte 2025 doen]]? En [[wat kost dat ongeveer]], want vorig jaar was het nogal duur, haha.

Groet,
Sander

Verzonden vanaf mijn iPhone
""")

Q(47, 'nl', 'vogel', ('Ingrid Visser', 'i.visser@vve-parkzicht.nl'), 'Stalen ligger Parkzicht 22', """Geachte heer Vogel,

De aannemer vraagt [[of de stalen ligger al besteld]] kan worden. Daarnaast wil de VvE [[!een verklaring dat de draagconstructie niet]] verzwakt wordt, kunt u die opstellen?

Met vriendelijke groet,
Ingrid Visser
Secretaris VvE Parkzicht
""", fmt='alt', cs='iso-8859-1', cte='quoted-printable', crlf=True)

Q(48, 'nl', 'expat', ('Pieter de Graaf', 'pieter.degraaf@kpnmail.nl'), 'Fwd: Belastingdienst', """Ter info, brief van de Belastingdienst hieronder. Hoeft niks mee, is al betaald.

Pieter

---------- Doorgestuurd bericht ---------
Van: Belastingdienst <noreply@belastingdienst.nl>
Date: wo 2 dec 2026 om 08:15
Subject: Aanslag inkomstenbelasting 2024
To: <pieter.degraaf@kpnmail.nl>

Geachte heer De Graaf, er staat een nieuw bericht voor u klaar in Mijn Belastingdienst. Wilt u binnen 4 weken reageren?
""")

Q(49, 'nl', 'expat', ('Femke Jansen', 'femke@jansen-design.nl'), 'RE: factuur', """Hoi Marieke,

[[Graag de factuur opnieuw op naam]] van de BV, niet op mijn eigen naam. KvK staat in mijn handtekening.

Bel me even als er iets onduidelijk is.

Femke Jansen
Jansen Design BV | KvK 12345678 | 06 12345678

Van: Marieke de Wit <marieke@expatax-advisers.eu>
Verzonden: dinsdag 1 december 2026 14:20
Aan: Femke Jansen <femke@jansen-design.nl>
Onderwerp: factuur

Hoi Femke, hierbij de factuur. Klopt het adres nog?
Groet, Marieke
""", fmt='alt', cs='windows-1252', cte='quoted-printable')

Q(50, 'nl', 'vogel', ('Ahmed El Amrani', 'ahmed.elamrani@live.nl'), 'funderingsrapport', """Dear Jonas,

Wij hebben het funderingsrapport ontvangen, thanks. [[Can you explain in simple words]] wat "verschilzetting" betekent voor ons huis? En [[moeten we de verzekering informeren]]?

Groetjes,
Ahmed
""", cs='utf-8', cte='base64')

# ---- Italian -------------------------------------------------------------
Q(51, 'it', 'yacht', ('Roberto Conti', 'roberto.conti@continautica.it'), 'Perizia Azimut', """Buongiorno Luc,

potrebbe [[organizzare la perizia dello scafo]] a La Spezia e [[inviarmi il preventivo del cantiere]] per l'antivegetativa?

Grazie,
Roberto Conti

Inviato da iPhone
""", cs='iso-8859-1', cte='quoted-printable')

Q(52, 'it', 'tonfeld', ('Chiara Lombardi', 'chiara@lucefilm.it'), 'Trailer - brano', """Ciao Ana,

allora, ti racconto: il film è finalmente montato, il regista è felicissimo, il distributore un po' meno perché vuole uscire a marzo e non a maggio, e in tutto questo il montatore ha messo nel trailer un brano di Battisti che ormai tutti adorano e nessuno vuole più togliere. Insomma, vorrei sapere [[!se possiamo usare il brano di Battisti]] nel trailer e [[!quanto verrebbe a costare la licenza]] per cinema e TV.

Un abbraccio,
Chiara
""", fmt='html', cs='utf-8', cte='quoted-printable')

Q(53, 'it', 'yacht', ('Francesca Ricci', 'francesca.ricci@libero.it'), 'Re: Monaco', """Perfetto, grazie mille! Ci vediamo a Monaco.

Fammi sapere se ti serve altro.

Francesca
""", fmt='html', cs='utf-8', cte='base64')

Q(54, 'it', 'tonfeld', ('Paolo Greco', 'paolo.greco@grecomusic.it'), 'Fwd: Richiesta RAI', """Ana, [[!puoi occuparti tu di questa richiesta]] della RAI? Io non ci capisco niente.

Paolo

---------- Messaggio inoltrato ---------
Da: Ufficio Diritti RAI <diritti@rai-produzioni.example.it>
Data: mer 2 dic 2026 alle ore 12:30
Oggetto: Richiesta RAI
A: <paolo.greco@grecomusic.it>

Gentile Sig. Greco, potrebbe indicarci i titolari dei diritti del brano "Mare d'inverno" e le condizioni per l'uso in prima serata?
Cordiali saluti
""", cs='utf-8', cte='8bit')

Q(55, 'it', 'yacht', ('Marco Bianchi', 'marco.bianchi@bianchi-holding.it'), 'closing Malta', """Ciao Luc,

1. the buyer asks: [[è possibile fare il closing a Malta]]?
2. [[Mandami la lista dell'inventario aggiornata]]
3. [[serve un notaio italiano]] o basta uno maltese?

Grazie, Marco
""", fmt='alt', cs='windows-1252', cte='8bit')

# ---- Portuguese ----------------------------------------------------------
Q(56, 'pt', 'tonfeld', ('Thiago Almeida', 'thiago.almeida@podcastbr.com.br'), 'Licença para podcast', """Oi Ana, tudo bem?

Preciso licenciar duas músicas para um podcast. Você consegue [[!levantar quem são os titulares dos]] direitos e me mandar uma estimativa?

Abraço,
Thiago

Enviado do meu iPhone
""", cs='utf-8', cte='quoted-printable')

Q(57, 'pt', 'expat', ('Joana Carvalho', 'joana.carvalho@sapo.pt'), 'Residente não habitual', """Exma. Sra. Dra. de Wit,

Venho por este meio [[!solicitar a análise do meu enquadramento]] no regime de residente não habitual. Gostaria ainda de saber [[qual o prazo para a entrega]] da declaração de IRS.

Com os melhores cumprimentos,
Joana Carvalho
""", cs='iso-8859-1', cte='quoted-printable', crlf=True)

Q(58, 'pt', 'expat', ('Rui Tavares', 'rui.tavares@gmail.com'), 'Re: documentos', """Obrigado, recebi tudo. Bom fim de semana!

Só mais uma coisa: [[podem enviar a fatura também em inglês]] para o meu empregador?

Rui

Enviado do meu iPhone
""", fmt='alt', cs='utf-8', cte='8bit')

Q(59, 'pt', 'tonfeld', ('Mariana Costa', 'mariana.costa@costaeventos.pt'), 'RE: Orçamento editora', """Ana,

Isto é uma loucura, não é? Eles querem 5 mil euros por 10 segundos! [[!Consegue negociar um valor mais baixo]] com a editora?

Mariana

De: Ana Ribeiro <ana@tonfeld-licensing.com>
Enviado: quarta-feira, 2 de dezembro de 2026 16:05
Para: Mariana Costa <mariana.costa@costaeventos.pt>
Assunto: Orçamento editora

Olá Mariana, a editora respondeu: 5.000 € por 10 segundos, uso online 1 ano. Quer que avance?
Ana
""", fmt='alt', cs='windows-1252', cte='quoted-printable', crlf=True)

Q(60, 'pt', 'expat', ('Beatriz Santos', 'beatriz.santos@outlook.pt'), 'IRS Jersey', """Olá Marieke, for the IRS and Jersey:

- [[preciso do comprovativo de residência fiscal]] deste ano
- [[!podem calcular quanto devo pagar]] de imposto no Reino Unido

Obrigada!
Beatriz
""", fmt='html', cs='utf-8', cte='quoted-printable')

# ---------------------------------------------------------------- replies
OFFER = {
 'en': "Hi {c},\n\nThanks for your message. {task} would take about {h} hours at {rate} per hour. Shall I go ahead?\n\nBest regards,\n{fn}\n{firm}",
 'de': "Hallo {c},\n\nvielen Dank für Ihre Nachricht. {task} würde etwa {h} Stunden zu {rate} pro Stunde dauern. Soll ich loslegen?\n\nMit freundlichen Grüßen\n{fn}\n{firm}",
 'fr': "Bonjour {c},\n\nMerci pour votre message. {task} prendrait environ {h} heures à {rate} de l'heure. Voulez-vous que je m'en occupe ?\n\nCordialement,\n{fn}\n{firm}",
 'es': "Hola {c}:\n\nGracias por tu mensaje. {task} llevaría unas {h} horas a {rate} la hora. ¿Quieres que me ponga con ello?\n\nUn saludo,\n{fn}\n{firm}",
 'nl': "Beste {c},\n\nDank voor je bericht. {task} kost ongeveer {h} uur à {rate} per uur. Zal ik ermee aan de slag gaan?\n\nMet vriendelijke groet,\n{fn}\n{firm}",
 'it': "Ciao {c},\n\ngrazie per il messaggio. {task} richiederebbe circa {h} ore a {rate} l'ora. Vuoi che proceda?\n\nCordiali saluti,\n{fn}\n{firm}",
 'pt': "Olá {c},\n\nObrigada pela mensagem. {task} levaria cerca de {h} horas a {rate} por hora. Quer que avance?\n\nCom os melhores cumprimentos,\n{fn}\n{firm}",
}
# attribution lines (gmail style, '>' quoted) and outlook header blocks (unquoted)
ATTR = {
 'en': "On Mon, 7 Dec 2026 at 10:{m:02d}, {fn} <{fe}> wrote:",
 'en-apple': "On 7 Dec 2026, at 10:{m:02d}, {fn} <{fe}> wrote:",
 'de': "Am Mo., 7. Dez. 2026 um 10:{m:02d} Uhr schrieb {fn} <{fe}>:",
 'de-tb': "Am 07.12.26 um 10:{m:02d} schrieb {fn}:",
 'fr': "Le lun. 7 déc. 2026 à 10:{m:02d}, {fn} <{fe}> a écrit :",
 'es': "El lun, 7 dic 2026 a las 10:{m:02d}, {fn} (<{fe}>) escribió:",
 'nl': "Op ma 7 dec 2026 om 10:{m:02d} schreef {fn} <{fe}>:",
 'it': "Il giorno lun 7 dic 2026 alle ore 10:{m:02d} {fn} <{fe}> ha scritto:",
 'pt': "Em seg., 7 de dez. de 2026 às 10:{m:02d}, {fn} <{fe}> escreveu:",
}
OUTLOOK = {
 'en': "From: {fn} <{fe}>\nSent: Monday, 7 December 2026 10:{m:02d}\nTo: {cn} <{ce}>\nSubject: {s}",
 'de': "Von: {fn} <{fe}>\nGesendet: Montag, 7. Dezember 2026 10:{m:02d}\nAn: {cn} <{ce}>\nBetreff: {s}",
 'fr': "De : {fn} <{fe}>\nEnvoyé : lundi 7 décembre 2026 10:{m:02d}\nÀ : {cn} <{ce}>\nObjet : {s}",
 'es': "De: {fn} <{fe}>\nEnviado: lunes, 7 de diciembre de 2026 10:{m:02d}\nPara: {cn} <{ce}>\nAsunto: {s}",
 'nl': "Van: {fn} <{fe}>\nVerzonden: maandag 7 december 2026 10:{m:02d}\nAan: {cn} <{ce}>\nOnderwerp: {s}",
 'it': "Da: {fn} <{fe}>\nInviato: lunedì 7 dicembre 2026 10:{m:02d}\nA: {cn} <{ce}>\nOggetto: {s}",
 'pt': "De: {fn} <{fe}>\nEnviado: segunda-feira, 7 de dezembro de 2026 10:{m:02d}\nPara: {cn} <{ce}>\nAssunto: {s}",
}

REPLIES = []
def R(n, lang, firm, sender, decision, body, task='', h='2', style='top', fmt='plain', cs='utf-8', cte='8bit',
      crlf=False, kind=None, subj=None, attr=None, extra_headers=None):
    REPLIES.append(dict(n=n, lang=lang, firm=firm, sender=sender, decision=decision, body=body, task=task, h=h,
                        style=style, fmt=fmt, cs=cs, cte=cte, crlf=crlf, kind=kind, subj=subj, attr=attr,
                        extra=extra_headers or []))

# ---- English: 9 accept, 8 decline, 9 unclear, 4 automatic
R(1, 'en', 'green', ('Greg Ashcombe', 'greg.ashcombe@ashbyrow.co.uk'), 'accept', "Yes please, go ahead.\n\nGreg\n\nSent from my iPhone", "Drawing up a shade-tolerant planting plan for the north border", '3')
R(2, 'en', 'expat', ('Kwame Mensah', 'kwame.mensah@petrolink-me.com'), 'accept', "fine, go for it but keep it under the 2 hours\n\nK", "Preparing and filing your 2025 return including the foreign earnings review", '2', cs='windows-1252', cte='quoted-printable')
R(3, 'en', 'green', ('Ben Carver', 'ben.carver@carverhome.net'), 'accept', "Sounds good Tom, crack on. Jess is thrilled.\n\nCheers\nBen", "Designing and pricing the wildlife pond", '4', fmt='html', cte='quoted-printable')
R(4, 'en', 'tonfeld', ('Eleanor Voss', 'e.voss@vossbrandt-law.com'), 'accept', "Dear Ms Ribeiro,\n\nThank you for the estimate. We are happy to proceed on that basis. Please send the engagement letter for signature.\n\nKind regards,\n\nEleanor Voss\nPartner\nVoss Brandt LLP\n\nDISCLAIMER: This email and any attachments are confidential and may be legally privileged. If you have received this email in error, please notify the sender immediately and delete it.", "Reviewing the Northbeam Records licence agreement and writing up the unusual terms", '3', style='outlook', fmt='alt', cs='iso-8859-1', cte='quoted-printable', crlf=True)
R(5, 'en', 'vogel', ('Laura Bennett', 'laura.bennett@gmail.com'), 'accept', "No problem at all, go ahead. Any morning next week works for the visit.\n\nLaura", "A site visit plus beam calculations for the kitchen wall", '3')
R(6, 'en', 'yacht', ('Henrik Dahl', 'henrik.dahl@dahlmarine.no'), 'accept', "OK by me, please proceed.\n\nHenrik", "Checking the tender ownership and updating the inventory", '1.5', style='bottom', crlf=True)
R(7, 'en', 'tonfeld', ('Nina Berg', 'nina@coldfrontcreative.se'), 'accept', "Approved. PO number 4471-B to follow from accounts.\n\nNina Berg\nProducer, Coldfront Creative", "Negotiating the EU sync licence for the ski campaign", '5', fmt='alt', cte='base64')
R(8, 'en', 'expat', ('Rob Delaney', 'rob.delaney@gmail.com'), 'accept', "yep do it. need it by friday if poss", "Reviewing the Canadian inheritance paperwork and the UK reporting position", '2', cs='utf-8', cte='quoted-printable')
R(9, 'en', 'yacht', ('Hannah Kohl', 'hannah.kohl@kohl-family-office.ch'), 'accept', "Hi Luc,\n\nAgreed – please instruct the surveyor and send me the report when it is in.\n\nRegards,\nHannah Kohl\nKohl Family Office | Zug", "Organising the pre-purchase survey and reviewing the report with you", '3', style='outlook', fmt='alt', cs='windows-1252', cte='quoted-printable')
R(10, 'en', 'green', ('Charles Wetherby', 'c.wetherby@wetherby-estates.com'), 'decline', "Thank you, but no. We'll sort it in-house; our estate manager has the plant lists.\n\nCharles Wetherby", "Preparing a revised native-species planting scheme with costs", '4', style='outlook', cs='windows-1252', cte='8bit')
R(11, 'en', 'vogel', ('Darren Hughes', 'dazhughes77@hotmail.com'), 'decline', "not needed any more, my brother-in-law did it. he's a surveyor. cheers anyway", "An inspection of the bedroom crack with a short written report", '2')
R(12, 'en', 'yacht', ('Claire Fontaine', 'claire@fontaine-invest.lu'), 'decline', "Yes, I got your quote, thank you - but we have decided not to go ahead. The owner has withdrawn Aria from sale.\n\nClaire", "Reviewing the crew contracts for transfer", '2', fmt='html', cte='8bit')
R(13, 'en', 'vogel', ('Tim Walsh', 'tim.walsh@walsh-homes.co.uk'), 'decline', "Thanks Jonas, but that's well over what we budgeted. We'll pass on this one.\n\nTim", "The loft conversion calculations", '6', style='apple')
R(14, 'en', 'tonfeld', ('Marcus Reed', 'marcus.reed@gmail.com'), 'decline', "Dear Ana,\n\nAfter discussing internally we will not be proceeding with the clearance. Thank you for your time.\n\nBest,\nMarcus", "Clearing the Holloway master for the short edit", '2', style='outlook', fmt='alt', cte='quoted-printable')
R(15, 'en', 'tonfeld', ('Jay Patel', 'jay@lowlightpictures.com'), 'decline', "please don't, the client cancelled the campaign this morning. sorry!\n\nSent from my Galaxy", "Clearing the two library tracks for the promo", '2')
R(16, 'en', 'expat', ('Sophie Lindqvist', 'sophie.lindqvist@protonmail.com'), 'decline', "Ah, no need - HMRC already accepted the amended figures, so there's nothing more to do. Thanks though!\n\nSophie", "Reviewing the split-year position and the pension contributions", '3', crlf=True)
R(17, 'en', 'tonfeld', ('Lena Moss', 'lena@mossandthebees.band'), 'decline', "i'll pass, thanks. too expensive for an EP that's made us 40 quid so far lol", "Registering the 12 tracks and chasing the Q3 royalties", '4', style='bottom')
R(18, 'en', 'green', ('Maureen Tillotson', 'maureen.tillotson@btinternet.com'), 'unclear', "Dear Tom,\n\nThat seems rather a lot for reading a report. Could you do it for a flat £150?\n\nWarm regards,\nMaureen", "Reviewing the neighbours' drainage survey and writing to you about the soakaway", '3', cs='iso-8859-1', cte='quoted-printable')
R(19, 'en', 'vogel', ('Mike O\'Hara', 'mike.ohara@oharabuild.ie'), 'unclear', "Is that 2 hours including VAT? And would your travel be on top?\n\nMike", "Producing the padstone calculations for building control", '2', fmt='html', cte='quoted-printable')
R(20, 'en', 'yacht', ('Pierre Castagné', 'pierre.castagne@orange.fr'), 'unclear', "Yes to the survey, not the engine inspection - the seller has a recent report from MTU.\n\nPierre", "Organising the hull survey and a separate engine inspection", '3', cs='windows-1252', cte='8bit')
R(21, 'en', 'green', ('Olu Adeyemi', 'olu.adeyemi@outlook.com'), 'unclear', "ask me again in March, too much going on right now\n\nOlu", "Replying to the council about the TPO and checking what was done to the oak", '2')
R(22, 'en', 'yacht', ('Giles Harcourt', 'giles@harcourt-family.co.uk'), 'unclear', "Let me think about it over the weekend and I'll get back to you. Pam isn't 100% sure about selling yet.\n\nGiles", "Drafting the listing and a price opinion for Blue Heron", '3', fmt='alt', cte='8bit')
R(23, 'en', 'vogel', ('Rachel Tse', 'rachel.tse@yahoo.co.uk'), 'unclear', "Just to correct you, it's a 3-bed not a 4-bed, so a smaller loft. Does that change the estimate? And can you look at the garage roof at the same time?\n\nRachel", "Assessing the joist notching for a 4-bed loft", '2', style='outlook', cs='windows-1252', cte='quoted-printable')
R(24, 'en', 'tonfeld', ('Nina Berg', 'nina.berg@coldfrontcreative.se'), 'unclear', "No, I mean yes, probably - but can you first confirm whether the 3 hours includes the call with the label?\n\nNina", "Clearing the master recording", '3')
R(25, 'en', 'expat', ('Fiona Gallagher', 'fiona.gallagher@icloud.com'), 'unclear', "Need to check with Mark first, he handles the money. Will come back to you.\n\nFiona\n\nSent from my iPad", "Drafting the residency letter for the bank", '1.5', style='apple')
R(26, 'en', 'yacht', ('D. Kowalczyk', 'dk@kowalczyk-holding.pl'), 'unclear', "ok in principle but I want a cap of 1.5 hours and a written summary. would that work", "Comparing berth offers at Port Vauban and Antibes", '2')
R(27, 'en', 'green', ('Sarah Mitchell', 'sarah.mitchell@mitchell-partners.co.uk'), 'automatic', "Thank you for your email. I am out of the office until Monday 14 December with limited access to email. For urgent matters please contact my assistant James Hale on 020 7946 0958.\n\nSarah Mitchell", kind='ooo', subj='Automatic reply: ', fmt='alt', cs='utf-8', cte='quoted-printable', crlf=True)
R(28, 'en', 'expat', ('Mail Delivery System', 'MAILER-DAEMON@mx1.dahlnet.example'), 'automatic', '', task="Preparing the Norwegian residency summary", kind='bounce-postfix')
R(29, 'en', 'tonfeld', ('Jay Patel', 'jay@lowlightpictures.com'), 'automatic', '', task="Preparing the cue sheets for episodes 4 to 6", kind='mdn')
R(30, 'en', 'vogel', ('Walsh Homes Support', 'support@walsh-homes.co.uk'), 'automatic', "Hello,\n\nWe've received your request and a ticket has been created: #48213.\n\nThis is an automated response - please do not reply to this message. A member of our team will respond within 2 business days.\n\nWalsh Homes Customer Care", task="Reviewing the foundation details for plot 7", kind='ticket', subj='[Ticket #48213] Request received: ')

# ---- German: 2 accept, 1 decline, 1 unclear, 1 automatic
R(31, 'de', 'vogel', ('Katrin Behrens', 'katrin.behrens@t-online.de'), 'accept', "Passt, legen Sie los.\n\nGruß\nK. Behrens\n\nVon meinem iPhone gesendet", "Die Prüfung des Deckendurchbruchs mit Bemessung", '3', cs='windows-1252', cte='8bit')
R(32, 'de', 'vogel', ('Dr. Ulrich Sommer', 'u.sommer@sommer-immobilien.de'), 'accept', "Sehr geehrter Herr Vogel,\n\neinverstanden, bitte erstellen Sie die Statik wie angeboten.\n\nMit freundlichen Grüßen\nDr. Ulrich Sommer", "Die Statik für den Dachausbau samt Prüfung der Sparren", '8', style='outlook', fmt='alt', cs='windows-1252', cte='quoted-printable', crlf=True)
R(33, 'de', 'vogel', ('Petra Hoffmann', 'p.hoffmann@hoffmann-bau.de'), 'decline', "Nein danke, das macht unser Architekt selbst.\n\nPetra Hoffmann\nHoffmann Bau GmbH – Wir bauen auf Vertrauen", "Die Bemessung des Sturzes im Erdgeschoss", '2', attr='de-tb', fmt='html', cte='quoted-printable')
R(34, 'de', 'expat', ('Stefan Krämer', 'stefan.kraemer@posteo.de'), 'unclear', "Ja, grundsätzlich schon – aber geht das auch für pauschal 300 €?\n\nGruß\nStefan", "Die Steuerberechnung für Deutschland und Singapur samt Empfehlung", '3', cte='base64')
R(35, 'de', 'expat', ('Jörg Pfeiffer', 'joerg.pfeiffer@gmx.net'), 'automatic', "Sehr geehrte Damen und Herren,\n\nich bin bis zum 4. Januar 2027 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Albrecht (albrecht@pfeiffer-consulting.de).\n\nMit freundlichen Grüßen\nJörg Pfeiffer", kind='ooo', subj='Abwesenheitsnotiz: ', cs='iso-8859-1', cte='quoted-printable')

# ---- French: 1 accept, 2 decline, 1 unclear, 1 automatic
R(36, 'fr', 'yacht', ('Bertrand Moreau', 'b.moreau@moreau-associes.fr'), 'accept', "Parfait, allez-y.\n\nBien cordialement,\nBertrand Moreau\n\nEnvoyé de mon iPhone", "La rédaction de l'offre d'achat pour le Lagoon 46", '2', cte='quoted-printable')
R(37, 'fr', 'expat', ('Isabelle Girard', 'isabelle.girard@videotron.ca'), 'decline', "Non merci, on va s'en occuper en interne avec notre comptable d'ici.\n\nIsabelle", "L'analyse de vos revenus locatifs français et de la convention fiscale", '3', style='outlook', cs='windows-1252', cte='8bit', crlf=True)
R(38, 'fr', 'yacht', ('Antoine Dubois', 'antoine.dubois@laposte.net'), 'decline', "Oui, bien reçu, merci. Mais finalement l'acheteur s'est désisté, donc ce n'est plus nécessaire.\n\nAntoine", "La vérification du pavillon et des papiers de francisation", '2', fmt='alt', cte='quoted-printable')
R(39, 'fr', 'yacht', ('Manu Lefebvre', 'manu.lefebvre@free.fr'), 'unclear', "je reviens vers toi en janvier, là c'est compliqué\n\nmanu", "L'organisation du convoyage vers la Corse", '4', cs='windows-1252', cte='8bit')
R(40, 'fr', 'yacht', ('MAILER-DAEMON', 'MAILER-DAEMON@smtp-out.orange.example'), 'automatic', '', task="La préparation du dossier de vente", kind='bounce-fr')

# ---- Spanish: 2 accept, 1 decline, 1 unclear, 1 automatic
R(41, 'es', 'tonfeld', ('Lucía Fernández', 'lucia@productoralumbre.es'), 'accept', "Perfecto, adelante.\n\nLucía", "Revisar el contrato con la editorial", '3', cs='iso-8859-1', cte='quoted-printable')
R(42, 'es', 'yacht', ('Marta Vidal', 'marta.vidal@vidal-abogados.es'), 'accept', "Vale, hazlo, pero que no pase de las 3 horas.\n\nMarta", "Preparar el borrador del contrato de compraventa", '3', fmt='html', cs='windows-1252', cte='quoted-printable')
R(43, 'es', 'tonfeld', ('Diego Salas', 'diego.salas@gmail.com'), 'decline', "gracias pero no hace falta, ya lo ha resuelto mi cuñado que es abogado\n\nEnviado desde mi iPhone", "Negociar la ampliación mundial de las tres licencias", '6', crlf=True)
R(44, 'es', 'yacht', ('Javier Ortega', 'javier.ortega@ortegagrupo.es'), 'unclear', "¿Las 2 horas incluyen el IVA? ¿Y se puede pagar en dos plazos?\n\nJavier", "Comprobar la matrícula y la documentación del barco", '2', style='outlook', fmt='alt', cte='base64')
R(45, 'es', 'tonfeld', ('Carmen Ruiz', 'carmen.ruiz@hotmail.es'), 'automatic', "Hola,\n\nEstaré fuera de la oficina hasta el 7 de enero sin acceso al correo. Para cualquier urgencia puede escribir a info@ruizproducciones.es.\n\nGracias,\nCarmen Ruiz", kind='ooo', subj='Respuesta automática: ', fmt='html', cte='8bit')

# ---- Dutch: 1 accept, 1 decline, 2 unclear, 1 automatic
R(46, 'nl', 'expat', ('Sander Bakker', 'sander.bakker@ziggo.nl'), 'accept', "Prima, ga je gang!\n\nSander\n\nVerzonden vanaf mijn iPhone", "Je aangifte 2025 voorbereiden en indienen", '3')
R(47, 'nl', 'vogel', ('Ingrid Visser', 'i.visser@vve-parkzicht.nl'), 'decline', "Nee, laat maar. De aannemer regelt de verklaring zelf via zijn eigen constructeur.\n\nMet vriendelijke groet,\nIngrid Visser", "Het opstellen van de verklaring over de draagconstructie", '2', style='outlook', fmt='alt', cs='windows-1252', cte='quoted-printable')
R(48, 'nl', 'vogel', ('Ahmed El Amrani', 'ahmed.elamrani@live.nl'), 'unclear', "Ja voor de berekening, nee voor het bezoek ter plaatse.\n\nAhmed", "Een herberekening van de fundering en een bezoek ter plaatse", '4')
R(49, 'nl', 'expat', ('Femke Jansen', 'femke@jansen-design.nl'), 'unclear', "Kunnen we dit in maart nog eens bekijken? Nu even geen budget.\n\nFemke", "Het herstructureren van je BV-administratie", '5', fmt='html', cs='windows-1252', cte='quoted-printable')
R(50, 'nl', 'expat', ('Pieter de Graaf', 'pieter.degraaf@kpnmail.nl'), 'automatic', '', task="Het bezwaarschrift tegen de aanslag", kind='mdn-nl')

# ---- Italian: 2 accept, 1 decline, 2 unclear
R(51, 'it', 'yacht', ('Roberto Conti', 'roberto.conti@continautica.it'), 'accept', "Va bene, procedi pure. Grazie\n\nRoberto\n\nInviato da iPhone", "Organizzare la perizia e confrontare i preventivi del cantiere", '3', cs='windows-1252', cte='quoted-printable')
R(52, 'it', 'tonfeld', ('Chiara Lombardi', 'chiara@lucefilm.it'), 'accept', "Sì, perfetto, andiamo avanti!\n\nChiara", "Verificare i diritti del brano di Battisti e negoziare la licenza", '5', fmt='html', cte='base64')
R(53, 'it', 'tonfeld', ('Paolo Greco', 'paolo.greco@grecomusic.it'), 'decline', "No grazie, non serve più: la RAI ha cambiato brano.\n\nPaolo", "Rispondere alla richiesta della RAI", '2', style='bottom')
R(54, 'it', 'yacht', ('Marco Bianchi', 'marco.bianchi@bianchi-holding.it'), 'unclear', "Potresti farlo per 400 euro tutto compreso?\n\nMarco", "Preparare il closing a Malta con il notaio", '3', style='outlook', fmt='alt', cs='windows-1252', cte='8bit', crlf=True)
R(55, 'it', 'tonfeld', ('Francesca Ricci', 'francesca.ricci@libero.it'), 'unclear', "Ne parlo con il mio socio e ti faccio sapere.\n\nFrancesca", "Registrare il catalogo presso la SIAE", '4')

# ---- Portuguese: 1 accept, 1 decline, 2 unclear, 1 automatic
R(56, 'pt', 'tonfeld', ('Thiago Almeida', 'thiago.almeida@podcastbr.com.br'), 'accept', "Pode avançar, obrigado!\n\nThiago\n\nEnviado do meu iPhone", "Levantar os titulares dos direitos das duas músicas", '2')
R(57, 'pt', 'expat', ('Joana Carvalho', 'joana.carvalho@sapo.pt'), 'decline', "Obrigada, mas vamos tratar disso internamente.\n\nCom os melhores cumprimentos,\nJoana Carvalho", "A análise do enquadramento no regime de residente não habitual", '3', style='outlook', cs='windows-1252', cte='quoted-printable', crlf=True)
R(58, 'pt', 'tonfeld', ('Mariana Costa', 'mariana.costa@costaeventos.pt'), 'unclear', "Sim para a pesquisa dos titulares, mas a negociação deixamos para depois.\n\nMariana", "A pesquisa dos titulares e a negociação com a editora", '4', fmt='alt', cte='quoted-printable')
R(59, 'pt', 'tonfeld', ('Thiago Almeida', 'thiago@podcastbr.com.br'), 'unclear', "Só uma correção: são três músicas, não duas. Isso altera o valor? E inclui a renovação do ano que vem?\n\nThiago", "Licenciar as duas músicas para o podcast", '3')
R(60, 'pt', 'expat', ('Apoio ao Cliente Santos & Filhos', 'apoio@santosfilhos.pt'), 'automatic', "Caro(a) cliente,\n\nConfirmamos a receção do seu pedido, registado com o n.º 8812.\n\nEsta é uma mensagem automática, por favor não responda. Um dos nossos colaboradores entrará em contacto consigo brevemente.\n\nSantos & Filhos, Lda.", task="O cálculo do imposto no Reino Unido", kind='ticket', subj='Pedido n.º 8812 recebido – ', cs='windows-1252', cte='quoted-printable')

# ---------------------------------------------------------------- building
import os, json, re

OUT = os.path.dirname(os.path.abspath(__file__))
FAKE = {
 'application/pdf': b'%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
 'image/jpeg': b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9',
 'text/csv': b'track,isrc\nHoneycomb,GBXYZ2600001\nSwarm,GBXYZ2600002\n',
}
PHRASE = re.compile(r'\[\[(!?)(.+?)\]\]')

def domain(mail):
    return mail.split('@')[1]

def body_part(text, fmt, cs, cte, title):
    if fmt == 'plain':
        return leaf(text, 'plain', cs, cte)
    h = html_from_text(text, title, cs)
    if fmt == 'html':
        return leaf(h, 'html', cs, cte)
    return multipart('alternative', [leaf(text, 'plain', cs, cte), leaf(h, 'html', cs, cte)])

def with_attach(part, attach):
    if not attach:
        return part
    ctype, fn = attach
    return multipart('mixed', [part, binpart(ctype, fn, FAKE[ctype])])

def write(folder, name, raw, expected):
    d = os.path.join(OUT, folder); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.eml'), 'wb') as f: f.write(raw)
    with open(os.path.join(d, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1); f.write('\n')

def build_questions():
    for q in QUESTIONS:
        name = 'q%03d' % q['n']; print(name, end=' ')
        phrases, quoted = [], []
        for m in PHRASE.finditer(q['body']):
            phrases.append(m.group(2))
            if m.group(1): quoted.append(m.group(2))
        text = PHRASE.sub(lambda m: m.group(2), q['body'])
        fn, fe, firm, rate = FIRMS[q['firm']]
        cn, ce = q['sender']
        hdrs = [('From', addr(cn, ce)), ('To', addr(fn, fe)), ('Subject', enc_header(q['subj'])),
                ('Date', 'Mon, 7 Dec 2026 %02d:%02d:00 +0100' % (7 + q['n'] % 12, q['n'] % 60)),
                ('Message-ID', '<b16.%s.%d@%s>' % (name, 4711 + q['n'], domain(ce)))] + q['extra']
        part = with_attach(body_part(text, q['fmt'], q['cs'], q['cte'], q['subj']), q['attach'])
        exp = {'questions': phrases, 'quoted': quoted}
        if phrases: exp['language'] = q['lang']
        write('questions', name, message(hdrs, part, q['crlf']), exp)

OFFER_SUBJ = {'en': 'your request', 'de': 'Ihre Anfrage', 'fr': 'Votre demande', 'es': 'Tu consulta',
              'nl': 'Je vraag', 'it': 'La tua richiesta', 'pt': 'O seu pedido'}
RE = {'en': 'Re: ', 'de': 'AW: ', 'fr': 'RE: ', 'es': 'RE: ', 'nl': 'RE: ', 'it': 'R: ', 'pt': 'RE: '}
SEP = '________________________________'

def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

def build_replies():
    for r in REPLIES:
        name = 'r%03d' % r['n']; lang = r['lang']; print(name, end=' ')
        fn, fe, firm, rate = FIRMS[r['firm']]
        cn, ce = r['sender']
        first = {1: 'Greg'}.get(0, cn.split()[0])
        first = {26: 'Mr Kowalczyk', 32: 'Herr Dr. Sommer', 28: 'Henrik', 29: 'Jay', 30: 'Tim', 40: 'Antoine',
                 50: 'Pieter', 60: 'Beatriz'}.get(r['n'], first)
        offer = OFFER[lang].format(c=first, task=r['task'] or 'This', h=r['h'], rate=rate, fn=fn, firm=firm)
        osubj = RE[lang] + OFFER_SUBJ[lang]  # the firm's offer answered the client's request
        oid = '<offer.%s.%d@%s>' % (name, 9000 + r['n'], domain(fe))
        m = (r['n'] * 7) % 60
        subj = r['subj'] + osubj if r['subj'] else osubj  # clients do not stack a second Re:
        hdrs = [('From', addr(cn, ce)), ('To', addr(fn, fe)), ('Subject', enc_header(subj)),
                ('Date', 'Mon, 7 Dec 2026 %02d:%02d:00 +0100' % (11 + r['n'] % 9, m)),
                ('Message-ID', '<b16.%s.%d@%s>' % (name, 5000 + r['n'], domain(ce))),
                ('In-Reply-To', oid),
                ('References', oid if r['kind'] else '<req.%s@%s> %s' % (name, domain(ce), oid))] + r['extra']
        kind = r['kind']
        if kind is None:
            if r['style'] == 'outlook':
                hdr = OUTLOOK[lang].format(fn=fn, fe=fe, cn=cn, ce=ce, m=m, s=osubj)
                text = r['body'] + '\n\n' + SEP + '\n' + hdr + '\n\n' + offer + '\n'
            else:
                key = r['attr'] or (lang + '-apple' if r['style'] == 'apple' and lang == 'en' else lang)
                a = ATTR[key].format(fn=fn, fe=fe, m=m)
                if r['style'] == 'bottom':
                    text = a + '\n' + quote(offer) + '\n\n' + r['body'] + '\n'
                else:
                    text = r['body'] + '\n\n' + a + '\n' + quote(offer) + '\n'
            part = body_part(text, r['fmt'], r['cs'], r['cte'], subj)
        elif kind in ('ooo', 'ticket'):
            hdrs.append(('Auto-Submitted', 'auto-replied'))
            if kind == 'ooo':
                hdrs.append(('X-Auto-Response-Suppress', 'All'))
                text = r['body'] + '\n'
            else:
                hdrs.append(('Precedence', 'bulk'))
                text = r['body'] + '\n\n' + SEP + '\n' + OUTLOOK[lang].format(fn=fn, fe=fe, cn=cn, ce=ce, m=m, s=osubj) + '\n\n' + offer + '\n'
            part = body_part(text, r['fmt'], r['cs'], r['cte'], subj)
        else:
            rcpt = {'bounce-postfix': 'henrik@dahlnet.example', 'bounce-fr': 'a.dubois@orange.example',
                    'mdn': ce, 'mdn-nl': ce}[kind]
            inner_h = [('From', addr(fn, fe)), ('To', rcpt), ('Subject', enc_header(osubj)),
                       ('Date', 'Mon, 7 Dec 2026 10:%02d:00 +0100' % m), ('Message-ID', oid)]
            inner_raw = message(inner_h, leaf(offer + '\n', 'plain', 'utf-8', 'quoted-printable'))
            inner_headers = inner_raw.split(b'\n\n')[0] + b'\n'
            hdrs = [h for h in hdrs if h[0] not in ('Subject',)]
            hdrs.append(('Auto-Submitted', 'auto-replied' if kind.startswith('mdn') else 'auto-generated'))
            if kind == 'bounce-postfix':
                hdrs.insert(2, ('Subject', 'Undelivered Mail Returned to Sender'))
                expl = ("This is the mail system at host mx1.dahlnet.example.\n\nI'm sorry to have to inform you that your message could not\n"
                        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                        "                   The mail system\n\n<%s>: host mx1.dahlnet.example[192.0.2.25] said: 550 5.1.1\n"
                        "    <%s>: Recipient address rejected: User unknown in virtual mailbox\n    table (in reply to RCPT TO command)\n" % (rcpt, rcpt))
                ds = ('Reporting-MTA: dns; mx1.dahlnet.example\nX-Postfix-Queue-ID: 4Hq2ZK0xyz\nArrival-Date: Mon,  7 Dec 2026 10:%02d:03 +0100\n\n'
                      'Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\n'
                      'Remote-MTA: dns; mx1.dahlnet.example\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown\n' % (m, rcpt, rcpt, rcpt))
                part = multipart('report', [leaf(expl, 'plain', 'us-ascii', '7bit'), rawpart('message/delivery-status', ds.encode()),
                                            rawpart('message/rfc822', inner_raw, '8bit')], '; report-type=delivery-status')
            elif kind == 'bounce-fr':
                hdrs.insert(2, ('Subject', enc_header('Échec de remise du message : ' + osubj)))
                expl = ("Ce message a été créé automatiquement par le logiciel de messagerie.\n\n"
                        "Le message n'a pas pu être remis à un ou plusieurs destinataires. C'est une erreur permanente.\n\n"
                        "  %s\n    boîte aux lettres pleine / mailbox full (552 5.2.2)\n\nMerci de ne pas répondre à ce message.\n" % rcpt)
                ds = ('Reporting-MTA: dns; smtp-out.orange.example\nArrival-Date: Mon, 7 Dec 2026 10:%02d:10 +0100\n\n'
                      'Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n' % (m, rcpt))
                part = multipart('report', [leaf(expl, 'plain', 'iso-8859-1', 'quoted-printable'), rawpart('message/delivery-status', ds.encode()),
                                            rawpart('text/rfc822-headers; charset="us-ascii"', inner_headers, '7bit')], '; report-type=delivery-status')
            else:
                if kind == 'mdn':
                    hdrs.insert(2, ('Subject', enc_header('Return Receipt (displayed) - ' + osubj)))
                    expl = ("This is a Return Receipt for the mail that you sent to %s.\n\n"
                            "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
                            "There is no guarantee that the recipient has read or understood the message contents.\n" % rcpt)
                else:
                    hdrs.insert(2, ('Subject', enc_header('Ontvangstbevestiging (weergegeven) - ' + osubj)))
                    expl = ("Dit is een ontvangstbevestiging voor het bericht dat u hebt verzonden aan %s.\n\n"
                            "Opmerking: deze ontvangstbevestiging geeft alleen aan dat het bericht is weergegeven op de computer van de ontvanger. "
                            "Er is geen garantie dat de ontvanger het bericht heeft gelezen of de inhoud heeft begrepen.\n" % rcpt)
                mdn = ('Reporting-UA: %s; Mozilla Thunderbird\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n'
                       'Disposition: manual-action/MDN-sent-manually; displayed\n' % (domain(rcpt), rcpt, oid))
                part = multipart('report', [leaf(expl, 'plain', 'utf-8', 'quoted-printable'), rawpart('message/disposition-notification', mdn.encode()),
                                            rawpart('text/rfc822-headers; name="%s.eml"' % name, inner_headers, '7bit')], '; report-type=disposition-notification')
        write('replies', name, message(hdrs, part, r['crlf']), {'decision': r['decision']})

if __name__ == '__main__':
    build_questions()
    build_replies()
    print('wrote %d questions, %d replies' % (len(QUESTIONS), len(REPLIES)))
