# -*- coding: utf-8 -*-
"""Client replies to the firms' quote offers, blind round 21."""
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from gen import quote, wrap_html, text2html, PDF

FIRMS = {
    "F1": ("Harriet Quill", "harriet@skywardfalconry.co.uk"),
    "F1PT": ("Tiago Mendes", "tiago@skywardfalconry.pt"),
    "F2": ("Griet Van Acker", "griet@atelier-lumen.be"),
    "F3": ("Jonas Brandt", "jonas@summwiese.de"),
    "F4": ("Marcus Delgado", "marcus@forgeandfoam.com"),
    "F5": ("Elena Ferri", "elena@orologeriaferri.it"),
}

OFFER = {
    ("F1", "en"): "Hi {first},\n\nThanks for the details. {task} would take about {h} hours at £95 per hour, plus mileage. Shall I go ahead?\n\nBest wishes,\nHarriet Quill\nSkyward Falconry Ltd | 01452 555 019",
    ("F1PT", "pt"): "Olá {first},\n\nObrigado pelo contacto. {task} levaria cerca de {h} horas a 110 € por hora, mais deslocação. Posso avançar?\n\nCumprimentos,\nTiago Mendes\nSkyward Falcoaria, Lda.",
    ("F2", "en"): "Dear {first},\n\nThank you for your message. {task} would take about {h} hours at €78 per hour, excluding materials. Shall I go ahead?\n\nKind regards,\nGriet Van Acker\nAtelier Lumen - glasconservatie, Gent",
    ("F2", "nl"): "Beste {first},\n\nBedankt voor je bericht. {task} zou ongeveer {h} uur werk zijn aan € 78 per uur, materiaal niet inbegrepen. Zal ik ermee beginnen?\n\nGroeten,\nGriet Van Acker\nAtelier Lumen",
    ("F2", "fr"): "Bonjour {first},\n\nMerci pour votre message. {task} demanderait environ {h} heures à 78 € de l'heure, hors matériaux. Souhaitez-vous que je commence ?\n\nCordialement,\nGriet Van Acker\nAtelier Lumen",
    ("F3", "en"): "Hi {first},\n\n{task} would take about {h} hours at €65 per hour. Shall I go ahead?\n\nBest regards,\nJonas Brandt\nSummwiese Bestäubung GmbH",
    ("F3", "de"): "Hallo {first},\n\n{task} würde etwa {h} Stunden dauern, zu 65 € pro Stunde. Soll ich das so einplanen?\n\nViele Grüße\nJonas Brandt\nSummwiese Bestäubung GmbH",
    ("F3", "es"): "Hola {first}:\n\n{task} llevaría unas {h} horas a 65 € la hora. ¿Quiere que lo ponga en marcha?\n\nUn saludo,\nJonas Brandt\nSummwiese Bestäubung GmbH",
    ("F3", "nl"): "Hallo {first},\n\n{task} zou ongeveer {h} uur duren, aan € 65 per uur. Zal ik het inplannen?\n\nGroeten,\nJonas Brandt\nSummwiese Bestäubung GmbH",
    ("F4", "en"): "Hey {first},\n\n{task} would take about {h} hours at $120 per hour, materials included. Want me to go ahead?\n\nMarcus\nForge & Foam Studio | Austin TX",
    ("F4", "es"): "Hola {first},\n\n{task} llevaría unas {h} horas a 120 USD la hora, materiales incluidos. ¿Te parece que empiece?\n\nMarcus\nForge & Foam Studio | Austin TX",
    ("F5", "en"): "Dear {first},\n\n{task} would take about {h} hours at €70 per hour, plus travel. Shall we go ahead?\n\nBest regards,\nElena Ferri\nOrologeria Campanaria Ferri - Bergamo",
    ("F5", "it"): "Gentile {first},\n\n{task} richiederebbe circa {h} ore a 70 € l'ora, più la trasferta. Procediamo?\n\nCordiali saluti,\nElena Ferri\nOrologeria Campanaria Ferri",
    ("F5", "de"): "Guten Tag {first},\n\n{task} würde etwa {h} Stunden dauern, zu 70 € pro Stunde zuzüglich Anfahrt. Sollen wir den Auftrag einplanen?\n\nFreundliche Grüsse\nElena Ferri\nOrologeria Campanaria Ferri",
    ("F5", "fr"): "Bonjour {first},\n\n{task} demanderait environ {h} heures à 70 € de l'heure, plus le déplacement. Pouvons-nous lancer l'intervention ?\n\nMeilleures salutations,\nElena Ferri\nOrologeria Campanaria Ferri",
}

WD = {  # short, full weekday names, Monday first
    "en": ("Mon Tue Wed Thu Fri Sat Sun", "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "de": ("Mo. Di. Mi. Do. Fr. Sa. So.", "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "fr": ("lun. mar. mer. jeu. ven. sam. dim.", "lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "es": ("lun mar mié jue vie sáb dom", "lunes martes miércoles jueves viernes sábado domingo"),
    "nl": ("ma di wo do vr za zo", "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
    "it": ("lun mar mer gio ven sab dom", "lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    "pt": ("seg. ter. qua. qui. sex. sáb. dom.",
           "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
}
MON = {  # month 4 and 5: short, full
    "en": {4: ("Apr", "April"), 5: ("May", "May")},
    "de": {4: ("Apr.", "April"), 5: ("Mai", "Mai")},
    "fr": {4: ("avr.", "avril"), 5: ("mai", "mai")},
    "es": {4: ("abr", "abril"), 5: ("may", "mayo")},
    "nl": {4: ("apr", "april"), 5: ("mei", "mei")},
    "it": {4: ("apr", "aprile"), 5: ("mag", "maggio")},
    "pt": {4: ("abr.", "abril"), 5: ("mai.", "maio")},
}


def dparts(lang, dt):
    ws, wf = WD[lang][0].split()[dt.weekday()], WD[lang][1].split()[dt.weekday()]
    ms, mf = MON[lang][dt.month]
    h12 = dt.hour % 12 or 12
    return dict(ws=ws, wf=wf, ms=ms, mf=mf, d=dt.day, dd=f"{dt.day:02d}", mo=f"{dt.month:02d}",
                HH=f"{dt.hour:02d}", MM=f"{dt.minute:02d}", h12=h12, ap="AM" if dt.hour < 12 else "PM")


ATTR = {
    "en_gmail": "On {ws}, {d} {ms} 2025 at {HH}:{MM}, {n} <{a}> wrote:",
    "en_apple": "On {d} {ms} 2025, at {HH}:{MM}, {n} <{a}> wrote:",
    "en_tb": "On {dd}/{mo}/2025 {HH}:{MM}, {n} wrote:",
    "de_gmail": "Am {ws}, {d}. {ms} 2025 um {HH}:{MM} Uhr schrieb {n} <{a}>:",
    "de_apple": "Am {dd}.{mo}.2025 um {HH}:{MM} schrieb {n} <{a}>:",
    "de_tb": "Am {dd}.{mo}.25 um {HH}:{MM} schrieb {n}:",
    "fr_gmail": "Le {ws} {d} {ms} 2025 à {HH}:{MM}, {n} <{a}> a écrit :",
    "fr_apple": "Le {d} {ms} 2025 à {HH}:{MM}, {n} <{a}> a écrit :",
    "es_gmail": "El {ws}, {d} {ms} 2025 a las {HH}:{MM}, {n} (<{a}>) escribió:",
    "es_apple": "El {d} {ms} 2025, a las {HH}:{MM}, {n} <{a}> escribió:",
    "nl_gmail": "Op {ws} {d} {ms} 2025 om {HH}:{MM} schreef {n} <{a}>:",
    "nl_apple": "Op {d} {ms}. 2025 om {HH}:{MM} heeft {n} <{a}> het volgende geschreven:",
    "it_gmail": "Il giorno {ws} {d} {ms} 2025 alle ore {HH}:{MM} {n} <{a}> ha scritto:",
    "it_tb": "Il {dd}/{mo}/2025 {HH}:{MM}, {n} ha scritto:",
    "pt_gmail": "Em {ws}, {d} de {ms} de 2025 às {HH}:{MM}, {n} <{a}> escreveu:",
    "pt_apple": "A {d} de {ms} de 2025, às {HH}:{MM}, {n} <{a}> escreveu:",
}

OUTLOOK = {
    "en": "From: {n} <{a}>\nSent: {wf}, {mf} {d}, 2025 {h12}:{MM} {ap}\nTo: {c}\nSubject: {s}",
    "de": "Von: {n} <{a}>\nGesendet: {wf}, {d}. {mf} 2025 {HH}:{MM}\nAn: {c}\nBetreff: {s}",
    "fr": "De : {n} <{a}>\nEnvoyé : {wf} {d} {mf} 2025 {HH}:{MM}\nÀ : {c}\nObjet : {s}",
    "es": "De: {n} <{a}>\nEnviado el: {wf}, {d} de {mf} de 2025 {HH}:{MM}\nPara: {c}\nAsunto: {s}",
    "nl": "Van: {n} <{a}>\nVerzonden: {wf} {d} {mf} 2025 {HH}:{MM}\nAan: {c}\nOnderwerp: {s}",
    "it": "Da: {n} <{a}>\nInviato: {wf} {d} {mf} 2025 {HH}:{MM}\nA: {c}\nOggetto: {s}",
    "pt": "De: {n} <{a}>\nEnviada: {wf}, {d} de {mf} de 2025 {HH}:{MM}\nPara: {c}\nAssunto: {s}",
}
ORIG = {"en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
        "fr": "-----Message d'origine-----", "es": "-----Mensaje original-----",
        "nl": "-----Oorspronkelijk bericht-----", "it": "-----Messaggio originale-----",
        "pt": "-----Mensagem original-----"}
RE = {"en": "Re: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: ", "pt": "RE: "}

REPLIES = []


def R(decision, lang, firm, client, subj, task, h, new, style="gmail", first=None, **kw):
    """Client reply (top-posted unless style says otherwise) quoting the firm's offer."""
    n = len(REPLIES) + 1
    fname, faddr = FIRMS[firm]
    cname = client.split(" <")[0]
    first = first or cname.split()[0]
    offer_lang = kw.pop("offer_lang", lang)
    offer = OFFER[(firm, offer_lang)].format(first=first, task=task, h=h)
    odt = (datetime(2025, 4, 1, 8, 0, tzinfo=timezone(timedelta(hours=2)))
           + timedelta(days=n * 27 // 60, hours=(n * 3) % 10, minutes=(n * 17) % 60))
    rdt = odt + timedelta(days=1 if n % 3 == 0 else 0, hours=1 + n % 5, minutes=(n * 7 + 11) % 60)
    dp = dparts(lang if lang in WD else "en", odt)
    offer_id = f"<offer.{n:03d}.{abs(len(task) * 7919 + n):d}@{faddr.split('@')[1]}>"
    prev_id = f"<q.{n:03d}.thread@{client.split('@')[1].rstrip('>')}>"
    if style in ("gmail", "apple", "tb", "bottom", "apple_in"):
        key = {"gmail": "gmail", "bottom": "gmail", "apple": "apple", "apple_in": "apple", "tb": "tb"}[style]
        key = f"{lang}_{key}"
        if key not in ATTR:
            key = f"{lang}_gmail"
        attr = ATTR[key].format(n=fname, a=faddr, **dp)
        if style == "apple_in":
            quoted = "> " + attr + "\n>\n" + quote(offer)
        else:
            quoted = attr + "\n" + quote(offer)
        if style == "bottom":
            body = quoted + "\n\n" + new.strip("\n") + "\n"
        else:
            body = new.rstrip("\n") + "\n\n" + quoted + "\n"
    elif style in ("outlook", "outlook_orig"):
        sep = "________________________________" if style == "outlook" else ORIG[lang]
        hdr = OUTLOOK[lang].format(n=fname, a=faddr, c=client, s=subj, **dp)
        body = new.rstrip("\n") + "\n\n" + sep + "\n" + hdr + "\n\n" + offer + "\n"
    elif style == "custom":
        attr = ATTR[f"{lang}_gmail"].format(n=fname, a=faddr, **dp)
        body = new.replace("{ATTR}", attr)
    elif style == "none":
        body = new
    else:
        raise ValueError(style)
    s = {
        "decision": decision, "lang": lang,
        "from": client, "to": f"{fname} <{faddr}>",
        "subject": kw.pop("subject", (RE[lang] if style.startswith("outlook") else "Re: ") + subj),
        "date": format_datetime(rdt), "msgid": f"<r{n:03d}.{n * 31337:x}@{client.split('@')[1].rstrip('>')}>",
        "irt": offer_id, "refs": prev_id + " " + offer_id,
        "text": body,
    }
    s.update(kw)
    if "html_inner" in s:
        s["html"] = wrap_html(s.pop("html_inner"), lang)
    REPLIES.append(s)
    return s


def _b64(t):
    import base64
    raw = base64.b64encode(t.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def RAW(decision, lang, raw, crlf=False):
    data = raw.lstrip("\n")
    if crlf:
        data = data.replace("\r\n", "\n").replace("\n", "\r\n")
    REPLIES.append({"decision": decision, "lang": lang, "raw": data.encode("utf-8")})


# ================================================================ ENGLISH accept (9)
R("accept", "en", "F1", "Ian Mercer <ian@mercer-logistics.co.uk>", "Spring visits - Mercer Logistics",
  "Three flying visits to the distribution yard in April", 9,
  "Yes please, go ahead. Tuesdays and Thursdays are best, the yard is quiet then.\n\nIan\n",
  kind="plain", cte="7bit")

R("accept", "en", "F4", "Jo Pemberton <jo.pemberton@riversiderep.org>", "centurion helmet",
  "Repairing the crest of the centurion helmet and repainting it", 3,
  "ok go for it, but don't let it run past 3 hours - that's all we've got left in the repairs budget this season\n\nJo\n\nSent from my iPhone\n",
  style="apple_in", kind="plain", cte="7bit")

R("accept", "en", "F2", "Margaret Ellison <m.ellison@staldhelms-parish.org.uk>", "North aisle window - St Aldhelm's",
  "The condition report for the north aisle window", 6,
  "Dear Griet,\n\nThank you. Please proceed as proposed; the churchwardens approved the expenditure at last night's meeting.\n\nYours sincerely,\nMargaret Ellison\nChurchwarden, St Aldhelm's, Frome\n",
  style="outlook", kind="alt", crlf=True)

R("accept", "en", "F3", "Sam Whitford <sam@whitfordberries.co.uk>", "Hives for the blueberries",
  "Placing 24 hives across the three blueberry fields", 5,
  "Sounds good, book it in. Gate code is still 4417.\n\nSam\n", kind="plain", cte="quoted-printable")

R("accept", "en", "F5", "Dr Helen Marsh <h.marsh@horologymuseum.org.uk>", "schedule / invoice",
  "Servicing the auto-winder and re-centring the bell hammer", 4,
  "No problem at all - please go ahead, and thank you for fitting us in so quickly.\n\nHelen\n\nDr Helen Marsh | Curator of Horology\nMuseum of Time, Coventry\n",
  first="Helen", kind="plain", cte="7bit")

R("accept", "en", "F1", "Bev Ashcroft <bev@theharbourviewhotel.co.uk>", "seagulls (again!!)",
  "A roof survey and the first two flying sessions at the hotel", 7,
  "Great, that's less than I feared. Crack on!\n\nBev x\n", kind="html", cte="quoted-printable")

R("accept", "en", "F4", "Priya Raman <priya@lanternfilms.co>", "Rifles for 'Dust Road'",
  "Twelve resin rifles plus one hero rifle with a working bolt", 71,
  """Hey Marcus,

{ATTR}
> Hey Priya,
>
> Twelve resin rifles plus one hero rifle with a working bolt would take about 71 hours at $120 per hour, materials included.

Fine, that's within what the line producer signed off.

> Want me to go ahead?

Yep. PO to follow from accounts today.

Priya
""", style="custom", kind="plain", cte="7bit")

R("accept", "en", "F2", "Charles Whitcombe <c.whitcombe@whitcombe-collection.com>", "Valuation of stained glass panel",
  "The written insurance valuation of the St Cecilia roundel", 3,
  "Dear Ms Van Acker,\n\nApproved - PO 55120 attached. Please quote the PO number on your invoice.\n\nYours sincerely,\nCharles Whitcombe\n",
  first="Mr Whitcombe", style="outlook_orig", kind="plain", cte="7bit", crlf=True,
  att=[("PO_55120.pdf", "application", "pdf", PDF)])

R("accept", "en", "F3", "Callum Fraser <callum@fraserfruit.co.uk>", "bumblebees for the tunnels",
  "Working out the bumblebee stocking plan for the six tunnels", 2,
  "\U0001F44D go ahead\n\nSent from my iPhone\n", kind="plain", cte="base64")

# ================================================================ ENGLISH decline (8)
R("decline", "en", "F1", "Dave Rourke <d.rourke@millbrookgolf.co.uk>", "geese again",
  "Four flying days on the 14th and 15th before the championship", 12,
  "thanks harriet but we'll sort it in-house, the lads are going to try the laser scarer. cheers\n\ndave\n",
  kind="plain", cte="7bit")

R("decline", "en", "F4", "Tasha Greene <tashagreene.cos@outlook.com>", "chest plate crack",
  "Fixing the cracked chest plate", 2,
  "not needed any more, my brother-in-law fixed it with a glue gun lol. thanks anyway!!\n", kind="plain", cte="7bit")

R("decline", "en", "F2", "Rev. Paul Okafor <vicar@holytrinity-hexham.org.uk>", "Holy Trinity east window",
  "Re-leading the lower three panels of the east window", 14,
  "Dear Griet,\n\nThank you for the quotation. Unfortunately the PCC has decided not to proceed with the work.\n\nWith best wishes,\nPaul\n\n--\nThe Revd Paul Okafor\nVicar, Holy Trinity Hexham\n",
  first="Paul", style="tb", kind="plain", cte="quoted-printable")

R("decline", "en", "F5", "Graham Pryce <graham.pryce@btinternet.com>", "Claim 88-41720 - clock tower",
  "The horologist's report and itemised estimate for the escapement", 5,
  "Yes, got your quote, thanks - we've decided to go with a firm closer to home, sorry.\n\nGraham\n",
  kind="alt")

R("decline", "en", "F3", "Rupert Hale <rhale@haleorchards.co.uk>", "Hive rental 2026 - Hale Orchards, Ledbury",
  "The draft pollination plan for both blossom periods", 8,
  "Thanks, but that's well over what we can spend on planning this year. We'll pass.\n\nRupert Hale\nEstate Manager, Hale Orchards Ltd\n",
  first="Mr Hale", style="outlook", kind="plain", charset="windows-1252", cte="8bit", crlf=True)

R("decline", "en", "F1", "Martin Keogh <mkeogh@keoghwarehousing.ie>", "Insurance query",
  "A bird-risk survey of the Dublin warehouse roofs", 6,
  "No thank you.\n\nMartin Keogh\nKeogh Warehousing Ltd\n\nThis message is confidential. If you have received it in error, please tell us and delete it. Keogh Warehousing Ltd accepts no liability for any damage caused by this email’s contents.\n",
  kind="plain", charset="windows-1252", cte="quoted-printable")

R("decline", "en", "F4", "Lorna Baptiste <lorna@stagelightsdrama.org>", "armour for the spring show",
  "Four suits of ghost armour for the spring show", 30,
  "the show got cancelled (funding fell through) so no need. thanks for your time and sorry for the hassle\n\nlorna\n",
  kind="plain", cte="7bit")

R("decline", "en", "F2", "Oliver Grant <oliver@grantandsons-builders.co.uk>", "St Michael's - protective glazing spec",
  "Reviewing the spec and pricing the protective glazing for N2-N4", 5,
  "Please don't proceed - the insurer is sending their own assessor and will appoint a studio themselves. Thanks for the quick response though.\n\nOllie\n",
  style="outlook", kind="alt", crlf=True)

# ================================================================ ENGLISH unclear (9)
R("unclear", "en", "F1", "Rosie Turnbull <rosie@chalkhillvineyard.co.uk>", "Starlings - Chalk Hill",
  "Netting the two south rows plus six flying days in September", 20,
  "Yes to the netting, but hold off on the hawk visits for now until we know the harvest date.\n\nRosie\n",
  kind="plain", cte="base64")

R("unclear", "en", "F4", "Dani Ortiz <dani.ortiz@gmail.com>", "group build for comic-con",
  "The two helmets with tinted visors", 9,
  "Could you do the lot for $800 flat? That's what the group can stretch to.\n\nDani\n", kind="alt")

R("unclear", "en", "F2", "Margaret Ellison <m.ellison@staldhelms-parish.org.uk>", "Faculty - protective glazing",
  "Fitting protective glazing to the north aisle window", 10,
  "Dear Griet,\n\nDoes that include VAT and travel from Ghent? I just need to know for the faculty budget.\n\nMargaret\n",
  kind="plain", cte="quoted-printable")

R("unclear", "en", "F3", "Nick Hollis <nick.hollis@hollisfarm.co.uk>", "Cherries next door",
  "Placing 10 hives in the cherry block", 3,
  "Ask me again in March - we haven't decided whether we're keeping the cherry block.\n\nNick\n\nSent from my Galaxy\n",
  kind="plain", cte="7bit")

R("unclear", "en", "F5", "Tom Ashby <clerk@littlewenham-pc.gov.uk>", "Church clock - council questions",
  "Fitting a night-silencing unit to the strike train", 6,
  "Let me think about it and talk to the council on Thursday.\n\nTom\n", style="bottom", kind="plain", cte="7bit")

R("unclear", "en", "F1", "Bev Ashcroft <bev@theharbourviewhotel.co.uk>", "roof terrace",
  "Flying sessions over the east roof", 8,
  "Small correction - it's the west roof, not the east, and the west one is about twice the size. Would that change the hours?\n\nBev\n",
  kind="alt", cte="quoted-printable")

R("unclear", "en", "F4", "Kayla Nguyen <kaylacreates@gmail.com>", "brightwing armor!!",
  "The Brightwing helmet with LED eyes", 6,
  "Yes, but why 6 hours?? last time a similar helmet was 3 \U0001F914\n\n- kayla\n", kind="plain", cte="quoted-printable")

R("unclear", "en", "F2", "Eleanor Vance <eleanor.vance@icloud.com>", "Landing window",
  "Restoring the landing window", 12,
  "No, not yet - I need to check with my husband first, he's back on Sunday.\n\nEleanor\n\nSent from my iPad\n",
  style="apple_in", kind="plain", cte="7bit")

R("unclear", "en", "F3", "Gareth Llewellyn <gareth@valegrowers.coop>", "Board questions",
  "Placing 20 hives across the co-op orchards", 6,
  "Jonas, we'd go ahead if you can do it with 12 hives instead of 20 - is that possible?\n\nGareth\n",
  kind="plain", cte="7bit")

# ================================================================ ENGLISH automatic (4)
R("automatic", "en", "F2", "Charles Whitcombe <c.whitcombe@whitcombe-collection.com>", "Valuation of stained glass panel",
  "", 0,
  "Thank you for your email. I am away from the office until Monday 14 April with limited access to email.\n\nFor urgent matters please contact my assistant, Joanna Pike, at j.pike@whitcombe-collection.com.\n\nCharles Whitcombe\n",
  style="none", subject="Automatic reply: Valuation of stained glass panel", kind="plain", cte="7bit", crlf=True,
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "c.whitcombe@whitcombe-collection.com")])

RAW("automatic", "en", """
Return-Path: <>
Received: by mail.skywardfalconry.co.uk (Postfix)
	id 4F2A11C0A3; Tue,  1 Apr 2025 10:02:14 +0100 (BST)
Date: Tue,  1 Apr 2025 10:02:14 +0100 (BST)
From: MAILER-DAEMON@mail.skywardfalconry.co.uk (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: harriet@skywardfalconry.co.uk
Auto-Submitted: auto-replied
In-Reply-To: <offer.028.1@skywardfalconry.co.uk>
References: <offer.028.1@skywardfalconry.co.uk>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F2A11C0A3.1743498134/mail.skywardfalconry.co.uk"
Content-Transfer-Encoding: 8bit
Message-Id: <20250401090214.4F2A11C0A3@mail.skywardfalconry.co.uk>

This is a MIME-encapsulated message.

--4F2A11C0A3.1743498134/mail.skywardfalconry.co.uk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.skywardfalconry.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.whitlock@harbourview-group.co.uk>: host
    mx1.harbourview-group.co.uk[203.0.113.25] said: 550 5.1.1
    <j.whitlock@harbourview-group.co.uk>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--4F2A11C0A3.1743498134/mail.skywardfalconry.co.uk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.skywardfalconry.co.uk
X-Postfix-Queue-ID: 4F2A11C0A3
X-Postfix-Sender: rfc822; harriet@skywardfalconry.co.uk
Arrival-Date: Tue,  1 Apr 2025 10:02:11 +0100 (BST)

Final-Recipient: rfc822; j.whitlock@harbourview-group.co.uk
Original-Recipient: rfc822;j.whitlock@harbourview-group.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.harbourview-group.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <j.whitlock@harbourview-group.co.uk>:
    Recipient address rejected: User unknown in virtual mailbox table

--4F2A11C0A3.1743498134/mail.skywardfalconry.co.uk
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <harriet@skywardfalconry.co.uk>
Message-ID: <offer.028.1@skywardfalconry.co.uk>
Date: Tue, 1 Apr 2025 10:02:10 +0100
From: Harriet Quill <harriet@skywardfalconry.co.uk>
To: James Whitlock <j.whitlock@harbourview-group.co.uk>
Subject: Re: Gulls at the Hove site
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi James,

Thanks for the details. Two flying sessions a week at the Hove site for May would take about 16 hours at £95 per hour, plus mileage. Shall I go ahead?

Best wishes,
Harriet Quill
Skyward Falconry Ltd | 01452 555 019

--4F2A11C0A3.1743498134/mail.skywardfalconry.co.uk--
""")

RAW("automatic", "en", """
Date: Tue, 1 Apr 2025 11:48:03 +0100
From: Anne Corbett <anne.corbett@stmarys-ludlow.org.uk>
To: Elena Ferri <elena@orologeriaferri.it>
Message-ID: <mdn.8813.2025@stmarys-ludlow.org.uk>
Subject: Return Receipt (displayed) - Re: Pendulum crate
In-Reply-To: <offer.029.2@orologeriaferri.it>
References: <offer.029.2@orologeriaferri.it>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------A5C3D2E1F0B9A8C7D6E5F4A3"
User-Agent: Mozilla Thunderbird

This is a multi-part message in MIME format.
--------------A5C3D2E1F0B9A8C7D6E5F4A3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to anne.corbett@stmarys-ludlow.org.uk.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------A5C3D2E1F0B9A8C7D6E5F4A3
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: mail.stmarys-ludlow.org.uk; Mozilla Thunderbird
Final-Recipient: rfc822;anne.corbett@stmarys-ludlow.org.uk
Original-Message-ID: <offer.029.2@orologeriaferri.it>
Disposition: manual-action/MDN-sent-manually; displayed

--------------A5C3D2E1F0B9A8C7D6E5F4A3
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Date: Tue, 1 Apr 2025 09:15:00 +0200
From: Elena Ferri <elena@orologeriaferri.it>
To: Anne Corbett <anne.corbett@stmarys-ludlow.org.uk>
Subject: Re: Pendulum crate
Message-ID: <offer.029.2@orologeriaferri.it>
Disposition-Notification-To: Elena Ferri <elena@orologeriaferri.it>

--------------A5C3D2E1F0B9A8C7D6E5F4A3--
""", crlf=True)

R("automatic", "en", "F4", "Marco Villanueva <marco@villanueva-events.com>", "Props for the gala",
  "", 0,
  """Hello,

I'm protecting myself from receiving junk mail. Please click the link below to complete the verification process. You have to do this only once.

https://verify.mailshield-example.net/v/8f3a2c91d4?s=marcus%40forgeandfoam.com

Your original message "Props for the gala" is being held and will be delivered as soon as you verify.

Thank you,
Marco Villanueva

-- 
This challenge was sent by MailShield on behalf of marco@villanueva-events.com.
""", style="none", subject="Please verify your email: Re: Props for the gala", kind="plain", cte="7bit",
  headers=[("Auto-Submitted", "auto-replied"), ("X-MailShield-Challenge", "yes"), ("Precedence", "bulk")])

# ================================================================ GERMAN (accept 2, decline 1, unclear 1, automatic 1)
R("accept", "de", "F3", "Heinrich Lühmann <h.luehmann@obsthof-luehmann.de>", "Bestäubung Saison 2026 - Obsthof Lühmann",
  "Die Aufstellung von 45 Völkern in Elstar und Jonagold", 10,
  "Moin Herr Brandt,\n\npasst so, bitte einplanen.\n\nMit freundlichen Grüßen\nHeinrich Lühmann\nObsthof Lühmann GbR\n",
  first="Herr Lühmann", style="outlook_orig", kind="plain", charset="iso-8859-1", cte="quoted-printable", crlf=True)

R("accept", "de", "F5", "Urs Gisler <urs.gisler@bluewin.ch>", "Turmuhr Altdorf - Vergoldung",
  "Die Neuvergoldung des Zifferblatts mit Blattgold 23 Karat", 16,
  "Guten Tag Frau Ferri\n\nJa, gerne. Bitte beginnen Sie wie besprochen nach Ostern.\n\nFreundliche Grüsse\nUrs Gisler\nKirchgemeinde Altdorf\n",
  first="Herr Gisler", style="tb", kind="plain", charset="windows-1252", cte="8bit")

R("decline", "de", "F3", "Frieda Scholz <frieda.scholz@t-online.de>", "Himbeeren",
  "Das Umsetzen der Völker in die Himbeeren", 4,
  "Nein danke, wir haben dieses Jahr genug eigene Völker. Trotzdem danke für das Angebot!\n\nFrieda Scholz\n\nVon meinem iPhone gesendet\n",
  first="Frau Scholz", style="apple", kind="plain", cte="8bit")

R("unclear", "de", "F5", "Martina Oberhofer <martina.oberhofer@gemeinde-kastelruth.it>", "Kirchturmuhr St. Valentin",
  "Die Nachrüstung mit Funkuhr und Sommerzeit-Umstellung", 9,
  "Hallo Elena,\n\nwas kommt für die Anfahrt aus Bergamo noch dazu? Ohne diese Zahl kann ich es dem Gemeinderat nicht vorlegen.\n\nLG Martina\n",
  first="Frau Oberhofer", kind="alt")

R("automatic", "de", "F3", "Anke Lühmann <buero@obsthof-luehmann.de>", "Hummeln für den Folientunnel", "", 0,
  "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 22.04.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an Heinrich Lühmann unter 04162 555 31.\n\nMit freundlichen Grüßen\nAnke Lühmann\nObsthof Lühmann GbR\n",
  style="none", subject="Automatische Antwort: AW: Hummeln für den Folientunnel", kind="plain", charset="iso-8859-1", cte="quoted-printable",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")])

# ================================================================ FRENCH (accept 1, decline 2, unclear 1, automatic 1)
R("accept", "fr", "F2", "Philippe Lambotte <fabrique.saintremacle@gmail.com>", "Vitrail de la Vierge - église Saint-Remacle",
  "La restauration du vitrail de la Vierge", 22,
  "Bonjour Griet,\n\nC'est d'accord, allez-y. Le conseil de fabrique a validé hier soir.\n\nBonne journée,\nPhilippe\n\nEnvoyé de mon iPhone\n",
  first="Monsieur Lambotte", style="apple", kind="plain", cte="quoted-printable")

R("decline", "fr", "F2", "Nathalie Dufour <n.dufour@musee-verre-charleroi.be>", "Sinistre n° 2025-0447",
  "Le rapport de dommages et l'estimation chiffrée", 7,
  "Bonjour Griet,\n\nMerci pour votre proposition, mais l'assureur nous impose finalement l'atelier de son expert. Nous n'allons donc pas donner suite.\n\nBien cordialement,\nNathalie Dufour\nConservatrice, Musée du Verre - Charleroi\n",
  first="Madame Dufour", style="outlook", kind="alt", crlf=True)

R("decline", "fr", "F5", "Colette Bessières <colette.bessieres@orange.fr>", "Horloge de la mairie",
  "Le remplacement du moteur de remontage", 11,
  "Oui, bien reçu votre devis, merci. Malheureusement le conseil municipal a refusé le crédit, nous devons donc renoncer.\n\nColette Bessières\nSecrétaire de mairie\n",
  first="Madame Bessières", kind="plain", charset="iso-8859-1", cte="8bit")

R("unclear", "fr", "F2", "Manu Lefèvre <manu.lefevre@hotmail.fr>", "vitrail cuisine",
  "La réparation du petit vitrail de la cuisine", 8,
  "pouvez-vous faire un geste sur le prix ? 8 heures ça me semble beaucoup pour un si petit vitrail\n\nmanu\n",
  first="Manu", kind="html", cte="quoted-printable")

R("automatic", "fr", "F5", "Administration communale <greffe@commune-vallorbe-test.ch>", "Horloge du temple - mécanisme", "", 0,
  "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 12 mai inclus. Votre message ne sera pas transféré.\n\nPour toute urgence, merci de contacter le secrétariat au 021 555 34 00.\n\nMeilleures salutations,\nSandrine Golay\nGreffe municipal\n",
  style="none", subject="Réponse automatique : RE : Horloge du temple - mécanisme", kind="plain", charset="iso-8859-1",
  cte="quoted-printable", crlf=True,
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# ================================================================ SPANISH (accept 2, decline 1, unclear 1, automatic 1)
R("accept", "es", "F3", "Montserrat Puig <mpuig@coopametllers-segria.cat>", "Colmenas para almendro - campaña 2026",
  "La colocación de 360 colmenas en las 120 ha", 40,
  "Buenos días Jonas:\n\nDe acuerdo, adelante. Les esperamos el lunes 28 en la cooperativa.\n\nUn saludo,\nMontserrat\n",
  first="Montserrat", style="outlook", kind="alt", charset="utf-8", cte="quoted-printable", crlf=True)

R("accept", "es", "F4", "Ximena Robles <xime.robles.cos@gmail.com>", "commission armadura zelda",
  "La armadura completa de Zelda con capa", 38,
  "va, dale!! \U0001F64C ya te mando el anticipo por PayPal\n\nxime\n", first="Xime", kind="plain", cte="base64")

R("decline", "es", "F4", "Lucía Montalbán <produccion@teatrodelalba.es>", "Factura rectificada y espadas",
  "La reparación de las dos espadas", 5,
  "Estimado Marcus:\n\nAl final no hace falta, las hemos arreglado nosotros en el taller del teatro. Gracias igualmente.\n\nAtentamente,\nLucía Montalbán\nJefa de Producción – Teatro del Alba\n",
  first="Lucía", style="outlook_orig", kind="plain", charset="windows-1252", cte="quoted-printable", crlf=True)

R("unclear", "es", "F3", "Andrés Gil <andresgil.agro@yahoo.es>", "Contrato colmenas",
  "El plan de polinización con mapa de colocación", 14,
  "¿Y si lo dejamos en 10 horas? Es lo que tenemos presupuestado para este año.\n\nAndrés\n\nEnviado desde mi iPhone\n",
  first="Andrés", style="apple", kind="plain", cte="8bit")

RAW("automatic", "es", """
From: Diego Ferrán <diego.ferran@estudioferran.es>
To: Marcus Delgado <marcus@forgeandfoam.com>
Subject: Leído: Casco de Aquiles - escudo
Date: Tue, 15 Apr 2025 18:22:41 +0200
Message-ID: <AM0PR06MB5123RR45@AM0PR06MB5123.eurprd06.prod.outlook.com>
In-Reply-To: <offer.045.3@forgeandfoam.com>
References: <offer.045.3@forgeandfoam.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_AM0PR06MB5123RR45_"
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:

--_000_AM0PR06MB5123RR45_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{B64}

--_000_AM0PR06MB5123RR45_
Content-Type: message/disposition-notification

Final-Recipient: rfc822;diego.ferran@estudioferran.es
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: 9qk3m0kzq0mWm4c0mJw0kA==
X-Display-Name: Diego Ferrán

--_000_AM0PR06MB5123RR45_--
""".replace("{B64}", _b64(
    "Su mensaje\r\n\r\n  Para: Diego Ferrán\r\n  Asunto: Casco de Aquiles - escudo\r\n"
    "  Enviado: martes, 15 de abril de 2025 10:45:12 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey\r\n\r\n"
    "se leyó el martes, 15 de abril de 2025 18:22:41 (UTC+01:00) Bruselas, Copenhague, Madrid, París.\r\n")), crlf=True)

# ================================================================ DUTCH (accept 1, decline 1, unclear 2, automatic 1)
R("accept", "nl", "F2", "Lieve De Smet <lieve.desmet@telenet.be>", "glas-in-lood art nouveau woning",
  "Het herstel van de twee panelen in de voordeur", 9,
  "Prima, doe maar. Laat maar weten wanneer je komt, ik werk thuis op dinsdag en donderdag.\n\nGroetjes,\nLieve\n",
  first="Lieve", kind="alt")

R("decline", "nl", "F3", "Jan Bakker <jan@bakker-tomaten.nl>", "hommels wk 12",
  "Het plaatsen en wisselen van 30 hommelkasten tot week 30", 12,
  "nee, laat maar. we doen het dit jaar zelf met kasten van de coöperatie\n\njan\n", first="Jan",
  kind="plain", cte="7bit" if False else "8bit")

R("unclear", "nl", "F2", "Geert Van den Broeck <geert.vdbroeck@kerkfabriek-stbaafs.be>", "Koorraam en zijramen",
  "Het herstel van het koorraam en de twee zijramen", 26,
  """Dag Griet,

{ATTR}
> Beste Geert,
>
> Bedankt voor je bericht. Het herstel van het koorraam en de twee zijramen zou ongeveer 26 uur werk zijn aan € 78 per uur, materiaal niet inbegrepen.

Ja voor het koorraam, maar de zijramen moeten nog even wachten, daar beslist de kerkraad pas in juni over.

> Zal ik ermee beginnen?

Zie hierboven.

Groeten,
Geert
""", style="custom", kind="plain", cte="quoted-printable")

R("unclear", "nl", "F3", "Kees Verhoef <kees@verhoef-aardbeien.nl>", "Hommels 2026",
  "Het leveren van hommelkasten voor alle vier de kassen", 10,
  "Vraag het me in februari nog eens, dan weten we meer over de subsidie.\n\nKees\n\nVerstuurd vanaf mijn iPhone\n",
  first="Kees", style="apple", kind="plain", cte="7bit")

R("automatic", "nl", "F2", "Klantenservice Notariskantoor Claeys <info@notaris-claeys.be>", "Restauratie kapel Oostakker", "", 0,
  "Geachte,\n\nBedankt voor uw bericht. Uw melding is geregistreerd onder nummer #48213.\n\nWij streven ernaar binnen twee werkdagen te reageren. Vermeld dit nummer in het onderwerp bij verdere correspondentie.\n\nDit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.\n\nNotariskantoor Claeys\n",
  style="none", subject="[Ticket #48213] Ontvangstbevestiging: RE: Restauratie kapel Oostakker", kind="html", cte="quoted-printable",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")])

# ================================================================ ITALIAN (accept 1, decline 1, unclear 2, automatic 1)
R("accept", "it", "F5", "Don Mario Colombo <parrocchia.sanfermo@libero.it>", "Orologio del campanile - San Fermo",
  "Il restauro del movimento e della suoneria", 28,
  "Gentile Sig.ra Ferri,\n\nva bene, proceda pure. Il consiglio per gli affari economici ha dato il via libera.\n\nCordiali saluti,\nDon Mario\n",
  first="Don Mario", kind="plain", charset="iso-8859-1", cte="quoted-printable")

R("decline", "it", "F5", "Geom. Luca Bianchi <ufficiotecnico@comune-clusone-test.it>", "campane festa patronale",
  "La programmazione straordinaria delle campane per il 15 agosto", 3,
  "No grazie, lasciamo stare: il sindaco ha deciso di non fare il concerto di mezzanotte.\n\nLuca\n",
  first="Luca", style="outlook", kind="alt", crlf=True)

R("unclear", "it", "F5", "Paolo Zanetti <p.zanetti@fastwebnet.it>", "Intervento torre civica",
  "La ridipintura del quadrante con i numeri romani originali", 12,
  "Sì, però 12 ore mi sembrano tante. Non si riesce a stare sulle 8?\n\nPaolo\n", first="Sig. Zanetti",
  style="tb", kind="plain", cte="8bit")

R("unclear", "it", "F5", "Arch. Silvia Rota <silvia.rota@studiorota.it>", "Richiesta Soprintendenza",
  "La relazione tecnica e il restauro delle campane", 20,
  "Elena, la relazione va benissimo, procedi pure con quella. Per le campane invece devo prima sentire il committente, ti faccio sapere a fine mese.\n\nSilvia\n",
  first="Silvia", kind="alt", cte="quoted-printable")

R("automatic", "it", "F5", "Giulia Marchetti <giulia.marchetti@comune-esine.bs.it>", "Manutenzione campane 2025", "", 0,
  "Sono fuori ufficio fino al 2 giugno con accesso limitato alla posta elettronica.\nPer urgenze contattare l'Ufficio Tecnico allo 0364 555 112.\n\nGiulia Marchetti\nComune di Esine\n",
  style="none", subject="Risposta automatica: R: Manutenzione campane 2025", kind="plain", cte="8bit",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

# ================================================================ PORTUGUESE (accept 2, decline 1, unclear 2)
R("accept", "pt", "F1PT", "Margarida Sequeira <msequeira@quintadavessada.pt>", "Controlo de estorninhos - vindima 2025",
  "O controlo dos estorninhos nos 35 hectares durante a vindima", 48,
  "Caro Tiago,\n\nPode avançar, obrigada. Estamos cá todos os dias a partir das 8h.\n\nCumprimentos,\nMargarida Sequeira\nQuinta da Vessada\n",
  first="Margarida", style="outlook", kind="alt", crlf=True)

R("accept", "pt", "F1PT", "Rafael Souza <rafa.souza@gmail.com>", "pombos no silo",
  "O controle de pombos no silo de Lamego", 6,
  "Fechado! Pode marcar, cara.\n\nRafa\n", first="Rafael", kind="html", cte="base64")

R("decline", "pt", "F1PT", "Joaquim Ferreira <jferreira@adegaferreira.pt>", "Estorninhos na adega",
  "Quatro sessões de voo junto à adega", 10,
  "Bom dia,\n\nObrigado, mas já resolvemos com redes. Não vai ser preciso.\n\nJoaquim Ferreira\nAdega Ferreira & Filhos\n",
  first="Joaquim", kind="plain", charset="iso-8859-1", cte="8bit")

R("unclear", "pt", "F1PT", "Nuno Pacheco <nuno.pacheco@aerodromo-vilareal-test.pt>", "gaivotas",
  "O estudo do risco de aves e o controlo das gaivotas durante o verão", 60,
  "Sim, mas só para a parte do estudo; o controlo das gaivotas fica para depois de a direção aprovar o orçamento do verão.\n\nNuno\n\nEnviado do meu iPhone\n",
  first="Nuno", style="apple", kind="plain", cte="quoted-printable")

R("unclear", "pt", "F1PT", "Helena Castro <reservas@casadoribeiro-turismo.pt>", "Falcoaria para o hotel rural",
  "O contrato anual com duas visitas por mês", 36,
  "Caro Tiago,\n\nEsse valor inclui o IVA e a deslocação desde o Porto?\n\nCumprimentos,\nHelena Castro\n",
  first="Helena", style="outlook_orig", kind="plain", cte="quoted-printable", crlf=True)
