#!/usr/bin/env python3
"""Generator for blind round 18: 60 client question emails and 60 quote replies.

stdlib only. Writes questions/ and replies/ next to this file.
Five made-up firms:
  MAR  Harbourline Marine Surveys Ltd (Southampton) - marine surveyor
  MED  MediLingua Fachuebersetzungen GmbH (Hamburg) - medical translation agency
  FOR  Van Rijn Forensisch Accountants (Rotterdam) - forensic accountant
  PIA  Atelier Lemaire Pianos (Lyon) - piano restorer
  VIS  Ponte Imigracao (Lisbon) - visa and immigration adviser
"""
import html
import json
import os
import shutil
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))

FIRMS = {
    'MAR': dict(name='Tom Reddaway', email='tom@harbourline-surveys.co.uk', first='Tom',
                sig='Tom Reddaway MIIMS\nHarbourline Marine Surveys Ltd\n+44 23 8000 4471'),
    'MED': dict(name='Dr. Anke Petersen', email='petersen@medilingua-hamburg.de', first='Anke',
                sig='Dr. Anke Petersen\nMediLingua Fachübersetzungen GmbH\nTel. +49 40 555 31 20'),
    'FOR': dict(name='Marieke van Rijn', email='marieke@vanrijn-forensisch.nl', first='Marieke',
                sig='Marieke van Rijn RA\nVan Rijn Forensisch Accountants\n+31 10 555 8820'),
    'PIA': dict(name='Étienne Lemaire', email='etienne@atelier-lemaire-pianos.fr', first='Étienne',
                sig='Étienne Lemaire\nAtelier Lemaire Pianos - restauration & accord\n+33 4 78 55 10 42'),
    'VIS': dict(name='Rita Ponte', email='rita@ponte-imigracao.pt', first='Rita',
                sig='Rita Ponte\nPonte Imigração - vistos e residência\n+351 21 555 0193'),
}
DOMAIN = {k: v['email'].split('@')[1] for k, v in FIRMS.items()}

# ---------------------------------------------------------------- quote headers
GMAIL = {
    'en': 'On Tue, 4 Mar 2025 at 09:14, {n} <{e}> wrote:',
    'de': 'Am Di., 4. März 2025 um 09:14 Uhr schrieb {n} <{e}>:',
    'fr': 'Le mar. 4 mars 2025 à 09:14, {n} <{e}> a écrit :',
    'es': 'El mar, 4 mar 2025 a las 9:14, {n} (<{e}>) escribió:',
    'nl': 'Op di 4 mrt 2025 om 09:14 schreef {n} <{e}>:',
    'it': 'Il giorno mar 4 mar 2025 alle ore 09:14 {n} <{e}> ha scritto:',
    'pt': 'Em ter., 4 de mar. de 2025 às 09:14, {n} <{e}> escreveu:',
}
APPLE = {
    'en': 'On 4 Mar 2025, at 09:14, {n} <{e}> wrote:',
    'de': 'Am 04.03.2025 um 09:14 schrieb {n} <{e}>:',
    'fr': 'Le 4 mars 2025 à 09:14, {n} <{e}> a écrit :',
    'es': 'El 4 mar 2025, a las 9:14, {n} <{e}> escribió:',
    'nl': 'Op 4 mrt. 2025 om 09:14 heeft {n} <{e}> het volgende geschreven:',
    'it': 'Il giorno 4 mar 2025, alle ore 09:14, {n} <{e}> ha scritto:',
    'pt': 'Em 4 de mar. de 2025, à(s) 09:14, {n} <{e}> escreveu:',
}
TBIRD = {
    'en': 'On 04/03/2025 09:14, {n} wrote:',
    'de': 'Am 04.03.25 um 09:14 schrieb {n}:',
    'fr': 'Le 04/03/2025 à 09:14, {n} a écrit :',
    'es': 'El 4/3/25 a las 9:14, {n} escribió:',
    'nl': 'Op 04-03-2025 om 09:14 schreef {n}:',
    'it': 'Il 04/03/25 09:14, {n} ha scritto:',
    'pt': 'Em 04/03/2025 09:14, {n} escreveu:',
}
OUTLOOK = {
    'en': 'From: {n} <{e}>\nSent: Tuesday, March 4, 2025 9:14 AM\nTo: {cn} <{ce}>\nSubject: {s}',
    'de': 'Von: {n} <{e}>\nGesendet: Dienstag, 4. März 2025 09:14\nAn: {cn} <{ce}>\nBetreff: {s}',
    'fr': 'De : {n} <{e}>\nEnvoyé : mardi 4 mars 2025 09:14\nÀ : {cn} <{ce}>\nObjet : {s}',
    'es': 'De: {n} <{e}>\nEnviado: martes, 4 de marzo de 2025 9:14\nPara: {cn} <{ce}>\nAsunto: {s}',
    'nl': 'Van: {n} <{e}>\nVerzonden: dinsdag 4 maart 2025 09:14\nAan: {cn} <{ce}>\nOnderwerp: {s}',
    'it': 'Da: {n} <{e}>\nInviato: martedì 4 marzo 2025 09:14\nA: {cn} <{ce}>\nOggetto: {s}',
    'pt': 'De: {n} <{e}>\nEnviado: terça-feira, 4 de março de 2025 09:14\nPara: {cn} <{ce}>\nAssunto: {s}',
}
ORIGINAL = {
    'en': '-----Original Message-----', 'de': '-----Ursprüngliche Nachricht-----',
    'fr': "-----Message d'origine-----", 'es': '-----Mensaje original-----',
    'nl': '-----Oorspronkelijk bericht-----', 'it': '-----Messaggio originale-----',
    'pt': '-----Mensagem original-----',
}
GFWD = {
    'en': ('---------- Forwarded message ---------', 'From: {n} <{e}>\nDate: Mon, 3 Mar 2025 at 16:40\nSubject: {s}\nTo: {cn} <{ce}>'),
    'fr': ('---------- Message transféré ---------', 'De : {n} <{e}>\nDate : lun. 3 mars 2025 à 16:40\nObjet : {s}\nÀ : {cn} <{ce}>'),
    'pt': ('---------- Mensagem encaminhada ---------', 'De: {n} <{e}>\nData: seg., 3 de mar. de 2025 às 16:40\nAssunto: {s}\nPara: {cn} <{ce}>'),
    'de': ('---------- Weitergeleitete Nachricht ---------', 'Von: {n} <{e}>\nDate: Mo., 3. März 2025 um 16:40 Uhr\nSubject: {s}\nTo: {cn} <{ce}>'),
}
AFWD = {
    'en': 'Begin forwarded message:', 'fr': 'Début du message réexpédié :',
    'pt': 'Início da mensagem reencaminhada:', 'es': 'Inicio del mensaje reenviado:',
}


def prefix(text, p='> '):
    return '\n'.join((p + l) if l.strip() else p.rstrip() for l in text.split('\n'))


def quote(style, lang, n, e, text, cn='', ce='', s=''):
    """Quoted earlier mail as a mail client in that language would write it."""
    if style == 'gmail':
        return GMAIL[lang].format(n=n, e=e) + '\n\n' + prefix(text)
    if style == 'apple':
        return APPLE[lang].format(n=n, e=e) + '\n\n' + prefix(text)
    if style == 'tbird':
        return TBIRD[lang].format(n=n, e=e) + '\n' + prefix(text)
    if style == 'outlook':
        return ('________________________________\n' + OUTLOOK[lang].format(n=n, e=e, cn=cn, ce=ce, s=s)
                + '\n\n' + text)
    if style == 'orig':
        return (ORIGINAL[lang] + '\n' + OUTLOOK[lang].format(n=n, e=e, cn=cn, ce=ce, s=s) + '\n\n' + text)
    if style == 'gfwd':
        a, b = GFWD[lang]
        return a + '\n' + b.format(n=n, e=e, cn=cn, ce=ce, s=s) + '\n\n\n' + text
    if style == 'afwd':
        return (AFWD[lang] + '\n\n' + 'From: {n} <{e}>\nSubject: {s}\nDate: 3 March 2025 at 16:40:11 GMT\nTo: {cn} <{ce}>'
                .format(n=n, e=e, cn=cn, ce=ce, s=s) + '\n\n' + text)
    raise ValueError(style)


OFFER = {
    'en': ('Dear {c},\n\nThanks for your message. {m} Shall I go ahead?\n\nBest regards,\n{sig}',
           '{t} That would take about {h} hours at {r} per hour{x}.', '{t} would take about {h} hours at {r} per hour{x}.'),
    'de': ('Guten Tag {c},\n\nvielen Dank für Ihre Nachricht. {m} Soll ich damit beginnen?\n\nMit freundlichen Grüßen\n{sig}',
           '{t} Dafür würde ich etwa {h} Stunden zu je {r} ansetzen{x}.', '{t} würde etwa {h} Stunden zu je {r} in Anspruch nehmen{x}.'),
    'fr': ('Bonjour {c},\n\nMerci pour votre message. {m} Voulez-vous que je commence ?\n\nBien cordialement,\n{sig}',
           "{t} Cela représenterait environ {h} heures à {r} de l'heure{x}.", "{t} représenterait environ {h} heures à {r} de l'heure{x}."),
    'es': ('Hola {c}:\n\nGracias por su mensaje. {m} ¿Quiere que empiece?\n\nUn saludo,\n{sig}',
           '{t} Serían unas {h} horas a {r} la hora{x}.', '{t} supondría unas {h} horas a {r} la hora{x}.'),
    'nl': ('Beste {c},\n\nDank voor je bericht. {m} Zal ik ermee beginnen?\n\nMet vriendelijke groet,\n{sig}',
           '{t} Dat kost ongeveer {h} uur à {r} per uur{x}.', '{t} kost ongeveer {h} uur à {r} per uur{x}.'),
    'it': ('Gentile {c},\n\ngrazie per il messaggio. {m} Procedo?\n\nCordiali saluti,\n{sig}',
           "{t} Si tratterebbe di circa {h} ore a {r} l'ora{x}.", "{t} richiederebbe circa {h} ore a {r} l'ora{x}."),
    'pt': ('Olá {c},\n\nObrigada pela mensagem. {m} Posso avançar?\n\nCom os melhores cumprimentos,\n{sig}',
           '{t} Seriam cerca de {h} horas a {r} por hora{x}.', '{t} levaria cerca de {h} horas a {r} por hora{x}.'),
}


def offer(lang, firm, c, t, h, r, x=''):
    frame, sent, np_ = OFFER[lang]
    m = (sent if t.endswith('.') else np_).format(t=t, h=h, r=r, x=x)
    return frame.format(c=c, m=m, sig=FIRMS[firm]['sig'])


# ---------------------------------------------------------------- text -> html
def _inline(s):
    return html.escape(s, quote=False)


def text_to_html(text):
    lines = text.split('\n')
    out = []
    i = 0
    para = []

    def flush():
        if para:
            out.append('<div>' + '<br>\n'.join(_inline(l) for l in para) + '</div>')
            para.clear()
    while i < len(lines):
        l = lines[i]
        if l.startswith('>'):
            flush()
            j = i
            inner = []
            while j < len(lines) and lines[j].startswith('>'):
                s = lines[j][1:]
                inner.append(s[1:] if s.startswith(' ') else s)
                j += 1
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + text_to_html('\n'.join(inner)) + '</blockquote>')
            i = j
            continue
        if l.startswith(('- ', '* ', '• ')):
            flush()
            j = i
            items = []
            while j < len(lines) and lines[j].startswith(('- ', '* ', '• ')):
                items.append(lines[j][2:])
                j += 1
            out.append('<ul>' + ''.join('<li>' + _inline(x) + '</li>' for x in items) + '</ul>')
            i = j
            continue
        if l.startswith('________________________________'):
            flush()
            out.append('<hr style="display:inline-block;width:98%">')
            i += 1
            continue
        if not l.strip():
            flush()
            i += 1
            continue
        para.append(l)
        i += 1
    flush()
    return '\n'.join(out)


def html_doc(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div dir="ltr">\n' + text_to_html(text) + '\n</div></body></html>\n')


# ---------------------------------------------------------------- attachments
PDF = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
       b'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
JPG = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + bytes(range(256)) * 4 + b'\xff\xd9'
DOCX = b'PK\x03\x04\x14\x00\x06\x00\x08\x00' + bytes(range(200)) + b'PK\x05\x06' + b'\x00' * 18
ATT = {'pdf': (PDF, 'application', 'pdf'), 'jpg': (JPG, 'image', 'jpeg'),
       'docx': (DOCX, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')}


def qaddr(a):
    name, addr = a.rsplit('<', 1)
    name = name.strip()
    if any(c in name for c in '.,()') and not name.startswith('"'):
        name = '"%s"' % name
    return '%s <%s' % (name, addr)


def build(hdrs, body, fmt='plain', cs='utf-8', cte='8bit', atts=(), crlf=False):
    if cte == '7bit' and not body.isascii():
        cte = 'quoted-printable'
    body.encode(cs)  # fail loudly if the charset cannot carry the text
    m = EmailMessage()
    for k, v in hdrs:
        m[k] = qaddr(v) if k in ('From', 'To') else v
    if fmt == 'plain':
        m.set_content(body, charset=cs, cte=cte)
    elif fmt == 'html':
        m.set_content(html_doc(body).replace('charset=utf-8', 'charset=' + cs), subtype='html', charset=cs, cte=cte)
    elif fmt == 'alt':
        m.set_content(body, charset=cs, cte=cte)
        m.add_alternative(html_doc(body).replace('charset=utf-8', 'charset=' + cs), subtype='html', charset=cs, cte=cte)
    else:
        raise ValueError(fmt)
    for fn in atts:
        data, mt, st = ATT[fn.rsplit('.', 1)[1]]
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    pol = policy.default.clone(linesep='\r\n' if crlf else '\n')
    return m.as_bytes(policy=pol)


def date_hdr(day, hour, minute=7):
    d = datetime.datetime(2025, 3, day, hour, minute, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    return format_datetime(d)


# ================================================================ QUESTIONS
Q = []


def q(id, lang, firm, frm, subj, body, qs=(), quoted=(), fmt='plain', cs='utf-8', cte='8bit',
      att=(), crlf=False, extra=()):
    Q.append(dict(id=id, lang=lang, firm=firm, frm=frm, subj=subj, body=body, qs=list(qs),
                  quoted=list(quoted), fmt=fmt, cs=cs, cte=cte, att=list(att), crlf=crlf, extra=list(extra)))


M, D, F, P, V = (FIRMS[k] for k in ('MAR', 'MED', 'FOR', 'PIA', 'VIS'))

# ---- English -------------------------------------------------------------
q('q001', 'en', 'MAR', 'Gareth Lloyd <g.lloyd77@gmail.com>', 'survey',
  "hi tom\n\ncan you survey a 34ft Westerly Fulmar at Hamble Point before I buy, and do you also check the engine or do I need a separate mechanic?\n\nSent from my iPhone\n",
  ['survey a 34ft Westerly Fulmar', 'do you also check the engine'], ['survey a 34ft Westerly Fulmar'], cte='7bit')

q('q002', 'en', 'MAR', 'Dave Pritchard <dave@deckhand-charters.co.uk>', 'invoice + call',
  "Morning Tom,\n\nHope the weather's been kinder down your way than here, it's been blowing a hooley all week!\n\n"
  "Need the invoice redone with the new VAT number, it's GB 311 4472 90 now since we restructured. Accounts won't pay it otherwise.\n\n"
  "Also ring me when you're free, want to talk about the two Bavarias for next season.\n\n"
  "Dave\n--\nDave Pritchard | Operations\nDeckhand Charters Ltd\nm. 07700 900412\n\"Fair winds, fair prices\"\n",
  ['invoice redone with the new VAT number', "ring me when you're free"], [], fmt='alt', cte='quoted-printable', crlf=True)

q('q003', 'en', 'MAR', 'Helen Marsh <helen.marsh@btinternet.com>', 'Re: Survey report - Marguerite',
  "Hi Tom,\n\nSorry to bother you again about Marguerite. The insurer has come back with a couple of things before they'll renew. "
  "Their question, word for word: are the moisture readings in section 4 acceptable for a 1987 GRP hull? "
  "I said I'd ask you since I wouldn't know a good reading from a bad one!\n\n"
  "They also want a signed letter confirming the keel bolts were inspected and what you found, on your letterhead, because apparently the report itself isn't enough for them. Honestly, who designs these forms?\n\n"
  "Many thanks,\nHelen\n\n"
  + quote('gmail', 'en', M['name'], M['email'],
          "Hi Helen,\n\nPlease find the final report attached. Any questions, just shout.\n\nTom"),
  ['are the moisture readings in section 4', 'a signed letter confirming the keel bolts'],
  ['a signed letter confirming the keel bolts'])

q('q004', 'en', 'MAR', 'Rob Kendall <rob.kendall@outlook.com>', 'Fwd: Lift-out Friday - survey certificate',
  "Tom - can you deal with the below? cheers, Rob\n\n"
  + quote('gfwd', 'en', 'Port Hamble Marina Office', 'office@porthamble-marina.co.uk',
          "Dear Mr Kendall,\n\nAhead of the lift-out on Friday, could you send us a copy of the current survey certificate? "
          "Could you also confirm whether the surveyor will need the cradle area between 10:00 and 12:00?\n\n"
          "Kind regards,\nMarina Office\nPort Hamble Marina", cn='Rob Kendall', ce='rob.kendall@outlook.com',
          s='Lift-out Friday - survey certificate'),
  ['can you deal with the below'], [])

q('q005', 'en', 'MAR', 'Priya Natarajan <priya.n@natarajan-family.net>', 'Report received',
  "Thanks Tom, report received and all clear. Transfer made today, reference KESTREL-SURVEY.\n\nPriya\n",
  [], [], fmt='html', cte='base64')

q('q006', 'en', 'MAR', 'Jonathan Hale <j.hale@halefleetmanagement.com>', 'MV Kittiwake - survey enquiry',
  "Dear Mr Reddaway,\n\nWe are acting for the owners of MV Kittiwake, a 21m motor yacht currently berthed at Shamrock Quay. I would be grateful for your help on the following:\n\n"
  "1. Could you carry out a condition and valuation survey on Kittiwake in the week of 14 April?\n"
  "2. Is your firm's PI insurance cover sufficient for a vessel valued at £420,000?\n"
  "3. Please provide a written comparison of your 2019 and 2025 findings on the shaft seals, as the owners suspect the previous yard's repair.\n"
  "4. What is your cancellation policy?\n\n"
  "Let me know if anything else is needed from our side.\n\n"
  "Yours sincerely,\n\nJonathan Hale\nFleet Manager, Hale Fleet Management Ltd\nT +44 1590 000 218\n\n"
  "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Hale Fleet Management Ltd is registered in England and Wales no. 08812345.\n",
  ['carry out a condition and valuation survey', "is your firm's PI insurance cover sufficient",
   'provide a written comparison of your 2019', 'what is your cancellation policy'],
  ['carry out a condition and valuation survey', 'provide a written comparison of your 2019'],
  fmt='alt', cte='quoted-printable')

q('q007', 'en', 'MAR', 'mick o\'shea <mickoshea1961@yahoo.co.uk>', 'boat',
  "hi tom got your name from the lads at the sailing club, hope you dont mind me writing out of the blue. so the story is my dad had a little contessa 26 when i was a kid and ive always wanted one, and now im retired i finally found one up in lymington that looks the part, bit tired but the price is right and the seller seems a decent sort, ex navy. "
  "the wife thinks im mad, who buys a boat in february right? anyway he gave me a rigging survey from 2022 that says everything is fine but its only two pages and half of it is about the mast lights. "
  "what i actually wanted to ask is could you look over the rigging survey the seller gave me and tell me if its worth the paper its written on. i can scan it in. "
  "the boat is called Puffin by the way which i think is a good sign\n\ncheers mick\n",
  ['look over the rigging survey the seller'], ['look over the rigging survey the seller'], cs='windows-1252')

q('q008', 'en', 'MAR', 'Claire Ashdown <claire@ashdown-design.co.uk>', 'Re: Survey Tuesday - a few things',
  GMAIL['en'].format(n=M['name'], e=M['email']) + "\n\n"
  "> Hi Claire,\n>\n> Just a few things before Tuesday.\n>\n> Can you confirm the boat will be out of the water by 9am?\n\n"
  "yes, the yard is lifting her at 8\n\n"
  "> Do you want the gas system tested as well?\n\n"
  "yes please. and while you're at it can you photograph the anchor windlass for the insurer, they keep asking\n\n"
  "> Will you be there yourself or should I collect the keys from the office?\n\n"
  "i'll be there\n\n> Regards,\n> Tom\n",
  ['can you photograph the anchor windlass'], [], fmt='alt', cte='quoted-printable')

q('q009', 'en', 'MED', 'Dr. Laura Fenwick <laura.fenwick@nordbridge-pharma.com>', 'NB-214 Phase II - translation request',
  "Dear Dr. Petersen,\n\nPlease find attached the documents for our Phase II submission in Germany. For your information, the package consists of:\n\n"
  "- Protocol v3.2 (84 pages, already translated last year)\n- Investigator's Brochure (no changes)\n- Informed consent form v2.0 (9 pages, new)\n\n"
  "We need the German translation of the informed consent form by 28 March at the latest. "
  "Could you also confirm whether your translators are ISO 17100 certified? Our QA team needs this for the vendor file.\n\n"
  "Best regards,\nLaura Fenwick, PhD\nRegulatory Affairs Manager | Nordbridge Pharma Ltd\n+44 20 7946 0321\n",
  ['German translation of the informed consent form', 'whether your translators are ISO 17100 certified'],
  ['German translation of the informed consent form'], fmt='html', cte='quoted-printable', att=['ICF_v2.0_EN.pdf'])

q('q010', 'en', 'MED', 'Sam Okafor <s.okafor@clinicalbridge.org>', 'RE: Certified translations - batch 3',
  "Got the files, thanks a lot! Our regulatory team is happy with them.\n\nSam\n\n"
  + quote('outlook', 'en', D['name'], D['email'],
          "Dear Mr Okafor,\n\nAttached are the certified translations for batch 3. Do you need the certified copies posted to your London office as well, or are the PDFs sufficient?\n\nKind regards,\nAnke Petersen",
          cn='Sam Okafor', ce='s.okafor@clinicalbridge.org', s='Certified translations - batch 3'),
  [], [], fmt='alt', cte='quoted-printable', crlf=True)

q('q011', 'en', 'MED', 'Tomasz Wiśniewski <t.wisniewski@klinika-krakow.pl>', 'translation of discharge letter',
  "Dear Mrs Petersen,\n\nI am writing from the rehabilitation clinic in Kraków. We have patient discharge letter in Polish, 3 pages, "
  "need it in German for the hospital in Lübeck where patient go next week. How fast you can make it? "
  "Also is possible to make sworn translation, because the Krankenkasse want it beglaubigt.\n\nDziękuję bardzo,\nTomasz Wiśniewski\nKlinika Rehabilitacji, Kraków\n",
  ['need it in German for the hospital', 'how fast you can make it', 'is possible to make sworn translation'],
  ['need it in German for the hospital'], cs='utf-8', cte='base64')

q('q012', 'en', 'MED', 'Julia Brandt <julia.brandt@acro-trials.eu>', 'COA study - back-translation',
  "Hi Anke,\n\nQuick one from our side. Our sponsor asks: can the back-translation be done by a different translator than the forward one, or is that your standard anyway?\n\n"
  "And please go ahead and back-translate the 12-page patient diary as well, same as last time.\n\nThanks!\nJulia\n\n"
  "Julia Brandt | Project Lead | ACRO Trials GmbH\nwww.acro-trials.eu | +49 89 555 7710\n",
  ['back-translation be done by a different translator', 'back-translate the 12-page patient diary'],
  ['back-translate the 12-page patient diary'], fmt='alt', cte='quoted-printable')

q('q013', 'en', 'FOR', 'Peter Lindqvist <p.lindqvist@lindqvist-legal.co.uk>', 'RE: Halvorsen Trading - scope',
  "Marieke,\n\nThe lawyers on the other side have now asked for a reconciliation of the director's loan account for 2021-2023. Can you do that before the mediation on 2 May? "
  "Also, will you attend the mediation in person? The venue is in London.\n\nThread below for context.\n\nPeter\n\n"
  + quote('outlook', 'en', F['name'], F['email'],
          "Dear Peter,\n\nThank you. I have gone through the ledgers you sent. Before I continue: who at Halvorsen kept the books in 2021? "
          "And are the bank statements for the Danish account available?\n\nKind regards,\nMarieke\n\n"
          "________________________________\nFrom: Peter Lindqvist <p.lindqvist@lindqvist-legal.co.uk>\nSent: Friday, February 28, 2025 5:02 PM\n"
          "To: Marieke van Rijn <marieke@vanrijn-forensisch.nl>\nSubject: Halvorsen Trading - scope\n\n"
          "Marieke, attached are the ledgers. Can you have a first look at the cash flows next week?\n\nPeter",
          cn='Peter Lindqvist', ce='p.lindqvist@lindqvist-legal.co.uk', s='Halvorsen Trading - scope'),
  ['can you do that before the mediation', 'will you attend the mediation in person'],
  ['can you do that before the mediation'], fmt='alt', cte='quoted-printable', crlf=True)

q('q014', 'en', 'FOR', 'Nadia Hussain <nadia@hussain-motors.co.uk>', 'what we need',
  "Hi Marieke,\n\nLovely to meet you on Thursday, and thanks for being so patient with my brother, he's not a numbers person! Here's what we need:\n\n"
  "- trace the 38k from the van sale through the business accounts\n"
  "- check if the Sage backups you have go back to 2019\n"
  "- a rough idea of cost before you start anything\n\n"
  "Honestly, how does a van worth that much just vanish from the books? Anyway, we're around all week.\n\n"
  "Nadia\nHussain Motors | Family run since 1994\n",
  ['trace the 38k from the van sale', 'the Sage backups you have go back', 'a rough idea of cost before'],
  ['trace the 38k from the van sale'], fmt='html', cte='quoted-printable')

q('q015', 'en', 'FOR', 'Graham Whitlock <graham.whitlock@whitlock-joinery.co.uk>', 'Bank statements',
  "Marieke,\n\nPlease find attached the bank statements you asked for (Jan 2022 - Dec 2023). Let me know if anything else is needed.\n\n"
  "Regards,\nGraham Whitlock\nWhitlock Joinery Ltd\n",
  [], [], att=['Statements_2022_2023.pdf'], crlf=True, cte='7bit')

q('q016', 'en', 'FOR', 'Anna Kowalczyk <anna.kowalczyk@kowalczyk-law.com>', 'Re: loss calculation',
  "Hi Marieke,\n\nSmall correction to my last mail: the disputed invoices are dated 2022, not 2021. Sorry about that, my fault. "
  "Given that, could you rerun the loss calculation with the 2022 figures so we can send it to the insurer?\n\nAnna\n\n"
  + quote('tbird', 'en', 'Anna Kowalczyk', 'anna.kowalczyk@kowalczyk-law.com',
          "Hi Marieke, the disputed invoices are all from 2021. Can you base the loss on those?\nAnna"),
  ['rerun the loss calculation with the 2022'], ['rerun the loss calculation with the 2022'])

q('q017', 'en', 'PIA', 'Fiona Galbraith <fiona.galbraith@icloud.com>', 'Bechstein soundboard',
  "Hello Étienne,\n\nOur Bechstein from 1912 has a crack running right across the soundboard (photo attached). "
  "Could you assess it from the photos and tell us whether the soundboard can be repaired? And do you collect from Annecy or do we need to arrange a transporter?\n\n"
  "Many thanks,\nFiona\n\nSent from my iPhone\n",
  ['assess it from the photos and tell', 'do you collect from Annecy'], ['assess it from the photos and tell'],
  att=['bechstein_soundboard.jpg'], cte='quoted-printable')

q('q018', 'en', 'PIA', 'Marcus Hale <marcushale@me.com>', 'steinway',
  "tuning for the Steinway next tues pls. also send me the invoice for the hammer job again cant find it anywhere\n\nM\n",
  ['tuning for the Steinway next tues', 'send me the invoice for the hammer job'],
  ['tuning for the Steinway next tues'], cte='7bit', crlf=True)

q('q019', 'en', 'PIA', 'Emily Carrington <emily.carrington@gmail.com>', 'The Pleyel!!',
  "Dear Étienne,\n\nThe Pleyel sounds amazing!! Who knew a 100-year-old piano could sing like that? My daughter has not left the bench since Sunday. "
  "How are you anyway, still up to your elbows in that Érard?\n\nThank you again, truly.\n\nEmily x\n",
  [], [], fmt='alt', cte='quoted-printable')

q('q020', 'en', 'PIA', 'Mrs J. Pemberton <bursar@stcuthberts-school.org.uk>', 'Music department pianos',
  "Dear M. Lemaire,\n\nThe board of governors has asked me to obtain your opinion on whether our two Yamaha U3 uprights should be regulated or replaced – they are now 28 years old and heavily used. "
  "Could you also confirm your availability during the half-term week (17–21 February)?\n\n"
  "Yours faithfully,\n\nJ. Pemberton\nBursar, St Cuthbert's School\n\n"
  "CONFIDENTIALITY: This e-mail is intended for the named recipient only. Views expressed are those of the sender and not necessarily those of St Cuthbert's School.\n",
  ['whether our two Yamaha U3 uprights', 'confirm your availability during the half-term week'],
  ['whether our two Yamaha U3 uprights'], cs='windows-1252', cte='8bit')

q('q021', 'en', 'VIS', 'Rajesh Iyer <rajesh.iyer64@gmail.com>', 'D7 visa queries',
  "Dear Madam,\n\nGreetings from Pune. My wife and I are planning to retire to Portugal. Kindly help with below:\n\n"
  "1) what documents are needed for the D7 visa for both of us\n"
  "2) can the passive income be from rental property in Pune\n"
  "3) please review my bank statements attached and tell if sufficient\n\n"
  "Thanking you,\nRajesh Iyer\n+91 98220 00000\n",
  ['what documents are needed for the D7', 'can the passive income be from rental',
   'review my bank statements attached and tell'], ['review my bank statements attached and tell'],
  att=['HDFC_statements.pdf'])

q('q022', 'en', 'VIS', 'lena park <lenapark.dev@proton.me>', 'tech visa stuff',
  "hey rita so i finally signed with the lisbon startup, start date is june 1 assuming the visa thing works out, which who knows, why is everything in portugal done by post lol. "
  "my new employer's HR asks: does the tech visa let me change employer after the first year or am i locked in? they want to put it in the onboarding docs. "
  "also i attached my contract, please check it for anything that could be a problem for the permit, theres a clause about remote work from korea that worries me a bit\n\n"
  "thx!!\nlena\n",
  ['does the tech visa let me change', 'please check it for anything that'],
  ['please check it for anything that'], att=['contract_signed.pdf'])

q('q023', 'en', 'VIS', 'Oliver Grant <oliver.grant@grantconsult.com>', 'AIMA appointment',
  "Hi Rita,\n\nJust to let you know: the appointment at AIMA went fine, they took the biometrics and the card should arrive in about three weeks. "
  "Thank you for everything, couldn't have done it without you.\n\nBest,\nOliver\n",
  [], [], fmt='html', cte='base64')

q('q024', 'en', 'VIS', 'Mark Duffy <mark.duffy@duffy-web.ie>', 'Re: NIF',
  quote('gmail', 'en', V['name'], V['email'],
        "Hi Mark,\n\nYour NIF has been issued, number attached. As a non-resident you will need a fiscal representative until your residence is registered.\n\nBest,\nRita")
  + "\n\nThanks Rita. Understood about the NIF. Could you act as my fiscal representative as well, and what would that cost per year?\n\nMark\n",
  ['act as my fiscal representative as well', 'what would that cost per year'],
  ['act as my fiscal representative as well'])

q('q025', 'en', 'MAR', 'Stuart Bell <stuartbell@bellfamily.me.uk>', 'Re: Chainplates',
  "Never mind, found it on page 7 of the report. Sorry!\n\nStuart\n\n"
  + quote('apple', 'en', 'Stuart Bell', 'stuartbell@bellfamily.me.uk',
          "Tom, where in the report did you note the chainplate corrosion? Can't see it anywhere.\n\nStuart"),
  [], [], cte='7bit')

q('q026', 'en', 'MED', 'Mette Sørensen <mette.sorensen@vitacare-dk.com>', 'AE report translation',
  "Dear Anke,\n\nCould you translate the attached adverse event report into English and send the invoice to our Basel office rather than Hamburg this time? "
  "The Basel address is on the PO.\n\nKind regards,\nMette Sørensen\nPharmacovigilance, VitaCare A/S\n",
  ['translate the attached adverse event report', 'send the invoice to our Basel office'],
  ['translate the attached adverse event report'], att=['AE_report_DE_2025-031.pdf'], cs='iso-8859-1', cte='quoted-printable')

q('q027', 'en', 'FOR', 'ben carter <ben@carterhaulage.co.uk>', 'bank',
  "marieke bank wants to know: is the forensic report going to be ready before the covenant test on 30 june? "
  "also they asked if you can join a call with their credit team on thursday, any time after 2\n\nben\n\nSent from my Galaxy\n",
  ['is the forensic report going to be ready', 'join a call with their credit team'], [], cte='7bit')

q('q028', 'en', 'VIS', 'Sarah Whitfield <sarah.whitfield@icloud.com>', 'Fwd: Visa application - missing documents',
  "Rita, see below from the consulate. what do they even mean by apostilled? and can you handle the apostille for my criminal record certificate, I'm back in Manchester till the 20th\n\nSent from my iPhone\n\n"
  + quote('afwd', 'en', 'Consulado-Geral de Portugal em Londres', 'vistos@londres.mne.pt',
          "Dear Applicant,\n\nYour application is incomplete. Please submit an apostilled criminal record certificate issued less than 90 days ago. "
          "Can you confirm within 10 working days whether you will submit the document?\n\nVisa Section",
          cn='Sarah Whitfield', ce='sarah.whitfield@icloud.com', s='Visa application - missing documents'),
  ['what do they even mean by apostilled', 'can you handle the apostille for my'],
  ['can you handle the apostille for my'])

q('q029', 'en', 'PIA', 'Richard Osei <r.osei@lyonjazzclub.fr>', 'RE: Tuning Tuesday',
  "Hi Étienne,\n\nConfirmed for Tuesday 10:00. Parking is at the rear of the building, the code is 4471. "
  "Is there anything you need from us on the day? Otherwise see you then.\n\nRichard\n\n"
  "Richard Osei | Programme Director | Lyon Jazz Club\n\"Live music, every night\"\n\n"
  + quote('outlook', 'en', P['name'], P['email'],
          "Hello Richard,\n\nI can come on Tuesday at 10:00 to tune the C. Bechstein before the concert. Does that suit you?\n\nÉtienne",
          cn='Richard Osei', ce='r.osei@lyonjazzclub.fr', s='Tuning Tuesday'),
  ['is there anything you need from us'], [], fmt='html', cte='quoted-printable')

q('q030', 'en', 'MAR', 'Capt. Huw Jenkins <huw.jenkins@seren-mor.wales>', 'Seren Mor - registration',
  "Dear Tom,\n\nFollowing our call this morning, please proceed to prepare a tonnage measurement for registration of Seren Mor under Part I. "
  "Would you be able to attend in Milford Haven rather than Swansea? She will be on the pontoon there from the 10th.\n\n"
  "Kind regards,\nHuw Jenkins\nMaster, Seren Mor\n07700 900 877\n",
  ['prepare a tonnage measurement for registration', 'able to attend in Milford Haven rather'],
  ['prepare a tonnage measurement for registration'], fmt='alt', cte='8bit', crlf=True)

# ---- German ---------------------------------------------------------------
q('q031', 'de', 'MED', 'Dr. Sabine Krüger <s.krueger@rheinpharm.de>', 'AW: Packungsbeilage RP-1120',
  "Sehr geehrte Frau Dr. Petersen,\n\nanbei erhalten Sie die Packungsbeilage (12 Seiten) für unser neues Präparat RP-1120. "
  "Bitte übersetzen Sie diese ins Französische und Italienische. "
  "Können Sie uns bis Freitag mitteilen, ob eine Lieferung bis zum 15. April möglich ist?\n\n"
  "Mit freundlichen Grüßen\nDr. Sabine Krüger\nRegulatory Affairs | RheinPharm GmbH\nTel. +49 221 555 4410\n\n"
  "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n\n"
  + quote('orig', 'de', D['name'], D['email'],
          "Sehr geehrte Frau Dr. Krüger,\n\ngerne übernehmen wir auch die nächste Packungsbeilage. Schicken Sie uns den Text einfach zu.\n\nMit freundlichen Grüßen\nAnke Petersen",
          cn='Sabine Krüger', ce='s.krueger@rheinpharm.de', s='Packungsbeilage RP-1120'),
  ['übersetzen Sie diese ins Französische und Italienische', 'eine Lieferung bis zum 15. April möglich'],
  ['übersetzen Sie diese ins Französische und Italienische'], cs='iso-8859-1', cte='quoted-printable',
  att=['PIL_RP-1120_DE.pdf'], crlf=True)

q('q032', 'de', 'MED', 'Jens Albers <jens.albers@albers-medtec.de>', 'Rechnung',
  "Hallo Frau Petersen,\n\nbrauche die Rechnung nochmal mit unserer neuen USt-IdNr. DE 287 551 903, die alte ist ungültig. "
  "Und rufen Sie mich bitte kurz an wenn Sie Zeit haben.\n\nGruß J. Albers\n\nVon meinem iPhone gesendet\n",
  ['brauche die Rechnung nochmal mit unserer', 'rufen Sie mich bitte kurz an'], [])

q('q033', 'de', 'MED', 'Birgit Hansen <b.hansen@praxis-hansen.de>', 'Übersetzung angekommen',
  "Liebe Frau Petersen,\n\nvielen Dank, die Übersetzung ist angekommen. Wer hätte gedacht, dass das so schnell geht? "
  "Die Kollegen in Wien waren begeistert.\n\nSchönes Wochenende!\nBirgit Hansen\n",
  [], [], fmt='html', cs='iso-8859-1', cte='8bit')

q('q034', 'de', 'VIS', 'Thomas Berger <thomas.berger@posteo.de>', 'Umzug nach Portugal',
  "Liebe Frau Ponte,\n\nwir sind jetzt tatsächlich so weit: das Haus in Freiburg ist verkauft, die Kinder sind aus dem Haus, und ab Oktober wollen meine Frau und ich in der Nähe von Tavira leben. "
  "Das Wetter hier ist übrigens furchtbar, Sie haben es gut!\n\n"
  "Mein Steuerberater fragt: Muss ich mich in Deutschland abmelden, bevor ich den IFICI-Status beantrage? "
  "Außerdem bitte ich Sie, meine Unterlagen für den Antrag auf Aufenthaltserlaubnis zu prüfen, sie liegen als PDF bei.\n\n"
  "Herzliche Grüße aus dem Breisgau\nThomas Berger\n",
  ['Muss ich mich in Deutschland abmelden', 'meine Unterlagen für den Antrag auf'],
  ['meine Unterlagen für den Antrag auf'], fmt='alt', cte='quoted-printable', att=['Unterlagen_Berger.pdf'])

q('q035', 'de', 'FOR', 'Katrin Vogel <k.vogel@vogel-logistik.de>', 'Re: Prüfung Kasse',
  GMAIL['de'].format(n=F['name'], e=F['email']) + "\n\n"
  "> Guten Tag Frau Vogel,\n>\n> zwei Fragen vorab:\n> Haben Sie Zugriff auf die DATEV-Daten von 2020?\n\n"
  "Ja, über unseren Steuerberater, Herrn Lenz.\n\n"
  "> Sollen wir auch die Kassenbücher prüfen?\n\n"
  "Ja bitte. Können Sie zusätzlich die Barentnahmen des Geschäftsführers auswerten und ein kurzes Memo dazu schreiben?\n\n"
  "> Mit freundlichen Grüßen\n> Marieke van Rijn\n\nViele Grüße\nKatrin Vogel\n",
  ['die Barentnahmen des Geschäftsführers auswerten', 'ein kurzes Memo dazu schreiben'],
  ['die Barentnahmen des Geschäftsführers auswerten', 'ein kurzes Memo dazu schreiben'], fmt='alt', cte='base64')

# ---- French ---------------------------------------------------------------
q('q036', 'fr', 'PIA', 'sophie marchand <sophie.marchand69@orange.fr>', 'piano de ma grand mère',
  "bonjour etienne, on m'a donné votre nom à la chorale. le piano droit de ma grand-mère (un gaveau de 1925) a des touches qui collent et deux notes muettes. "
  "est-ce que vous pourriez passer le voir à villeurbanne et me dire si ça vaut le coup de le restaurer? et vous prenez les chèques? "
  "il fait un temps de chien ici, non?\n\nmerci!! sophie\n\nEnvoyé de mon iPhone\n",
  ['passer le voir à villeurbanne', 'vous prenez les chèques'], ['passer le voir à villeurbanne'])

q('q037', 'fr', 'PIA', 'Conservatoire de Villefranche <regie@crd-villefranche.fr>', 'Steinway D de l\'auditorium',
  "Monsieur,\n\nSuite à la réunion du conseil pédagogique, je me permets de vous solliciter pour les points suivants :\n\n"
  "1. Pourriez-vous procéder à l'expertise complète du Steinway D de l'auditorium avant la saison prochaine ?\n"
  "2. Quel est votre délai d'intervention actuel ?\n"
  "3. Merci de nous transmettre une attestation d'assurance responsabilité civile à jour.\n\n"
  "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.\n\n"
  "Claire Dufresne\nRégisseuse générale\nConservatoire à rayonnement départemental de Villefranche\n04 74 00 00 00\n",
  ["procéder à l'expertise complète du Steinway", "quel est votre délai d'intervention actuel",
   "transmettre une attestation d'assurance responsabilité civile"],
  ["procéder à l'expertise complète du Steinway"], fmt='alt', cte='quoted-printable', crlf=True)

q('q038', 'fr', 'PIA', 'Henri Vasseur <h.vasseur@wanadoo.fr>', 'RE: Rendez-vous jeudi',
  "C'est noté, merci. Je vous confirme le rendez-vous de jeudi à 14 h.\n\nH. Vasseur\n\n"
  + quote('outlook', 'fr', P['name'], P['email'],
          "Bonjour Monsieur Vasseur,\n\nJe peux passer jeudi à 14 h pour le piano à queue. Pouvez-vous vérifier que l'accès par l'ascenseur est possible ?\n\nCordialement,\nÉtienne Lemaire",
          cn='Henri Vasseur', ce='h.vasseur@wanadoo.fr', s='Rendez-vous jeudi'),
  [], [], cs='windows-1252', cte='quoted-printable')

q('q039', 'fr', 'VIS', 'Julien Moreau <julien.moreau@free.fr>', 'Installation à Porto',
  "Bonjour Madame Ponte,\n\nComme je vous l'expliquais au téléphone, nous nous installons à Porto en septembre avec les enfants. "
  "Ma femme a déjà trouvé un poste à l'hôpital São João, et moi je continuerai à travailler à distance pour mon employeur lyonnais, ce qui m'oblige à jongler avec les horaires mais bon. "
  "Nous avons signé pour un appartement à Boavista, le notaire demande : faut-il une traduction certifiée de l'acte de naissance des enfants ? "
  "Par ailleurs, pourriez-vous vous occuper de la demande de NIF pour mes deux enfants ? Ils ont 6 et 9 ans.\n\n"
  "Bien à vous,\nJulien Moreau\n",
  ["faut-il une traduction certifiée de l'acte", 'vous occuper de la demande de NIF'],
  ['vous occuper de la demande de NIF'], fmt='html', cte='base64')

q('q040', 'fr', 'MED', 'Dr Isabelle Lambert <isabelle.lambert@chu-liege-recherche.be>', 'TR: Protocole LIEGE-07',
  "Bonjour,\n\npouvez-vous vous occuper du message ci-dessous ? Merci.\n\nI. Lambert\n\n"
  + quote('gfwd', 'fr', 'Labor Dr. Weiss', 'studien@labor-weiss.de',
          "Chère Madame,\n\nPourriez-vous nous faire parvenir le protocole LIEGE-07 en allemand ? Il compte 46 pages. "
          "Pouvez-vous aussi nous indiquer la date de la prochaine visite ?\n\nCordialement,\nLabor Dr. Weiss",
          cn='Isabelle Lambert', ce='isabelle.lambert@chu-liege-recherche.be', s='Protocole LIEGE-07'),
  ['pouvez-vous vous occuper du message'], ['pouvez-vous vous occuper du message'], fmt='alt', cte='quoted-printable')

# ---- Spanish --------------------------------------------------------------
q('q041', 'es', 'VIS', 'Valentina Ruiz <vale.ruiz@gmail.com>', 'residencia',
  "hola rita, necesito renovar la residencia de mi hija antes de agosto, le vence el 12. me decís qué papeles hacen falta? gracias\n\nEnviado desde mi iPhone\n",
  ['necesito renovar la residencia de mi', 'me decís qué papeles hacen falta'],
  ['necesito renovar la residencia de mi'])

q('q042', 'es', 'VIS', 'Ignacio Ferrer <iferrer@ferrer-ingenieria.es>', 'RE: Traslado de personal a Lisboa',
  "Estimada Sra. Ponte:\n\nTras nuestra conversación, le resumo lo que necesitamos:\n\n"
  "1. ¿Podrían gestionar los visados de trabajo para tres ingenieros que trasladamos a Lisboa en junio?\n"
  "2. ¿Cuál es el plazo habitual de resolución?\n"
  "3. Necesitamos un informe sobre las obligaciones de la empresa como empleador en Portugal.\n\n"
  "Quedo a la espera de sus noticias.\n\nAtentamente,\nIgnacio Ferrer\nDirector de RR. HH. | Ferrer Ingeniería S.L.\n\n"
  "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y dirigidos exclusivamente a su destinatario.\n\n"
  + quote('outlook', 'es', V['name'], V['email'],
          "Estimado Sr. Ferrer:\n\nGracias por la llamada. ¿Me puede enviar la lista de los empleados y sus nacionalidades?\n\nUn saludo,\nRita Ponte",
          cn='Ignacio Ferrer', ce='iferrer@ferrer-ingenieria.es', s='Traslado de personal a Lisboa'),
  ['gestionar los visados de trabajo para tres', 'cuál es el plazo habitual de resolución',
   'necesitamos un informe sobre las obligaciones'],
  ['gestionar los visados de trabajo para tres', 'necesitamos un informe sobre las obligaciones'],
  fmt='alt', cs='iso-8859-1', cte='quoted-printable', crlf=True)

q('q043', 'es', 'MAR', 'Javier Olmedo <javi.olmedo@hotmail.es>', 'survey velero Gosport',
  "Hello Tom, soy Javier, the friend of Luis from Cowes. Quería saber si puede hacer el survey del velero en Gosport el día 12, "
  "y si el informe puede estar en español también? Mi inglés is not so good for technical things. Thanks!\n\nJavier\n",
  ['puede hacer el survey del velero', 'el informe puede estar en español'], ['puede hacer el survey del velero'],
  cs='windows-1252', cte='8bit')

q('q044', 'es', 'VIS', 'Marta Gil <marta.gil@telefonica.net>', 'Re: cita',
  "Muchas gracias Rita, ya tengo la cita para el día 18. ¿Quién iba a decir que sería tan fácil? Un abrazo\n\nMarta\n\n"
  + quote('gmail', 'es', V['name'], V['email'],
          "Hola Marta:\n\nYa está pedida la cita. ¿Le va bien el martes 18 a las 10:30?\n\nUn saludo,\nRita"),
  [], [], fmt='alt', cte='quoted-printable')

q('q045', 'es', 'VIS', 'Diego Navarro <dnavarro@navarro-arquitectos.es>', 'documentos y banco',
  "Hola Rita:\n\nTe cuento cómo vamos. Ya tenemos:\n\n"
  "- el contrato de arrendamiento firmado\n- el NIF de los dos\n- la cuenta en el Millennium\n\n"
  "El banco me pregunta: ¿el certificado de residencia sirve también como prueba de domicilio fiscal? "
  "Y te pido que revises el contrato de arrendamiento adjunto, que el propietario metió una cláusula rara al final.\n\n"
  "Gracias,\nDiego\n",
  ['el certificado de residencia sirve también', 'revises el contrato de arrendamiento adjunto'],
  ['revises el contrato de arrendamiento adjunto'], fmt='html', cte='quoted-printable', att=['contrato_arrendamiento.pdf'])

# ---- Dutch ----------------------------------------------------------------
q('q046', 'nl', 'FOR', 'mr. W. de Boer <w.deboer@deboer-advocaten.nl>', 'RE: Dossier Hollander Bouw',
  "Geachte mevrouw Van Rijn,\n\nNaar aanleiding van ons gesprek verzoek ik u een analyse te maken van de intercompany-transacties over 2022 en 2023. "
  "Kunt u aangeven wanneer u kunt starten?\n\nMet vriendelijke groet,\n\nmr. W. de Boer\nDe Boer Advocaten\nT 020 555 1200\n\n"
  "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.\n\n"
  + quote('outlook', 'nl', F['name'], F['email'],
          "Geachte heer De Boer,\n\nDank voor het prettige gesprek. Kunt u mij de jaarrekeningen van de dochterondernemingen toesturen?\n\nMet vriendelijke groet,\nMarieke van Rijn",
          cn='W. de Boer', ce='w.deboer@deboer-advocaten.nl', s='Dossier Hollander Bouw'),
  ['een analyse te maken van de intercompany-transacties', 'wanneer u kunt starten'],
  ['een analyse te maken van de intercompany-transacties'], fmt='alt', cte='quoted-printable', crlf=True)

q('q047', 'nl', 'FOR', 'Bas Verbeek <bas@verbeek-installatie.nl>', 'factuur',
  "hoi marieke, stuur je me de factuur van maart nog even? en bel me even als je tijd hebt, gaat over de curator\n\ngroet, Bas\n\nVerstuurd vanaf mijn iPhone\n",
  ['stuur je me de factuur van maart', 'bel me even als je tijd'], [], cte='7bit')

q('q048', 'nl', 'FOR', 'Ingrid Smit <ingrid.smit@smit-holding.nl>', 'Rapport',
  "Hoi Marieke,\n\nTop, rapport ontvangen. Wat een werk zeg, hoe krijg je dat allemaal voor elkaar? We gaan er maandag mee aan de slag.\n\nFijn weekend!\nIngrid\n",
  [], [], fmt='html', cte='quoted-printable')

q('q049', 'nl', 'FOR', 'Ruud Jansen <ruud.jansen@jansen-transport.nl>', 'Re: Berekening schade',
  "Hoi Marieke,\n\nDe accountant van de tegenpartij vraagt: zijn de kasstortingen van 2021 al meegenomen in jullie berekening? "
  "Verder graag een second opinion op hun schaderapport (zit in de bijlage), ik vertrouw die cijfers niet.\n\nRuud\n\n"
  + quote('gmail', 'nl', F['name'], F['email'],
          "Hoi Ruud,\n\nDe eerste berekening staat klaar. Heb je nog vragen over de uitgangspunten?\n\nGroet,\nMarieke"),
  ['zijn de kasstortingen van 2021 al meegenomen', 'graag een second opinion op hun schaderapport'],
  ['graag een second opinion op hun schaderapport'], att=['schaderapport_tegenpartij.pdf'], cte='quoted-printable')

q('q050', 'nl', 'MAR', 'Joost Hendriks <joost.hendriks@ziggo.nl>', 'keuring boot Chichester',
  "Hi Tom,\n\nWij willen onze boot in Chichester laten keuren for the insurance, een Dehler 34 uit 2004. Can you do this in May? "
  "Ook graag de valuation erbij, want de verzekeraar wil een nieuwe waarde.\n\nGroeten,\nJoost\n",
  ['can you do this in May', 'ook graag de valuation erbij'], ['can you do this in May', 'ook graag de valuation erbij'],
  fmt='alt', cte='8bit')

# ---- Italian --------------------------------------------------------------
q('q051', 'it', 'MED', 'Giulia Conti <giulia.conti@libero.it>', 'Re: traduzione cartella clinica',
  "Gentile Dott.ssa Petersen,\n\nLe chiedo cortesemente di tradurre in tedesco la cartella clinica di mio padre (circa 20 pagine) per il ricovero a Monaco. "
  "Potrebbe indicarmi anche i tempi di consegna?\n\nCordiali saluti,\nGiulia Conti\n\nInviato da iPhone\n\n"
  + quote('apple', 'it', D['name'], D['email'],
          "Gentile Signora Conti,\n\nsì, traduciamo anche dall'italiano. Mi può inviare i documenti?\n\nCordiali saluti,\nAnke Petersen"),
  ['di tradurre in tedesco la cartella clinica', 'indicarmi anche i tempi di consegna'],
  ['di tradurre in tedesco la cartella clinica'], cs='iso-8859-1', cte='quoted-printable')

q('q052', 'it', 'VIS', 'Francesca Bianchi <fra.bianchi@gmail.com>', 'visto nomade digitale',
  "Ciao Rita! Allora, ti racconto: io e mio marito lavoriamo entrambi da remoto per un'agenzia di Milano, e dopo due inverni passati a Lisbona abbiamo deciso di trasferirci definitivamente. "
  "E comunque, chi l'avrebbe mai detto che a Lisbona piove così tanto a febbraio? Abbiamo già trovato casa ad Alfama e il proprietario è gentilissimo. "
  "Comunque, la cosa che ti volevo chiedere è se puoi preparare la domanda di visto D8 per me e mio marito, e quanto tempo ci vuole di solito.\n\n"
  "Un abbraccio,\nFrancesca\n",
  ['preparare la domanda di visto D8', 'quanto tempo ci vuole di solito'], ['preparare la domanda di visto D8'],
  fmt='alt', cte='quoted-printable')

q('q053', 'it', 'VIS', 'Luca Ferri <luca.ferri@ferri-export.it>', 'R: documenti',
  "Grazie mille Rita, tutto ricevuto. Mi manda la fattura intestata alla società, per favore? I dati sono sotto.\n\n"
  "Ferri Export S.r.l.\nVia Roma 12, 40121 Bologna\nP.IVA IT01234567890\n\n"
  + quote('tbird', 'it', 'Rita Ponte', V['email'],
          "Caro Luca,\nin allegato trova i documenti firmati.\nRita"),
  ['mi manda la fattura intestata alla società'], [], fmt='plain', cs='windows-1252', cte='8bit', crlf=True)

q('q054', 'it', 'MED', 'Chiara Esposito <c.esposito@farmaitalia.it>', 'SmPC',
  "Buongiorno Anke,\n\nci serve la versione italiana del SmPC allegato e anche il certificate of accuracy, se possibile entro la prossima settimana. "
  "Grazie mille!\n\nChiara\n--\nChiara Esposito | Regulatory | FarmaItalia S.p.A.\n\"Innovazione al servizio della salute\"\n",
  ['ci serve la versione italiana del SmPC', 'anche il certificate of accuracy'],
  ['ci serve la versione italiana del SmPC'], fmt='html', cte='base64', att=['SmPC_EN_v4.docx'])

q('q055', 'it', 'PIA', 'Marco Rinaldi <marco.rinaldi@tiscali.it>', 'Re: accordatura',
  "Buonasera Étienne,\n\nla maestra di mio figlio chiede: il pianoforte va accordato a 440 o a 442? Lei dice che al conservatorio usano 442. "
  "E mi può fissare un'accordatura per fine mese, magari di sabato?\n\nGrazie,\nMarco\n\n"
  + quote('tbird', 'it', 'Étienne Lemaire', P['email'],
          "Bonjour Marco,\nil pianoforte è pronto, lo consegniamo giovedì.\nÉtienne"),
  ['il pianoforte va accordato a 440', "mi può fissare un'accordatura per fine"],
  ["mi può fissare un'accordatura per fine"], cte='quoted-printable')

# ---- Portuguese -----------------------------------------------------------
q('q056', 'pt', 'VIS', 'Camila Souza <camilasouza.br@gmail.com>', 'reagrupamento familiar',
  "oi rita tudo bem? preciso de ajuda com o reagrupamento familiar da minha mãe, ela mora em BH e quer vir morar comigo em Lisboa. "
  "vc consegue me dizer quanto custa e quanto tempo demora?\n\nbjs camila\n\nEnviado do meu iPhone\n",
  ['preciso de ajuda com o reagrupamento familiar', 'vc consegue me dizer quanto custa', 'e quanto tempo demora'],
  ['preciso de ajuda com o reagrupamento familiar'])

q('q057', 'pt', 'VIS', 'Recursos Humanos - Atlântico Software <rh@atlantico-software.pt>', 'RE: Autorização de residência - colaborador',
  "Exmos. Senhores,\n\nSolicitamos a análise do processo de autorização de residência do nosso colaborador Sr. Arjun Mehta, conforme documentação em anexo. "
  "Agradecemos ainda que nos informem se é necessário agendamento presencial na AIMA.\n\n"
  "Com os melhores cumprimentos,\nAna Lopes\nRecursos Humanos | Atlântico Software, Lda.\n\n"
  "Esta mensagem é confidencial e destina-se exclusivamente ao destinatário indicado.\n\n"
  + quote('outlook', 'pt', V['name'], V['email'],
          "Cara Dra. Ana Lopes,\n\nPodem enviar-nos a documentação do colaborador?\n\nCom os melhores cumprimentos,\nRita Ponte",
          cn='Ana Lopes', ce='rh@atlantico-software.pt', s='Autorização de residência - colaborador'),
  ['solicitamos a análise do processo de autorização', 'se é necessário agendamento presencial na AIMA'],
  ['solicitamos a análise do processo de autorização'], fmt='alt', cs='iso-8859-1', cte='quoted-printable',
  att=['documentacao_Mehta.pdf'], crlf=True)

q('q058', 'pt', 'VIS', 'Nuno Carvalho <nuno.carvalho@sapo.pt>', 'Fwd: Pedido de documentos adicionais',
  "Rita, pode tratar disto? Obrigado\n\nNuno\n\n"
  + quote('gfwd', 'pt', 'Secção Consular', 'consular@embaixada-exemplo.org',
          "Exmo. Senhor,\n\nPara concluir o pedido da sua esposa, solicitamos o envio da certidão de casamento transcrita e do comprovativo de meios de subsistência. "
          "Pode indicar em que data prevê enviar os documentos?\n\nSecção Consular",
          cn='Nuno Carvalho', ce='nuno.carvalho@sapo.pt', s='Pedido de documentos adicionais'),
  ['pode tratar disto'], ['pode tratar disto'], fmt='alt', cte='base64')

q('q059', 'pt', 'VIS', 'Beatriz Almeida <beatriz.almeida@gmail.com>', 'cartão de residência',
  "Obrigada Rita! Já recebi o cartão de residência. Que alívio, não é? "
  "O meu contabilista pergunta se o cartão serve como comprovativo de residência fiscal para as Finanças.\n\nBeijinhos\nBeatriz\n",
  ['se o cartão serve como comprovativo'], [], fmt='html', cs='iso-8859-1', cte='8bit')

q('q060', 'pt', 'VIS', 'Paulo Mendes <paulo.mendes@mendes-consultoria.pt>', 'dúvidas visto',
  "Bom dia Rita,\n\nseguem os nossos pedidos:\n\n"
  "- traduzir e certificar o registo criminal do meu marido\n"
  "- confirmar se o seguro de saúde da Allianz é aceite\n\n"
  "Obrigado,\nPaulo\n",
  ['traduzir e certificar o registo criminal', 'confirmar se o seguro de saúde'],
  ['traduzir e certificar o registo criminal'], fmt='html', cte='quoted-printable')


# ================================================================ REPLIES
R = []


def r(id, lang, firm, frm, subj, decision, text, style='gmail', off=None, pos='top', fmt='plain', cs='utf-8',
      cte='8bit', crlf=False, att=(), raw=None, extra=()):
    R.append(dict(id=id, lang=lang, firm=firm, frm=frm, subj=subj, decision=decision, text=text, style=style,
                  off=off, pos=pos, fmt=fmt, cs=cs, cte=cte, crlf=crlf, att=list(att), raw=raw, extra=list(extra)))


def O(lang, firm, c, t, h, rate, x=''):
    return offer(lang, firm, c, t, h, rate, x)


# ---- English: accept ------------------------------------------------------
r('r001', 'en', 'MAR', 'Gareth Lloyd <g.lloyd77@gmail.com>', 'Re: Pre-purchase survey - Westerly Fulmar', 'accept',
  "Yes please go ahead.\n\nSent from my iPhone",
  off=O('en', 'MAR', 'Gareth', 'A full pre-purchase survey of the Fulmar at Hamble Point, including a visual engine check,', 5, '£140', ', plus travel'),
  cte='7bit')
r('r002', 'en', 'PIA', 'Marcus Hale <marcushale@me.com>', 'Re: steinway regulation', 'accept',
  "fine, go for it but keep it under the 2 hours",
  style='apple', off=O('en', 'PIA', 'Marcus', 'Regulating the action on your Steinway after the hammer job is worth doing now.', 2, '€85'),
  crlf=True, cte='7bit')
r('r003', 'en', 'FOR', 'Peter Lindqvist <p.lindqvist@lindqvist-legal.co.uk>', 'RE: Halvorsen Trading - loan account reconciliation', 'accept',
  "Dear Marieke,\n\nThank you for the quote. We are happy to proceed on that basis. Please send the engagement letter to me and copy in our client.\n\nKind regards,\nPeter\n\n"
  "Peter Lindqvist | Partner | Lindqvist Legal LLP\nThis email is confidential and may be legally privileged.",
  style='outlook', off=O('en', 'FOR', 'Peter', "Reconciling the director's loan account for 2021-2023 means going through roughly 900 ledger entries.", 14, '€195'),
  fmt='alt', cte='quoted-printable')
r('r004', 'en', 'VIS', 'Mark Duffy <mark.duffy@duffy-web.ie>', 'Re: Fiscal representative', 'accept',
  "No problem at all, please proceed. I'll send the signed power of attorney tomorrow.\n\nMark",
  off=O('en', 'VIS', 'Mark', 'Setting up the fiscal representation and filing it with the Finanças takes some paperwork.', 2, '€120', ', plus €150 per year afterwards'))
r('r005', 'en', 'MED', 'Dr. Laura Fenwick <laura.fenwick@nordbridge-pharma.com>', 'RE: ICF translation NB-214', 'accept',
  "Approved. Our PO number is 4500187723, please quote it on the invoice.\n\nLaura\n\nLaura Fenwick, PhD\nRegulatory Affairs Manager | Nordbridge Pharma Ltd",
  style='outlook', off=O('en', 'MED', 'Dr. Fenwick', 'The German ICF translation with second-translator review', 6, '€95', ' (certified)'),
  fmt='html', cte='quoted-printable')
r('r006', 'en', 'MAR', 'Claire Ashdown <claire@ashdown-design.co.uk>', 'Re: Gas system test', 'accept',
  "Sounds reasonable. Book it in.\n\nClaire", pos='bottom',
  off=O('en', 'MAR', 'Claire', 'The gas system test needs a Gas Safe engineer alongside me.', 1.5, '£140', ' plus the engineer\'s fee of £90'))
r('r007', 'en', 'VIS', 'Rajesh Iyer <rajesh.iyer64@gmail.com>', 'Re: D7 visa - bank statements review', 'accept',
  "Dear Madam,\nok for me, you can start. thank you very much.\nRegards, Rajesh",
  style='tbird', off=O('en', 'VIS', 'Mr Iyer', 'Reviewing 12 months of statements for both of you against the D7 income rules', 2, '€120'))
r('r008', 'en', 'PIA', 'Fiona Galbraith <fiona.galbraith@icloud.com>', 'Re: Bechstein soundboard', 'accept',
  "👍 go ahead, thank you!\n\nSent from my iPhone", style='apple',
  off=O('en', 'PIA', 'Fiona', 'Assessing the soundboard properly from your photos and writing it up', 1.5, '€85'),
  cte='base64')
r('r009', 'en', 'MAR', 'Capt. Huw Jenkins <huw.jenkins@seren-mor.wales>', 'Re: Seren Mor - tonnage measurement', 'accept',
  "Yes - and sorry for the slow reply, I've been at sea since Monday. Do it.\n\nHuw\n07700 900 877",
  off=O('en', 'MAR', 'Huw', 'The tonnage measurement in Milford Haven, with the paperwork for the Registry,', 4, '£140', ', plus mileage'),
  fmt='alt', cte='quoted-printable', crlf=True)
# ---- English: decline -----------------------------------------------------
r('r010', 'en', 'MED', 'Julia Brandt <julia.brandt@acro-trials.eu>', 'Re: Patient diary back-translation', 'decline',
  "Hi Anke, no thanks, we'll sort it in-house this time. Julia",
  off=O('en', 'MED', 'Julia', 'The back-translation of the 12-page patient diary', 5, '€95'))
r('r011', 'en', 'PIA', 'Emily Carrington <emily.carrington@gmail.com>', 'Re: Pedal repair', 'decline',
  "not needed any more, my brother-in-law did it at the weekend. thanks anyway!",
  off=O('en', 'PIA', 'Emily', 'Fixing the sustain pedal on the Pleyel means taking out the action.', 1, '€85', ' plus travel'),
  cte='7bit')
r('r012', 'en', 'FOR', 'Anna Kowalczyk <anna.kowalczyk@kowalczyk-law.com>', 'RE: Rerun of loss calculation', 'decline',
  "Dear Marieke,\n\nThank you for your proposal. After discussing it with our client we have decided not to proceed at this time.\n\nKind regards,\nAnna Kowalczyk\nKowalczyk Law",
  style='orig', off=O('en', 'FOR', 'Anna', 'Rerunning the loss calculation with the 2022 figures and updating the report', 6, '€195'),
  fmt='alt', cs='windows-1252', cte='quoted-printable', crlf=True)
r('r013', 'en', 'MAR', 'mick o\'shea <mickoshea1961@yahoo.co.uk>', 'Re: Puffin rigging', 'decline',
  "Yes i got the quote thanks, but its more than i can justify for a boat this old so ill leave it and take my chances. cheers mick",
  off=O('en', 'MAR', 'Mick', 'A proper rigging inspection on Puffin means going up the mast.', 3, '£140', ' plus travel to Lymington'))
r('r014', 'en', 'MAR', 'Rob Kendall <rob.kendall@outlook.com>', 'RE: Survey - Sadler 29', 'decline',
  "Please don't go ahead. The sale fell through yesterday.\n\nRob",
  style='outlook', off=O('en', 'MAR', 'Rob', 'A full survey of the Sadler 29', 5, '£140'), fmt='html', cte='quoted-printable')
r('r015', 'en', 'PIA', 'Richard Osei <r.osei@lyonjazzclub.fr>', 'Re: Bechstein regulation', 'decline',
  "too expensive for us this year, sorry. we'll get the local tuner to do what he can.\n\nRichard",
  off=O('en', 'PIA', 'Richard', 'A full regulation of the club Bechstein', 8, '€85'))
r('r016', 'en', 'VIS', 'Lena Park <lenapark.dev@proton.me>', 'Re: contract review', 'decline',
  "Hi Rita, HR says they'll have their own mobility lawyer look at the contract after all, so please don't do the review. Thanks for your time though!\n\nlena",
  off=O('en', 'VIS', 'Lena', 'Checking the contract against the tech visa conditions, especially the remote work clause,', 2, '€120'))
r('r017', 'en', 'MED', 'Sam Okafor <s.okafor@clinicalbridge.org>', 'RE: Certified copies by post', 'decline',
  "Thanks but no. The PDFs are fine.\n\nCheers, Sam",
  style='outlook', off=O('en', 'MED', 'Mr Okafor', 'Preparing and posting certified hard copies of batch 3', 1.5, '€95', ' plus courier'),
  fmt='alt', cte='quoted-printable')
# ---- English: unclear -----------------------------------------------------
r('r018', 'en', 'MAR', 'Jonathan Hale <j.hale@halefleetmanagement.com>', 'RE: MV Kittiwake - survey and comparison', 'unclear',
  "Tom,\n\nYes to the first, not the second.\n\nJonathan",
  style='outlook', off=("Dear Jonathan,\n\nThanks for your message. Two parts here: the condition and valuation survey of Kittiwake would take about 8 hours at £140 per hour, "
                        "and the written comparison of the 2019 and 2025 shaft seal findings about 3 hours at the same rate. Shall I go ahead with both?\n\nBest regards,\n" + M['sig']),
  fmt='alt', cte='quoted-printable')
r('r019', 'en', 'PIA', 'Mrs J. Pemberton <bursar@stcuthberts-school.org.uk>', 'RE: Yamaha U3 assessment', 'unclear',
  "Dear M. Lemaire,\n\nThank you. The budget for next year is not yet agreed; please ask me again in March.\n\nJ. Pemberton\nBursar",
  style='orig', off=O('en', 'PIA', 'Mrs Pemberton', 'Inspecting both Yamaha U3 uprights and writing a recommendation for the governors', 3, '€85'),
  cs='windows-1252', cte='8bit', crlf=True)
r('r020', 'en', 'MAR', 'Dave Pritchard <dave@deckhand-charters.co.uk>', 'Re: Bavaria surveys', 'unclear',
  "Would you do both for a flat £900? We'd give you all the fleet work next year.\n\nDave\n--\nDave Pritchard | Operations\nDeckhand Charters Ltd\n\"Fair winds, fair prices\"",
  off=O('en', 'MAR', 'Dave', 'Surveying both Bavarias for the charter coding', 8, '£140'))
r('r021', 'en', 'MAR', 'Helen Marsh <helen.marsh@btinternet.com>', 'Re: Keel bolt letter', 'unclear',
  "Hi Tom, does that include coming back out to the boat, or is that on top?\n\nHelen",
  off=O('en', 'MAR', 'Helen', 'Drafting and signing the keel bolt letter for the insurer', 1.5, '£140'), pos='top')
r('r022', 'en', 'FOR', 'Nadia Hussain <nadia@hussain-motors.co.uk>', 'Re: Van sale tracing', 'unclear',
  "Small correction, the van was sold in 2023 not 2022, so it's the 2023 books you need. Would that change the estimate?\n\nNadia",
  off=O('en', 'FOR', 'Nadia', 'Tracing the van sale proceeds through the 2022 accounts', 6, '€195'), fmt='html', cte='quoted-printable')
r('r023', 'en', 'VIS', 'Oliver Grant <oliver.grant@grantconsult.com>', 'Re: Family reunification', 'unclear',
  "Let me think about it and talk to my wife this weekend.\n\nOliver",
  off=O('en', 'VIS', 'Oliver', 'Preparing the family reunification application for your wife and son', 5, '€120'))
r('r024', 'en', 'FOR', 'Graham Whitlock <graham.whitlock@whitlock-joinery.co.uk>', 'RE: Review of stock records', 'unclear',
  "No - I mean, not yet. I need to check with the board first, they meet on the 14th.\n\nGraham",
  style='outlook', off=O('en', 'FOR', 'Graham', 'Reviewing the stock records for 2022 and 2023', 10, '€195'), fmt='alt', cte='quoted-printable', crlf=True)
r('r025', 'en', 'MED', 'Mette Sørensen <mette.sorensen@vitacare-dk.com>', 'Re: AE report translation', 'unclear',
  None, style='inline', off=O('en', 'MED', 'Mette', 'Translating the adverse event report (14 pages) into English', 7, '€95'),
  cs='windows-1252', cte='quoted-printable')
r('r026', 'en', 'MAR', 'Joost Hendriks <joost.hendriks@ziggo.nl>', 'Re: Dehler 34 survey and valuation', 'unclear',
  "Hi Tom, could you split it: the valuation now and the survey after the lift-out in June? Then yes.\n\nJoost",
  off=O('en', 'MAR', 'Joost', 'The insurance survey plus valuation of the Dehler in Chichester', 6, '£140'))
r('r027', 'en', 'VIS', 'Sarah Whitfield <sarah.whitfield@icloud.com>', 'Re: Apostille', 'unclear',
  "Is this covered by the retainer we agreed in January?\n\nSent from my iPhone",
  style='apple', off=O('en', 'VIS', 'Sarah', 'Getting the criminal record certificate apostilled via the FCDO and forwarding it to the consulate', 2, '€120', ' plus the FCDO fee'))

# ---- English: automatic ---------------------------------------------------
r('r028', 'en', 'MAR', 'Jonathan Hale <j.hale@halefleetmanagement.com>', 'Automatic reply: Re: MV Kittiwake - survey quote', 'automatic',
  "Thank you for your email. I am out of the office until Monday 14 April with limited access to email.\n\n"
  "For urgent matters please contact Sophie Grey on +44 1590 000 219 or operations@halefleetmanagement.com.\n\n"
  "Jonathan Hale\nFleet Manager, Hale Fleet Management Ltd",
  style='none', off=None, fmt='alt', cte='quoted-printable', crlf=True,
  extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
r('r029', 'en', 'MED', 'Mail Delivery System <MAILER-DAEMON@mx.medilingua-hamburg.de>', 'Undelivered Mail Returned to Sender', 'automatic',
  None, raw='bounce_postfix')
r('r030', 'en', 'FOR', 'Halvorsen Support <support@halvorsen-trading.zendesk.com>', '[Halvorsen Support] Re: Loan account reconciliation - quote', 'automatic',
  "##- Please type your reply above this line -##\n\n"
  "Your request (#48213) has been received and is being reviewed by our support staff.\n\n"
  "To add additional comments, reply to this email.\n\n"
  "This email is a service from Halvorsen Support. Delivered by Zendesk",
  style='none', fmt='alt', cte='quoted-printable',
  extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer'), ('Precedence', 'bulk')])

# ---- German ---------------------------------------------------------------
r('r031', 'de', 'MED', 'Dr. Sabine Krüger <s.krueger@rheinpharm.de>', 'AW: Angebot Übersetzung Packungsbeilage', 'accept',
  "Sehr geehrte Frau Dr. Petersen,\n\nja, bitte legen Sie los. Die Rechnung bitte an unsere Buchhaltung (rechnungen@rheinpharm.de).\n\nMit freundlichen Grüßen\nSabine Krüger",
  style='outlook', off=O('de', 'MED', 'Frau Dr. Krüger', 'Die Übersetzung der Packungsbeilage ins Französische und Italienische inklusive Lektorat umfasst 24 Normseiten.', 16, '95 €'),
  fmt='alt', cs='iso-8859-15', cte='quoted-printable', crlf=True)
r('r032', 'de', 'VIS', 'Thomas Berger <thomas.berger@posteo.de>', 'Re: Prüfung Ihrer Unterlagen', 'accept',
  "Nein, keine Einwände – machen Sie das bitte so.\n\nHerzliche Grüße\nThomas Berger",
  off=O('de', 'VIS', 'Herr Berger', 'Die Prüfung Ihrer Unterlagen für die Aufenthaltserlaubnis', 3, '120 €'), cte='quoted-printable')
r('r033', 'de', 'FOR', 'Katrin Vogel <k.vogel@vogel-logistik.de>', 'AW: Memo Barentnahmen', 'decline',
  "Hallo Frau van Rijn,\n\ndanke für das Angebot, aber das erledigen wir jetzt doch intern mit unserem Steuerberater.\n\nViele Grüße\nKatrin Vogel",
  style='outlook', off=O('de', 'FOR', 'Frau Vogel', 'Die Auswertung der Barentnahmen 2020-2023 mit einem kurzen Memo', 9, '195 €'),
  fmt='html', cte='base64')
r('r034', 'de', 'MED', 'Jens Albers <jens.albers@albers-medtec.de>', 'Re: Angebot Gebrauchsanweisung', 'unclear',
  "Ja zur Übersetzung, aber die Beglaubigung brauchen wir nicht. Was kostet es dann?\n\nGruß J. Albers\n\nVon meinem iPhone gesendet",
  style='apple', off=O('de', 'MED', 'Herr Albers', 'Die Übersetzung der Gebrauchsanweisung ins Englische mit beglaubigter Kopie', 5, '95 €'))
r('r035', 'de', 'MED', 'Birgit Hansen <b.hansen@praxis-hansen.de>', 'Empfangsbestätigung (angezeigt) - Re: Angebot Arztbrief', 'automatic',
  None, raw='mdn_tbird_de')

# ---- French ---------------------------------------------------------------
r('r036', 'fr', 'PIA', 'sophie marchand <sophie.marchand69@orange.fr>', 'Re: Gaveau de 1925', 'accept',
  "Parfait, allez-y ! Je serai là samedi matin.\n\nSophie\n\nEnvoyé de mon iPhone",
  style='apple', off=O('fr', 'PIA', 'Sophie', 'Le déplacement à Villeurbanne et le diagnostic complet du Gaveau', 2, '85 €'))
r('r037', 'fr', 'PIA', 'Henri Vasseur <h.vasseur@wanadoo.fr>', 'RE: Réparation de la pédale', 'decline',
  "Non merci, finalement mon beau-frère s'en est occupé dimanche.\n\nH. Vasseur",
  style='outlook', off=O('fr', 'PIA', 'Monsieur Vasseur', 'La réparation de la pédale forte demande de démonter la lyre.', 1, '85 €'),
  cs='windows-1252', cte='8bit', crlf=True)
r('r038', 'fr', 'PIA', 'Conservatoire de Villefranche <regie@crd-villefranche.fr>', 'RE: Expertise Steinway D', 'unclear',
  "Oui, mais est-ce que le déplacement depuis Lyon est compris dans les 6 heures ?\n\nClaire Dufresne\nRégisseuse générale",
  style='orig', off=O('fr', 'PIA', 'Madame Dufresne', "L'expertise complète du Steinway D avec rapport écrit", 6, '85 €'),
  fmt='alt', cte='quoted-printable')
r('r039', 'fr', 'VIS', 'Julien Moreau <julien.moreau@free.fr>', 'Re: Demande de NIF pour les enfants', 'unclear',
  "Bonjour Madame Ponte,\n\nJe reviens vers vous après les vacances de Pâques, on verra à ce moment-là.\n\nBien à vous,\nJulien Moreau",
  style='tbird', off=O('fr', 'VIS', 'Monsieur Moreau', 'La demande de NIF pour vos deux enfants, avec représentation fiscale,', 2, '120 €'),
  cs='iso-8859-15', cte='quoted-printable')
r('r040', 'fr', 'MED', 'Dr Isabelle Lambert <isabelle.lambert@chu-liege-recherche.be>', 'Réponse automatique : Re: Traduction protocole LIEGE-07', 'automatic',
  "Bonjour,\n\nJe suis absente du bureau jusqu'au 22 avril inclus, avec un accès limité à ma messagerie. "
  "En cas d'urgence, merci de contacter le secrétariat de l'unité de recherche au +32 4 000 00 00.\n\n"
  "Cordialement,\nDr Isabelle Lambert",
  style='none', fmt='html', cte='quoted-printable', extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# ---- Spanish --------------------------------------------------------------
r('r041', 'es', 'VIS', 'Valentina Ruiz <vale.ruiz@gmail.com>', 'Re: renovación residencia', 'accept',
  "perfecto, adelante! gracias rita\n\nEnviado desde mi iPhone",
  off=O('es', 'VIS', 'Valentina', 'La renovación de la residencia de su hija, con la cita en la AIMA,', 3, '120 €'))
r('r042', 'es', 'VIS', 'Diego Navarro <dnavarro@navarro-arquitectos.es>', 'Re: revisión contrato de arrendamiento', 'accept',
  "Sí, de acuerdo, pero que no pase de las 2 horas por favor.\n\nDiego",
  off=O('es', 'VIS', 'Diego', 'La revisión del contrato de arrendamiento y de la cláusula final', 2, '120 €'), fmt='alt', cte='quoted-printable')
r('r043', 'es', 'MAR', 'Javier Olmedo <javi.olmedo@hotmail.es>', 'Re: Survey velero Gosport', 'decline',
  "Hola Tom, gracias, pero al final lo haremos nosotros mismos con un amigo que es patrón. Un saludo, Javier",
  style='outlook', off=O('en', 'MAR', 'Javier', 'The survey of the yacht in Gosport, with a summary in Spanish,', 6, '£140'),
  cs='windows-1252', cte='quoted-printable')
r('r044', 'es', 'VIS', 'Ignacio Ferrer <iferrer@ferrer-ingenieria.es>', 'RE: Propuesta visados de trabajo', 'unclear',
  "Estimada Sra. Ponte:\n\n¿Lo podrían dejar en 1.500 € cerrado por los tres visados? Si es así, firmamos esta semana.\n\nAtentamente,\nIgnacio Ferrer",
  style='outlook', off=O('es', 'VIS', 'Sr. Ferrer', 'La gestión de los tres visados de trabajo', 15, '120 €'),
  fmt='alt', cs='windows-1252', cte='quoted-printable', crlf=True)
r('r045', 'es', 'VIS', 'Marta Gil <marta.gil@telefonica.net>', 'Re: Traducción certificada [Verificación requerida]', 'automatic',
  "Hola,\n\nEstoy usando un sistema antispam para protegerme del correo no deseado. Su mensaje ha quedado retenido.\n\n"
  "Para que le llegue a Marta Gil, haga clic en el siguiente enlace y complete la verificación (solo tendrá que hacerlo una vez):\n\n"
  "https://verificacion.antispam-seguro.es/v?id=8f2c91ab\n\n"
  "Si no completa la verificación en 7 días, su mensaje se eliminará automáticamente.\n\n"
  "Este es un mensaje automático, por favor no responda.",
  style='none', cte='quoted-printable', extra=[('Auto-Submitted', 'auto-replied')])

# ---- Dutch ----------------------------------------------------------------
r('r046', 'nl', 'FOR', 'mr. W. de Boer <w.deboer@deboer-advocaten.nl>', 'RE: Offerte analyse intercompany-transacties', 'accept',
  "Geachte mevrouw Van Rijn,\n\nAkkoord, gaat u uw gang. Ik laat de cliënt de opdrachtbevestiging tekenen.\n\nMet vriendelijke groet,\nmr. W. de Boer",
  style='outlook', off=O('nl', 'FOR', 'mr. De Boer', 'De analyse van de intercompany-transacties over 2022 en 2023', 20, '€ 195'),
  fmt='alt', cte='quoted-printable', crlf=True)
r('r047', 'nl', 'FOR', 'Bas Verbeek <bas@verbeek-installatie.nl>', 'Re: Uitzoeken betalingen curator', 'decline',
  "Nee, laat maar. De curator heeft het inmiddels zelf uitgezocht.\n\nBas\n\nVerstuurd vanaf mijn iPhone",
  style='apple', off=O('nl', 'FOR', 'Bas', 'Het uitzoeken van de betalingen die de curator wil zien', 4, '€ 195'), cte='7bit')
r('r048', 'nl', 'FOR', 'Ruud Jansen <ruud.jansen@jansen-transport.nl>', 'Re: Second opinion schaderapport', 'decline',
  "Ja, dank voor de offerte, maar we zien er toch van af. We gaan schikken.\n\nRuud",
  off=O('nl', 'FOR', 'Ruud', 'Een second opinion op het schaderapport van de tegenpartij', 7, '€ 195'))
r('r049', 'nl', 'FOR', 'Ingrid Smit <ingrid.smit@smit-holding.nl>', 'Re: Vervolgonderzoek', 'unclear',
  "Hoi Marieke,\n\nVraag het me na de jaarafsluiting in april nog eens, nu zit iedereen tot over de oren in het werk.\n\nIngrid",
  off=O('nl', 'FOR', 'Ingrid', 'Het vervolgonderzoek naar de voorraadverschillen', 12, '€ 195'), fmt='html', cte='quoted-printable')
r('r050', 'nl', 'MAR', 'Joost Hendriks <joost.hendriks@ziggo.nl>', 'Automatisch antwoord: Re: Valuation Dehler 34', 'automatic',
  "Beste afzender,\n\nIk ben afwezig tot en met 25 april en heb beperkt toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd. "
  "Voor dringende zaken kunt u bellen met 06-00000000.\n\nMet vriendelijke groet,\nJoost Hendriks",
  style='none', fmt='alt', cte='quoted-printable', crlf=True,
  extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# ---- Italian --------------------------------------------------------------
r('r051', 'it', 'MED', 'Giulia Conti <giulia.conti@libero.it>', 'Re: preventivo traduzione cartella clinica', 'accept',
  "Va benissimo, proceda pure. Le mando oggi i documenti scansionati.\n\nGiulia Conti\n\nInviato da iPhone",
  style='apple', off=O('it', 'MED', 'Signora Conti', 'La traduzione in tedesco della cartella clinica (circa 20 pagine)', 9, '95 €'),
  cs='iso-8859-15', cte='quoted-printable')
r('r052', 'it', 'VIS', 'Luca Ferri <luca.ferri@ferri-export.it>', 'R: Permessi per i dipendenti', 'decline',
  "No grazie, per ora lasciamo perdere. Le faremo sapere se cambia qualcosa.\n\nLuca Ferri",
  style='outlook', off=O('it', 'VIS', 'Dott. Ferri', 'La pratica per i permessi di soggiorno dei due dipendenti', 8, '120 €'),
  fmt='alt', cs='windows-1252', cte='quoted-printable', crlf=True)
r('r053', 'it', 'MED', 'Chiara Esposito <c.esposito@farmaitalia.it>', 'Re: SmPC + certificate', 'unclear',
  "Sì per la traduzione, no per l'asseverazione in tribunale.\n\nChiara",
  off=("Gentile Chiara,\n\ngrazie per il messaggio. La traduzione del SmPC richiederebbe circa 6 ore a 95 € l'ora, "
       "l'asseverazione in tribunale circa 2 ore in più. Procedo con entrambe?\n\nCordiali saluti,\n" + D['sig']),
  fmt='html', cte='base64')
r('r054', 'it', 'PIA', 'Marco Rinaldi <marco.rinaldi@tiscali.it>', 'Re: restauro tastiera', 'unclear',
  "Ci devo pensare, Le faccio sapere la settimana prossima.\n\nMarco",
  style='tbird', off=O('it', 'PIA', 'Marco', 'Il rifacimento dei tasti in osso della tastiera', 10, '85 €'), cte='quoted-printable')
r('r055', 'it', 'VIS', 'Francesca Bianchi <fra.bianchi@gmail.com>', 'Letto: Re: Domanda visto D8', 'automatic',
  None, raw='mdn_outlook_it')

# ---- Portuguese -----------------------------------------------------------
r('r056', 'pt', 'VIS', 'Nuno Carvalho <nuno.carvalho@sapo.pt>', 'Re: Documentos para o consulado', 'accept',
  "Pode avançar, obrigado.\n\nNuno",
  off=O('pt', 'VIS', 'Nuno', 'Tratar da transcrição da certidão de casamento e reunir o comprovativo de meios', 4, '120 €'), cte='quoted-printable')
r('r057', 'pt', 'VIS', 'Camila Souza <camilasouza.br@gmail.com>', 'Re: reagrupamento familiar', 'accept',
  "Sim, pode ser! Obrigada Rita, vc é um anjo 🙏\n\nEnviado do meu iPhone",
  style='apple', off=O('pt', 'VIS', 'Camila', 'O pedido de reagrupamento familiar da sua mãe', 6, '120 €'), cte='base64')
r('r058', 'pt', 'VIS', 'Beatriz Almeida <beatriz.almeida@gmail.com>', 'Re: Renovação', 'decline',
  "Não vale a pena, Rita, já tratei diretamente na AIMA. Obrigada na mesma!\n\nBeatriz",
  off=O('pt', 'VIS', 'Beatriz', 'A renovação da autorização de residência', 3, '120 €'), fmt='alt', cs='windows-1252', cte='quoted-printable')
r('r059', 'pt', 'VIS', 'Recursos Humanos - Atlântico Software <rh@atlantico-software.pt>', 'RE: Proposta - processo Sr. Mehta', 'unclear',
  "Não sei se percebi bem: o valor inclui as taxas da AIMA ou são cobradas à parte?\n\nAna Lopes\nRecursos Humanos",
  style='outlook', off=O('pt', 'VIS', 'Dra. Ana Lopes', 'A análise do processo do Sr. Mehta e o acompanhamento do agendamento', 5, '120 €'),
  fmt='alt', cte='quoted-printable', crlf=True)
r('r060', 'pt', 'VIS', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', 'automatic',
  None, raw='bounce_gmail_pt')


# ================================================================ raw machine mails
def raw_bounce_postfix(rep, hdr):
    orig_to = 'regulatory@nordbridge-pharma.co.uk'
    b = 'B3F2A1C0.1741090441/mx.medilingua-hamburg.de'
    off = O('en', 'MED', 'Dr. Fenwick', 'The German ICF back-translation', 5, '€95')
    return (hdr +
            'Auto-Submitted: auto-replied\n'
            'MIME-Version: 1.0\n'
            'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n'
            'Content-Transfer-Encoding: 8bit\n\n'
            'This is a MIME-encapsulated message.\n\n'
            '--%s\n'
            'Content-Description: Notification\n'
            'Content-Type: text/plain; charset=us-ascii\n\n'
            'This is the mail system at host mx.medilingua-hamburg.de.\n\n'
            "I'm sorry to have to inform you that your message could not\n"
            'be delivered to one or more recipients. It\'s attached below.\n\n'
            'For further assistance, please send mail to postmaster.\n\n'
            'If you do so, please include this problem report. You can\n'
            'delete your own text from the attached returned message.\n\n'
            '                   The mail system\n\n'
            '<%s>: host mx1.nordbridge-pharma.co.uk[203.0.113.25] said: 550 5.1.1\n'
            '    <%s>: Recipient address rejected: User unknown in virtual mailbox\n'
            '    table (in reply to RCPT TO command)\n\n'
            '--%s\n'
            'Content-Description: Delivery report\n'
            'Content-Type: message/delivery-status\n\n'
            'Reporting-MTA: dns; mx.medilingua-hamburg.de\n'
            'X-Postfix-Queue-ID: B3F2A1C0\n'
            'X-Postfix-Sender: rfc822; petersen@medilingua-hamburg.de\n'
            'Arrival-Date: Tue,  4 Mar 2025 09:14:01 +0100 (CET)\n\n'
            'Final-Recipient: rfc822; %s\n'
            'Original-Recipient: rfc822;%s\n'
            'Action: failed\n'
            'Status: 5.1.1\n'
            'Remote-MTA: dns; mx1.nordbridge-pharma.co.uk\n'
            'Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n'
            '    unknown in virtual mailbox table\n\n'
            '--%s\n'
            'Content-Description: Undelivered Message\n'
            'Content-Type: message/rfc822\n'
            'Content-Transfer-Encoding: 8bit\n\n'
            'From: "Dr. Anke Petersen" <petersen@medilingua-hamburg.de>\n'
            'To: %s\n'
            'Subject: Re: ICF back-translation - quote\n'
            'Date: Tue, 04 Mar 2025 09:14:00 +0100\n'
            'Message-ID: <offer-%s@medilingua-hamburg.de>\n'
            'MIME-Version: 1.0\n'
            'Content-Type: text/plain; charset=utf-8\n'
            'Content-Transfer-Encoding: 8bit\n\n'
            '%s\n\n'
            '--%s--\n') % (b, b, orig_to, orig_to, b, orig_to, orig_to, orig_to, b, orig_to, rep['id'], off, b)


def raw_bounce_gmail_pt(rep, hdr):
    b = '000000000000a1b2c3d4e5f60718'
    to = 'francesca.bianchi.old@gmail.com'
    off = O('pt', 'VIS', 'Francesca', 'A preparação do pedido de visto D8 para si e para o seu marido', 6, '120 €')
    txt = ('\n** A mensagem não foi entregue **\n\n'
           'A sua mensagem não foi entregue a %s porque o endereço não foi encontrado ou não pode receber e-mails.\n\n'
           'A resposta do servidor remoto foi:\n\n'
           "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. "
           'For more information, go to https://support.google.com/mail/?p=NoSuchUser\n' % to)
    import base64
    body64 = base64.encodebytes(txt.encode('utf-8')).decode('ascii')
    return (hdr +
            'Auto-Submitted: auto-replied\n'
            'MIME-Version: 1.0\n'
            'Content-Type: multipart/report; boundary="%s"; report-type=delivery-status\n\n'
            '--%s\n'
            'Content-Type: multipart/related; boundary="%s-rel"\n\n'
            '--%s-rel\n'
            'Content-Type: multipart/alternative; boundary="%s-alt"\n\n'
            '--%s-alt\n'
            'Content-Type: text/plain; charset="UTF-8"\n'
            'Content-Transfer-Encoding: base64\n\n'
            '%s\n'
            '--%s-alt--\n\n'
            '--%s-rel--\n\n'
            '--%s\n'
            'Content-Type: message/delivery-status\n\n'
            'Reporting-MTA: dns; googlemail.com\n'
            'Received-From-MTA: dns; rita@ponte-imigracao.pt\n'
            'Arrival-Date: Tue, 04 Mar 2025 01:14:05 -0800 (PST)\n\n'
            'Final-Recipient: rfc822; %s\n'
            'Action: failed\n'
            'Status: 5.1.1\n'
            'Remote-MTA: dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0b::1a, the server for the domain gmail.com.)\n'
            'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n'
            'Last-Attempt-Date: Tue, 04 Mar 2025 01:14:06 -0800 (PST)\n\n'
            '--%s\n'
            'Content-Type: message/rfc822\n\n'
            'From: Rita Ponte <rita@ponte-imigracao.pt>\n'
            'To: Francesca Bianchi <%s>\n'
            'Subject: Re: visto nomade digitale\n'
            'Date: Tue, 04 Mar 2025 09:14:00 +0000\n'
            'Message-ID: <offer-%s@ponte-imigracao.pt>\n'
            'MIME-Version: 1.0\n'
            'Content-Type: text/plain; charset="UTF-8"\n'
            'Content-Transfer-Encoding: 8bit\n\n'
            '%s\n\n'
            '--%s--\n') % (b, b, b, b, b, b, body64, b, b, b, to, b, to, rep['id'], off, b)


def raw_mdn_tbird_de(rep, hdr):
    b = '------------mdn-7F3A9C2E1B'
    txt = ('Dies ist eine Empfangsbestätigung für die E-Mail, die Sie an Birgit Hansen <b.hansen@praxis-hansen.de> gesendet haben.\n\n'
           'Hinweis: Diese Empfangsbestätigung bestätigt nur, dass die Nachricht auf dem Computer des Empfängers angezeigt wurde. '
           'Es gibt keine Garantie, dass der Empfänger die Nachricht gelesen oder ihren Inhalt verstanden hat.\n')
    import quopri
    qp = quopri.encodestring(txt.encode('iso-8859-1')).decode('ascii')
    return (hdr +
            'MIME-Version: 1.0\n'
            'User-Agent: Mozilla Thunderbird\n'
            'Content-Type: multipart/report; report-type=disposition-notification;\n boundary="%s"\n\n'
            'This is a multi-part message in MIME format.\n'
            '--%s\n'
            'Content-Type: text/plain; charset=ISO-8859-1\n'
            'Content-Transfer-Encoding: quoted-printable\n\n'
            '%s\n'
            '--%s\n'
            'Content-Type: message/disposition-notification; name="MDNPart2.txt"\n'
            'Content-Disposition: inline\n\n'
            'Reporting-UA: praxis-hansen.de; Mozilla Thunderbird\n'
            'Final-Recipient: rfc822;b.hansen@praxis-hansen.de\n'
            'Original-Message-ID: <offer-%s@medilingua-hamburg.de>\n'
            'Disposition: manual-action/MDN-sent-manually; displayed\n\n'
            '--%s\n'
            'Content-Type: text/rfc822-headers; name="MDNPart3.txt"\n'
            'Content-Disposition: inline\n\n'
            'From: "Dr. Anke Petersen" <petersen@medilingua-hamburg.de>\n'
            'To: Birgit Hansen <b.hansen@praxis-hansen.de>\n'
            'Subject: Re: Angebot Arztbrief\n'
            'Date: Tue, 4 Mar 2025 09:14:00 +0100\n'
            'Message-ID: <offer-%s@medilingua-hamburg.de>\n'
            'Disposition-Notification-To: "Dr. Anke Petersen" <petersen@medilingua-hamburg.de>\n\n'
            '--%s--\n') % (b, b, qp, b, rep['id'], b, rep['id'], b)


def raw_mdn_outlook_it(rep, hdr):
    b = '_000_AM6PR07MB5xx_'
    txt = ('Il messaggio\r\n\r\n'
           '  A: Francesca Bianchi\r\n'
           '  Oggetto: Re: Domanda visto D8\r\n'
           '  Inviato: martedì 4 marzo 2025 09:14:00 (UTC+00:00) Dublino, Edimburgo, Lisbona, Londra\r\n\r\n'
           'è stato letto in data mercoledì 5 marzo 2025 11:02:37 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna.\r\n')
    import base64
    b64 = base64.encodebytes(txt.encode('utf-8')).decode('ascii')
    return (hdr +
            'MIME-Version: 1.0\n'
            'X-MS-Has-Attach: \n'
            'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="%s"\n\n'
            '--%s\n'
            'Content-Type: text/plain; charset="utf-8"\n'
            'Content-Transfer-Encoding: base64\n\n'
            '%s\n'
            '--%s\n'
            'Content-Type: message/disposition-notification\n\n'
            'Final-Recipient: RFC822; fra.bianchi@gmail.com\n'
            'Disposition: automatic-action/MDN-sent-automatically; displayed\n'
            'X-MSExch-Correlation-Key: 3FqYbD1d6kqv2n0k6bX0bA==\n'
            'Original-Message-ID: <offer-%s@ponte-imigracao.pt>\n\n'
            '--%s--\n') % (b, b, b64, b, rep['id'], b)


RAW = {'bounce_postfix': raw_bounce_postfix, 'bounce_gmail_pt': raw_bounce_gmail_pt,
       'mdn_tbird_de': raw_mdn_tbird_de, 'mdn_outlook_it': raw_mdn_outlook_it}


# ================================================================ writing
def client_first(frm):
    return frm.split('<')[0].strip()


def reply_body(rep):
    f = FIRMS[rep['firm']]
    cname = client_first(rep['frm'])
    cemail = rep['frm'].split('<')[1].rstrip('>')
    osubj = rep['subj'].split(':', 1)[1].strip() if ':' in rep['subj'] else rep['subj']
    off = rep['off']
    qlang = rep['lang']
    if rep['id'] == 'r043':
        qlang = 'es'  # Spanish Outlook quoting an English offer
    if rep['style'] == 'none':
        return rep['text'] + '\n'
    if rep['style'] == 'inline':
        lines = off.split('\n')
        # split the offer after the sentence with the price
        head = GMAIL['en'].format(n=f['name'], e=f['email'])
        out = [head, '']
        for l in lines:
            out.append(('> ' + l) if l else '>')
            if 'Shall I go ahead?' in l:
                out += ['', 'Could you give me a fixed price instead? Our PO system does not accept hourly estimates, we need one figure.', '']
        out += ['', 'Best regards,', 'Mette Sørensen', 'Pharmacovigilance, VitaCare A/S']
        return '\n'.join(out) + '\n'
    qb = quote(rep['style'], qlang, f['name'], f['email'], off, cn=cname, ce=cemail, s=osubj)
    if rep['pos'] == 'bottom':
        return qb + '\n\n' + rep['text'] + '\n'
    return rep['text'] + '\n\n' + qb + '\n'


def main():
    for sub in ('questions', 'replies'):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for i, e in enumerate(Q):
        f = FIRMS[e['firm']]
        hdrs = [('From', e['frm']), ('To', '%s <%s>' % (f['name'], f['email'])), ('Subject', e['subj']),
                ('Date', date_hdr(1 + i % 27, 8 + i % 10, (i * 7) % 60)),
                ('Message-ID', '<%s.%d@mail.client-%s.example>' % (e['id'], 7300 + i, e['id']))]
        if e['subj'].lower().startswith(('re:', 'aw:', 'r:')) or e['subj'].startswith('RE:'):
            hdrs.append(('In-Reply-To', '<earlier-%s@%s>' % (e['id'], DOMAIN[e['firm']])))
        hdrs += e['extra']
        try:
            e['body'].encode(e['cs'])
        except UnicodeEncodeError as ex:
            raise SystemExit('%s: %s' % (e['id'], ex))
        data = build(hdrs, e['body'], e['fmt'], e['cs'], e['cte'], e['att'], e['crlf'])
        with open(os.path.join(HERE, 'questions', e['id'] + '.eml'), 'wb') as fh:
            fh.write(data)
        exp = {'questions': e['qs'], 'quoted': e['quoted']}
        if e['qs']:
            exp['language'] = e['lang']
        with open(os.path.join(HERE, 'questions', e['id'] + '.expected.json'), 'w', encoding='utf-8') as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
    for i, rep in enumerate(R):
        f = FIRMS[rep['firm']]
        offer_id = '<offer-%s@%s>' % (rep['id'], DOMAIN[rep['firm']])
        first_id = '<%s.q@mail.client.example>' % rep['id']
        to = '%s <%s>' % (f['name'], f['email'])
        if rep['raw']:
            to_addr = 'Dr. Anke Petersen <petersen@medilingua-hamburg.de>' if rep['firm'] == 'MED' else to
            hdr = ('From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <auto-%s.%d@mx.example>\nIn-Reply-To: %s\nReferences: %s %s\n'
                   % (qaddr(rep['frm']), qaddr(to_addr), rep['subj'], date_hdr(5 + i % 20, 9 + i % 9, (i * 11) % 60), rep['id'], 9100 + i,
                      offer_id, first_id, offer_id))
            if rep['raw'].startswith('mdn'):
                hdr = hdr.replace('From: ', 'From: ', 1)
            if '=?' not in rep['subj'] and any(ord(c) > 127 for c in rep['subj']):
                from email.header import Header
                hdr = hdr.replace('Subject: %s' % rep['subj'], 'Subject: %s' % Header(rep['subj'], 'utf-8').encode())
            data = RAW[rep['raw']](rep, hdr)
            if rep['id'] in ('r029', 'r035'):
                data = data.replace('\r\n', '\n').replace('\n', '\r\n')
            data = data.encode('utf-8')
        else:
            hdrs = [('From', rep['frm']), ('To', to), ('Subject', rep['subj']),
                    ('Date', date_hdr(5 + i % 20, 9 + i % 9, (i * 11) % 60)),
                    ('Message-ID', '<%s.%d@mail.client-%s.example>' % (rep['id'], 8100 + i, rep['id'])),
                    ('In-Reply-To', offer_id), ('References', '%s %s' % (first_id, offer_id))]
            hdrs += rep['extra']
            try:
                body = reply_body(rep)
                body.encode(rep['cs'])
            except UnicodeEncodeError as ex:
                raise SystemExit('%s: %s' % (rep['id'], ex))
            data = build(hdrs, body, rep['fmt'], rep['cs'], rep['cte'], rep['att'], rep['crlf'])
        with open(os.path.join(HERE, 'replies', rep['id'] + '.eml'), 'wb') as fh:
            fh.write(data)
        with open(os.path.join(HERE, 'replies', rep['id'] + '.expected.json'), 'w', encoding='utf-8') as fh:
            json.dump({'decision': rep['decision']}, fh)
            fh.write('\n')
    print('wrote %d questions, %d replies' % (len(Q), len(R)))


if __name__ == '__main__':
    main()
