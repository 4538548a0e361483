#!/usr/bin/env python3
"""Generator for blind round 14: 60 client question emails and 60 quote replies.

Stdlib only.  Writes questions/qNNN.eml + qNNN.expected.json and
replies/rNNN.eml + rNNN.expected.json next to this file.  Output is deterministic.

Five invented firms (none of them an accountant or a law firm):
  GH  Greenhollow Landscapes        - landscape gardener, Surrey (GBP)
  LX  Luso Expat Tax                - tax adviser for expatriates, Lisbon (EUR)
  AK  Azure Keel Yacht Brokers      - yacht broker, Antibes (EUR)
  VM  Van der Meer Constructieadvies- structural engineer, Rotterdam (EUR)
  CB  Cuebox Music Licensing        - music-licensing agent, New York (USD)
"""
import base64
import html as htmlmod
import json
import os
import quopri
import random
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(14014)

# --------------------------------------------------------------------------
# firms
# --------------------------------------------------------------------------
FIRMS = {
    'GH': dict(name='Tom Ashby', email='tom@greenhollow-landscapes.co.uk',
               sig='Tom Ashby\nGreenhollow Landscapes - garden design & maintenance\n01632 960482',
               rate={'en': '£75 per hour'}, tz=1, client='gmail'),
    'LX': dict(name='Inês Carvalho', email='ines@lusoexpat-tax.pt',
               sig='Inês Carvalho\nLuso Expat Tax · Av. da Liberdade 110, Lisboa\n+351 213 000 481',
               rate={'en': '€160 per hour', 'de': '160 € pro Stunde', 'fr': '160 € de l\'heure',
                     'es': '160 € la hora', 'nl': '€ 160 per uur', 'it': '160 € l\'ora',
                     'pt': '160 € por hora'}, tz=1, client='outlook'),
    'AK': dict(name='Marc Delorme', email='marc@azurekeel.com',
               sig='Marc Delorme\nAzure Keel Yacht Brokers · Port Vauban, Antibes\n+33 4 93 00 17 42',
               rate={'en': '€220 per hour', 'de': '220 € pro Stunde', 'fr': '220 € de l\'heure',
                     'es': '220 € la hora', 'nl': '€ 220 per uur', 'it': '220 € l\'ora',
                     'pt': '220 € por hora'}, tz=2, client='apple'),
    'VM': dict(name='Sanne van der Meer', email='sanne@vdmeer-constructie.nl',
               sig='ir. Sanne van der Meer\nVan der Meer Constructieadvies\nWijnhaven 31, Rotterdam · 010 555 0193',
               rate={'en': '€145 per hour', 'de': '145 € pro Stunde', 'fr': '145 € de l\'heure',
                     'es': '145 € la hora', 'nl': '€ 145 per uur', 'it': '145 € l\'ora',
                     'pt': '145 € por hora'}, tz=2, client='outlook'),
    'CB': dict(name='Priya Natarajan', email='priya@cuebox-licensing.com',
               sig='Priya Natarajan\nCuebox Music Licensing · New York\n+1 212 555 0147',
               rate={'en': '$180 per hour', 'de': '180 $ pro Stunde', 'fr': '180 $ de l\'heure',
                     'es': '180 USD la hora', 'nl': '$ 180 per uur', 'it': '180 dollari l\'ora',
                     'pt': 'US$ 180 por hora'}, tz=-4, client='gmail'),
}

# --------------------------------------------------------------------------
# locale data for quote headers
# --------------------------------------------------------------------------
DOW = {
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    'nl': ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    'it': ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    'pt': ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
}
DOWA = {
    'en': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    'de': ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
    'fr': ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
    'es': ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
    'nl': ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
    'it': ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'],
    'pt': ['seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'],
}
MON = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
}
MONA = {
    'en': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    'de': ['Jan', 'Feb', 'März', 'Apr', 'Mai', 'Juni', 'Juli', 'Aug', 'Sept', 'Okt', 'Nov', 'Dez'],
    'fr': ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    'es': ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    'nl': ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    'it': ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    'pt': ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
}


def hm(d):
    return d.strftime('%H:%M')


def attribution(style, lang, d, name, email):
    """The line a mail client writes above quoted text."""
    w, m = d.weekday(), d.month - 1
    if style == 'gmail':
        return {
            'en': f'On {DOWA["en"][w]}, {d.day} {MONA["en"][m]} {d.year} at {hm(d)}, {name} <{email}> wrote:',
            'de': f'Am {DOWA["de"][w]}., {d.day}. {MON["de"][m]} {d.year} um {hm(d)} Uhr schrieb {name} <{email}>:',
            'fr': f'Le {DOWA["fr"][w]}. {d.day} {MONA["fr"][m]} {d.year} à {hm(d)}, {name} <{email}> a écrit :',
            'es': f'El {DOWA["es"][w]}, {d.day} {MONA["es"][m]} {d.year} a las {hm(d)}, {name} (<{email}>) escribió:',
            'nl': f'Op {DOWA["nl"][w]} {d.day} {MONA["nl"][m]} {d.year} om {hm(d)} schreef {name} <{email}>:',
            'it': f'Il giorno {DOWA["it"][w]} {d.day} {MONA["it"][m]} {d.year} alle ore {hm(d)} {name} <{email}> ha scritto:',
            'pt': f'Em {DOWA["pt"][w]}., {d.day} de {MONA["pt"][m]}. de {d.year} às {hm(d)}, {name} <{email}> escreveu:',
        }[lang]
    if style == 'apple':
        return {
            'en': f'On {d.day} {MONA["en"][m]} {d.year}, at {hm(d)}, {name} <{email}> wrote:',
            'de': f'Am {d:%d.%m.%Y} um {hm(d)} schrieb {name} <{email}>:',
            'fr': f'Le {d.day} {MONA["fr"][m]} {d.year} à {hm(d)}, {name} <{email}> a écrit :',
            'es': f'El {d.day} {MONA["es"][m]} {d.year}, a las {hm(d)}, {name} <{email}> escribió:',
            'nl': f'Op {d.day} {MONA["nl"][m]} {d.year} om {hm(d)} heeft {name} <{email}> het volgende geschreven:',
            'it': f'Il giorno {d.day} {MONA["it"][m]} {d.year}, alle ore {hm(d)}, {name} <{email}> ha scritto:',
            'pt': f'Em {d.day} de {MONA["pt"][m]}. de {d.year}, à(s) {hm(d)}, {name} <{email}> escreveu:',
        }[lang]
    if style == 'tb':
        return {
            'en': f'On {d:%d/%m/%Y} {hm(d)}, {name} wrote:',
            'de': f'Am {d:%d.%m.%y} um {hm(d)} schrieb {name}:',
            'fr': f'Le {d:%d/%m/%Y} à {hm(d)}, {name} a écrit :',
            'es': f'El {d.day}/{d.month}/{d:%y} a las {hm(d)}, {name} escribió:',
            'nl': f'Op {d:%d-%m-%Y} om {hm(d)} schreef {name}:',
            'it': f'Il {d:%d/%m/%y} {hm(d)}, {name} ha scritto:',
            'pt': f'Em {d:%d/%m/%Y} {hm(d)}, {name} escreveu:',
        }[lang]
    raise ValueError(style)


def outlook_date(lang, d):
    w, m = d.weekday(), d.month - 1
    return {
        'en': f'{DOW["en"][w]}, {d.day} {MON["en"][m]} {d.year} {hm(d)}',
        'de': f'{DOW["de"][w]}, {d.day}. {MON["de"][m]} {d.year} {hm(d)}',
        'fr': f'{DOW["fr"][w]} {d.day} {MON["fr"][m]} {d.year} {hm(d)}',
        'es': f'{DOW["es"][w]}, {d.day} de {MON["es"][m]} de {d.year} {hm(d)}',
        'nl': f'{DOW["nl"][w]} {d.day} {MON["nl"][m]} {d.year} {hm(d)}',
        'it': f'{DOW["it"][w]} {d.day} {MON["it"][m]} {d.year} {hm(d)}',
        'pt': f'{DOW["pt"][w]}, {d.day} de {MON["pt"][m]} de {d.year} {hm(d)}',
    }[lang]


def gmail_fwd_date(lang, d):
    w, m = d.weekday(), d.month - 1
    return {
        'en': f'{DOWA["en"][w]}, {d.day} {MONA["en"][m]} {d.year} at {hm(d)}',
        'de': f'{DOWA["de"][w]}., {d.day}. {MON["de"][m]} {d.year} um {hm(d)} Uhr',
        'fr': f'{DOWA["fr"][w]}. {d.day} {MONA["fr"][m]} {d.year} à {hm(d)}',
        'es': f'{DOWA["es"][w]}, {d.day} {MONA["es"][m]} {d.year} a las {hm(d)}',
        'nl': f'{DOWA["nl"][w]} {d.day} {MONA["nl"][m]} {d.year} om {hm(d)}',
        'it': f'{DOWA["it"][w]} {d.day} {MONA["it"][m]} {d.year} alle ore {hm(d)}',
        'pt': f'{DOWA["pt"][w]}., {d.day} de {MONA["pt"][m]}. de {d.year} às {hm(d)}',
    }[lang]


OUTLOOK_LABELS = {  # from, sent, to, subject
    'en': ('From', 'Sent', 'To', 'Subject'),
    'de': ('Von', 'Gesendet', 'An', 'Betreff'),
    'fr': ('De\u00a0', 'Envoyé\u00a0', 'À\u00a0', 'Objet\u00a0'),
    'es': ('De', 'Enviado el', 'Para', 'Asunto'),
    'nl': ('Van', 'Verzonden', 'Aan', 'Onderwerp'),
    'it': ('Da', 'Inviato', 'A', 'Oggetto'),
    'pt': ('De', 'Enviado', 'Para', 'Assunto'),
}
OUTLOOK_OLD = {
    'en': '-----Original Message-----', 'de': '-----Ursprüngliche Nachricht-----',
    'fr': "-----Message d'origine-----", 'es': '-----Mensaje original-----',
    'nl': '-----Oorspronkelijk bericht-----', 'it': '-----Messaggio originale-----',
    'pt': '-----Mensagem original-----',
}
GMAIL_FWD = {
    'en': '---------- Forwarded message ---------', 'de': '---------- Weitergeleitete Nachricht ---------',
    'fr': '---------- Message transféré ---------', 'es': '---------- Mensaje reenviado ---------',
    'nl': '---------- Doorgestuurd bericht ---------', 'it': '---------- Messaggio inoltrato ---------',
    'pt': '---------- Mensagem encaminhada ---------',
}
GMAIL_FWD_FROM = {'en': 'From', 'de': 'Von', 'fr': 'De', 'es': 'De', 'nl': 'Van', 'it': 'Da', 'pt': 'De'}
APPLE_FWD = {
    'en': ('Begin forwarded message:', 'From', 'Subject', 'Date', 'To'),
    'de': ('Anfang der weitergeleiteten Nachricht:', 'Von', 'Betreff', 'Datum', 'An'),
    'fr': ('Début du message réexpédié\u00a0:', 'De\u00a0', 'Objet\u00a0', 'Date\u00a0', 'À\u00a0'),
    'es': ('Inicio del mensaje reenviado:', 'De', 'Asunto', 'Fecha', 'Para'),
    'nl': ('Begin doorgestuurd bericht:', 'Van', 'Onderwerp', 'Datum', 'Aan'),
    'it': ('Inizio messaggio inoltrato:', 'Da', 'Oggetto', 'Data', 'A'),
    'pt': ('Início da mensagem reencaminhada:', 'De', 'Assunto', 'Data', 'Para'),
}


# --------------------------------------------------------------------------
# plain-text and HTML rendering of a client's message with history
# --------------------------------------------------------------------------
def quote_lines(text):
    out = []
    for line in text.split('\n'):
        if line.startswith('>'):
            out.append('>' + line)
        elif line == '':
            out.append('>')
        else:
            out.append('> ' + line)
    return '\n'.join(out)


def hist_plain(h):
    """h: dict(style, lang, name, email, date, to, subject, text)."""
    st, lang, d = h['style'], h['lang'], h['date']
    if st in ('gmail', 'tb'):
        return attribution(st, lang, d, h['name'], h['email']) + '\n\n' + quote_lines(h['text'])
    if st == 'apple':
        return quote_lines(attribution(st, lang, d, h['name'], h['email']) + '\n\n' + h['text'])
    if st in ('outlook', 'outlook_old'):
        f, s, t, su = OUTLOOK_LABELS[lang]
        top = '________________________________' if st == 'outlook' else OUTLOOK_OLD[lang]
        return (f'{top}\n{f}: {h["name"]} <{h["email"]}>\n{s}: {outlook_date(lang, d)}\n'
                f'{t}: {h["to"]}\n{su}: {h["subject"]}\n\n{h["text"]}')
    if st == 'fwd_gmail':
        return (f'{GMAIL_FWD[lang]}\n{GMAIL_FWD_FROM[lang]}: {h["name"]} <{h["email"]}>\n'
                f'Date: {gmail_fwd_date(lang, d)}\nSubject: {h["subject"]}\nTo: {h["to"]}\n\n\n{h["text"]}')
    if st == 'fwd_apple':
        b, f, su, da, t = APPLE_FWD[lang]
        return (f'{b}\n\n' + quote_lines(
            f'{f}: {h["name"]} <{h["email"]}>\n{su}: {h["subject"]}\n{da}: {outlook_date(lang, d)}\n'
            f'{t}: {h["to"]}\n\n{h["text"]}'))
    raise ValueError(st)


def esc(s):
    return htmlmod.escape(s, quote=False)


def lines_to_html(text, style):
    """Render plain lines as HTML, '>' runs as nested blockquotes."""
    lines = text.split('\n')
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('>'):
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                s = lines[i][1:]
                if s.startswith(' '):
                    s = s[1:]
                q.append(s)
                i += 1
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + lines_to_html('\n'.join(q), style) + '</blockquote>')
            continue
        if style == 'outlook':
            out.append('<p class="MsoNormal">' + (esc(line) if line.strip() else '&nbsp;') + '<o:p></o:p></p>')
        else:
            out.append('<div>' + (esc(line) if line.strip() else '<br>') + '</div>')
        i += 1
    return '\n'.join(out)


def hist_html(h):
    st, lang, d = h['style'], h['lang'], h['date']
    body = lines_to_html(h['text'], 'outlook' if st.startswith('outlook') else 'div')
    if st == 'gmail':
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + esc(attribution(st, lang, d, h['name'], h['email'])) + '<br></div>\n'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                + body + '\n</blockquote></div>')
    if st == 'tb':
        return ('<div class="moz-cite-prefix">' + esc(attribution(st, lang, d, h['name'], h['email']))
                + '<br></div>\n<blockquote type="cite">\n' + body + '\n</blockquote>')
    if st == 'apple':
        return ('<div><br><blockquote type="cite"><div>' + esc(attribution(st, lang, d, h['name'], h['email']))
                + '</div><br class="Apple-interchange-newline">\n' + body + '\n</blockquote></div>')
    if st in ('outlook', 'outlook_old'):
        f, s, t, su = OUTLOOK_LABELS[lang]
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                f'<b>{esc(f)}:</b> {esc(h["name"])} &lt;{esc(h["email"])}&gt;<br>\n'
                f'<b>{esc(s)}:</b> {esc(outlook_date(lang, d))}<br>\n'
                f'<b>{esc(t)}:</b> {esc(h["to"])}<br>\n'
                f'<b>{esc(su)}:</b> {esc(h["subject"])}</font>\n<div>&nbsp;</div></div>\n<div>\n' + body + '\n</div>')
    if st == 'fwd_gmail':
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + esc(GMAIL_FWD[lang]) + '<br>\n'
                f'{GMAIL_FWD_FROM[lang]}: <strong class="gmail_sendername" dir="auto">{esc(h["name"])}</strong> '
                f'<span dir="auto">&lt;{esc(h["email"])}&gt;</span><br>\n'
                f'Date: {esc(gmail_fwd_date(lang, d))}<br>\nSubject: {esc(h["subject"])}<br>\n'
                f'To: {esc(h["to"])}<br></div><br><br>\n' + body + '\n</div>')
    if st == 'fwd_apple':
        b, f, su, da, t = APPLE_FWD[lang]
        return ('<div><br><blockquote type="cite"><div>' + esc(b) + '</div><br class="Apple-interchange-newline">\n'
                f'<div><b>{esc(f)}: </b>{esc(h["name"])} &lt;{esc(h["email"])}&gt;</div>\n'
                f'<div><b>{esc(su)}: </b>{esc(h["subject"])}</div>\n'
                f'<div><b>{esc(da)}: </b>{esc(outlook_date(lang, d))}</div>\n'
                f'<div><b>{esc(t)}: </b>{esc(h["to"])}</div><br>\n' + body + '\n</blockquote></div>')
    raise ValueError(st)


def wrap_html(inner, client, charset):
    if client == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')
    if client == 'apple':
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                + inner + '\n</body></html>\n')
    if client == 'tb':
        return ('<!DOCTYPE html>\n<html>\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n<body>\n'
                + inner + '\n</body>\n</html>\n')
    if client == 'gmail':
        return '<div dir="ltr">\n' + inner + '\n</div>\n'
    return ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n' + inner
            + '\n</body></html>\n')


# --------------------------------------------------------------------------
# MIME assembly (bytes, so that charsets and transfer encodings are exact)
# --------------------------------------------------------------------------
_bcount = [0]


def boundary(client):
    _bcount[0] += 1
    h = '%032x' % RNG.getrandbits(128)
    if client == 'outlook':
        return '_000_%s%s_' % (h[:20].upper(), 'AM0PR07MB')
    if client == 'apple':
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if client == 'gmail':
        return '000000000000' + h[:16]
    if client == 'tb':
        return '------------' + h[:24]
    return '----=_Part_%d_%d.%d' % (_bcount[0], RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 12, 10 ** 13))


def encode_body(raw, cte):
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', flowed=False, extra=None):
    if not text.endswith('\n'):
        text += '\n'
    raw = text.encode(charset)
    if cte in ('7bit', '8bit'):
        try:
            raw.decode('ascii')
            cte = '7bit'
        except UnicodeDecodeError:
            cte = '8bit'
    ctype = f'text/{subtype}; charset="{charset}"' if subtype == 'html' else f'text/{subtype}; charset={charset}'
    if flowed:
        ctype += '; format=flowed'
    hdrs = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)]
    if extra:
        hdrs += extra
    return (hdrs, encode_body(raw, cte))


def attachment(filename, ctype, data):
    return ([('Content-Type', f'{ctype}; name="{filename}"'),
             ('Content-Disposition', f'attachment; filename="{filename}"'),
             ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(data))


def render_headers(hdrs):
    out = b''
    for k, v in hdrs:
        out += k.encode('ascii') + b': ' + hdr(v).encode('ascii') + b'\n'
    return out


def multipart(subtype, parts, client, params='', preamble=None):
    b = boundary(client)
    hdrs = [('Content-Type', f'multipart/{subtype};{params} boundary="{b}"')]
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\n\n'
    for ph, pb in parts:
        if not pb.endswith(b'\n'):
            pb += b'\n'
        body += b'--' + b.encode() + b'\n' + render_headers(ph) + b'\n' + pb
    body += b'--' + b.encode() + b'--\n'
    return (hdrs, body)


def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode(linesep='\n')


def addr(name, email):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset='utf-8')


def msgid(client, d, dom):
    h = '%032x' % RNG.getrandbits(128)
    if client == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (h[:20], h[20:32].upper())
    if client == 'outlook':
        x = h.upper()
        return '<AM9PR07MB%s%s@AM9PR07MB%s.eurprd07.prod.outlook.com>' % (x[:4], x[4:16], x[16:20])
    if client == 'apple':
        x = h.upper()
        return '<%s-%s-%s-%s-%s@%s>' % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], dom)
    if client == 'tb':
        return '<%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:16], dom)
    return '<%s.%s@%s>' % (d.strftime('%Y%m%d%H%M%S'), h[:12], dom)


MAILER = {
    'outlook': [('X-Mailer', 'Microsoft Outlook 16.0')],
    'apple': [('X-Mailer', 'iPhone Mail (22D82)')],
    'tb': [('User-Agent', 'Mozilla Thunderbird')],
    'gmail': [],
    'other': [],
}


def assemble(headers, part, eol='\n'):
    ph, pb = part
    raw = render_headers(headers + [('MIME-Version', '1.0')] + ph) + b'\n' + pb
    if eol == '\r\n':
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def dt(s, tz):
    d = datetime.strptime(s, '%Y-%m-%d %H:%M')
    return d.replace(tzinfo=timezone(timedelta(hours=tz)))


# --------------------------------------------------------------------------
# building a client email from a spec
# --------------------------------------------------------------------------
def build(spec, firm, in_reply=None):
    """Return (bytes, message_id)."""
    F = FIRMS[firm]
    client = spec.get('client', 'gmail')
    d = dt(spec['date'], spec.get('tz', F['tz']))
    fname, femail = spec['frm']
    dom = femail.split('@')[1]
    mid = spec.get('msgid') or msgid(client, d, dom)
    charset = spec.get('charset', 'utf-8')
    cte = spec.get('cte', 'quoted-printable')
    hcte = spec.get('html_cte', cte)
    body = spec['body'].strip('\n')
    h = spec.get('hist')
    plain = body
    if h:
        sep = '\n\n' if not h['style'].startswith('fwd') else '\n\n'
        plain = body + sep + hist_plain(h)
    mime = spec.get('mime', 'plain')
    parts_text = []
    if mime in ('plain', 'alt'):
        parts_text.append(text_part(plain, 'plain', charset, cte, flowed=spec.get('flowed', False)))
    if mime in ('html', 'alt'):
        inner = spec.get('html') or lines_to_html(body, 'outlook' if client == 'outlook' else 'div')
        if h:
            inner += '\n' + hist_html(h)
        parts_text.append(text_part(wrap_html(inner, client, charset), 'html', charset, hcte))
    if len(parts_text) == 2:
        body_part = multipart('alternative', parts_text, client)
    else:
        body_part = parts_text[0]
    if spec.get('attach'):
        atts = [attachment(*a) for a in spec['attach']]
        body_part = multipart('mixed', [body_part] + atts, client)
    to = spec.get('to') or addr(F['name'], F['email'])
    headers = []
    if spec.get('received', True):
        headers.append(('Received', f'from {dom} (mail.{dom} [192.0.2.{RNG.randint(2, 250)}])\n'
                                    f'\tby mx.{F["email"].split("@")[1]} with ESMTPS id {RNG.randint(10**9, 10**10):x};\n'
                                    f'\t{format_datetime(d)}'))
    headers += [
        ('From', addr(fname, femail)),
        ('To', to),
    ]
    if spec.get('cc'):
        headers.append(('Cc', spec['cc']))
    headers += [
        ('Subject', hdr(spec['subject'])),
        ('Date', format_datetime(d)),
        ('Message-ID', mid),
    ]
    if in_reply:
        headers += [('In-Reply-To', in_reply[-1]), ('References', '\n '.join(in_reply))]
    headers += MAILER.get(client, [])
    headers += spec.get('extra_headers', [])
    return assemble(headers, body_part, spec.get('eol', '\n')), mid


def pdf(title):
    return (b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
            b'2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% ' + title.encode('ascii', 'replace')
            + b'\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')


def png():
    return base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')


def xlsx():
    return b'PK\x03\x04\x14\x00\x06\x00\x08\x00' + bytes(RNG.getrandbits(8) for _ in range(200))


# --------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------
QUESTIONS = []
REPLIES = []


def H(style, lang, who, date, subject, text, to='', tz=None):
    """History block; who is a firm key or (name, email)."""
    if isinstance(who, str):
        F = FIRMS[who]
        name, email = F['name'], F['email']
        tz = F['tz'] if tz is None else tz
    else:
        name, email = who
        tz = 1 if tz is None else tz
    return dict(style=style, lang=lang, name=name, email=email, date=dt(date, tz),
                subject=subject, text=text.strip('\n'), to=to)


def Q(num, lang, firm, questions, quoted, **spec):
    QUESTIONS.append(dict(id='q%03d' % num, lang=lang, firm=firm, questions=questions, quoted=quoted, spec=spec))


def R(num, lang, firm, decision, **spec):
    REPLIES.append(dict(id='r%03d' % num, lang=lang, firm=firm, decision=decision, spec=spec))


SIG = {k: v['sig'] for k, v in FIRMS.items()}

# ============================ ENGLISH QUESTIONS ============================

Q(1, 'en', 'GH',
  ['too late to cut the hedge back', 'need the front lawn re-turfed'],
  ['need the front lawn re-turfed'],
  frm=('Dave Mercer', 'dave.mercer@btinternet.example'), client='apple', cte='7bit',
  subject='hedge', date='2025-03-02 07:41',
  body='''hi tom
is it too late to cut the hedge back now, the birds seem to be nesting already
also need the front lawn re-turfed before our party on the 14th, it's mostly moss now

dave

Sent from my iPhone''')

Q(2, 'en', 'CB',
  ['licence for "Paper Lanterns" covers paid social', 'hourly rate for cue sheet preparation',
   'send us the cue sheet template'],
  ['licence for "Paper Lanterns" covers paid social'],
  frm=('Eleanor Whitcombe', 'e.whitcombe@fieldmousefilms.example'), client='outlook', mime='html', eol='\r\n',
  subject='Hartmann Kitchens - music queries', date='2025-04-08 16:02', tz=1,
  body='''Dear Priya,
We are finalising the edit for the Hartmann Kitchens campaign and have three points:
1. Could you confirm whether the licence for "Paper Lanterns" covers paid social media in Austria and Switzerland?
2. What is your hourly rate for cue sheet preparation?
3. Please send us the cue sheet template you mentioned on the call.
Kind regards,
Eleanor''',
  html='''<p class="MsoNormal">Dear Priya,<o:p></o:p></p>
<p class="MsoNormal">We are finalising the edit for the Hartmann Kitchens campaign and have three points:<o:p></o:p></p>
<ol style="margin-top:0cm" start="1" type="1">
<li class="MsoListParagraph">Could you confirm whether the licence for &quot;Paper Lanterns&quot; covers paid social media in Austria and Switzerland?</li>
<li class="MsoListParagraph">What is your hourly rate for cue sheet preparation?</li>
<li class="MsoListParagraph">Please send us the cue sheet template you mentioned on the call.</li>
</ol>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">Eleanor<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal"><b>Eleanor Whitcombe</b> | Senior Producer | Fieldmouse Films<br>
T +44 20 7946 0321 | <i>Stories that stay with you.</i><o:p></o:p></p>
<p class="MsoNormal" style="font-size:8pt;color:gray">This email and any attachments are confidential and intended solely for the addressee.
If you have received this email in error please notify the sender immediately and delete it. Fieldmouse Films Ltd is registered in England and Wales, no. 08812345.<o:p></o:p></p>''')

Q(3, 'en', 'VM',
  ['come and have a look at the wall', 'what size steel beam we would need'],
  ['come and have a look at the wall', 'what size steel beam we would need'],
  frm=('Rachel Okafor', 'rachel.okafor@gmail.example'), client='gmail', mime='alt',
  subject='wall between kitchen and dining room - help!', date='2025-02-20 21:37', tz=1,
  body='''Hi Sanne,

Hope you had a good weekend. So, long story: the builders came on Tuesday and when they took the plaster off the wall between the kitchen and dining room they found that the lintel above the old doorway is basically rotten timber, and the foreman (Kees) said it's not a problem, he'll just put a steel in, but my neighbour who is an architect said we need a calculation for the municipality, and honestly I don't know who to believe, and on top of that my partner now wants the wall gone completely since it's open anyway, which I'm not sure about at all because I like having a separate kitchen. Anyway, could you come and have a look at the wall this week and tell us what size steel beam we would need if we take the whole wall out. The builders are back on Monday so it's a bit urgent, sorry!

Thanks so much,
Rachel''')

Q(4, 'en', 'LX', [], [],
  frm=('Mark Donnelly', 'markdonnelly@outlook.example'), client='gmail',
  subject='Re: NHR confirmation', date='2025-01-09 11:15', cte='7bit',
  body='''Thanks Ines, got the NHR confirmation letter from Financas this morning. All good.

Speak in the new year.
Mark''',
  hist=H('gmail', 'en', 'LX', '2024-12-18 17:40', 'NHR confirmation', '''Hi Mark,

The registration has gone through on the portal. The paper confirmation is posted by the tax office, usually within three weeks.

Could you let me know once you receive the confirmation? I'd like a copy for your file.

Best regards,
Inês'''))

Q(5, 'en', 'AK',
  ['the engine on Aurelia had its 1000-hour service', 'send me copies of the service records',
   'whether the tender is included in the price'],
  [],
  frm=('Neil Gardiner', 'neil.gardiner@me.example'), client='apple',
  subject='Aurelia', date='2025-05-14 19:22', tz=1,
  body='''Marc,

My surveyor wants to know: has the engine on Aurelia had its 1000-hour service, and if so can you send me copies of the service records?

Also my wife asks whether the tender is included in the price or if that's extra. She has fallen in love with the boat, heaven help my bank account.

Neil

Sent from my iPad''')

Q(6, 'en', 'CB',
  ['deal with the below'], ['deal with the below'],
  frm=('Josh Kaplan', 'josh@brightwaterstudio.example'), client='gmail', mime='alt',
  subject='Fwd: Copyright claim on "Harbour Lights - behind the scenes"', date='2025-06-03 09:05', tz=-4,
  body='''Priya - can you deal with the below? no idea what they're on about, we licensed that track through you last year.

J''',
  hist=H('fwd_gmail', 'en', ('VideoShield Rights Team', 'no-reply@videoshield.example'), '2025-06-02 22:14',
         'Copyright claim on "Harbour Lights - behind the scenes"', '''Hello,

A copyright claim has been made against your video "Harbour Lights - behind the scenes" for the composition "Tidewater" at 02:13.

Do you have a licence for this content? If so, please provide the licence reference and a copy of the agreement within 7 days. Can you also confirm the channel on which the video was first published?

VideoShield Rights Team''', to='josh@brightwaterstudio.example', tz=-4))

Q(7, 'en', 'GH', [], [],
  frm=('Helen Kaur', 'helen.kaur@kaurfamily.example'), client='outlook', mime='alt', charset='windows-1252', eol='\r\n',
  subject='Thursday', date='2025-04-22 20:10',
  body='''Hi Tom,

Just so you know before Thursday:
- the side gate code is 4471
- the dog will be in the house
- please park on the drive, not the verge – the council have been ticketing
- the skip arrives Wednesday afternoon

Thanks!
Helen''',
  html='''<p class="MsoNormal">Hi Tom,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Just so you know before Thursday:<o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoListParagraph">the side gate code is 4471</li>
<li class="MsoListParagraph">the dog will be in the house</li>
<li class="MsoListParagraph">please park on the drive, not the verge – the council have been ticketing</li>
<li class="MsoListParagraph">the skip arrives Wednesday afternoon</li>
</ul>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Thanks!<o:p></o:p></p>
<p class="MsoNormal">Helen<o:p></o:p></p>''')

Q(8, 'en', 'VM',
  ['Need the calculation updated to reflect', 'whether the existing padstones can be reused'],
  ['Need the calculation updated to reflect'],
  frm=('Pieter de Wit', 'p.dewit@bouwbedrijf-dewit.example'), client='outlook', mime='alt', eol='\r\n',
  subject='RE: Hoogstraat 14 - drawings rev C', date='2025-03-11 08:47',
  attach=[('Hoogstraat14_arch_revC.pdf', 'application/pdf', pdf('Hoogstraat 14 rev C'))],
  body='''Sanne,

Please find attached the revised architectural drawings (rev C). Need the calculation updated to reflect the new roof light opening on grid C-D.

Also, the contractor asks whether the existing padstones can be reused under the new beam.

Let me know if you need anything else from our side.

Regards,

Pieter de Wit
Project Manager
Bouwbedrijf De Wit B.V. | Schiedamseweg 88, Rotterdam | +31 10 555 0177''',
  hist=H('outlook', 'en', 'VM', '2025-03-04 14:02', 'Hoogstraat 14 - drawings', '''Dear Pieter,

Thank you for the meeting on Monday. As discussed, I have started on the beam and column checks based on rev B.

Could you send the rev C drawings as soon as they are available? I understand the roof light is moving.

Kind regards,
Sanne van der Meer''', to='Pieter de Wit <p.dewit@bouwbedrijf-dewit.example>'))

Q(9, 'en', 'LX',
  ['file a US return AND a Portuguese return', 'how are those taxed here', 'When is the IRS deadline'],
  ['file a US return AND a Portuguese return', 'how are those taxed here'],
  frm=('Jennifer Alvarez', 'jen.alvarez@yahoo.example'), client='other', cte='8bit',
  subject='tax stuff (sorry!)', date='2024-12-27 14:33', tz=0,
  body='''Hi Inês!!

How was Christmas? Did you get any snow up in Porto? (kidding, I know you never do)

OK so a few things, sorry:

1) Do I need to file a US return AND a Portuguese return for 2024, or does the treaty cover that?
2) My 401k distributions — how are those taxed here?
3) When is the IRS deadline for people living abroad again? I always forget.

Anyway no rush, enjoy the rest of the holidays!

Jen

Sent from Yahoo Mail for iPhone''')

Q(10, 'en', 'AK',
  ["ring me when you're free", 'the listing photos need redoing'],
  ['the listing photos need redoing'],
  frm=('Giles Pemberton', 'giles@pemberton-marine.example'), client='other', mime='html', cte='base64',
  subject='Sea Sprite', date='2025-02-05 12:18', tz=0,
  body='x',
  html='''<div>Marc -</div>
<div><br></div>
<div>ring me when you're free re the survey results. And the listing photos need redoing, the ones up now are from 2019 and she's had a new bimini since.</div>
<div><br></div>
<div>Thx</div>
<div>Giles</div>
<div><br></div>
<div style="color:#555">---<br>Giles Pemberton | +44 7700 900123<br><i>"Life is better on the water"</i></div>''')

Q(11, 'en', 'CB', [], [],
  frm=('Tomás Reyes', 'tomas@loopandlantern.example'), client='gmail', cte='7bit',
  subject='Signed agreement - Loop & Lantern / Cuebox', date='2025-05-20 10:44', tz=-4,
  attach=[('Cuebox_LoopLantern_signed.pdf', 'application/pdf', pdf('signed agreement'))],
  body='''Priya,

Signed agreement attached. Let me know if anything else is needed from our side.

Best,
Tomas
--
Tomas Reyes | Loop & Lantern
www.loopandlantern.example''')

Q(12, 'en', 'GH',
  ['how much more would that cost roughly'], [],
  frm=('Jack Hollis', 'jack.hollis@hollisdesign.example'), client='tb', charset='iso-8859-1', cte='8bit',
  subject='Re: Back garden - a few questions', date='2025-03-18 13:02',
  body='''On 17/03/2025 16:20, Tom Ashby wrote:
> Hi Jack,
>
> Before I finalise the plan, a few questions:
>
> 1. Do you want the old shed removed or kept?

removed please

> 2. Should the new path be gravel or sandstone?

sandstone, but how much more would that cost roughly? the gravel quote was £1,150

> 3. Is access through the side passage OK for the mini digger?

yes, it's 1.1m wide at the narrowest point

> Best wishes,
> Tom

Jack''')

Q(13, 'en', 'VM',
  ['confirm in writing that the subsidence is historic', 'are you free to come out'],
  ['confirm in writing that the subsidence is historic'],
  frm=('Oliver Brandt', 'oliver.brandt@protonmail.example'), client='outlook', mime='alt',
  subject='Mortgage condition - Kralingseweg 210', date='2025-03-06 09:30',
  body='''Dear Sanne,

Our mortgage lender has come back with a condition on the offer. The bank wants to know: can you confirm in writing that the subsidence is historic and not progressive? Their valuer flagged the cracks above the bay window.

Also, are you free to come out on 20 or 21 March? We need to give them an answer by the 28th.

Many thanks,
Oliver Brandt
+31 6 1234 5678''')

Q(14, 'en', 'LX',
  ['update my address with Finanças too'], [],
  frm=('Rob Fielding', 'rob.fielding@gmail.example'), client='gmail', cte='base64',
  subject='new address', date='2025-02-03 18:55', tz=0,
  body='''Inês, just a heads up, I've moved to the new flat in Cascais as of 1 Feb.

New address: Rua Frederico Arouca 41, 2º Esq, 2750-355 Cascais

Could you update my address with Finanças too, or do I have to go in person? Why does everything in this country need a queue and a stamp, honestly?!

Rob''')

Q(15, 'en', 'AK',
  ['arrange a sea trial for next week', 'prepare an offer at €1.15m subject to survey',
   'the annual berthing cost at Port Vauban'],
  ['prepare an offer at €1.15m subject to survey'],
  frm=("Dr Margaret O'Hanlon", 'm.ohanlon@ohanlon-clinic.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n',
  subject='Sea Breeze – viewing on Saturday', date='2025-06-16 08:12', tz=1,
  body='''Dear Mr Delorme,

Further to our viewing of ‘Sea Breeze’ in Antibes on Saturday, I would be grateful if you could arrange a sea trial for next week and prepare an offer at €1.15m subject to survey.

I would also like to know the annual berthing cost at Port Vauban for a yacht of her size, as my husband’s spreadsheet is incomplete without it.

Yours sincerely,

Dr Margaret O’Hanlon''')

Q(16, 'en', 'CB',
  ['reissue invoice CB-2291 to our new company name'], [],
  frm=('Sam Whitfield', 'sam@loopandlantern.example'), client='gmail', cte='7bit',
  subject='invoice', date='2025-07-01 16:40', tz=-4,
  body='''pls reissue invoice CB-2291 to our new company name (Loop & Lantern Ltd), old one got rejected by finance

thx
sam''')

Q(17, 'en', 'GH',
  ['have a look when you are next passing'], [],
  frm=('Margaret Bellamy', 'mbellamy@aol.example'), client='other', mime='html',
  subject='The garden', date='2025-04-28 15:26',
  body='x',
  html='''<div style="font-family:Georgia,serif;font-size:16px">
<p>Dear Tom,</p>
<p>I hope this finds you well. The garden is looking wonderful since you did the borders in the autumn, my neighbour Mrs Patel keeps asking who did them and I have given her your number, I hope that is all right. We had the grandchildren over at Easter and they absolutely loved the little bridge over the pond, although Oliver (he is six) did fall in once, no harm done. The magnolia has flowered beautifully and the tulips are out. I did notice that the lawn has some brown patches near the apple tree, I think it may be the fox or perhaps the grandchildren's paddling pool, I am not sure. Would you be able to have a look when you are next passing and see what can be done about them? Gerald sends his regards.</p>
<p>Warm regards,<br>Margaret Bellamy</p>
</div>''')

Q(18, 'en', 'VM', [], [],
  frm=('Bram Visser', 'bram@visserbouw.example'), client='outlook', mime='alt', eol='\r\n',
  subject='RE: Inspection Thursday', date='2025-05-06 17:12',
  body='''Confirmed – we'll have the site cleared for your inspection on Thursday at 10:00.

Site contact on the day: Bram, 06 12345678. Parking is at the rear.

Bram''',
  hist=H('outlook', 'en', 'VM', '2025-05-06 11:40', 'Inspection Thursday', '''Hi Bram,

I can inspect the first-floor beams on Thursday morning. Would 10:00 suit you, and can you make sure the ceiling boards are removed beforehand?

Kind regards,
Sanne''', to='Bram Visser <bram@visserbouw.example>'))

Q(19, 'en', 'LX',
  ['Do I owe capital gains tax in Portugal', 'check whether the 2023 Portuguese return included'],
  ['Do I owe capital gains tax in Portugal'],
  frm=('Alastair Reid', 'alastair.reid@icloud.example'), client='apple', mime='alt',
  subject='Bristol flat sale', date='2025-03-12 10:05', tz=0,
  attach=[('Completion statement.pdf', 'application/pdf', pdf('completion statement'))],
  body='''Hi Inês,

Update and a couple of questions:

• Sold the flat in Bristol on 3 March for £410k (completion statement attached)
• Bought it in 2011 for £235k
• Rented it out 2015–2024
• Do I owe capital gains tax in Portugal on this, the UK, or both?
• Can you also check whether the 2023 Portuguese return included the rental income?

Thanks,
Alastair''',
  html='''<div>Hi Inês,</div><div><br></div>
<div>Update and a couple of questions:</div>
<ul>
<li>Sold the flat in Bristol on 3 March for £410k (completion statement attached)</li>
<li>Bought it in 2011 for £235k</li>
<li>Rented it out 2015–2024</li>
<li>Do I owe capital gains tax in Portugal on this, the UK, or both?</li>
<li>Can you also check whether the 2023 Portuguese return included the rental income?</li>
</ul>
<div>Thanks,</div><div>Alastair</div>''')

Q(20, 'en', 'AK', [], [],
  frm=('Priti Shah', 'priti.shah@icloud.example'), client='apple', cte='7bit',
  subject='Re: VAT status - Sea Breeze', date='2025-06-18 21:47', tz=1,
  body='''Great, thanks Marc, that's all clear now.

Priti

Sent from my iPhone''',
  hist=H('apple', 'en', 'AK', '2025-06-18 18:02', 'Re: VAT status - Sea Breeze', '''Dear Priti,

Yes - VAT was paid in France when she was new, and the paperwork is on file. I will include copies in the sale pack.

Best regards,
Marc

> On 17 Jun 2025, at 22:10, Priti Shah <priti.shah@icloud.example> wrote:
>
> Hi Marc, is the VAT paid on Sea Breeze? Our lawyer is asking.
> Priti'''))

Q(21, 'en', 'CB',
  ['Is possible to have a quote', 'artist would accept a cover version'],
  ['Is possible to have a quote'],
  frm=('Lucía Ortega', 'lucia@agenciafaro.example'), client='gmail', mime='alt', cte='base64',
  subject='Cerveza Norte - song licence', date='2025-03-25 11:30', tz=1,
  body='''Hola Priya,

we are a small agencia creativa in Madrid. For the spot of Cerveza Norte we want to use the song "Midnight Ferry" by The Quiet Harbours. Is possible to have a quote for TV + online, Spain only, 6 months?

Also, the artist would accept a cover version, o necesitamos the original master? The client prefers cheaper jajaja

Gracias!!
Lucía

--
Lucía Ortega · Directora de cuentas · Agencia Faro
+34 600 123 456''')

Q(22, 'en', 'GH',
  ['can you sort this out for us'], ['can you sort this out for us'],
  frm=('Anita Desai', 'anita.desai@gmail.example'), client='apple', mime='alt',
  subject='Fwd: Overhanging branches - 12 Orchard Close', date='2025-05-02 08:58',
  body='''Tom - see below from the council, can you sort this out for us? They want it done within 28 days and we're away for two of those weeks.

Anita''',
  hist=H('fwd_apple', 'en', ('Highways Team, Mole Valley Council', 'highways@molevalley.example'), '2025-04-30 15:12',
         'Overhanging branches - 12 Orchard Close', '''Dear Resident,

It has been reported that branches from trees within your property are overhanging the public footway on Orchard Close and obstructing pedestrians.

Under Section 154 of the Highways Act 1980 you are required to cut back the vegetation within 28 days. Please confirm within 14 days whether you intend to carry out the work yourself. Do you need further information about the required clearance?

Highways Team''', to='anita.desai@gmail.example'))

Q(23, 'en', 'VM',
  ['can bear a load of 500 kg', 'do the inspection before 15 May'],
  ['can bear a load of 500 kg'],
  frm=('Stefan Krüger', 'stefan.krueger@posteo.example'), client='tb', cte='8bit', flowed=True,
  subject='Attic floor load', date='2025-04-14 22:03',
  body='''Dear Ms van der Meer,

we moved to Rotterdam last year and live in a 1930s house in Blijdorp. We would like to know (a) if the floor of our attic can bear a load of 500 kg for a water bed and (b) if you can do the inspection before 15 May, because the bed is delivered on 20 May.

With kind regards
Stefan Krüger''')

Q(24, 'en', 'LX',
  ['Does that end my NHR status', 'whether I would qualify for the Beckham regime'],
  ['whether I would qualify for the Beckham regime'],
  frm=('Chris Morgan', 'chris.morgan@fastmail.example'), client='tb', cte='8bit',
  subject='Re: Documents for 2024 return', date='2025-04-03 19:20',
  body='''On 02/04/2025 11:05, Inês Carvalho wrote:
> Hi Chris,
>
> To prepare the 2024 return I still need two things:
>
> Could you send me your P60 for 2024?
> And the annual statement from your Portuguese bank?
>
> Thank you,
> Inês

Both attached now (sorry, forgot to attach earlier).

One more thing - my employer is moving me to Madrid in September. Does that end my NHR status? And could you look into whether I would qualify for the Beckham regime in Spain?

Cheers,
Chris''')

Q(25, 'en', 'AK',
  ['forward the MCA coding certificate', 'what year the hull was built'],
  [],
  frm=('Anton Varga', 'anton.varga@stellacharter.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n', cc='claims@marinecover.example',
  subject='Blue Horizon – insurance documents', date='2025-02-26 10:14', tz=1,
  body='''Marc,

Please forward the MCA coding certificate and the last two survey reports for Blue Horizon to our insurers (cc’d). They also asked what year the hull was built, as the registration papers only show the refit date.

Regards,

Anton Varga
Fleet Manager | Stella Charter Ltd
+44 1590 670 123
Fancy a week in the Cyclades? www.stellacharter.example

This e-mail is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Stella Charter Ltd accepts no liability for any loss caused by viruses.''')

Q(26, 'en', 'CB',
  ['licence perpetual or does it expire', 'can you send the signed copy', 'put together a shortlist of 5–10 festive tracks'],
  ['put together a shortlist of 5–10 festive tracks'],
  frm=('Sam Whitfield', 'sam@loopandlantern.example'), client='other', cte='base64',
  subject='Northern Lights + Xmas', date='2025-08-12 15:03', tz=-4,
  body='''Hi Priya —

Quick one: is the "Northern Lights" licence perpetual or does it expire? And can you send the signed copy, I can't find it in the drive.

We're also thinking about a second spot for Christmas — would you be able to put together a shortlist of 5–10 festive tracks under $5k each? No rush on that one.

Sam''')

Q(27, 'en', 'GH',
  ['Is there a legal height limit', 'give us a price for a proper screen'],
  ['give us a price for a proper screen'],
  frm=('Ruth Okonjo', 'ruth.okonjo@gmail.example'), client='gmail', mime='alt',
  subject='Leylandii next door', date='2025-06-09 19:44',
  body='''Tom,

Honestly, who plants leylandii right next to a boundary?! Our new neighbours have, and they're already 3m and growing.

Is there a legal height limit we can hold them to? And can you give us a price for a proper screen on our side, maybe pleached hornbeams?

Ruth''')

Q(28, 'en', 'VM',
  ['send the invoice again pls', 'whats the status of the calcs'],
  [],
  frm=('Daan Bos', 'daanbos@ziggo.example'), client='other', cte='7bit',
  subject='', date='2025-07-08 07:12',
  body='''sanne can u send the invoice again pls, cant find it. and whats the status of the calcs for hoogstraat

Sent from my Galaxy''')

Q(29, 'en', 'LX',
  ['whether IMT is payable on the purchase', 'the stamp duty implications of the proposed mortgage'],
  ['whether IMT is payable on the purchase', 'the stamp duty implications of the proposed mortgage'],
  frm=('Hartley & Co Solicitors', 'conveyancing@hartleyco.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n',
  subject='Our clients: Mr & Mrs Howard – purchase in Tavira', date='2025-05-27 11:48', tz=1,
  attach=[('Promissory contract (CPCV) - Howard.pdf', 'application/pdf', pdf('CPCV'))],
  body='''Dear Ms Carvalho,

We act for Mr and Mrs Howard in their purchase of a property at Rua da Liberdade 7, Tavira. A copy of the promissory contract is attached.

Our clients have asked us to obtain your advice on two matters: first, whether IMT is payable on the purchase given that Mrs Howard is a Portuguese national, and second, the stamp duty implications of the proposed mortgage with Millennium BCP.

We would be grateful for your fee estimate before you proceed.

Yours faithfully,

Hartley & Co Solicitors
Ref: JH/HOW/2291

Hartley & Co is authorised and regulated by the Solicitors Regulation Authority. This message is confidential. If you have received it in error, please tell us and delete it. Please do not send us bank details by e-mail.''')

Q(30, 'en', 'AK',
  ['accept this or hold out for 1.2'], [],
  frm=('Richard Vane', 'richard.vane@vanecapital.example'), client='apple', mime='alt',
  subject='Fwd: Offer for Galatea', date='2025-07-04 07:30', tz=1,
  body='''Thoughts? Should we accept this or hold out for 1.2?

R.''',
  hist=H('fwd_apple', 'en', ('Luca Moretti', 'luca@rivierayachts.example'), '2025-07-03 18:22',
         'Offer for Galatea', '''Dear Richard,

Further to the sea trial, my client is prepared to offer €1.08m for Galatea, subject to a satisfactory survey and a closing in September.

Can you confirm by Friday whether this is acceptable? Would the owner consider leaving the water toys aboard?

Kind regards,
Luca Moretti
Riviera Yachts''', to='Richard Vane <richard.vane@vanecapital.example>'))


# ============================ GERMAN QUESTIONS =============================

Q(31, 'de', 'LX',
  ['die deutsche Rente in Portugal versteuern', 'Bis wann muss die Erklärung', 'eine Kopie des Bescheids für 2023'],
  ['die deutsche Rente in Portugal versteuern'],
  frm=('Helga Baumann', 'h.baumann@t-online.example'), client='other', charset='iso-8859-1', cte='8bit', eol='\r\n',
  subject='Fragen zur Steuererklärung 2024', date='2025-03-03 10:12', tz=0,
  body='''Sehr geehrte Frau Carvalho,

wir haben noch zwei Fragen zu unserer Steuererklärung:

1. Müssen wir die deutsche Rente in Portugal versteuern, nachdem das NHR-Regime für uns ausgelaufen ist?
2. Bis wann muss die Erklärung (IRS) dieses Jahr eingereicht werden?

Außerdem bitten wir Sie, uns eine Kopie des Bescheids für 2023 zuzusenden, der ist bei unserem Umzug verloren gegangen.

Wie war eigentlich Ihr Urlaub auf den Azoren?

Mit freundlichen Grüßen
Helga und Werner Baumann
Quinta do Vale 12, 8600-102 Lagos''')

Q(32, 'de', 'AK',
  ['schicken Sie mir noch das Inventar', 'rufen Sie mich an, sobald der Eigner'],
  [],
  frm=('Florian Huber', 'florian.huber@huber-immobilien.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n',
  subject='AW: Besichtigung Lady Anne', date='2025-05-19 09:03', tz=2,
  body='''Hallo Herr Delorme,

bitte schicken Sie mir noch das Inventar der „Lady Anne“ als PDF. Und rufen Sie mich an, sobald der Eigner auf unser Angebot reagiert hat.

Danke und Grüße aus München
Florian Huber

Huber Immobilien GmbH
Maximilianstraße 21 · 80539 München
Tel. +49 89 2000 4410''',
  hist=H('outlook_old', 'de', 'AK', '2025-05-17 18:40', 'Besichtigung Lady Anne', '''Sehr geehrter Herr Huber,

vielen Dank für die Besichtigung heute. Ihr Angebot über 640.000 € habe ich an den Eigner weitergeleitet.

Haben Sie noch Fragen zur Besichtigung?

Mit freundlichen Grüßen
Marc Delorme''', to='Florian Huber'))

Q(33, 'de', 'VM', [], [],
  frm=('Jörg Lindner', 'j.lindner@lindner-holzbau.example'), client='gmail', mime='alt',
  subject='Re: Statik Carport Emmerich', date='2025-06-12 15:20', tz=2,
  body='''Sehr geehrte Frau van der Meer,

vielen Dank für die Statik, sie ist heute bei uns eingegangen. Wir melden uns, falls der Prüfingenieur Rückfragen hat.

Schönes Wochenende!

Mit freundlichen Grüßen
Jörg Lindner
--
Lindner Holzbau GmbH · Geschäftsführer: Jörg Lindner
Amtsgericht Kleve HRB 12345 · USt-IdNr. DE123456789''',
  hist=H('gmail', 'de', 'VM', '2025-06-11 11:02', 'Statik Carport Emmerich', '''Sehr geehrter Herr Lindner,

anbei die Statik für den Carport in Emmerich. Die Originale gehen heute per Post raus.

Passt Ihnen der Termin am Dienstag für die Abnahme der Fundamente?

Mit freundlichen Grüßen
Sanne van der Meer'''))

Q(34, 'de', 'CB',
  ['auch in meinem Podcast verwenden', 'die Rechnung nochmal mit meiner neuen Adresse'],
  [],
  frm=('Max Sommer', 'max@sommerklang.example'), client='gmail', mime='alt', cte='base64',
  subject='Glasshouse Lizenz', date='2025-04-02 23:11', tz=2,
  body='''Hey Priya,

kurze Frage: darf ich den Track "Glasshouse" auch in meinem Podcast verwenden oder gilt die Lizenz nur für YouTube? Und kannst du mir die Rechnung nochmal mit meiner neuen Adresse schicken (Schanzenstr. 12, 20357 Hamburg).

Danke dir!! Wie ist das Wetter in New York, auch so grau wie hier? 😄

LG Max''')

Q(35, 'de', 'LX',
  ['in Deutschland sozialversicherungspflichtig bleibt', 'ob wir eine A1-Bescheinigung brauchen',
   'schicken Sie uns außerdem Ihre Vollmacht-Vorlage'],
  ['in Deutschland sozialversicherungspflichtig bleibt'],
  frm=('Sabine Koch', 'sabine.koch@kessler-maschinenbau.example'), client='outlook', mime='html', eol='\r\n',
  subject='Entsendung Herr Schulz nach Lissabon', date='2025-05-05 14:25', tz=2,
  body='x',
  html='''<p class="MsoNormal">Guten Tag Frau Carvalho,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">unser Mitarbeiter Herr Schulz wird ab Juli für zwei Jahre nach Lissabon entsandt. Die Personalabteilung möchte wissen, ob Herr Schulz in Deutschland sozialversicherungspflichtig bleibt und ob wir eine A1-Bescheinigung brauchen.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Bitte schicken Sie uns außerdem Ihre Vollmacht-Vorlage, damit Herr Schulz sie vor der Abreise unterschreiben kann. Für Rückfragen stehe ich Ihnen gerne zur Verfügung.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal">Sabine Koch<br>HR Business Partner<br>Kessler Maschinenbau GmbH · Industriestraße 4 · 73033 Göppingen<o:p></o:p></p>
<p class="MsoNormal" style="font-size:7.5pt;color:#808080">Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.<o:p></o:p></p>''')

# ============================ FRENCH QUESTIONS =============================

Q(36, 'fr', 'AK',
  ['où en est la vente du Galatée', 'préparer le projet de contrat de vente'],
  ['préparer le projet de contrat de vente'],
  frm=('Philippe Rousseau', 'p.rousseau@rousseau-associes.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n',
  subject='RE: Galatée – point sur la vente', date='2025-07-07 11:20', tz=2,
  body='''Bonjour Marc,

Suite à notre échange de la semaine dernière, pourriez-vous me dire où en est la vente du Galatée ? Et pourriez-vous préparer le projet de contrat de vente avec les conditions dont nous avons parlé (clôture en septembre, jouets nautiques inclus) ?

Ça va depuis le salon de Cannes ? Pas trop épuisé ?

Bien cordialement,
Philippe Rousseau''',
  hist=H('outlook', 'fr', 'AK', '2025-06-30 16:45', 'Galatée – point sur la vente', '''Bonjour Philippe,

Nous avons reçu une offre à 1,08 M€ de la part d'un acheteur britannique. Je vous propose d'en discuter par téléphone.

Êtes-vous disponible jeudi ?

Bien à vous,
Marc''', to='Philippe Rousseau'))

Q(37, 'fr', 'VM', [], [],
  frm=('Sophie Lambert', 's.lambert@lambert-renovation.example'), client='outlook', charset='iso-8859-1',
  cte='quoted-printable', eol='\r\n',
  subject='RE: Rapport inspection Anvers', date='2025-04-24 16:05', tz=2,
  body='''Bonjour Madame,

Nous avons bien reçu votre rapport. Merci pour votre réactivité.

N'hésitez pas à revenir vers nous si vous avez besoin d'autres informations.

Cordialement,
Sophie Lambert
Lambert Rénovation SRL''',
  hist=H('outlook_old', 'fr', 'VM', '2025-04-24 09:12', 'Rapport inspection Anvers', '''Madame Lambert,

Veuillez trouver ci-joint notre rapport d'inspection de la charpente à Anvers.

Pouvez-vous nous confirmer la date de début des travaux ?

Cordialement,
Sanne van der Meer''', to='Sophie Lambert'))

Q(38, 'fr', 'LX',
  ['Est-ce que vous pourriez regarder ce courrier'], ['Est-ce que vous pourriez regarder ce courrier'],
  frm=('Chantal Dubois', 'chantal.dubois@orange.example'), client='apple',
  subject='Courrier des impôts', date='2025-02-17 13:48', tz=0,
  body='''Bonjour Inês,

J'espère que vous allez bien et que vous avez profité du soleil ce week-end, ici à Lagos c'était magnifique. Je vous écris parce que ma sœur m'a dit qu'en France on parle beaucoup de la fin du statut RNH et je me suis un peu inquiétée, mais bon, elle exagère toujours. Mon mari a reçu un courrier des impôts français concernant sa pension de la fonction publique, je vous le transfère ce soir. Est-ce que vous pourriez regarder ce courrier et nous dire ce qu'il faut répondre ? Ils donnent un délai de 30 jours.

Merci mille fois,
Chantal

Envoyé de mon iPhone''')

Q(39, 'fr', 'CB',
  ['Tu peux nous faire un devis', "c'est combien en plus"],
  ['Tu peux nous faire un devis', "c'est combien en plus"],
  frm=('Camille Martin', 'camille@filmsdelamaree.example'), client='gmail', mime='alt', cte='8bit',
  subject='Les Marées - musique', date='2025-05-12 17:30', tz=2,
  body='''Hello Priya,

je reviens vers toi pour the documentary "Les Marées". On a besoin de clearer 3 tracks pour festivals only (worldwide), liste ci-dessous :
- "Low Tide" (Ana Ferreira)
- "Salt" (The Quiet Harbours)
- "Brume" (Nils Okafor)

Tu peux nous faire un devis ? Aussi, pour la version TV qu'on prépare avec ARTE, c'est combien en plus ?

Bises,
Camille''')

Q(40, 'fr', 'LX',
  ["doit-il s'inscrire à la sécurité sociale portugaise", "vérifier le projet d'avenant ci-joint"],
  ["vérifier le projet d'avenant ci-joint"],
  frm=('Julien Marchand', 'j.marchand@groupe-altair.example'), client='other', mime='html',
  subject='Détachement Portugal – questions de notre DRH', date='2025-06-02 09:40', tz=2,
  attach=[('Projet avenant detachement.pdf', 'application/pdf', pdf('avenant'))],
  body='x',
  html='''<p>Bonjour Madame Carvalho,</p>
<p>Notre DRH m'a chargé de vous poser les questions suivantes&nbsp;:</p>
<ul>
<li>Un salarié détaché au Portugal doit-il s'inscrire à la sécurité sociale portugaise&nbsp;?</li>
<li>Le contrat actuel prévoit une prime d'expatriation de 15&nbsp;%.</li>
<li>Pouvez-vous vérifier le projet d'avenant ci-joint&nbsp;?</li>
</ul>
<p>Je reste à votre disposition pour tout complément d'information.</p>
<p>Cordialement,<br>Julien Marchand<br>Responsable mobilité internationale – Groupe Altair</p>''')

# ============================ SPANISH QUESTIONS ============================

Q(41, 'es', 'AK',
  ['me puedes mandar las fotos del motor', 'si el barco tiene matrícula española o extranjera'],
  [],
  frm=('Javier Soler', 'javisoler@gmail.example'), client='gmail',
  subject='Re: Bahía Azul', date='2025-04-09 20:14', tz=2,
  body='''Marc, ¿me puedes mandar las fotos del motor del Bahía Azul? Y necesito saber si el barco tiene matrícula española o extranjera.

Gracias,
Javier

Enviado desde mi iPhone''',
  hist=H('gmail', 'es', 'AK', '2025-04-08 10:30', 'Bahía Azul', '''Hola Javier:

Te adjunto el inventario del Bahía Azul. El armador está abierto a negociar.

¿Quieres que organicemos una visita el sábado?

Un saludo,
Marc'''))

Q(42, 'es', 'CB',
  ['Nos podrías conseguir una cotización', 'El precio incluye la sincronización y el master'],
  ['Nos podrías conseguir una cotización'],
  frm=('Andrea Villalobos', 'andrea.villalobos@casaolmo.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n',
  subject='Cotización canción – Café Sierra', date='2025-03-19 12:05', tz=-6,
  body='''Estimada Priya:

¿Cómo va todo por Nueva York? Por acá todo bien, con mucho trabajo.

Te escribo por la campaña de Café Sierra:

1. ¿Nos podrías conseguir una cotización para la canción “Luna de Papel” (TV abierta y digital, México, 12 meses)?
2. ¿El precio incluye la sincronización y el master, o son licencias separadas?
3. Necesitamos la respuesta antes del viernes 14.

Saludos cordiales,
Andrea Villalobos
Directora de Producción – Casa Olmo''',
  html='''<p class="MsoNormal">Estimada Priya:<o:p></o:p></p>
<p class="MsoNormal">¿Cómo va todo por Nueva York? Por acá todo bien, con mucho trabajo.<o:p></o:p></p>
<p class="MsoNormal">Te escribo por la campaña de Café Sierra:<o:p></o:p></p>
<ol style="margin-top:0cm" start="1" type="1">
<li class="MsoListParagraph">¿Nos podrías conseguir una cotización para la canción “Luna de Papel” (TV abierta y digital, México, 12 meses)?</li>
<li class="MsoListParagraph">¿El precio incluye la sincronización y el master, o son licencias separadas?</li>
<li class="MsoListParagraph">Necesitamos la respuesta antes del viernes 14.</li>
</ol>
<p class="MsoNormal">Saludos cordiales,<o:p></o:p></p>
<p class="MsoNormal"><b>Andrea Villalobos</b><br>Directora de Producción – Casa Olmo<o:p></o:p></p>''')

Q(43, 'es', 'LX', [], [],
  frm=('Carmen Ruiz', 'carmen.ruiz@telefonica.example'), client='tb', charset='iso-8859-1',
  cte='quoted-printable',
  subject='Re: Declaración 2024 lista para firmar', date='2025-05-21 18:30', tz=1,
  body='''Hola Inês,

Te confirmamos que ya hemos firmado la declaración y la hemos enviado por correo esta mañana.

Muchas gracias por todo, ¡qué alivio! ¿Quién dijo que jubilarse era fácil?

Un abrazo,
Carmen y Luis''',
  hist=H('tb', 'es', 'LX', '2025-05-19 12:00', 'Declaración 2024 lista para firmar', '''Hola Carmen:

La declaración de 2024 está lista. ¿Podéis firmarla y enviármela antes del viernes?

Un saludo,
Inês'''))

Q(44, 'es', 'VM',
  ['el cliente pregunta si vuestro seguro', 'Podrías hacernos el cálculo de la viga'],
  ['Podrías hacernos el cálculo de la viga'],
  frm=('Diego Martín', 'diego.martin@construccionesmartin.example'), client='gmail', mime='alt', cte='base64',
  subject='Obra Calle Mayor 8 - hueco en muro de carga', date='2025-02-25 08:15', tz=1,
  body='''Buenos días Sanne,

Nos ha pasado tu contacto el estudio de arquitectura. Estamos reformando un edificio en Calle Mayor 8 (Alicante) para un cliente holandés y el cliente pregunta si vuestro seguro de responsabilidad profesional cubre obras en España.

¿Podrías hacernos el cálculo de la viga para el hueco de 3 m en el muro de carga del primer piso? Te adjunto fotos y planos en el siguiente correo.

Quedo atento.

Un saludo,
Diego Martín
Jefe de obra – Construcciones Martín
Tel. 965 000 111''')

Q(45, 'es', 'AK',
  ['prepares una valoración del Estrella del Sur', 'cuánto costaría el anuncio en YachtWorld'],
  ['prepares una valoración del Estrella del Sur'],
  frm=('Rafa Navarro', 'rafa@navarrocharter.example'), client='other', cte='8bit', eol='\r\n',
  subject='Estrella del Sur', date='2025-09-02 13:50', tz=2,
  body='''Hola Marc,

No hace falta que me llames, ya lo he hablado con mi socio. Necesitamos que nos prepares una valoración del Estrella del Sur para el banco antes de final de mes, y que nos digas también cuánto costaría el anuncio en YachtWorld.

Un saludo,
Rafa

Navarro Charter · Port d'Andratx · Mallorca''')

# ============================ DUTCH QUESTIONS ==============================

Q(46, 'nl', 'VM',
  ['kun je de tekeningen van de dakkapel', 'ook de fundering van de aanbouw doorrekent'],
  ['ook de fundering van de aanbouw doorrekent'],
  frm=('Marloes Jansen', 'marloes.jansen@kpnmail.example'), client='apple',
  subject='Re: Dakkapel Beukelsweg', date='2025-03-27 12:41', tz=1,
  body='''Hoi Sanne,

kun je de tekeningen van de dakkapel nog even naar de gemeente sturen? Ze zeggen dat ze niks hebben ontvangen. Waarom moet alles bij die gemeente toch altijd drie keer? En wat kost het als je ook de fundering van de aanbouw doorrekent?

Groetjes,
Marloes

Verstuurd vanaf mijn iPhone''',
  hist=H('apple', 'nl', 'VM', '2025-03-20 09:15', 'Dakkapel Beukelsweg', '''Beste Marloes,

De berekening en tekeningen van de dakkapel zijn klaar, zie bijlage.

Heb je nog vragen over de details?

Met vriendelijke groet,
Sanne'''))

Q(47, 'nl', 'VM',
  ['een inspectierapport kunt opstellen over de scheuren', 'vernemen wij graag wanneer u beschikbaar bent'],
  ['een inspectierapport kunt opstellen over de scheuren'],
  frm=('J. Bakker', 'secretaris@vve-delinde.example'), client='other', mime='html',
  subject='Scheuren in de gevel - VvE De Linde', date='2025-01-28 20:02', tz=1,
  body='x',
  html='''<p>Geachte mevrouw Van der Meer,</p>
<p>Namens het bestuur van VvE De Linde het volgende. De verzekeraar vraagt of u een inspectierapport kunt opstellen over de scheuren in de gevel aan de Lindelaan 2-40. Dit in verband met een mogelijke schadeclaim.</p>
<p>Tevens vernemen wij graag wanneer u beschikbaar bent, bij voorkeur op een doordeweekse ochtend.</p>
<p>Met vriendelijke groet,</p>
<p>J. Bakker<br>secretaris VvE De Linde</p>''')

Q(48, 'nl', 'LX', [], [],
  frm=('Evert Mulder', 'evert.mulder@gmail.example'), client='gmail',
  subject='Re: Stukken aangifte 2024', date='2025-03-14 10:22', tz=0,
  attach=[('Jaaropgave ABP 2024.pdf', 'application/pdf', pdf('ABP')),
          ('WOZ-beschikking 2025.pdf', 'application/pdf', pdf('WOZ')),
          ('Bankafschrift dec 2024.pdf', 'application/pdf', pdf('bank'))],
  body='''Hoi Inês,

Ter info, de stukken die je vroeg:
- jaaropgave ABP 2024
- WOZ-beschikking
- bankafschriften december

Alles zit in de bijlage. Hoe is het weer daar in Lissabon, hier regent het al een week? Fijne dag nog!

Groet,
Evert''',
  hist=H('gmail', 'nl', 'LX', '2025-03-10 15:05', 'Stukken aangifte 2024', '''Hoi Evert,

Voor de aangifte heb ik nog een paar stukken nodig. Kun je me de jaaropgave van het ABP sturen, en de WOZ-beschikking van het huis in Zwolle?

Groet,
Inês'''))

Q(49, 'nl', 'AK',
  ['is de prijs van de Zeemeeuw nog onderhandelbaar', 'kun jij een surveyor regelen'],
  [],
  frm=('Bas de Groot', 'basdegroot@hotmail.example'), client='other', cte='7bit',
  subject='zeemeeuw', date='2025-08-19 22:31', tz=2,
  body='''hey marc, leuk je gesproken te hebben in la ciotat!
even kort: is de prijs van de Zeemeeuw nog onderhandelbaar? en kun jij een surveyor regelen die nederlands of engels spreekt, liefst deze maand nog.
thanks!!
bas''')

Q(50, 'nl', 'VM',
  ['een alternatief met een stalen portaal doorrekenen'], ['een alternatief met een stalen portaal doorrekenen'],
  frm=('Wim Hendriks', 'wim@hendriks-architecten.example'), client='tb', charset='iso-8859-1', cte='8bit',
  subject='Re: Kantoor Schiehaven - vragen constructie', date='2025-05-28 16:44', tz=2,
  body='''Op 28-05-2025 om 10:20 schreef Sanne van der Meer:
> Beste Wim,
>
> Nog twee vragen voordat ik de berekening afrond:
>
> Wordt de staalconstructie verzinkt of gecoat?

Verzinkt, volgens bestek.

> Mogen we de kolom in de gevel (as 4) verplaatsen?

Nee, liever niet, dat verpest het gevelbeeld. Maar kun je een alternatief met een stalen portaal doorrekenen?

> Groet,
> Sanne

Groet,
Wim

--
Hendriks Architecten · Schiehaven 15 · Rotterdam''')

# ============================ ITALIAN QUESTIONS ============================

Q(51, 'it', 'AK',
  ['ha il certificato di conformità CE', 'una stima dei costi di trasferimento a Portofino'],
  ['una stima dei costi di trasferimento a Portofino'],
  frm=('Avv. Giulia Ferraro', 'g.ferraro@studioferraro.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n',
  subject='R: Riva Aquarama – documentazione', date='2025-04-15 17:55', tz=2,
  body='''Gentile Marc,

la ringrazio per la documentazione. Potrebbe cortesemente verificare se il Riva ha il certificato di conformità CE? Inoltre, mi servirebbe una stima dei costi di trasferimento a Portofino via mare.

Cordiali saluti,
Avv. Giulia Ferraro
Studio Legale Ferraro – Genova''',
  hist=H('outlook', 'it', 'AK', '2025-04-14 12:10', 'Riva Aquarama – documentazione', '''Gentile Avvocato,

le invio in allegato la documentazione tecnica del Riva Aquarama.

Desidera fissare una prova in mare?

Cordiali saluti,
Marc Delorme''', to='Giulia Ferraro'))

Q(52, 'it', 'CB',
  ['posso usare le canzoni del catalogo indie', 'mi mandi il listino prezzi 2025'],
  [],
  frm=('Davide Greco', 'davidegreco.video@libero.example'), client='other', cte='8bit',
  subject='licenze matrimoni', date='2025-02-11 23:48', tz=1,
  body='''ciao priya scusa il disturbo ma per i video dei matrimoni posso usare le canzoni del catalogo indie o serve una licenza per ogni video? e poi mi mandi il listino prezzi 2025 che non lo trovo piu sul sito
fammi sapere grazie mille
davide''')

Q(53, 'it', 'LX',
  ['puoi controllare se è corretta', 'chiede se devo ancora compilare il quadro RW'],
  ['puoi controllare se è corretta'],
  frm=('Marco Bellini', 'marco.bellini@icloud.example'), client='apple', mime='alt',
  subject='Multa Finanças + quadro RW', date='2025-04-07 09:12', tz=0,
  body='''Ciao Inês, come stai?

Ti scrivo per tre cose:
- ho ricevuto una multa dalle Finanças per ritardo nella dichiarazione IVA, puoi controllare se è corretta?
- il mio commercialista italiano chiede se devo ancora compilare il quadro RW
- ti allego la ricevuta dell'affitto di marzo (solo per info)

Grazie,
Marco

Inviato da iPhone''',
  html='''<div>Ciao Inês, come stai?</div><div><br></div>
<div>Ti scrivo per tre cose:</div>
<ul>
<li>ho ricevuto una multa dalle Finanças per ritardo nella dichiarazione IVA, puoi controllare se è corretta?</li>
<li>il mio commercialista italiano chiede se devo ancora compilare il quadro RW</li>
<li>ti allego la ricevuta dell'affitto di marzo (solo per info)</li>
</ul>
<div>Grazie,</div><div>Marco</div><div><br></div>
<div>Inviato da iPhone</div>''')

Q(54, 'it', 'VM',
  ['Può occuparsene lei'], ['Può occuparsene lei'],
  frm=('Luca Bianchi', 'luca.bianchi@bianchisviluppo.example'), client='gmail', mime='alt',
  subject='I: Solai CLT Kralingen', date='2025-06-23 08:40', tz=2,
  body='''Buongiorno ing. Van der Meer,

le inoltro qui sotto la richiesta del nostro architetto. Può occuparsene lei?

Grazie,
Luca Bianchi
Bianchi Sviluppo Immobiliare''',
  hist=H('fwd_gmail', 'it', ('Chiara Valli', 'chiara@vallistudio.example'), '2025-06-20 18:05', 'Solai CLT Kralingen',
         '''Ciao Luca,

abbiamo bisogno del predimensionamento dei solai in legno lamellare (CLT) per il progetto di Kralingen entro fine luglio.

Chi se ne occupa? Puoi chiedere all'ingegnere olandese?

Chiara''', to='Luca Bianchi <luca.bianchi@bianchisviluppo.example>'))

Q(55, 'it', 'AK',
  ['mandarmi il contratto di mediazione firmato', "aggiornare l'annuncio con il nuovo prezzo"],
  [],
  frm=('Paolo Conti', 'paolo.conti@contimarine.example'), client='other', charset='iso-8859-1', cte='quoted-printable',
  subject='Annuncio Levante 52', date='2025-09-29 10:05', tz=2,
  body='''Buongiorno Marc,

com'è andato il salone di Genova? Spero bene!

Le scrivo per chiederle di mandarmi il contratto di mediazione firmato e di aggiornare l'annuncio con il nuovo prezzo di 680.000 euro.

Grazie e buona giornata,
Paolo Conti''')

# ============================ PORTUGUESE QUESTIONS =========================

Q(56, 'pt', 'LX',
  ['apoio na regularização da situação fiscal', 'pode beneficiar do regime do IRS Jovem',
   'me indiquem os documentos necessários'],
  ['apoio na regularização da situação fiscal', 'pode beneficiar do regime do IRS Jovem'],
  frm=('Manuel Azevedo', 'manuel.azevedo@sapo.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n',
  subject='Situação fiscal do meu filho', date='2025-02-10 10:30', tz=0,
  body='''Exma. Sra. Dra. Inês Carvalho,

Venho por este meio solicitar o vosso apoio na regularização da situação fiscal do meu filho, que regressou do Reino Unido em janeiro.

Gostaria de saber se ele pode beneficiar do regime do IRS Jovem e do Programa Regressar em simultâneo. Agradeço também que me indiquem os documentos necessários.

Com os melhores cumprimentos,
Manuel Azevedo''')

Q(57, 'pt', 'CB',
  ['Você consegue levantar quanto custaria', 'me manda também o contrato padrão'],
  ['Você consegue levantar quanto custaria'],
  frm=('Rodrigo Almeida', 'rodrigo@estudiocaju.example'), client='apple', cte='base64',
  subject='Licença Saudade Elétrica', date='2025-05-06 15:10', tz=-3,
  body='''Oi Priya, tudo bem?

Cara, preciso de uma ajuda: a gente quer licenciar a faixa "Saudade Elétrica" pra um comercial de TV no Brasil, 6 meses. Você consegue levantar quanto custaria? E me manda também o contrato padrão de vocês.

Valeu!
Abs, Rodrigo

Enviado do meu iPhone''')

Q(58, 'pt', 'AK',
  ['pode ser feita através da minha empresa', 'quais as implicações de IVA'],
  ['quais as implicações de IVA'],
  frm=('João Fonseca', 'joao.fonseca@fonsecagroup.example'), client='gmail', mime='alt',
  subject='Re: Sunseeker 68 - próximos passos', date='2025-07-22 09:48', tz=1,
  body='''Bom dia Marc,

O meu contabilista pergunta se a compra pode ser feita através da minha empresa na Madeira e quais as implicações de IVA nesse caso.

Obrigado,
João''',
  hist=H('gmail', 'pt', 'AK', '2025-07-21 17:30', 'Sunseeker 68 - próximos passos', '''Caro João,

O vendedor aceitou a sua proposta de 1,9 M€. O próximo passo é a vistoria.

Prefere que a vistoria seja feita em Antibes ou em Cannes? E já tem um vistoriador de confiança?

Cumprimentos,
Marc'''))

Q(59, 'pt', 'LX',
  ['você analisasse se eu preciso abrir atividade', 'me lembrar qual é o do meu marido'],
  ['você analisasse se eu preciso abrir atividade'],
  frm=('Fernanda Lima', 'fernanda.lima@gmail.example'), client='other', mime='html', cte='base64',
  subject='Mudança + trabalho remoto', date='2025-09-15 21:05', tz=1,
  body='x',
  html='''<div>Olá Inês! Tudo bem por aí?</div>
<div><br></div>
<div>Então, a mudança finalmente aconteceu, chegamos em Braga semana passada, as crianças já começaram na escola, meu marido ainda está procurando trabalho mas está otimista, e eu continuo trabalhando remoto para a empresa americana. Falando nisso, queria que você analisasse se eu preciso abrir atividade nas Finanças como trabalhadora independente ou se posso continuar recebendo como contractor pelo Deel. Ah, e a senhoria pediu o nosso NIF de novo, pode me lembrar qual é o do meu marido?</div>
<div><br></div>
<div>Beijos,</div>
<div>Fernanda</div>''')

Q(60, 'pt', 'CB',
  ['Poderiam confirmar a receção'], [],
  frm=('Rita Lopes', 'rita.lopes@radioatlantico.example'), client='outlook', mime='alt',
  charset='iso-8859-1', eol='\r\n',
  subject='Relatório trimestral de utilização musical – Q1 2025', date='2025-04-04 15:22', tz=1,
  attach=[('Relatorio_Q1_2025.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx())],
  body='''Boa tarde,

Segue em anexo o relatório trimestral de utilização musical (Q1 2025), conforme o contrato.

Poderiam confirmar a receção?

Obrigada,
Rita Lopes
Departamento de Programação | Rádio Atlântico
Tel. +351 291 000 222''')


# ============================ REPLIES ======================================
OFFER_T = {
    'en': '{task} would take about {h} hours at {rate}. Shall I go ahead?',
    'de': '{task} würde etwa {h} Stunden à {rate} in Anspruch nehmen. Soll ich damit beginnen?',
    'fr': '{task} prendrait environ {h} heures à {rate}. Voulez-vous que je lance le travail ?',
    'es': '{task} llevaría unas {h} horas a {rate}. ¿Quieres que me ponga con ello?',
    'nl': '{task} kost ongeveer {h} uur à {rate}. Zal ik ermee aan de slag gaan?',
    'it': '{task} richiederebbe circa {h} ore a {rate}. Vuole che proceda?',
    'pt': '{task} levaria cerca de {h} horas a {rate}. Quer que avance?',
}
INTRO = {'en': 'Thanks for your message.', 'de': 'vielen Dank für Ihre Nachricht.', 'fr': 'Merci pour votre message.',
         'es': 'Gracias por tu mensaje.', 'nl': 'Dank voor je bericht.', 'it': 'grazie per il suo messaggio.',
         'pt': 'Obrigada pela sua mensagem.'}
CLOSE = {'en': 'Best regards,', 'de': 'Mit freundlichen Grüßen', 'fr': 'Bien cordialement,', 'es': 'Un saludo,',
         'nl': 'Met vriendelijke groet,', 'it': 'Cordiali saluti,', 'pt': 'Com os melhores cumprimentos,'}


def offer_text(firm, lang, greet, task=None, h=None, sentence=None, intro=None, prev=None):
    F = FIRMS[firm]
    if sentence is None:
        sentence = OFFER_T[lang].format(task=task, h=h, rate=F['rate'][lang])
    if intro is None:
        intro = INTRO[lang]
    t = f'{greet}\n\n{intro} {sentence}\n\n{CLOSE[lang]}\n{F["sig"]}'
    if prev:
        pname, pemail, pdate, ptext = prev
        st = {'gmail': 'gmail', 'apple': 'apple', 'outlook': 'gmail'}[F['client']]
        if F['client'] == 'outlook':
            f, s, to, su = OUTLOOK_LABELS[lang]
            t += (f'\n\n________________________________\n{f}: {pname} <{pemail}>\n{s}: {outlook_date(lang, dt(pdate, 1))}\n'
                  f'{to}: {F["name"]} <{F["email"]}>\n\n{ptext}')
        elif st == 'apple':
            t += '\n\n' + quote_lines(attribution('apple', lang, dt(pdate, 1), pname, pemail) + '\n\n' + ptext)
        else:
            t += '\n\n' + attribution('gmail', lang, dt(pdate, 1), pname, pemail) + '\n\n' + quote_lines(ptext)
    return t


def OFF(style, lang, firm, date, subject, text, to):
    return H(style, lang, firm, date, subject, text, to=to)


# ----- English accepts -----
R(1, 'en', 'GH', 'accept',
  frm=('Claire Dawson', 'claire.dawson@gmail.example'), client='gmail', mime='alt',
  subject='Re: Front lawn', date='2025-03-04 08:15',
  body='''Yes please, go ahead.

Thanks Tom
Claire''',
  hist=OFF('gmail', 'en', 'GH', '2025-03-03 17:02', 'Front lawn', offer_text(
      'GH', 'en', 'Hi Claire,', 'Re-turfing the front lawn (about 60 m², turf at cost on top)', 6), 'Claire Dawson'))

R(2, 'en', 'LX', 'accept',
  frm=('Mark Donnelly', 'markdonnelly@outlook.example'), client='apple',
  subject='Re: 2024 return review', date='2025-03-21 12:31', tz=0,
  body='''fine, go for it but keep it under the 2 hours

M

Sent from my iPhone''',
  hist=OFF('apple', 'en', 'LX', '2025-03-21 10:05', '2024 return review', offer_text(
      'LX', 'en', 'Hi Mark,', 'Reviewing your 2024 Portuguese return against the UK pension statements', 2), 'Mark Donnelly'))

R(3, 'en', 'VM', 'accept',
  frm=('Oliver Brandt', 'oliver.brandt@protonmail.example'), client='outlook', mime='alt', eol='\r\n',
  subject='RE: Mortgage condition - Kralingseweg 210', date='2025-03-07 08:02',
  body='''Sounds good. When can you start?

Oliver''',
  hist=OFF('outlook', 'en', 'VM', '2025-03-06 16:44', 'Mortgage condition - Kralingseweg 210', offer_text(
      'VM', 'en', 'Dear Oliver,', 'Inspecting the cracks above the bay window and writing the letter for your lender', 3,
      prev=('Oliver Brandt', 'oliver.brandt@protonmail.example', '2025-03-06 09:30',
            'Dear Sanne,\n\nOur mortgage lender has come back with a condition on the offer. The bank wants to know: can you confirm in writing that the subsidence is historic and not progressive?\n\nMany thanks,\nOliver Brandt')),
      'Oliver Brandt'))

R(4, 'en', 'AK', 'accept',
  frm=("Dr Margaret O'Hanlon", 'm.ohanlon@ohanlon-clinic.example'), client='outlook', mime='html',
  charset='windows-1252', eol='\r\n',
  subject='RE: Sea Breeze – offer documentation', date='2025-06-17 09:40', tz=1,
  body='''Dear Marc,

Thank you for your proposal. I am pleased to confirm that you may proceed on the basis set out below.

Kind regards,

Margaret O’Hanlon''',
  hist=OFF('outlook', 'en', 'AK', '2025-06-16 17:20', 'Sea Breeze – offer documentation', offer_text(
      'AK', 'en', 'Dear Dr O’Hanlon,', 'Preparing the offer documentation for Sea Breeze at €1.15m, subject to survey,', 3),
      "Dr Margaret O'Hanlon"))

R(5, 'en', 'CB', 'accept',
  frm=('Sam Whitfield', 'sam@loopandlantern.example'), client='gmail', cte='base64',
  subject='Re: Christmas shortlist', date='2025-08-13 10:02', tz=-4,
  body='''No problem at all, please proceed 👍

Sam''',
  hist=OFF('gmail', 'en', 'CB', '2025-08-12 17:30', 'Christmas shortlist', offer_text(
      'CB', 'en', 'Hi Sam,', 'Putting together a shortlist of 5–10 festive tracks under $5k each', 4), 'Sam Whitfield'))

_o6 = offer_text('GH', 'en', 'Hi Jack,', sentence='Clearing the overgrown bed by the garage and replanting it with\nlow-maintenance shrubs would take about 5 hours at £75 per hour, plus\nplants at cost.\n\nShall I go ahead?', intro='Thanks for sending the photos.')
R(6, 'en', 'GH', 'accept',
  frm=('Jack Hollis', 'jack.hollis@hollisdesign.example'), client='tb', charset='iso-8859-1', cte='8bit',
  subject='Re: Garage bed', date='2025-04-02 09:12',
  body='On 01/04/2025 18:03, Tom Ashby wrote:\n' + quote_lines(_o6.split('\n\nBest regards,')[0]) + '''

Yes. Invoice to the company address please, not home.

''' + quote_lines('Best regards,' + _o6.split('\n\nBest regards,')[1]) + '''

Jack''')

R(7, 'en', 'LX', 'accept',
  frm=('Jennifer Alvarez', 'jen.alvarez@yahoo.example'), client='gmail', cte='8bit',
  subject='Re: US and Portuguese returns', date='2025-01-08 22:10', tz=0,
  body='''ok

Sent from my Galaxy''',
  hist=OFF('gmail', 'en', 'LX', '2025-01-08 11:00', 'US and Portuguese returns', offer_text(
      'LX', 'en', 'Hi Jen,', 'Working out whether you need to file in both countries for 2024 and how the treaty applies', 3),
      'Jennifer Alvarez'))

R(8, 'en', 'VM', 'accept',
  frm=('Rachel Okafor', 'rachel.okafor@gmail.example'), client='gmail', mime='alt',
  subject='Re: wall between kitchen and dining room - help!', date='2025-02-21 12:47', tz=1,
  body='''Brilliant, thanks Sanne — that's much less than I feared! Please crack on, the builders are waiting on it.

Rachel''',
  hist=OFF('gmail', 'en', 'VM', '2025-02-21 09:30', 'Re: wall between kitchen and dining room - help!', offer_text(
      'VM', 'en', 'Hi Rachel,', 'The site visit and the beam calculation for taking the whole wall out', 4),
      'Rachel Okafor'))

R(9, 'en', 'CB', 'accept',
  frm=('Hannah Cole', 'hannah.cole@ridgewaypictures.example'), client='outlook', mime='alt', eol='\r\n',
  subject='RE: Glasshouse - trailer clearance', date='2025-05-15 14:20', tz=1,
  body='''Approved. PO number 4500123987 to follow from procurement.

Hannah Cole | Producer | Ridgeway Pictures
+44 20 7946 0999

Ridgeway Pictures Ltd. Registered in England No. 07654321. This email is confidential; if you are not the intended recipient please delete it and notify us.''',
  hist=OFF('outlook', 'en', 'CB', '2025-05-15 08:05', 'Glasshouse - trailer clearance', offer_text(
      'CB', 'en', 'Hi Hannah,', 'Clearing "Glasshouse" for the trailer (publisher and master, worldwide online)', 5),
      'Hannah Cole'))

R(10, 'en', 'AK', 'accept',
  frm=('Richard Vane', 'richard.vane@vanecapital.example'), client='apple',
  subject='Re: Galatea - counter-offer', date='2025-07-04 11:05', tz=1,
  body='''Go ahead. Don't bother calling first, just send the draft when it's ready.

R.''',
  hist=OFF('apple', 'en', 'AK', '2025-07-04 09:10', 'Galatea - counter-offer', offer_text(
      'AK', 'en', 'Dear Richard,', 'A market comparison for Galatea to support a counter-offer at €1.2m', 3),
      'Richard Vane'))

# ----- English declines -----
R(11, 'en', 'GH', 'decline',
  frm=('Ruth Okonjo', 'ruth.okonjo@gmail.example'), client='gmail', mime='alt',
  subject='Re: Leylandii next door', date='2025-06-12 20:30',
  body='''No thanks, too expensive for us at the moment. Maybe next year.

Ruth''',
  hist=OFF('gmail', 'en', 'GH', '2025-06-11 16:40', 'Re: Leylandii next door', offer_text(
      'GH', 'en', 'Hi Ruth,', 'Supplying and planting a pleached hornbeam screen along the 14 m boundary', 16,
      prev=('Ruth Okonjo', 'ruth.okonjo@gmail.example', '2025-06-09 19:44',
            'Tom,\n\nIs there a legal height limit we can hold them to? And can you give us a price for a proper screen on our side, maybe pleached hornbeams?\n\nRuth')),
      'Ruth Okonjo'))

R(12, 'en', 'CB', 'decline',
  frm=('Josh Kaplan', 'josh@brightwaterstudio.example'), client='gmail', cte='7bit',
  subject='Re: Copyright claim - Harbour Lights', date='2025-06-03 13:12', tz=-4,
  body='''we'll sort it in-house, thanks anyway

J''',
  hist=OFF('gmail', 'en', 'CB', '2025-06-03 11:40', 'Copyright claim - Harbour Lights', offer_text(
      'CB', 'en', 'Hi Josh,', 'Dealing with the VideoShield claim (checking the licence, drafting the dispute and following up)', 2),
      'Josh Kaplan'))

R(13, 'en', 'VM', 'decline',
  frm=('Laura Bennett', 'laura.bennett@gmail.example'), client='gmail', mime='alt',
  subject='Re: Chimney breast', date='2025-09-09 18:22', tz=2,
  body='''Ah sorry, should have told you – not needed any more, my brother-in-law (he's a builder) had a look and we've decided to leave the chimney breast where it is.

Thanks for the quick reply though!
Laura''',
  hist=OFF('gmail', 'en', 'VM', '2025-09-08 10:15', 'Chimney breast', offer_text(
      'VM', 'en', 'Hi Laura,', 'Calculating the support for removing the chimney breast in the back bedroom', 3),
      'Laura Bennett'))

R(14, 'en', 'AK', 'decline',
  frm=('Giles Pemberton', 'giles@pemberton-marine.example'), client='other', mime='html', cte='base64',
  subject='Re: Sea Sprite - new photos', date='2025-02-07 09:33', tz=0,
  body='''Yes, I got your email – but we've decided not to sell after all, so please don't do anything further on this. Sorry to mess you about.

Giles''',
  hist=OFF('tb', 'en', 'AK', '2025-02-06 15:00', 'Sea Sprite - new photos', offer_text(
      'AK', 'en', 'Hi Giles,', 'Re-shooting the listing photos for Sea Sprite and updating the listing', 4),
      'Giles Pemberton'))

R(15, 'en', 'LX', 'decline',
  frm=('James Hartley', 'conveyancing@hartleyco.example'), client='outlook', mime='alt', charset='windows-1252',
  eol='\r\n', subject='RE: Our clients: Mr & Mrs Howard – purchase in Tavira', date='2025-05-30 15:02', tz=1,
  body='''Dear Ms Carvalho,

Thank you for your fee estimate. Having discussed it with our clients, we have decided not to proceed.

Yours sincerely,

James Hartley
Hartley & Co Solicitors
Ref: JH/HOW/2291

Hartley & Co is authorised and regulated by the Solicitors Regulation Authority. This message is confidential. If you have received it in error, please tell us and delete it.''',
  hist=OFF('outlook', 'en', 'LX', '2025-05-28 10:20', 'Our clients: Mr & Mrs Howard – purchase in Tavira', offer_text(
      'LX', 'en', 'Dear Mr Hartley,', 'Advising on IMT and on the stamp duty on the Millennium BCP mortgage', 3,
      intro='Thank you for your instructions.'), 'James Hartley'))

R(16, 'en', 'AK', 'decline',
  frm=('Anton Varga', 'anton.varga@stellacharter.example'), client='outlook', mime='alt', charset='windows-1252',
  eol='\r\n', subject='RE: Blue Horizon – sale documents', date='2025-03-03 08:20', tz=1,
  body='''Marc,

Please hold off — actually, cancel it altogether. The buyer pulled out this morning.

Anton Varga
Fleet Manager | Stella Charter Ltd''',
  hist=OFF('outlook', 'en', 'AK', '2025-02-28 17:45', 'Blue Horizon – sale documents', offer_text(
      'AK', 'en', 'Dear Anton,', 'Preparing the sale documents and the bill of sale for Blue Horizon', 5), 'Anton Varga'))

_o17 = offer_text('LX', 'en', 'Hi Rob,', 'Changing your address with Finanças through the portal and updating your tax residence record', 1.5)
R(17, 'en', 'LX', 'decline',
  frm=('Rob Fielding', 'rob.fielding@gmail.example'), client='tb', cte='8bit',
  subject='Re: new address', date='2025-02-05 21:14', tz=0,
  body='On 04/02/2025 10:31, Inês Carvalho wrote:\n' + quote_lines(_o17) + '''

Thanks but I'll pass on this one. I found the form online and did it myself in the end.

Rob''')

R(18, 'en', 'GH', 'decline',
  frm=('Anita Desai', 'anita.desai@gmail.example'), client='apple', mime='alt',
  subject='Re: Overhanging branches - 12 Orchard Close', date='2025-05-06 07:55',
  body='''Let's leave it. The council have said they'll do the tree themselves after all.

Anita

Sent from my iPhone''',
  hist=OFF('apple', 'en', 'GH', '2025-05-02 14:30', 'Re: Overhanging branches - 12 Orchard Close', offer_text(
      'GH', 'en', 'Hi Anita,', 'Cutting back the overhanging branches on Orchard Close and taking the waste away', 4),
      'Anita Desai'))

# ----- English unclear -----
R(19, 'en', 'GH', 'unclear',
  frm=('Dave Mercer', 'dave.mercer@btinternet.example'), client='apple', cte='8bit',
  subject='Re: hedge', date='2025-03-03 19:02',
  body='''Could you do it for a flat £300? That's what the last chap charged.

dave

Sent from my iPhone''',
  hist=OFF('apple', 'en', 'GH', '2025-03-03 09:30', 'Re: hedge', offer_text(
      'GH', 'en', 'Hi Dave,', 'Re-turfing the front lawn (turf included)', 5,
      intro='Thanks for your message. It is not too late for a light trim of the hedge, I will do that on my next visit.',
      prev=('Dave Mercer', 'dave.mercer@btinternet.example', '2025-03-02 07:41',
            'hi tom\nis it too late to cut the hedge back now, the birds seem to be nesting already\nalso need the front lawn re-turfed before our party on the 14th\n\ndave')),
      'Dave Mercer'))

R(20, 'en', 'VM', 'unclear',
  frm=('Stefan Krüger', 'stefan.krueger@posteo.example'), client='outlook', mime='alt',
  subject='RE: Attic floor load', date='2025-04-16 07:50',
  body='''Is that plus VAT? And does the 3 hours include the site visit or is that separate?

Stefan''',
  hist=OFF('outlook', 'en', 'VM', '2025-04-15 14:05', 'Attic floor load', offer_text(
      'VM', 'en', 'Dear Mr Krüger,', 'Checking whether the attic floor can take a 500 kg water bed', 3), 'Stefan Krüger'))

R(21, 'en', 'CB', 'unclear',
  frm=('Sam Whitfield', 'sam@loopandlantern.example'), client='gmail', mime='alt',
  subject='Re: Northern Lights + Xmas', date='2025-08-13 09:15', tz=-4,
  body='''Yes to the first, not the second – the shortlist can wait until after summer.

Sam''',
  hist=OFF('gmail', 'en', 'CB', '2025-08-12 18:00', 'Northern Lights + Xmas', offer_text(
      'CB', 'en', 'Hi Sam,',
      sentence='Checking the term of the "Northern Lights" licence against the agreement would take about 1 hour, and putting together the festive shortlist about 4 hours, both at $180 per hour. Shall I go ahead with both?'),
      'Sam Whitfield'))

R(22, 'en', 'LX', 'unclear',
  frm=('Jennifer Alvarez', 'jen.alvarez@yahoo.example'), client='other', cte='8bit',
  subject='Re: 401k distributions', date='2025-01-10 15:40', tz=0,
  body='''Ask me again in March, once the tax year's closed and I know what the 401k actually paid out.

Jen

Sent from Yahoo Mail for iPhone''',
  hist=OFF('gmail', 'en', 'LX', '2025-01-09 10:00', '401k distributions', offer_text(
      'LX', 'en', 'Hi Jen,', 'Working out how your 401k distributions are taxed in Portugal', 3), 'Jennifer Alvarez'))

R(23, 'en', 'AK', 'unclear',
  frm=('Neil Gardiner', 'neil.gardiner@me.example'), client='apple', cte='7bit',
  subject='Re: Aurelia - offer', date='2025-05-16 22:48', tz=1,
  body='''let me think about it and come back to you next week

neil

Sent from my iPad''',
  hist=OFF('apple', 'en', 'AK', '2025-05-16 09:00', 'Aurelia - offer', offer_text(
      'AK', 'en', 'Dear Neil,', 'Preparing a written offer for Aurelia, subject to survey and including the tender,', 2),
      'Neil Gardiner'))

R(24, 'en', 'LX', 'unclear',
  frm=('Alastair Reid', 'alastair.reid@icloud.example'), client='apple', mime='alt',
  subject='Re: Bristol flat sale', date='2025-03-13 08:30', tz=0,
  body='''Small correction – it's two flats, not one (the second was in Leeds, sold in 2023). Would that change the estimate?

Alastair''',
  hist=OFF('apple', 'en', 'LX', '2025-03-12 16:10', 'Re: Bristol flat sale', offer_text(
      'LX', 'en', 'Hi Alastair,', 'Working out the capital gains position on the Bristol flat in Portugal and the UK', 3),
      'Alastair Reid'))

R(25, 'en', 'AK', 'unclear',
  frm=('Henrik Lund', 'henrik.lund@lundshipping.example'), client='gmail', mime='alt',
  subject='Re: Comparables for Sea Breeze', date='2025-06-20 19:05', tz=2,
  body='''No — I mean, not yet. Need to check with my wife first, she's the one with the spreadsheet. Back to you by the weekend.

Henrik''',
  hist=OFF('gmail', 'en', 'AK', '2025-06-20 10:40', 'Comparables for Sea Breeze', offer_text(
      'AK', 'en', 'Dear Henrik,', 'Preparing a comparison of three similar yachts currently for sale', 3), 'Henrik Lund'))

R(26, 'en', 'VM', 'unclear',
  frm=('Stefan Krüger', 'stefan.krueger@posteo.example'), client='tb', cte='8bit', flowed=True,
  subject='Re: Attic floor load - inspection', date='2025-04-17 21:30',
  body='''Yes, but only if you can have it done before the 20th - can you?

Stefan''',
  hist=OFF('tb', 'en', 'VM', '2025-04-17 11:15', 'Attic floor load - inspection', offer_text(
      'VM', 'en', 'Dear Mr Krüger,', 'The inspection and load check of the attic floor, site visit included,', 4),
      'Stefan Krüger'))

R(27, 'en', 'CB', 'unclear',
  frm=('Eleanor Whitcombe', 'e.whitcombe@fieldmousefilms.example'), client='outlook', mime='html', eol='\r\n',
  subject='RE: Hartmann Kitchens - music queries', date='2025-04-09 11:12', tz=1,
  body='''Hmm, 4 hours seems a lot for a licence check. Can you break that down for me?

Eleanor''',
  hist=OFF('outlook', 'en', 'CB', '2025-04-08 19:30', 'Hartmann Kitchens - music queries', offer_text(
      'CB', 'en', 'Dear Eleanor,', 'Reviewing the "Paper Lanterns" licence for paid social in Austria and Switzerland', 4),
      'Eleanor Whitcombe'))

# ----- German -----
R(31, 'de', 'LX', 'accept',
  frm=('Helga Baumann', 'h.baumann@t-online.example'), client='outlook', mime='alt', charset='windows-1252', eol='\r\n',
  subject='AW: Ihre Fragen zur Steuererklärung 2024', date='2025-03-05 09:10', tz=0,
  body='''Passt, machen Sie das bitte so.

Viele Grüße
Helga Baumann''',
  hist=OFF('outlook', 'de', 'LX', '2025-03-04 15:00', 'Ihre Fragen zur Steuererklärung 2024', offer_text(
      'LX', 'de', 'Sehr geehrte Frau Baumann,', 'Die Prüfung, ob Ihre deutsche Rente in Portugal zu versteuern ist,', 3),
      'Helga Baumann'))

R(32, 'de', 'LX', 'decline',
  frm=('Sabine Koch', 'sabine.koch@kessler-maschinenbau.example'), client='outlook', mime='html', eol='\r\n',
  subject='AW: Entsendung Herr Schulz nach Lissabon', date='2025-05-07 10:44', tz=2,
  body='''Sehr geehrte Frau Carvalho,

nein danke, das übernimmt unser Steuerberater in Deutschland.

Mit freundlichen Grüßen
Sabine Koch
HR Business Partner

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.''',
  hist=OFF('outlook', 'de', 'LX', '2025-05-06 11:00', 'Entsendung Herr Schulz nach Lissabon', offer_text(
      'LX', 'de', 'Sehr geehrte Frau Koch,', 'Ein kurzes Memo zur Sozialversicherung von Herrn Schulz', 3), 'Sabine Koch'))

R(33, 'de', 'AK', 'unclear',
  frm=('Florian Huber', 'florian.huber@huber-immobilien.example'), client='outlook', charset='windows-1252',
  eol='\r\n', subject='AW: Exposé Lady Anne', date='2025-05-21 08:30', tz=2,
  body='''Hallo Herr Delorme,

wäre das auch pauschal für 400 € machbar? Dann sind wir im Geschäft.

Grüße
Florian Huber''',
  hist=OFF('outlook_old', 'de', 'AK', '2025-05-20 17:10', 'Exposé Lady Anne', offer_text(
      'AK', 'de', 'Sehr geehrter Herr Huber,', 'Die Erstellung eines Verkaufsexposés mit Marktvergleich für die Lady Anne', 3),
      'Florian Huber'))

R(34, 'de', 'VM', 'unclear',
  frm=('Jörg Lindner', 'j.lindner@lindner-holzbau.example'), client='apple',
  subject='Re: Abnahme Fundamente Emmerich', date='2025-06-13 07:45', tz=2,
  body='''Ja, grundsätzlich schon – aber ist die Anfahrt von Rotterdam da schon drin? Das sind ja gut 100 km.

Gruß
Jörg Lindner

Von meinem iPhone gesendet''',
  hist=OFF('apple', 'de', 'VM', '2025-06-12 16:30', 'Abnahme Fundamente Emmerich', offer_text(
      'VM', 'de', 'Sehr geehrter Herr Lindner,', 'Die Abnahme der Fundamente vor Ort in Emmerich inklusive Protokoll', 4),
      'Jörg Lindner'))

# ----- French -----
R(36, 'fr', 'AK', 'accept',
  frm=('Philippe Rousseau', 'p.rousseau@rousseau-associes.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n',
  subject='RE : Galatée – contrat de vente', date='2025-07-08 09:05', tz=2,
  body='''Bonjour Marc,

C'est d'accord, allez-y.

Cordialement,
Philippe Rousseau''',
  hist=OFF('outlook', 'fr', 'AK', '2025-07-07 17:30', 'Galatée – contrat de vente', offer_text(
      'AK', 'fr', 'Bonjour Philippe,', 'La préparation du projet de contrat de vente du Galatée', 4), 'Philippe Rousseau'))

R(37, 'fr', 'LX', 'accept',
  frm=('Julien Marchand', 'j.marchand@groupe-altair.example'), client='apple',
  subject='Re: Détachement Portugal – avenant', date='2025-06-03 18:20', tz=2,
  body='''Oui, pas de souci, vous pouvez lancer la vérification de l'avenant. Merci !

Julien

Envoyé de mon iPhone''',
  hist=OFF('apple', 'fr', 'LX', '2025-06-03 11:00', 'Détachement Portugal – avenant', offer_text(
      'LX', 'fr', 'Bonjour Monsieur Marchand,', "La vérification du projet d'avenant de détachement", 2), 'Julien Marchand'))

R(38, 'fr', 'CB', 'decline',
  frm=('Camille Martin', 'camille@filmsdelamaree.example'), client='gmail', mime='alt', cte='8bit',
  subject='Re: Les Marées - musique', date='2025-05-14 10:10', tz=2,
  body='''Non merci, finalement on va se débrouiller en interne avec notre monteuse, elle connaît les éditeurs.

Bises,
Camille''',
  hist=OFF('gmail', 'fr', 'CB', '2025-05-13 09:00', 'Les Marées - musique', offer_text(
      'CB', 'fr', 'Bonjour Camille,', 'La préparation du devis pour les 3 titres et la version ARTE', 3), 'Camille Martin'))

R(39, 'fr', 'VM', 'unclear',
  frm=('Sophie Lambert', 's.lambert@lambert-renovation.example'), client='outlook', charset='windows-1252',
  cte='quoted-printable', eol='\r\n',
  subject='RE: Inspection complémentaire charpente Anvers', date='2025-04-02 16:40', tz=2,
  body='''Bonjour Madame,

Merci pour votre proposition. Je reviens vers vous après notre réunion budgétaire du 15 avril.

Cordialement,
Sophie Lambert
Lambert Rénovation SRL''',
  hist=OFF('outlook_old', 'fr', 'VM', '2025-04-01 10:20', 'Inspection complémentaire charpente Anvers', offer_text(
      'VM', 'fr', 'Madame Lambert,', "L'inspection complémentaire des fermes de la charpente, note de calcul comprise,", 6),
      'Sophie Lambert'))

# ----- Spanish -----
R(41, 'es', 'CB', 'accept',
  frm=('Andrea Villalobos', 'andrea.villalobos@casaolmo.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n',
  subject='RE: Cotización canción – Café Sierra', date='2025-03-20 09:30', tz=-6,
  body='''Perfecto, adelante.

Un saludo,
Andrea''',
  hist=OFF('outlook', 'es', 'CB', '2025-03-19 17:40', 'Cotización canción – Café Sierra', offer_text(
      'CB', 'es', 'Hola Andrea:', 'Conseguir la cotización de «Luna de Papel» y negociar con la editorial', 3),
      'Andrea Villalobos'))

R(42, 'es', 'VM', 'decline',
  frm=('Alberto Gil', 'alberto.gil@gmail.example'), client='gmail', cte='base64',
  subject='Re: Terraza Benidorm', date='2025-07-15 21:03', tz=2,
  body='''No, gracias. Ya no hace falta, lo resolvió mi cuñado, que es aparejador.

Alberto''',
  hist=OFF('gmail', 'es', 'VM', '2025-07-14 09:45', 'Terraza Benidorm', offer_text(
      'VM', 'es', 'Hola Alberto:', 'Revisar la estructura de la terraza y redactar un informe', 5), 'Alberto Gil'))

R(43, 'es', 'AK', 'decline',
  frm=('Rafa Navarro', 'rafa@navarrocharter.example'), client='other', cte='8bit', eol='\r\n',
  subject='Re: Estrella del Sur', date='2025-09-04 12:15', tz=2,
  body='''Sí, lo he leído, pero al final hemos decidido no vender el barco este año. Gracias de todas formas.

Rafa''',
  hist=OFF('gmail', 'es', 'AK', '2025-09-03 10:00', 'Estrella del Sur', offer_text(
      'AK', 'es', 'Hola Rafa:', 'Preparar la valoración del Estrella del Sur para el banco', 4), 'Rafa Navarro'))

R(44, 'es', 'AK', 'unclear',
  frm=('Javier Soler', 'javisoler@gmail.example'), client='gmail',
  subject='Re: Bahía Azul - documentación', date='2025-04-11 08:20', tz=2,
  body='''¿Las 4 horas incluyen la reunión con el banco? Si es así, adelante.

Javier

Enviado desde mi iPhone''',
  hist=OFF('gmail', 'es', 'AK', '2025-04-10 18:00', 'Bahía Azul - documentación', offer_text(
      'AK', 'es', 'Hola Javier:', 'Preparar el expediente de matrícula y la documentación para el banco', 4), 'Javier Soler'))

# ----- Dutch -----
R(46, 'nl', 'VM', 'accept',
  frm=('Marloes Jansen', 'marloes.jansen@kpnmail.example'), client='apple',
  subject='Re: Fundering aanbouw', date='2025-03-28 19:40', tz=1,
  body='''Akkoord, ga je gang.

Marloes

Verstuurd vanaf mijn iPhone''',
  hist=OFF('apple', 'nl', 'VM', '2025-03-28 11:20', 'Fundering aanbouw', offer_text(
      'VM', 'nl', 'Hoi Marloes,', 'Het doorrekenen van de fundering van de aanbouw', 5), 'Marloes Jansen'))

R(47, 'nl', 'VM', 'accept',
  frm=('J. Bakker', 'secretaris@vve-delinde.example'), client='other', mime='html',
  subject='Re: Scheuren in de gevel - VvE De Linde', date='2025-01-31 09:15', tz=1,
  attach=[('KvK-uittreksel VvE De Linde.pdf', 'application/pdf', pdf('KvK VvE De Linde'))],
  body='''Geachte mevrouw Van der Meer,

Prima, doe maar. Wel graag de factuur op naam van de VvE, niet op mijn naam. De gegevens staan in het uittreksel in de bijlage.

Met vriendelijke groet,
J. Bakker
secretaris VvE De Linde''',
  hist=OFF('tb', 'nl', 'VM', '2025-01-30 14:00', 'Scheuren in de gevel - VvE De Linde', offer_text(
      'VM', 'nl', 'Geachte heer Bakker,', 'Het inspecteren van de gevel en het opstellen van het inspectierapport', 6,
      intro='Dank voor uw bericht.'),
      'J. Bakker'))

R(48, 'nl', 'LX', 'decline',
  frm=('Evert Mulder', 'evert.mulder@gmail.example'), client='gmail', mime='alt',
  subject='Re: ABP-pensioen', date='2025-03-18 20:05', tz=0,
  body='''Nee, laat maar zitten. We gaan in de zomer toch terug naar Zwolle, dus het heeft geen zin meer.

Groet,
Evert''',
  hist=OFF('gmail', 'nl', 'LX', '2025-03-17 12:00', 'ABP-pensioen', offer_text(
      'LX', 'nl', 'Hoi Evert,', 'Het uitzoeken hoe je ABP-pensioen in Portugal belast wordt', 3), 'Evert Mulder'))

R(49, 'nl', 'VM', 'unclear',
  frm=('Wim Hendriks', 'wim@hendriks-architecten.example'), client='tb', cte='8bit',
  subject='Re: Kantoor Schiehaven - portaal', date='2025-05-30 11:02', tz=2,
  body='''Ja voor de berekening, nee voor het tekenwerk – dat doet onze eigen tekenaar.

Wim''',
  hist=OFF('tb', 'nl', 'VM', '2025-05-29 15:30', 'Kantoor Schiehaven - portaal', offer_text(
      'VM', 'nl', 'Beste Wim,',
      sentence='De berekening van het stalen portaal kost ongeveer 3 uur en de detailtekeningen ongeveer 2 uur, beide à € 145 per uur. Zal ik met allebei aan de slag gaan?'),
      'Wim Hendriks'))

# ----- Italian -----
R(51, 'it', 'AK', 'accept',
  frm=('Avv. Giulia Ferraro', 'g.ferraro@studioferraro.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n',
  subject='R: Trasferimento Riva a Portofino', date='2025-04-17 10:02', tz=2,
  body='''Va bene, proceda pure.

Cordiali saluti,
Avv. Giulia Ferraro''',
  hist=OFF('outlook', 'it', 'AK', '2025-04-16 16:30', 'Trasferimento Riva a Portofino', offer_text(
      'AK', 'it', 'Gentile Avvocato,', 'La stima dei costi di trasferimento a Portofino (skipper, carburante, assicurazione)', 3),
      'Giulia Ferraro'))

R(52, 'it', 'CB', 'decline',
  frm=('Davide Greco', 'davidegreco.video@libero.example'), client='other', cte='8bit',
  subject='Re: licenze matrimoni', date='2025-02-13 12:30', tz=1,
  body='''La ringrazio, ma per ora non ne abbiamo bisogno. Eventualmente la ricontatto io più avanti.

Davide''',
  hist=OFF('gmail', 'it', 'CB', '2025-02-12 10:00', 'licenze matrimoni', offer_text(
      'CB', 'it', 'Gentile Davide,', 'La verifica delle licenze per i video di matrimonio e la preparazione di un contratto quadro', 3),
      'Davide Greco'))

R(53, 'it', 'LX', 'unclear',
  frm=('Marco Bellini', 'marco.bellini@icloud.example'), client='apple', mime='alt',
  subject='Re: Multa Finanças', date='2025-04-08 13:15', tz=0,
  body='''Possiamo fare 2 ore invece di 3? Il budget è un po' limitato questo mese.

Marco

Inviato da iPhone''',
  hist=OFF('apple', 'it', 'LX', '2025-04-08 09:30', 'Multa Finanças', offer_text(
      'LX', 'it', 'Ciao Marco,', intro='grazie del messaggio.',
      sentence="Il controllo della multa e la preparazione del ricorso richiederebbero circa 3 ore a 160 € l'ora. Vuoi che proceda?"),
      'Marco Bellini'))

R(54, 'it', 'VM', 'unclear',
  frm=('Luca Bianchi', 'luca.bianchi@bianchisviluppo.example'), client='gmail', mime='alt',
  subject='Re: Solai CLT Kralingen', date='2025-06-25 09:00', tz=2,
  body='''Buongiorno,

sì al predimensionamento dei solai, per le verifiche sismiche invece aspetterei il progetto definitivo. Mi faccia sapere se per lei va bene così.

Luca Bianchi''',
  hist=OFF('gmail', 'it', 'VM', '2025-06-24 15:00', 'Solai CLT Kralingen', offer_text(
      'VM', 'it', 'Gentile Sig. Bianchi,',
      sentence='Il predimensionamento dei solai in CLT richiederebbe circa 6 ore e le verifiche sismiche circa 8 ore, entrambe a 145 € l\'ora. Vuole che proceda con entrambe?'),
      'Luca Bianchi'))

# ----- Portuguese -----
R(56, 'pt', 'LX', 'accept',
  frm=('Manuel Azevedo', 'manuel.azevedo@sapo.example'), client='outlook', mime='alt', charset='windows-1252',
  eol='\r\n', subject='RE: Situação fiscal do meu filho', date='2025-02-12 11:00', tz=0,
  body='''Pode avançar, obrigado.

Manuel Azevedo''',
  hist=OFF('outlook', 'pt', 'LX', '2025-02-11 16:45', 'Situação fiscal do meu filho', offer_text(
      'LX', 'pt', 'Caro Sr. Manuel Azevedo,', 'A análise do IRS Jovem e do Programa Regressar para o seu filho', 3),
      'Manuel Azevedo'))

R(57, 'pt', 'LX', 'decline',
  frm=('Fernanda Lima', 'fernanda.lima@gmail.example'), client='gmail', mime='alt', cte='base64',
  subject='Re: Mudança + trabalho remoto', date='2025-09-17 20:15', tz=1,
  body='''Obrigada, mas vamos deixar pra lá. Uma amiga contadora já resolveu isso pra mim.

Beijos,
Fernanda''',
  hist=OFF('gmail', 'pt', 'LX', '2025-09-16 10:00', 'Mudança + trabalho remoto', offer_text(
      'LX', 'pt', 'Olá Fernanda,', intro='Obrigada pela mensagem!',
      sentence='Analisar se precisa de abrir atividade nas Finanças como trabalhadora independente levaria cerca de 2 horas, a 160 € por hora. Quer que eu siga em frente?'),
      'Fernanda Lima'))

R(58, 'pt', 'CB', 'unclear',
  frm=('Rodrigo Almeida', 'rodrigo@estudiocaju.example'), client='apple',
  subject='Re: Licença Saudade Elétrica', date='2025-05-07 11:40', tz=-3,
  body='''Isso inclui impostos? Se não incluir, fica um pouco acima do que a gente tinha previsto.

Rodrigo

Enviado do meu iPhone''',
  hist=OFF('apple', 'pt', 'CB', '2025-05-06 18:00', 'Licença Saudade Elétrica', offer_text(
      'CB', 'pt', 'Oi Rodrigo,', intro='Obrigada pela mensagem!',
      sentence='Levantar o custo da licença de "Saudade Elétrica" e negociar com a editora levaria cerca de 3 horas, a US$ 180 por hora. Quer que eu siga em frente?'),
      'Rodrigo Almeida'))

R(59, 'pt', 'AK', 'unclear',
  frm=('João Fonseca', 'joao.fonseca@fonsecagroup.example'), client='gmail', mime='alt',
  subject='Re: Compra através da empresa', date='2025-07-24 08:10', tz=1,
  body='''Bom dia Marc,

Pode ser, mas só depois de 15 de setembro, quando eu voltar de férias. Volte a falar comigo nessa altura.

João''',
  hist=OFF('gmail', 'pt', 'AK', '2025-07-23 15:20', 'Compra através da empresa', offer_text(
      'AK', 'pt', 'Caro João,', 'A análise das implicações de IVA da compra através da sua empresa na Madeira', 3,
      intro='Obrigado pela sua mensagem.'),
      'João Fonseca'))

# ----- machine-made mail -----
R(28, 'en', 'VM', 'automatic',
  frm=('Pieter de Wit', 'p.dewit@bouwbedrijf-dewit.example'), client='outlook', mime='alt', eol='\r\n',
  subject='Automatic reply: Hoogstraat 14 - updated calculation', date='2025-03-12 09:01',
  extra_headers=[('Thread-Topic', 'Hoogstraat 14 - updated calculation'), ('Auto-Submitted', 'auto-replied'),
                 ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'p.dewit@bouwbedrijf-dewit.example'),
                 ('Content-Language', 'en-GB')],
  offer_subject='Hoogstraat 14 - updated calculation', offer_date='2025-03-12 09:00',
  body='''Thank you for your email. I am out of the office until Monday 17 March with limited access to email.

For urgent matters regarding Hoogstraat 14 please contact Anna Visser (a.visser@bouwbedrijf-dewit.example, +31 10 555 0178).

Kind regards,
Pieter de Wit''')

R(29, 'en', 'GH', 'automatic', custom='bounce_gmail',
  rcpt=('John Hartley', 'j.hartley@oldmail.example'), offer_subject='Re: Patio repointing',
  offer_date='2025-04-15 10:12', date='2025-04-15 10:12',
  offer=lambda: offer_text('GH', 'en', 'Hi John,', 'Repointing the patio and re-laying the two loose slabs', 7))

R(30, 'en', 'CB', 'automatic', custom='mdn',
  frm=('Sam Whitfield', 'sam@loopandlantern.example'), offer_subject='Re: Northern Lights renewal',
  offer_date='2025-09-01 10:00', date='2025-09-01 10:48', mdn_lang='en')

R(35, 'de', 'AK', 'automatic',
  frm=('Florian Huber', 'florian.huber@huber-immobilien.example'), client='other', charset='iso-8859-1', cte='8bit',
  subject='Abwesenheitsnotiz: Vermarktung Lady Anne', date='2025-05-23 16:31', tz=2,
  offer_subject='Vermarktung Lady Anne', offer_date='2025-05-23 16:30', received=True,
  body='''Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Juni nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Frau Petra Obermaier, Tel. +49 89 2000 4412, p.obermaier@huber-immobilien.example.

Mit freundlichen Grüßen
Florian Huber''')

R(40, 'fr', 'AK', 'automatic',
  frm=('Philippe Rousseau', 'p.rousseau@rousseau-associes.example'), client='outlook', mime='alt',
  charset='windows-1252', eol='\r\n',
  subject='Réponse automatique : Galatée – remise des clés', date='2025-08-11 14:02', tz=2,
  extra_headers=[('Thread-Topic', 'Galatée – remise des clés'), ('Auto-Submitted', 'auto-replied'),
                 ('X-Auto-Response-Suppress', 'All'), ('Content-Language', 'fr-FR')],
  offer_subject='Galatée – remise des clés', offer_date='2025-08-11 14:01',
  body='''Bonjour,

Je suis absent du bureau jusqu'au lundi 25 août inclus, avec un accès limité à mes e-mails. Pour toute urgence, vous pouvez contacter mon assistante, Mme Claire Fabre, au 01 45 00 12 34.

Cordialement,
Philippe Rousseau''')

R(45, 'es', 'VM', 'automatic', custom='ndr_exchange_es',
  rcpt=('Diego Martín', 'diego.martin@construccionesmartin.example'),
  offer_subject='RE: Obra Calle Mayor 8 - hueco en muro de carga', offer_date='2025-02-26 10:30', date='2025-02-26 10:31',
  offer=lambda: offer_text('VM', 'es', 'Hola Diego:', 'El cálculo de la viga para el hueco de 3 m', 4))

R(50, 'nl', 'AK', 'automatic', custom='mdn',
  frm=('Bas de Groot', 'basdegroot@hotmail.example'), offer_subject='Re: zeemeeuw - survey',
  offer_date='2025-08-21 09:30', date='2025-08-21 21:02', mdn_lang='nl')

R(55, 'it', 'CB', 'automatic',
  frm=('Assistenza Produzioni Aurora', 'assistenza@produzioniaurora.example'), client='other', mime='alt',
  subject='[Ticket#2025041710000123] Re: Licenza brano "Onde" – preventivo', date='2025-04-17 10:15', tz=2,
  extra_headers=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk'),
                 ('X-Loop', 'assistenza@produzioniaurora.example'), ('Reply-To', 'assistenza@produzioniaurora.example')],
  offer_subject='Licenza brano "Onde" – preventivo', offer_date='2025-04-17 10:14',
  body='''Gentile Cliente,

la sua richiesta è stata ricevuta e registrata con il numero di ticket 2025041710000123. Un nostro operatore la prenderà in carico il prima possibile, di norma entro 2 giorni lavorativi.

Per qualsiasi comunicazione relativa a questa richiesta, la preghiamo di indicare il numero di ticket nell'oggetto.

Questo è un messaggio generato automaticamente, la preghiamo di non rispondere.

Assistenza Clienti – Produzioni Aurora S.r.l.''')

R(60, 'pt', 'CB', 'automatic',
  frm=('Beatriz Souza', 'beatriz.souza@somdamata.example'), client='other', mime='alt',
  subject='Re: Licença trilha "Maré Alta" [verificação de remetente]', date='2025-06-10 14:05', tz=-3,
  extra_headers=[('Auto-Submitted', 'auto-replied'), ('X-Challenge-Response', 'MailGuardian 4.2')],
  offer_subject='Licença trilha "Maré Alta"', offer_date='2025-06-10 14:04',
  body='''Olá,

Sua mensagem para beatriz.souza@somdamata.example está retida. Eu uso o MailGuardian para me proteger contra spam.

Para que sua mensagem seja entregue, clique no link abaixo e confirme que você é uma pessoa. Você só precisa fazer isso uma vez:

https://verify.mailguardian.example/c/8f3a91d2e7b4

Se você não confirmar em 7 dias, a mensagem será excluída automaticamente.

Obrigado,
Beatriz Souza (via MailGuardian)''')


# --------------------------------------------------------------------------
# builders for machine-made mail with a report structure
# --------------------------------------------------------------------------
def offer_message(firm, rcpt, subject, date, text, mid):
    F = FIRMS[firm]
    spec = dict(frm=(F['name'], F['email']), to=addr(*rcpt), subject=subject, date=date, client=F['client'],
                body=text, msgid=mid, received=False)
    raw, _ = build(spec, firm)
    return raw


def bounce_gmail(r, ids):
    F = FIRMS[r['firm']]
    s = r['spec']
    d = dt(s['date'], F['tz'])
    rname, remail = s['rcpt']
    orig = offer_message(r['firm'], s['rcpt'], s['offer_subject'], s['offer_date'], s['offer'](), ids[-1])
    text = f'''
** Address not found **

Your message wasn't delivered to {remail} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
'''
    html = f'''<html>
<head>
<style>
* {{ font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif; }}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding="0" cellspacing="0"><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<span style="font-size:24px;color:#202124">Address not found</span>
<p style="font-size:16px;color:#202124">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>{remail}</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p style="font-size:16px;color:#202124"><a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></p>
</td></tr>
<tr><td style="padding:24px 24px 0"><p style="font-size:14px;color:#5f6368">The response was:</p>
<p style="font-size:14px;color:#5f6368;font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser</p></td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</body>
</html>
'''
    dsn = (f'Reporting-MTA: dns; googlemail.com\nArrival-Date: {format_datetime(d)}\n'
           f'X-Original-Message-ID: {ids[-1]}\n\n'
           f'Final-Recipient: rfc822; {remail}\nAction: failed\nStatus: 5.1.1\n'
           f'Remote-MTA: dns; mx.oldmail.example. (203.0.113.5, the server for the domain oldmail.example.)\n'
           f'Diagnostic-Code: smtp; 550 5.1.1 <{remail}>: Recipient address rejected: User unknown in virtual mailbox table\n'
           f'Last-Attempt-Date: {format_datetime(d + timedelta(seconds=3))}\n')
    alt = multipart('alternative', [text_part(text, 'plain', 'utf-8', '7bit'),
                                    text_part(html, 'html', 'utf-8', 'quoted-printable')], 'gmail')
    rep = multipart('report', [alt, ([('Content-Type', 'message/delivery-status')], dsn.encode()),
                               ([('Content-Type', 'message/rfc822')], orig)], 'gmail',
                    params=' report-type=delivery-status;')
    headers = [
        ('Received', f'by 2002:a05:6a10:8b0e:b0:5c1:1a2b:3c4d with SMTP id q14csp812345pxb;\n\t{format_datetime(d)}'),
        ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
        ('To', F['email']),
        ('Auto-Submitted', 'auto-replied'),
        ('Subject', 'Delivery Status Notification (Failure)'),
        ('References', ids[-1]),
        ('In-Reply-To', ids[-1]),
        ('X-Failed-Recipients', remail),
        ('Message-ID', '<%s.%s@mx.google.com>' % ('%x' % RNG.getrandbits(60), 'bounce')),
        ('Date', format_datetime(d + timedelta(seconds=4))),
    ]
    return assemble(headers, rep)


MDN_TEXT = {
    'en': ('Return Receipt (displayed) - {subj}',
           'This is a Return Receipt for the mail that you sent to {rcpt}.\n\n'
           "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
           'There is no guarantee that the recipient has read or understood the message contents.'),
    'nl': ('Ontvangstbevestiging (weergegeven) - {subj}',
           'Dit is een ontvangstbevestiging voor het bericht dat u naar {rcpt} hebt verzonden.\n\n'
           'Opmerking: deze ontvangstbevestiging bevestigt alleen dat het bericht op de computer van de ontvanger '
           'werd weergegeven. Er is geen garantie dat de ontvanger de inhoud van het bericht heeft gelezen of begrepen.'),
}


def mdn(r, ids):
    F = FIRMS[r['firm']]
    s = r['spec']
    d = dt(s['date'], F['tz'])
    name, email = s['frm']
    subj_t, text_t = MDN_TEXT[s['mdn_lang']]
    subj = subj_t.format(subj=s['offer_subject'])
    text = text_t.format(rcpt=email)
    od = dt(s['offer_date'], F['tz'])
    disp = (f'Reporting-UA: {email.split("@")[1]}; Mozilla Thunderbird\n'
            f'Final-Recipient: rfc822;{email}\nOriginal-Message-ID: {ids[-1]}\n'
            'Disposition: manual-action/MDN-sent-manually; displayed\n')
    orig_hdrs = (f'From: {addr(F["name"], F["email"])}\nTo: {addr(name, email)}\n'
                 f'Subject: {hdr(s["offer_subject"])}\nDate: {format_datetime(od)}\nMessage-ID: {ids[-1]}\n'
                 f'Disposition-Notification-To: {addr(F["name"], F["email"])}\n')
    rep = multipart('report', [text_part(text, 'plain', 'UTF-8', 'quoted-printable'),
                               ([('Content-Type', 'message/disposition-notification; name="MDNPart2.txt"'),
                                 ('Content-Disposition', 'inline'), ('Content-Transfer-Encoding', '7bit')], disp.encode()),
                               ([('Content-Type', 'text/rfc822-headers; name="MDNPart3.txt"'),
                                 ('Content-Disposition', 'inline'), ('Content-Transfer-Encoding', '7bit')],
                                orig_hdrs.encode())],
                    'tb', params=' report-type=disposition-notification;',
                    preamble='This is a multi-part message in MIME format.')
    headers = [
        ('Received', f'from [192.168.1.23] (unknown [198.51.100.7])\n\tby mail.{email.split("@")[1]};\n\t{format_datetime(d)}'),
        ('Date', format_datetime(d)),
        ('From', addr(name, email)),
        ('To', addr(F['name'], F['email'])),
        ('Message-ID', '<%s@%s>' % ('%x' % RNG.getrandbits(64), email.split('@')[1])),
        ('Subject', hdr(subj)),
        ('In-Reply-To', ids[-1]),
        ('References', '\n '.join(ids)),
        ('User-Agent', 'Mozilla Thunderbird'),
    ]
    return assemble(headers, rep)


def ndr_exchange_es(r, ids):
    F = FIRMS[r['firm']]
    s = r['spec']
    d = dt(s['date'], 1)
    rname, remail = s['rcpt']
    user, dom = remail.split('@')
    text = f'''No se pudo entregar el mensaje a estos destinatarios o grupos:

{remail} ({remail})
La dirección de correo electrónico que escribió no se pudo encontrar. Compruebe la dirección de correo electrónico del destinatario e intente reenviar el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.


Información de diagnóstico para administradores:

Servidor de generación: EXCH01.{dom}

{remail}
Servidor remoto devolvió '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Encabezados del mensaje original:

From: {F['name']} <{F['email']}>
To: {rname} <{remail}>
Subject: {s['offer_subject']}
Message-ID: {ids[-1]}
'''
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n' + \
        '\n'.join('<p>' + esc(p).replace('\n', '<br>\n') + '</p>' for p in text.strip().split('\n\n')) + '\n</body></html>\n'
    dsn = (f'Reporting-MTA: dns;EXCH01.{dom}\nReceived-From-MTA: dns;mx.{F["email"].split("@")[1]}\n'
           f'Arrival-Date: {format_datetime(d)}\n\n'
           f'Original-Recipient: rfc822;{remail}\nFinal-Recipient: rfc822;{remail}\nAction: failed\nStatus: 5.1.10\n'
           f'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n')
    od = dt(s['offer_date'], F['tz'])
    orig_hdrs = (f'From: {addr(F["name"], F["email"])}\nTo: {addr(rname, remail)}\n'
                 f'Subject: {hdr(s["offer_subject"])}\nDate: {format_datetime(od)}\nMessage-ID: {ids[-1]}\n'
                 f'In-Reply-To: {ids[0]}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n')
    alt = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'quoted-printable'),
                                    text_part(html, 'html', 'utf-8', 'quoted-printable')], 'outlook')
    rep = multipart('report', [alt, ([('Content-Type', 'message/delivery-status')], dsn.encode()),
                               ([('Content-Type', 'text/rfc822-headers')], orig_hdrs.encode())], 'outlook',
                    params=' report-type=delivery-status;')
    headers = [
        ('Received', f'from EXCH01.{dom} by EXCH01.{dom}\n\twith Microsoft SMTP Server id 15.2.1544.4;\n\t{format_datetime(d)}'),
        ('From', f'postmaster@{dom}'),
        ('To', F['email']),
        ('Date', format_datetime(d)),
        ('Content-Language', 'es-ES'),
        ('Message-ID', '<%s@EXCH01.%s>' % ('%x' % RNG.getrandbits(64), dom)),
        ('In-Reply-To', ids[-1]),
        ('References', '\n '.join(ids)),
        ('Thread-Topic', hdr(s['offer_subject'])),
        ('Subject', hdr('No se puede entregar: ' + s['offer_subject'])),
        ('Auto-Submitted', 'auto-replied'),
        ('X-MS-Exchange-Message-Is-Ndr', ''),
    ]
    return assemble(headers, rep)


CUSTOM = {'bounce_gmail': bounce_gmail, 'mdn': mdn, 'ndr_exchange_es': ndr_exchange_es}


# --------------------------------------------------------------------------
def write(path, data):
    with open(path, 'wb') as f:
        f.write(data)


def main():
    qdir = os.path.join(HERE, 'questions')
    rdir = os.path.join(HERE, 'replies')
    os.makedirs(qdir, exist_ok=True)
    os.makedirs(rdir, exist_ok=True)
    for d in (qdir, rdir):
        for n in os.listdir(d):
            if n.endswith('.eml') or n.endswith('.json'):
                os.remove(os.path.join(d, n))
    assert len(QUESTIONS) == 60 and len(REPLIES) == 60, (len(QUESTIONS), len(REPLIES))
    for q in sorted(QUESTIONS, key=lambda x: x['id']):
        raw, _ = build(q['spec'], q['firm'])
        write(os.path.join(qdir, q['id'] + '.eml'), raw)
        exp = {'questions': q['questions'], 'quoted': q['quoted']}
        if q['questions']:
            exp['language'] = q['lang']
        write(os.path.join(qdir, q['id'] + '.expected.json'),
              (json.dumps(exp, ensure_ascii=False, indent=2) + '\n').encode('utf-8'))
    for r in sorted(REPLIES, key=lambda x: x['id']):
        s = r['spec']
        F = FIRMS[r['firm']]
        fdom = F['email'].split('@')[1]
        od = dt(s.get('offer_date') or (s['hist']['date'].strftime('%Y-%m-%d %H:%M') if s.get('hist') else s['date']), F['tz'])
        cl_email = (s.get('frm') or s.get('rcpt'))[1]
        orig_id = msgid('gmail', od - timedelta(days=1), cl_email.split('@')[1])
        offer_id = msgid(F['client'], od, fdom)
        ids = [orig_id, offer_id]
        if 'custom' in s:
            raw = CUSTOM[s['custom']](r, ids)
        else:
            raw, _ = build(s, r['firm'], in_reply=ids)
        write(os.path.join(rdir, r['id'] + '.eml'), raw)
        write(os.path.join(rdir, r['id'] + '.expected.json'),
              (json.dumps({'decision': r['decision']}, indent=2) + '\n').encode('utf-8'))
    # summary
    from collections import Counter
    ql = Counter(q['lang'] for q in QUESTIONS)
    qe = Counter(q['lang'] for q in QUESTIONS if not q['questions'])
    rl = Counter((r['lang'], r['decision']) for r in REPLIES)
    print('questions per language:', dict(sorted(ql.items())), 'of which empty:', dict(sorted(qe.items())))
    print('question phrases:', sum(len(q['questions']) for q in QUESTIONS),
          'quoted:', sum(len(q['quoted']) for q in QUESTIONS))
    print('replies per decision:', dict(Counter(r['decision'] for r in REPLIES)))
    print('replies per language:', dict(sorted(Counter(r['lang'] for r in REPLIES).items())))
    for lang in ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt']:
        print('  ', lang, {k[1]: v for k, v in rl.items() if k[0] == lang})


if __name__ == '__main__':
    main()
