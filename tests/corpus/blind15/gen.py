#!/usr/bin/env python3
"""Generator for blind round 15: writes questions/ and replies/ (stdlib only).

Five made-up firms of unusual kinds:
  A  Sonora Acoustics Ltd (acoustic consultants, Bristol)              GBP
  B  Oakline Arboriculture (tree surveys / arborists, UK + Ireland)     GBP
  C  Rheinhafen Zollservice GmbH (customs broker, Duisburg)            EUR
  D  Traducta Traduções Certificadas (sworn translations, Lisbon)      EUR
  E  Vitis Conseil (viticulture consultant, Bordeaux)                  EUR
"""
import base64
import datetime
import email.header
import email.utils
import html
import json
import os
import quopri
import re
import shutil
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

FIRMS = {
    'A': dict(name='Sonora Acoustics Ltd', staff='Priya Natarajan', addr='priya@sonora-acoustics.co.uk', dom='sonora-acoustics.co.uk', cur='£', rate=140),
    'B': dict(name='Oakline Arboriculture', staff='Tom Ashby', addr='tom@oakline-trees.co.uk', dom='oakline-trees.co.uk', cur='£', rate=95),
    'C': dict(name='Rheinhafen Zollservice GmbH', staff='Jana Kowalczyk', addr='j.kowalczyk@rheinhafen-zoll.de', dom='rheinhafen-zoll.de', cur='€', rate=110),
    'D': dict(name='Traducta Traduções Certificadas', staff='Inês Carvalho', addr='ines@traducta.pt', dom='traducta.pt', cur='€', rate=65),
    'E': dict(name='Vitis Conseil', staff='Étienne Laborde', addr='etienne@vitis-conseil.fr', dom='vitis-conseil.fr', cur='€', rate=150),
}

# ---------------------------------------------------------------- dates
MON = {
    'en': 'January February March April May June July August September October November December'.split(),
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(),
}
MON_S = {
    'en': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(),
    'de': 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'.split(),
    'fr': 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(),
    'es': 'ene feb mar abr may jun jul ago sept oct nov dic'.split(),
    'nl': 'jan feb mrt apr mei jun jul aug sep okt nov dec'.split(),
    'it': 'gen feb mar apr mag giu lug ago set ott nov dic'.split(),
    'pt': 'jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.'.split(),
}
WD = {
    'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(),
    'de': 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'.split(),
    'fr': 'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(),
    'es': 'lunes martes miércoles jueves viernes sábado domingo'.split(),
    'nl': 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'.split(),
    'it': 'lunedì martedì mercoledì giovedì venerdì sabato domenica'.split(),
    'pt': 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'.split(),
}
WD_S = {
    'en': 'Mon Tue Wed Thu Fri Sat Sun'.split(),
    'de': 'Mo. Di. Mi. Do. Fr. Sa. So.'.split(),
    'fr': 'lun. mar. mer. jeu. ven. sam. dim.'.split(),
    'es': 'lun mar mié jue vie sáb dom'.split(),
    'nl': 'ma di wo do vr za zo'.split(),
    'it': 'lun mar mer gio ven sab dom'.split(),
    'pt': 'seg. ter. qua. qui. sex. sáb. dom.'.split(),
}


def D(day, month, hh=10, mm=14):
    return datetime.datetime(2025, month, day, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


def attribution(style, lang, name, addr, dt):
    d, m, y, t = dt.day, dt.month, dt.year, dt.strftime('%H:%M')
    w = dt.weekday()
    if style == 'gmail':
        return {
            'en': f'On {WD_S["en"][w]}, {d} {MON_S["en"][m-1]} {y} at {t}, {name} <{addr}> wrote:',
            'de': f'Am {WD_S["de"][w]}, {d}. {MON["de"][m-1]} {y} um {t} Uhr schrieb {name} <{addr}>:',
            'fr': f'Le {WD_S["fr"][w]} {d} {MON["fr"][m-1]} {y} à {t}, {name} <{addr}> a écrit :',
            'es': f'El {WD_S["es"][w]}, {d} {MON_S["es"][m-1]} {y} a las {t}, {name} (<{addr}>) escribió:',
            'nl': f'Op {WD_S["nl"][w]} {d} {MON_S["nl"][m-1]} {y} om {t} schreef {name} <{addr}>:',
            'it': f'Il giorno {WD_S["it"][w]} {d} {MON_S["it"][m-1]} {y} alle ore {t} {name} <{addr}> ha scritto:',
            'pt': f'Em {WD_S["pt"][w]}, {d} de {MON_S["pt"][m-1]} de {y} às {t}, {name} <{addr}> escreveu:',
        }[lang]
    if style == 'apple':
        return {
            'en': f'On {d} {MON_S["en"][m-1]} {y}, at {t}, {name} <{addr}> wrote:',
            'de': f'Am {d:02d}.{m:02d}.{y} um {t} schrieb {name} <{addr}>:',
            'fr': f'Le {d} {MON["fr"][m-1]} {y} à {t}, {name} <{addr}> a écrit :',
            'es': f'El {d} {MON_S["es"][m-1]} {y}, a las {t}, {name} <{addr}> escribió:',
            'nl': f'Op {d} {MON_S["nl"][m-1]} {y} om {t} heeft {name} <{addr}> het volgende geschreven:',
            'it': f'Il giorno {d} {MON_S["it"][m-1]} {y}, alle ore {t}, {name} <{addr}> ha scritto:',
            'pt': f'A {d:02d}/{m:02d}/{y}, às {t}, {name} <{addr}> escreveu:',
        }[lang]
    if style == 'thunderbird':
        return {
            'en': f'On {d:02d}/{m:02d}/{y} {t}, {name} wrote:',
            'de': f'Am {d:02d}.{m:02d}.{y % 100:02d} um {t} schrieb {name}:',
            'fr': f'Le {d:02d}/{m:02d}/{y} à {t}, {name} a écrit :',
            'es': f'El {d}/{m}/{y % 100} a las {t}, {name} escribió:',
            'nl': f'Op {d:02d}-{m:02d}-{y} om {t} schreef {name}:',
            'it': f'Il {d:02d}/{m:02d}/{y % 100} {t}, {name} ha scritto:',
            'pt': f'Às {t} de {d:02d}/{m:02d}/{y}, {name} escreveu:',
        }[lang]
    raise ValueError(style)


def outlook_block(lang, name, addr, to, subj, dt):
    d, m, y, t, w = dt.day, dt.month, dt.year, dt.strftime('%H:%M'), dt.weekday()
    return {
        'en': f'From: {name} <{addr}>\nSent: {WD["en"][w]}, {d} {MON["en"][m-1]} {y} {t}\nTo: {to}\nSubject: {subj}',
        'de': f'Von: {name} <{addr}>\nGesendet: {WD["de"][w]}, {d}. {MON["de"][m-1]} {y} {t}\nAn: {to}\nBetreff: {subj}',
        'fr': f'De : {name} <{addr}>\nEnvoyé : {WD["fr"][w]} {d} {MON["fr"][m-1]} {y} {t}\nÀ : {to}\nObjet : {subj}',
        'es': f'De: {name} <{addr}>\nEnviado el: {WD["es"][w]}, {d} de {MON["es"][m-1]} de {y} {t}\nPara: {to}\nAsunto: {subj}',
        'nl': f'Van: {name} <{addr}>\nVerzonden: {WD["nl"][w]} {d} {MON["nl"][m-1]} {y} {t}\nAan: {to}\nOnderwerp: {subj}',
        'it': f'Da: {name} <{addr}>\nInviato: {WD["it"][w]} {d} {MON["it"][m-1]} {y} {t}\nA: {to}\nOggetto: {subj}',
        'pt': f'De: {name} <{addr}>\nEnviado: {WD["pt"][w]}, {d} de {MON["pt"][m-1]} de {y} {t}\nPara: {to}\nAssunto: {subj}',
    }[lang]


ORIG_MARK = {'en': '-----Original Message-----', 'de': '-----Ursprüngliche Nachricht-----',
             'fr': "-----Message d'origine-----", 'es': '-----Mensaje original-----',
             'nl': '-----Oorspronkelijk bericht-----', 'it': '-----Messaggio originale-----',
             'pt': '-----Mensagem original-----'}


def fwd_block(style, lang, name, addr, to, subj, dt):
    d, m, y, t, w = dt.day, dt.month, dt.year, dt.strftime('%H:%M'), dt.weekday()
    if style == 'fwd_gmail':
        mark = {'en': 'Forwarded message', 'de': 'Weitergeleitete Nachricht', 'fr': 'Message transféré',
                'es': 'Mensaje reenviado', 'nl': 'Doorgestuurd bericht', 'it': 'Forwarded message',
                'pt': 'Forwarded message'}[lang]
        frm = {'en': 'From', 'de': 'Von', 'fr': 'De', 'es': 'De', 'nl': 'Van', 'it': 'Da', 'pt': 'De'}[lang]
        return (f'---------- {mark} ---------\n{frm}: {name} <{addr}>\n'
                f'Date: {WD_S["en"][w]}, {d} {MON_S["en"][m-1]} {y} at {t}\nSubject: {subj}\nTo: {to}')
    if style == 'fwd_apple':
        mark = {'en': 'Begin forwarded message:', 'de': 'Anfang der weitergeleiteten Nachricht:',
                'fr': 'Début du message réexpédié :', 'es': 'Inicio del mensaje reenviado:',
                'nl': 'Begin doorgestuurd bericht:', 'it': 'Inizio messaggio inoltrato:',
                'pt': 'Início da mensagem reencaminhada:'}[lang]
        lab = {'en': ('From', 'Subject', 'Date', 'To'), 'de': ('Von', 'Betreff', 'Datum', 'An'),
               'fr': ('De', 'Objet', 'Date', 'À'), 'es': ('De', 'Asunto', 'Fecha', 'Para'),
               'nl': ('Van', 'Onderwerp', 'Datum', 'Aan'), 'it': ('Da', 'Oggetto', 'Data', 'A'),
               'pt': ('De', 'Assunto', 'Data', 'Para')}[lang]
        sep = ' : ' if lang == 'fr' else ': '
        return (f'{mark}\n\n{lab[0]}{sep}{name} <{addr}>\n{lab[1]}{sep}{subj}\n'
                f'{lab[2]}{sep}{d} {MON["en" if lang == "en" else lang][m-1]} {y} {t}:00 CET\n{lab[3]}{sep}{to}')
    if style == 'fwd_tb':
        mark, lab = {'en': ('-------- Forwarded Message --------', ('Subject', 'Date', 'From', 'To')),
                     'de': ('-------- Weitergeleitete Nachricht --------', ('Betreff', 'Datum', 'Von', 'An')),
                     'fr': ('-------- Message transféré --------', ('Sujet :', 'Date :', 'De :', 'Pour :')),
                     'es': ('-------- Mensaje reenviado --------', ('Asunto:', 'Fecha:', 'De:', 'Para:')),
                     'nl': ('-------- Doorgestuurd bericht --------', ('Onderwerp:', 'Datum:', 'Van:', 'Aan:')),
                     'it': ('-------- Messaggio Inoltrato --------', ('Oggetto:', 'Data:', 'Mittente:', 'A:')),
                     'pt': ('-------- Mensagem reencaminhada --------', ('Assunto:', 'Data:', 'De:', 'Para:'))}[lang]
        lab = [l if l.endswith(':') else l + ':' for l in lab]
        return (f'{mark}\n{lab[0]} \t{subj}\n{lab[1]} \t{email.utils.format_datetime(dt)}\n'
                f'{lab[2]} \t{name} <{addr}>\n{lab[3]} \t{to}')
    if style == 'fwd_outlook':
        return '________________________________\n' + outlook_block(lang, name, addr, to, subj, dt)
    raise ValueError(style)


# ---------------------------------------------------------------- rendering
def quote_plain(q):
    st = q['style']
    body = q['body'].strip('\n')
    if st in ('gmail', 'apple', 'thunderbird'):
        att = attribution(st, q['lang'], q['name'], q['addr'], q['date'])
        lines = [('>' + l if l.startswith('>') else '> ' + l) if l else '>' for l in body.split('\n')]
        return att + '\n' + '\n'.join(lines)
    if st == 'outlook':
        return ('________________________________\n' + outlook_block(q['lang'], q['name'], q['addr'], q['to'], q['subj'], q['date'])
                + '\n\n' + body)
    if st == 'outlook_old':
        return (ORIG_MARK[q['lang']] + '\n' + outlook_block(q['lang'], q['name'], q['addr'], q['to'], q['subj'], q['date'])
                + '\n\n' + body)
    return fwd_block(st, q['lang'], q['name'], q['addr'], q['to'], q['subj'], q['date']) + '\n\n' + body


def esc(s):
    return html.escape(s, quote=False)


def text_html(text):
    """plain text with blank-line paragraphs -> html; lists become <ul>/<ol>; '>' lines become blockquotes"""
    out = []
    for para in re.split(r'\n\s*\n', text.strip('\n')):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '\n'.join(l[1:].lstrip(' ') if not l.startswith('>>') else l[1:] for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + text_html(inner) + '</blockquote>')
        elif all(re.match(r'\s*[-*•] ', l) for l in lines) and len(lines) > 1:
            out.append('<ul>' + ''.join('<li>' + esc(re.sub(r'^\s*[-*•] ', '', l)) + '</li>' for l in lines) + '</ul>')
        elif all(re.match(r'\s*\d+[.)] ', l) for l in lines) and len(lines) > 1:
            out.append('<ol>' + ''.join('<li>' + esc(re.sub(r'^\s*\d+[.)] ', '', l)) + '</li>' for l in lines) + '</ol>')
        else:
            out.append('<div>' + '<br>\n'.join(esc(l) for l in lines) + '</div>')
    return '\n<div><br></div>\n'.join(out)


def quote_html(q):
    st = q['style']
    body = q['body'].strip('\n')
    if st == 'gmail':
        att = attribution(st, q['lang'], q['name'], q['addr'], q['date'])
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(att) + '<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + text_html(body) + '</blockquote></div>')
    if st in ('apple', 'thunderbird'):
        att = attribution(st, q['lang'], q['name'], q['addr'], q['date'])
        if st == 'apple':
            return ('<div><br><blockquote type="cite"><div>' + esc(att) + '</div><br class="Apple-interchange-newline">'
                    + text_html(body) + '</blockquote></div>')
        return ('<div class="moz-cite-prefix">' + esc(att) + '<br></div>\n<blockquote type="cite">'
                + text_html(body) + '</blockquote>')
    if st in ('outlook', 'fwd_outlook', 'outlook_old'):
        blk = outlook_block(q['lang'], q['name'], q['addr'], q['to'], q['subj'], q['date'])
        hb = '<br>\n'.join('<b>' + esc(l.split(':', 1)[0]) + ':</b>' + esc(l.split(':', 1)[1]) for l in blk.split('\n'))
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                + hb + '</font><div>&nbsp;</div></div>\n<div>' + text_html(body) + '</div>')
    blk = fwd_block(st, q['lang'], q['name'], q['addr'], q['to'], q['subj'], q['date'])
    if st == 'fwd_gmail':
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + '<br>'.join(esc(l) for l in blk.split('\n'))
                + '<br></div><br><br>' + text_html(body) + '</div>')
    if st == 'fwd_apple':
        return ('<div><br><blockquote type="cite">' + '<br>'.join(esc(l) for l in blk.split('\n') if l)
                + '<br><br>' + text_html(body) + '</blockquote></div>')
    return ('<div class="moz-forward-container">' + '<br>'.join(esc(l) for l in blk.split('\n')) + '<br><br>'
            + text_html(body) + '</div>')


def render(spec):
    """returns (plain_text, html_text) of the message body"""
    sig = spec.get('sig')
    text = spec.get('text', '').strip('\n')
    if spec.get('inline'):
        q = spec['quote']
        att = attribution(q['style'], q['lang'], q['name'], q['addr'], q['date'])
        pl, hl = [att], ['<div>' + esc(att) + '</div>']
        if text:
            pl = [text, ''] + pl
            hl = [text_html(text), '<div><br></div>'] + hl
        for kind, seg in spec['inline']:
            seg = seg.strip('\n')
            if kind == 'q':
                pl.append('\n'.join('> ' + l if l else '>' for l in seg.split('\n')))
                hl.append('<blockquote type="cite">' + text_html(seg) + '</blockquote>')
            else:
                pl.append('\n' + seg + '\n')
                hl.append(text_html(seg))
        plain = '\n'.join(pl)
        htm = '\n'.join(hl)
        if sig:
            plain += '\n\n' + sig
            htm += '\n<div><br></div><div class="signature">' + '<br>'.join(esc(l) for l in sig.split('\n')) + '</div>'
        return plain + '\n', htm
    plain_main = text + ('\n\n' + sig if sig else '')
    html_main = text_html(text) + ('\n<div><br></div><div class="signature">' + '<br>'.join(esc(l) for l in sig.split('\n')) + '</div>' if sig else '')
    q = spec.get('quote')
    if not q:
        return plain_main + '\n', html_main
    qp, qh = quote_plain(q), quote_html(q)
    if spec.get('pos') == 'bottom':
        return qp + '\n\n' + plain_main + '\n', qh + '\n<div><br></div>\n' + html_main
    return plain_main + '\n\n' + qp + '\n', html_main + '\n<div><br></div>\n' + qh


def wrap_html(inner, cs):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + cs + '">\n</head>\n'
            '<body>\n<div dir="ltr">\n' + inner + '\n</div>\n</body>\n</html>\n')


def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if cte == 'base64':
        return base64.encodebytes(raw).decode('ascii')
    s = raw.decode(cs)
    if cte == '7bit':
        assert all(ord(c) < 128 for c in s), 'non-ascii in 7bit'
    assert all(len(l.encode(cs)) < 990 for l in s.split('\n')), 'line too long for ' + cte
    return s


def leaf(ctype, text, cs, cte, fmt_flowed=False):
    ct = f'{ctype}; charset="{cs}"' + ('; format=flowed' if fmt_flowed else '')
    return f'Content-Type: {ct}\nContent-Transfer-Encoding: {cte}\n\n' + enc_body(text, cs, cte)


FAKE = {
    'application/pdf': b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    'image/jpeg': b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': b'PK\x03\x04\x14\x00\x06\x00fake docx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': b'PK\x03\x04\x14\x00\x06\x00fake xlsx',
}


def attachment(fname, ctype, content=None):
    data = content if content is not None else FAKE[ctype] * 3
    b64 = base64.encodebytes(data).decode('ascii')
    if any(ord(c) > 127 for c in fname):
        import urllib.parse
        fn = urllib.parse.quote(fname.encode('utf-8'))
        return (f"Content-Type: {ctype}; name*=utf-8''{fn}\nContent-Disposition: attachment;\n filename*=utf-8''{fn}\n"
                f'Content-Transfer-Encoding: base64\n\n' + b64)
    fn = fname
    return (f'Content-Type: {ctype}; name="{fn}"\nContent-Disposition: attachment; filename="{fn}"\n'
            f'Content-Transfer-Encoding: base64\n\n' + b64)


def multipart(sub, parts, bnd):
    return (f'Content-Type: multipart/{sub}; boundary="{bnd}"\n\n'
            + ''.join(f'--{bnd}\n{p.rstrip(chr(10))}\n\n' for p in parts) + f'--{bnd}--\n')


def hdr(s, cs='utf-8'):
    if all(ord(c) < 128 for c in s):
        return s
    return email.header.Header(s, cs if cs != 'us-ascii' else 'utf-8').encode()


def addr_hdr(name, addr, cs='utf-8'):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.@()<>]', name):
            return f'"{name}" <{addr}>'
        return f'{name} <{addr}>'
    return f'{hdr(name, cs)} <{addr}>'


MAILERS = {
    'gmail': None, 'outlook': 'Microsoft Outlook 16.0', 'apple': 'Apple Mail (2.3774.500.171.1.1)',
    'iphone': 'iPhone Mail (22D72)', 'thunderbird': None, 'android': None,
}


def local_time(dt, addr, lang):
    dom = addr.split('@')[1]
    off = {'hainesvineyards.com': -7, 'orchidtradefairs.sg': 8}.get(dom)
    if off is None:
        tld = dom.rsplit('.', 1)[1]
        off = {'uk': 0, 'ie': 0, 'pt': 0, 'br': -3}.get(tld, 0 if lang in ('en', 'pt') else 1)
    if off == 0 and dt.month == 3 and dt.day >= 30 or off == 0 and dt.month > 3:
        off = 1  # British/Portuguese summer time
    return dt.astimezone(datetime.timezone(datetime.timedelta(hours=off)))


def build(spec, msgid, irt=None, refs=None):
    cs = spec.get('cs', 'utf-8')
    cte = spec.get('cte', '8bit' if cs != 'us-ascii' else '7bit')
    mime = spec.get('mime', 'plain')
    plain, htm_inner = render(spec)
    htm = wrap_html(htm_inner, cs)
    tag = spec['id']
    if mime == 'plain':
        body = leaf('text/plain', plain, cs, cte, spec.get('flowed', False))
    elif mime == 'html':
        body = leaf('text/html', htm, cs, cte)
    else:
        body = multipart('alternative', [leaf('text/plain', plain, cs, cte), leaf('text/html', htm, cs, spec.get('hcte', cte))],
                         f'000000000000{zlib.crc32(tag.encode()) % 10**12:012d}alt')
    if spec.get('att'):
        body = multipart('mixed', [body] + [attachment(f, c) for f, c in spec['att']], f'----=_Part_{len(tag)}_{tag}.mixed')
    name, addr = spec['frm']
    h = [f'From: {addr_hdr(name, addr, cs if cs != "us-ascii" else "utf-8")}',
         f'To: {spec["to"]}',
         f'Subject: {hdr(spec["subj"], cs if cs != "us-ascii" else "utf-8")}',
         f'Date: {email.utils.format_datetime(local_time(spec["date"], addr, spec["lang"]))}',
         f'Message-ID: {msgid}']
    if irt:
        h.append(f'In-Reply-To: {irt}')
        h.append(f'References: {refs or irt}')
    h += spec.get('extra', [])
    client = spec.get('client')
    if client == 'outlook':
        h.append('X-Mailer: Microsoft Outlook 16.0')
        h.append('Thread-Index: AQHbk2Zl3v8x5Q7yT0aB1c9dXwYbLw==')
    elif client in ('apple', 'iphone'):
        h.append('X-Mailer: ' + MAILERS[client])
    elif client == 'thunderbird':
        h.append('User-Agent: Mozilla Thunderbird')
    h.append('MIME-Version: 1.0')
    raw = '\n'.join(h) + '\n' + body
    data = raw.encode(cs if cs != 'us-ascii' else 'ascii')
    if spec.get('crlf'):
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def write(folder, name, data, expected):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name + '.eml'), 'wb') as f:
        f.write(data)
    with open(os.path.join(folder, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write('\n')


# ---------------------------------------------------------------- helpers for specs
def Q(id, firm, lang, frm, subj, date, text, exp=(), qd=(), **kw):
    s = dict(id=id, firm=firm, lang=lang, frm=frm, subj=subj, date=date, text=text, exp=list(exp), qd=list(qd))
    s['to'] = kw.pop('to', f'{FIRMS[firm]["staff"]} <{FIRMS[firm]["addr"]}>' if all(ord(c) < 128 for c in FIRMS[firm]['staff']) else FIRMS[firm]['addr'])
    s.update(kw)
    return s


def quote(style, lang, name, addr, date, body, to='', subj=''):
    return dict(style=style, lang=lang, name=name, addr=addr, date=date, body=body, to=to, subj=subj)


def firmq(firm, style, lang, date, body, to='', subj=''):
    f = FIRMS[firm]
    return quote(style, lang, f['staff'], f['addr'], date, body, to, subj)


# ================================================================ QUESTION EMAILS
QUESTIONS = []
add = QUESTIONS.append

# ---- A  Sonora Acoustics (English) ------------------------------------------
add(Q('q001', 'A', 'en', ('Gaz Whitfield', 'gaz.whitfield@whitfieldbuild.co.uk'), 'noise report', D(3, 3, 7, 41),
      """need the noise report redone with the new site address - it's 14 Quarry Lane now not 12, planning ref 24/01873/FUL

ring me when you're free""",
      exp=["need the noise report redone with", "ring me when you're free"], qd=[],
      sig="Sent from my iPhone", client='iphone', mime='plain', cs='us-ascii', cte='7bit'))

add(Q('q002', 'A', 'en', ('Helen Marsh', 'helenmarsh62@btinternet.com'), 'Humming noise from next door - can you help?', D(4, 3, 22, 5),
      """Dear Priya,

I hope you don't mind me emailing you out of the blue, I got your name from the lady at the parish council who said you had helped with the pub on the green a few years back. I'll try to keep this short but I'm afraid it's been going on for months now. Our neighbours had one of those air source heat pumps put in last autumn, on the side wall about three metres from our bedroom window, and since then there's a low hum that starts around 11pm and goes on until five or six in the morning. My husband says he can't hear it at all (he sleeps through anything!) but I've been lying awake most nights and even the dog seems unsettled. Why is it always the neighbours who never answer the door? We've tried knocking twice. The council told me they'd need "evidence" before they could do anything, and I honestly don't know what counts as evidence. I've been keeping a diary of the nights, which I can send you. Would you be able to come out and measure it one evening, so we have something proper to show them? We're in Keynsham, so not far from you I think.

Anyway, hope you had a nice half-term, and sorry again for the long email!

Kind regards,
Helen Marsh""",
      exp=["come out and measure it one evening"], qd=["come out and measure it one evening"],
      mime='alt', cs='utf-8', cte='quoted-printable', crlf=True))

add(Q('q003', 'A', 'en', ('Rebecca Osei', 'r.osei@calderwood-developments.com'), 'Harbourside Phase 2 - acoustic queries', D(5, 3, 9, 2),
      """Dear Priya,

Further to our site meeting on Monday, please see our queries below:

1. Can you confirm whether the BS 4142 assessment covers the rooftop plant on Block C?
2. What is the earliest date you could attend site for pre-completion sound testing?
3. We would also like you to review the contractor's proposed acoustic ceiling detail (attached) and comment on whether it achieves the required airborne performance.

Kind regards,""",
      exp=["confirm whether the BS 4142 assessment covers", "earliest date you could attend site", "review the contractor's proposed acoustic ceiling detail"],
      qd=["review the contractor's proposed acoustic ceiling detail"],
      sig="""Rebecca Osei MRICS
Senior Development Manager
Calderwood Developments Ltd | 3 Temple Quay, Bristol BS1 6DZ
T: 0117 496 0832 | M: 07700 900418

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Calderwood Developments Ltd accepts no liability for any loss or damage caused by viruses. Registered in England No. 08812345.""",
      mime='html', cs='utf-8', cte='quoted-printable', client='outlook',
      att=[('C-ceiling-detail-rev-D.pdf', 'application/pdf')]))

add(Q('q010', 'A', 'en', ('Martin Gale', 'martin@galearchitects.co.uk'), 'RE: Noise impact assessment - 7 Mill Street', D(11, 3, 16, 30),
      """Priya,

Report received, all good. The planners validated the application this morning so we're on the clock now.

Many thanks for your help, and let me know if anything else is needed from our side.

Martin""",
      quote=firmq('A', 'outlook', 'en', D(10, 3, 17, 2), """Hi Martin,

Please find attached the final noise impact assessment for 7 Mill Street, revision B, incorporating the planner's comments.

Could you let me know once it has been submitted?

Best regards,
Priya""", to='Martin Gale <martin@galearchitects.co.uk>', subj='Noise impact assessment - 7 Mill Street'),
      sig="""Martin Gale RIBA
Gale Architects | Bath
01225 555 014""",
      mime='plain', cs='iso-8859-1', cte='8bit', client='outlook', crlf=True))

add(Q('q015', 'A', 'en', ('Dev Chauhan', 'dev.chauhan@gmail.com'), 'Re: Survey at 22 Ashgrove Road', D(12, 3, 21, 48),
      """Hi Priya, answers below""",
      inline=[('q', """Hi Dev,

Thanks for getting in touch. Before I book the survey I need a few details:

What time of the evening is the noise at its worst?"""),
              ('n', """Between 9 and midnight usually, worse at weekends."""),
              ('q', """Do you have floor plans of the flat?"""),
              ('n', """attached, the bedroom at the back is where it's really bad. could you also measure the back bedroom while you're here, not just the lounge"""),
              ('q', """Would Tuesday 18 March work?"""),
              ('n', """Tuesday is fine.""")],
      quote=firmq('A', 'gmail', 'en', D(12, 3, 11, 5), ''),
      exp=["could you also measure the back bedroom"], qd=["could you also measure the back bedroom"],
      sig="Dev", mime='alt', cs='utf-8', cte='quoted-printable',
      att=[('flat plans.pdf', 'application/pdf')]))

add(Q('q020', 'A', 'en', ('Sophie Lang', 'sophie.lang@riversidemedical.nhs.example.uk'), 'Re: Plant room test - date', D(13, 3, 8, 55),
      """Yes, Thursday 10am is fine. Security will have your name at the front desk.

Sophie""",
      quote=firmq('A', 'gmail', 'en', D(12, 3, 16, 40), """Hi Sophie,

Could you let us know whether Thursday 10am works for the plant room test? And is there parking on site for a van?

Thanks,
Priya"""),
      sig="""Sophie Lang | Estates Officer
Riverside Medical Centre
"Caring for our community since 1974" """.rstrip(), mime='plain', cs='utf-8', cte='8bit'))

add(Q('q025', 'A', 'en', ('Danny Rourke', 'thecrossedkeys.pub@outlook.com'), 'noise complaint from council!!', D(14, 3, 13, 12),
      """Hi Priya

Your details came from the brewery. We've had a letter from the council about the live music on Fridays, apparently two complaints from the new flats behind us. Honestly, who buys a flat behind a pub and then complains about music?

Do we need a full noise management plan or is a letter from you enough for the licensing people? If it's the plan, could you write it for us before the hearing on the 2nd of April.

Cheers
Danny""",
      exp=["need a full noise management plan", "could you write it for us"], qd=["could you write it for us"],
      sig="""The Crossed Keys, Frome
Live music every Friday!
Get Outlook for Android""", mime='alt', cs='utf-8', cte='base64', crlf=True))

add(Q('q030', 'A', 'en', ('Nadia Petrova', 'n.petrova@quayside-lettings.co.uk'), 'Calibration certs', D(17, 3, 11, 20),
      """Hello Priya,

Our tenant's solicitor has asked for some more information on the survey you did at Flat 4. Can you send over the calibration certificates for the meter you used, and did the survey cover the weekend period as well as weekdays?

Thanks in advance,""",
      exp=["send over the calibration certificates", "did the survey cover the weekend"], qd=[],
      sig="""Nadia Petrova
Lettings Manager, Quayside Lettings
0117 230 4411
Got a property to let? We've got tenants waiting!""", mime='alt', cs='windows-1252', cte='quoted-printable', client='outlook'))

# ---- B  Oakline Arboriculture (English) -------------------------------------
add(Q('q004', 'B', 'en', ('Graham Tully', 'graham.tully@tullyfamily.me.uk'), 'Fwd: Claim HX-448120 - subsidence at 9 Elm Close', D(6, 3, 18, 2),
      """Tom, can you deal with the below? Thx. The oak is the big one by the back fence you looked at last year.

G""",
      quote=quote('fwd_apple', 'en', 'Claims Team', 'claims.property@northgate-insure.example.com', D(6, 3, 14, 31), """Dear Mr Tully,

Thank you for notifying us of the cracking at 9 Elm Close.

To progress your claim we require an arboricultural report from a qualified arboriculturist. Could you please arrange for a report confirming whether the oak tree at the rear boundary is likely to be responsible for the subsidence? Please also tell us whether the tree is subject to a Tree Preservation Order.

Yours sincerely,
Claims Team
Northgate Insurance""", to='graham.tully@tullyfamily.me.uk', subj='Claim HX-448120 - subsidence at 9 Elm Close'),
      exp=["can you deal with the below"], qd=["can you deal with the below"],
      sig="Sent from my iPad", mime='alt', cs='utf-8', cte='quoted-printable', client='apple'))

add(Q('q005', 'B', 'en', ('Amira Haddad', 'amira.haddad@gmail.com'), 'Questions from the lender', D(7, 3, 12, 47),
      """Hi Tom,

Sorry to bother you again. Our mortgage lender wants to know: is the tree in the back garden covered by a TPO? They need an answer before they'll release the offer.

Also the surveyor asked whether the roots are likely to affect the drains, as the main run goes right past it.

Many thanks,
Amira""",
      exp=["the back garden covered by a TPO", "roots are likely to affect the drains"], qd=["roots are likely to affect the drains"],
      mime='plain', cs='utf-8', cte='quoted-printable', flowed=True))

add(Q('q006', 'B', 'en', ('Keith Barlow', 'keith.barlow@barlowfarms.co.uk'), 'RE: Invoice OAK-2291', D(7, 3, 15, 3),
      """Thanks Tom, got the invoice, paid it today by BACS. Have a good weekend!

Keith""",
      quote=firmq('B', 'outlook', 'en', D(6, 3, 9, 30), """Dear Keith,

Please find attached our invoice OAK-2291 for the hedgerow survey at Lower Barn.

Could you also confirm the access code for the field gate for our next visit?

Kind regards,
Tom Ashby
Oakline Arboriculture""", to='Keith Barlow', subj='Invoice OAK-2291'),
      mime='alt', cs='windows-1252', cte='quoted-printable', client='outlook', crlf=True))

add(Q('q011', 'B', 'en', ('Lucy Fenwick', 'lucy@fenwickhomes.co.uk'), 'Plot at Hollins Lane', D(10, 3, 10, 15),
      """Hi Tom,

Here's where we are with the Hollins Lane plot:

- three of the ash trees along the north boundary have die-back
- the big willow is leaning towards the old shed
- the council has confirmed there are no TPOs on site
- the architect wants to put the access drive along the east side

Can you come and do a full BS5837 survey before we submit the planning application? We're aiming for the end of April.

Thanks,
Lucy""",
      exp=["do a full BS5837 survey before"], qd=["do a full BS5837 survey before"],
      sig="""Lucy Fenwick
Fenwick Homes - building better villages
07700 900 771""", mime='html', cs='utf-8', cte='base64'))

add(Q('q016', 'B', 'en', ('Pauline Grey', 'pauline.grey@virginmedia.com'), 'All done!', D(11, 3, 17, 22),
      """Hello Tom,

Just to let you know the tree surgeons finished today. The stump has been ground out, the logs have gone and the neighbour is happy (for once!). Photos attached for your file.

Many thanks for recommending them.

Pauline""",
      mime='alt', cs='utf-8', cte='8bit', client='apple',
      att=[('IMG_4471.jpg', 'image/jpeg'), ('IMG_4472.jpg', 'image/jpeg')]))

add(Q('q021', 'B', 'en', ('Owen Price', 'owen.price@hotmail.co.uk'), 'quick one', D(13, 3, 19, 40),
      """Hi Tom

Quick one - do we need council permission to cut back branches overhanging from next door's sycamore? We're in the conservation area. And what's your availability w/c 14 April, in case we need you to do it

Owen""",
      exp=["do we need council permission to cut", "what's your availability w/c 14 April"], qd=[],
      mime='plain', cs='us-ascii', cte='7bit', crlf=True))

add(Q('q026', 'B', 'en', ('Siobhán Keane', 'siobhan.keane@eircom.net'), 'Re: Tree survey Kilmacud', D(14, 3, 9, 10),
      """Hi Tom,

Thanks a million for the report, it was really clear and the management company finally seems to be taking it seriously, which is a first! We had a meeting on Tuesday and they've agreed to remove the two dead birches before the summer. How's the weather over there, still raining I suppose? It hasn't stopped here since Christmas.

One thing though - would you be able to send the invoice to my husband's company instead of to me? It's Keane Electrical Ltd, Unit 4 Sandyford Business Park, Dublin 18. His accountant says it's easier that way.

Take care,
Siobhán""",
      quote=firmq('B', 'gmail', 'en', D(12, 3, 15, 0), """Hi Siobhán,

Please find the tree survey report attached. Let me know if the management company has any questions about it.

Tom"""),
      exp=["send the invoice to my husband's company"], qd=[],
      sig="""--
Siobhán Keane
"Trees are the answer." """.rstrip(), mime='alt', cs='iso-8859-1', cte='quoted-printable'))

add(Q('q011b', 'B', 'en', ('Raj Mehta', 'raj.mehta@mehtaestates.co.uk'), 'Trees at Orchard Court - two things', D(15, 3, 8, 5),
      """Morning Tom,

Could you check the three limes at Orchard Court for safety and let me have a short written report? The residents' committee is nervous after the storm. Also please invoice the management company, not me directly, same as last time.

Raj""",
      exp=["check the three limes at Orchard Court", "please invoice the management company"], qd=["check the three limes at Orchard Court"],
      sig="""Raj Mehta | Mehta Estates
Sent from my Galaxy""", mime='plain', cs='utf-8', cte='base64'))

# ---- C  Rheinhafen Zollservice (English clients) ----------------------------
add(Q('q007', 'C', 'en', ('Andrew Pike', 'andrew.pike@pikefiltration.co.uk'), 'Shipment PF-0325 / filter housings', D(4, 3, 9, 33),
      """Dear Jana,

We have a consignment leaving Birmingham on 12 March for our distributor in Duisburg:

- 40 filter housings, stainless steel
- gross weight 1,180 kg on 4 pallets
- Incoterms DAP Duisburg
- invoice value EUR 23,400

Please could you send us your EORI confirmation and check whether commodity code 8421 39 20 is correct for these housings, as our supplier has used a different one on the invoice.

Kind regards,""",
      exp=["send us your EORI confirmation", "check whether commodity code 8421 39 20"], qd=["check whether commodity code 8421 39 20"],
      sig="""Andrew Pike
Logistics Coordinator
Pike Filtration Systems Ltd
Tel: +44 121 496 0770

DISCLAIMER: The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted to be taken in reliance on it, is prohibited and may be unlawful.""",
      mime='alt', cs='windows-1252', cte='quoted-printable', client='outlook', crlf=True))

add(Q('q012', 'C', 'en', ('sam', 'sam@brightlinebikes.co.uk'), 'invoice', D(10, 3, 7, 12),
      """hi jana

invoice 2025-0412 needs redoing with our new VAT number GB 412 8876 21, the old one was cancelled in feb

also pls send the T1 docs for the rotterdam shipment, the haulier keeps asking

sam""",
      exp=["invoice 2025-0412 needs redoing with", "send the T1 docs for the rotterdam"], qd=[],
      sig="Sent from my iPhone", client='iphone', mime='plain', cs='us-ascii', cte='7bit'))

add(Q('q017', 'C', 'en', ('Karen Doyle', 'karen.doyle@doyle-engineering.ie'), 'URGENT container MSKU 448120-3', D(11, 3, 16, 58),
      """Jana

so the container is stuck in Duisburg since monday and nobody is telling us anything, the haulier says its customs, customs says its the shipping line, i honestly dont know anymore who to believe and my boss is on my back all day about it. can you find out what is holding it up and tell me if there are demurrage charges already, we need those parts by thursday or the line stops and then we really have a problem

thanks
Karen""",
      exp=["find out what is holding it up", "tell me if there are demurrage charges"], qd=["find out what is holding it up"],
      sig="""Karen Doyle | Purchasing | Doyle Engineering, Cork
+353 21 555 0192
Sent from Outlook for iOS""", mime='plain', cs='utf-8', cte='quoted-printable'))

add(Q('q022', 'C', 'en', ('Mei Lin Tan', 'meilin.tan@orchidtradefairs.sg'), 'ATA carnet and duty calculation', D(13, 3, 3, 15),
      """Dear Ms Kowalczyk,

Kindly advise if the ATA carnet can be used for the trade fair samples going on to Basel after Düsseldorf.

Further, we need a calculation of the import duties for the attached pro-forma invoice, as some of the samples will be sold at the fair and not re-exported.

Thank you and best regards,
Mei Lin Tan""",
      exp=["advise if the ATA carnet can be used", "need a calculation of the import duties"], qd=["need a calculation of the import duties"],
      sig="""Orchid Trade Fairs Pte Ltd
80 Robinson Road #10-01, Singapore 068898""", mime='alt', cs='utf-8', cte='base64', client='outlook',
      att=[('Proforma_OTF-2025-031.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')]))

# ---- D  Traducta (English clients) ------------------------------------------
add(Q('q008', 'D', 'en', ('Claire Whitmore', 'claire.whitmore@icloud.com'), 'Translations for residency', D(5, 3, 20, 11),
      """Hi Inês,

I hope this finds you well! We finally made the move – the van arrived in Cascais last Tuesday and we are now living among boxes. Isn't Lisbon lovely this time of year? Everyone told us it would rain all spring and it's been sunny every day.

The AIMA appointment is on 2 April and they want certified translations of quite a few things. How much would it cost to translate my birth certificate and our marriage certificate into Portuguese? Do they need an apostille as well, or is your certification enough?

Thanks so much,
Claire""",
      exp=["How much would it cost to translate", "Do they need an apostille as well"], qd=["How much would it cost to translate"],
      sig="Sent from my iPhone", client='iphone', mime='alt', cs='utf-8', cte='quoted-printable'))

add(Q('q013', 'D', 'en', ('Henry Ashdown', 'hashdown@ashdown-legal.co.uk'), 'Project Tagus - certified translation', D(10, 3, 11, 45),
      """Dear Ms Carvalho,

We act for the purchaser in the above matter.

We would be grateful if you could provide a certified translation of the enclosed 14-page share purchase agreement from Portuguese into English by 28 March. Please also confirm whether your translators are registered with the Portuguese consulate in London.

Yours sincerely,""",
      exp=["provide a certified translation of the enclosed", "confirm whether your translators are registered"], qd=["provide a certified translation of the enclosed"],
      sig="""Henry Ashdown
Partner, Ashdown Legal LLP
20 Fenchurch Street, London EC3M 3BY
DX 42 London | T +44 20 7946 0123

Ashdown Legal LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345). This email is confidential and may be privileged. If you are not the intended recipient please notify us immediately and delete it. We will never change our bank details by email.""",
      mime='html', cs='utf-8', cte='quoted-printable', client='outlook',
      att=[('SPA_Tagus_PT_execution.pdf', 'application/pdf')]))

add(Q('q018', 'D', 'en', ('Jo Barker', 'jo.barker@gmail.com'), 'Re: Your translations are ready', D(12, 3, 14, 2),
      """Who knew a birth certificate could cause so much trouble?! Anyway thanks to you it's all sorted, the Conservatória accepted everything this morning. Obrigada!!

Jo x""",
      quote=firmq('D', 'gmail', 'en', D(11, 3, 9, 12), """Dear Jo,

Your certified translations are ready and can be collected at our office from 2pm. Would you prefer us to post them instead?

Best regards,
Inês Carvalho
Traducta"""),
      mime='alt', cs='utf-8', cte='quoted-printable'))

add(Q('q023', 'D', 'en', ('Paula Ribeiro', 'paula.ribeiro@meridian-holdings.com'), 'FW: lease translation', D(13, 3, 10, 20),
      """Inês, Mark from legal asked me to pass this on. He needs the attached 40-page lease translated into Spanish for the Madrid office. Can you tell him when it could be delivered? He's copied.

Thanks!
Paula""",
      quote=quote('fwd_outlook', 'en', 'Mark Sullivan', 'mark.sullivan@meridian-holdings.com', D(12, 3, 17, 55), """Paula,

Do you still have the details of that translation agency in Lisbon? Could you ask them whether they do Spanish as well? The lease for the Madrid office needs translating and the landlord's lawyers want it by the end of the month.

Thanks,
Mark""", to='Paula Ribeiro <paula.ribeiro@meridian-holdings.com>', subj='lease translation'),
      exp=["needs the attached 40-page lease translated", "tell him when it could be delivered"], qd=["needs the attached 40-page lease translated"],
      sig="""Paula Ribeiro
Office Manager | Meridian Holdings""", mime='alt', cs='utf-8', cte='quoted-printable', client='outlook',
      att=[('Lease_Madrid_final.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')]))

add(Q('q028', 'D', 'en', ('Tomasz Nowak', 'tomasz.nowak94@wp.pl'), 'diploma', D(17, 3, 23, 50),
      """hello

sworn translation of my 2-page diploma EN>PT pls, need it for the university by friday. can I drop the original at your office or do you need it posted

thx
Tomasz""",
      exp=["sworn translation of my 2-page diploma", "can I drop the original at your"], qd=["sworn translation of my 2-page diploma"],
      sig="Wysłane z iPhone'a", client='iphone', mime='plain', cs='utf-8', cte='8bit'))

# ---- E  Vitis Conseil (English clients) --------------------------------------
add(Q('q009', 'E', 'en', ('Charlotte Dunmore', 'charlotte@dunmore-estate.co.uk'), 'Soil analysis - new plot', D(5, 3, 8, 20),
      """Dear Étienne,

Could you have a look at the soil analysis I've attached and tell me if we need to lime before planting? The lab's comments are rather cryptic.

Also, are you still doing the pruning workshop in May? Two of our team would love to come.

Best wishes,
Charlotte""",
      exp=["have a look at the soil analysis", "still doing the pruning workshop in May"], qd=["have a look at the soil analysis"],
      sig="""Charlotte Dunmore
Dunmore Estate - English sparkling wine from the South Downs
www.dunmore-estate.co.uk""", mime='alt', cs='utf-8', cte='quoted-printable', client='apple',
      att=[('Soil report plot 7.pdf', 'application/pdf')]))

add(Q('q014', 'E', 'en', ('Robert Haines', 'rob@hainesvineyards.com'), 'Re: Harvest report 2024', D(11, 3, 6, 40),
      """Sounds good. One more thing: my accountant asks whether your fee for last season's harvest report is VAT-exempt for an overseas client, as he wants to close the books this week.

Rob""",
      quote=firmq('E', 'gmail', 'en', D(10, 3, 18, 22), """Dear Robert,

The final harvest report is attached. I will send the invoice separately by the end of the week.

Best regards,
Étienne

> On 9 Mar 2025, at 21:10, Robert Haines <rob@hainesvineyards.com> wrote:
>
> Étienne, any news on the harvest report? And can you remind me what we agreed on the fee?
>
> Rob"""),
      exp=["whether your fee for last season's harvest report"], qd=[],
      sig="""Robert Haines
Haines Vineyards | Willamette Valley, Oregon
+1 503 555 0147""", mime='plain', cs='utf-8', cte='quoted-printable'))

add(Q('q019', 'E', 'en', ('Marco Bertolino', 'marco@cascinabertolino.it'), 'peronospora problem', D(12, 3, 10, 1),
      """Dear Etienne,

I write you for the problem of the peronospora we had last year in our vineyard in Langhe, we lost almost 30% of the nebbiolo. Can you make a treatment plan for the next season? We are biologic certified so no systemic products.

Also, quando vieni in Piemonte? My father wants to meet you.

Grazie mille,
Marco""",
      exp=["Can you make a treatment plan", "quando vieni in Piemonte"], qd=["Can you make a treatment plan"],
      sig="""Cascina Bertolino - Barbaresco dal 1921
Inviato da iPhone""", client='iphone', mime='alt', cs='utf-8', cte='8bit'))

add(Q('q024', 'E', 'en', ('Emma Clarke', 'emma.clarke@thevineroom.co.uk'), 'Thank you!', D(13, 3, 15, 15),
      """Dear Étienne,

Thank you for the wonderful tasting last week! The whole team loved it and we've already changed two of our Bordeaux listings on the strength of it.

Could you send us the list of the wines we tasted, with the growers' details? Our buyer forgot to take notes.

With warm regards,
Emma""",
      exp=["send us the list of the wines"], qd=[],
      sig="""Emma Clarke | Wine Director
The Vine Room, Edinburgh""", mime='html', cs='utf-8', cte='quoted-printable', client='apple',
      att=[('tasting-team.jpg', 'image/jpeg')]))

add(Q('q029', 'E', 'en', ('Daniel Moreau-Hughes', 'dmh1971@gmail.com'), 'Inherited vineyard near Cahors', D(16, 3, 22, 30),
      """Dear Mr Laborde,

A friend of my late father gave me your address. My father passed away in January and I've inherited a small vineyard near Cahors, about six hectares of Malbec, with a tenant who has been looking after it for the last few years. I live in Manchester and I know absolutely nothing about wine. Where do I even start?

The notary has asked me to decide by the summer what I want to do. Could you do a visit and tell me whether it's worth keeping the vines or selling the land? I'd of course pay for your time and travel.

With thanks,
Daniel Moreau-Hughes""",
      exp=["do a visit and tell me whether"], qd=["do a visit and tell me whether"],
      mime='alt', cs='utf-8', cte='base64'))

# ---- German -------------------------------------------------------------------
add(Q('q031', 'C', 'de', ('Dr. Stefan Brückner', 's.brueckner@solartec-niederrhein.de'), 'Sendung SZX-2291 Solarmodule', D(4, 3, 8, 12),
      """Sehr geehrte Frau Kowalczyk,

anbei die Handelsrechnung und die Packliste für die Sendung aus Shenzhen (ETA Duisburg 14.03.).

Bitte prüfen Sie, ob für die Solarmodule Antidumpingzölle anfallen; der Lieferant behauptet, die Module seien in Vietnam gefertigt. Außerdem benötigen wir bis Freitag die Zollanmeldung für die Teillieferung an unser Lager in Venlo.

Mit freundlichen Grüßen""",
      exp=["ob für die Solarmodule Antidumpingzölle anfallen", "benötigen wir bis Freitag die Zollanmeldung"],
      qd=["ob für die Solarmodule Antidumpingzölle anfallen", "benötigen wir bis Freitag die Zollanmeldung"],
      sig="""Dr. Stefan Brückner
Leiter Einkauf
SolarTec Niederrhein GmbH | Hafenstraße 12 | 47119 Duisburg
Tel. +49 203 555 118-0

SolarTec Niederrhein GmbH, Sitz Duisburg, Amtsgericht Duisburg HRB 33421, Geschäftsführer: Klaus Jansen
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""",
      mime='alt', cs='windows-1252', cte='quoted-printable', client='outlook', crlf=True,
      att=[('Handelsrechnung_SZX-2291.pdf', 'application/pdf')]))

add(Q('q032', 'C', 'de', ('Jörg Hammes', 'joerg.hammes@t-online.de'), 'LKW morgen', D(6, 3, 17, 48),
      """hallo frau k, ruf mich bitte kurz an wegen der LKW-Abfertigung morgen früh. der fahrer hat die papiere nicht dabei

danke
jörg""",
      exp=["ruf mich bitte kurz an"], qd=[],
      sig="Von meinem iPhone gesendet", client='iphone', mime='plain', cs='utf-8', cte='8bit'))

add(Q('q033', 'E', 'de', ('Annette Weilbacher', 'a.weilbacher@weingut-weilbacher.de'), 'Bodenanalyse Kirchberg', D(10, 3, 14, 40),
      """Lieber Herr Laborde,

wie war die Rückreise nach Bordeaux? Hoffentlich ohne Streik diesmal!

Wir haben die neue Parzelle am Kirchberg jetzt endgültig gekauft. Könnten Sie uns ein Angebot für die Bodenanalyse und die Sortenempfehlung schicken? Und wissen Sie, ob die Förderung für Neupflanzungen in Rheinland-Pfalz noch bis Juni beantragt werden kann?

Herzliche Grüße aus der Pfalz
Annette Weilbacher""",
      exp=["ein Angebot für die Bodenanalyse", "ob die Förderung für Neupflanzungen"], qd=["ein Angebot für die Bodenanalyse"],
      sig="""Weingut Weilbacher · Weinstraße 41 · 67146 Deidesheim
www.weingut-weilbacher.de""", mime='alt', cs='utf-8', cte='quoted-printable', client='thunderbird'))

add(Q('q034', 'C', 'de', ('Heike Lorenz', 'heike.lorenz@lorenz-moebel.de'), 'Re: Abfertigung Sendung 7781', D(12, 3, 15, 31),
      """Vielen Dank, die Ware ist heute Mittag angekommen. Alles bestens!

Schönes Wochenende
Heike Lorenz""",
      quote=firmq('C', 'gmail', 'de', D(11, 3, 10, 2), """Sehr geehrte Frau Lorenz,

die Sendung 7781 wurde heute freigegeben und wird morgen zugestellt.

Können Sie uns bitte noch bestätigen, dass an der Rampe ein Stapler verfügbar ist?

Mit freundlichen Grüßen
Jana Kowalczyk"""),
      mime='alt', cs='utf-8', cte='8bit'))

add(Q('q035', 'C', 'de', ('Uwe Stratmann', 'u.stratmann@stratmann-werkzeug.de'), 'WG: Lieferantenerklärung / Präferenzursprung', D(14, 3, 9, 5),
      """Hallo Jana,

kannst du dich bitte darum kümmern? Siehe unten. Ich habe keine Ahnung, was die genau von uns wollen.

Gruß
Uwe""",
      quote=quote('fwd_outlook', 'de', 'Marta Bianchi', 'm.bianchi@utensili-bianchi.it', D(13, 3, 16, 10), """Sehr geehrter Herr Stratmann,

für die Verzollung in Italien benötigen wir eine Langzeit-Lieferantenerklärung für die Bohrer der Serie HX. Können Sie uns diese bis Ende März zusenden? Ist der Präferenzursprung EU für alle Artikel gegeben?

Mit freundlichen Grüßen
Marta Bianchi""", to='Uwe Stratmann', subj='Lieferantenerklärung / Präferenzursprung'),
      exp=["kannst du dich bitte darum kümmern"], qd=["kannst du dich bitte darum kümmern"],
      sig="""Uwe Stratmann
Stratmann Werkzeugbau GmbH & Co. KG""", mime='html', cs='iso-8859-1', cte='quoted-printable', client='outlook'))

# ---- French -------------------------------------------------------------------
add(Q('q036', 'E', 'fr', ('Jean-Marc Duroux', 'jm.duroux@orange.fr'), 'gel parcelles du bas', D(7, 4, 7, 3),
      """Bonjour Étienne,

j'espère que vous allez bien ! Quel printemps, hein ? Trois gelées en une semaine, on n'avait pas vu ça depuis 2021...

Pourriez-vous passer voir les parcelles du bas et nous dire s'il faut retailler ? Le merlot a pris cher, le cabernet un peu moins. Et est-ce que vous avez toujours le contact du pépiniériste de Libourne ?

Bien à vous,
Jean-Marc""",
      exp=["passer voir les parcelles du bas", "vous avez toujours le contact du pépiniériste"], qd=["passer voir les parcelles du bas"],
      sig="""Château Les Graves Hautes
Envoyé de mon iPhone""", client='iphone', mime='alt', cs='utf-8', cte='quoted-printable'))

add(Q('q037', 'D', 'fr', ('Étude Dubois-Lemaire', 'office@dubois-lemaire.notaires.fr'), 'Traduction acte de vente - dossier 2025/0117', D(10, 3, 11, 28),
      """Madame,

Maître Dubois vous prie de bien vouloir traduire l'acte de vente ci-joint en portugais, en version certifiée, pour nos clients M. et Mme Ferreira.

Merci de nous indiquer également le délai de livraison.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.""",
      exp=["traduire l'acte de vente ci-joint", "nous indiquer également le délai de livraison"], qd=["traduire l'acte de vente ci-joint"],
      sig="""Sandrine Perrot
Clerc de notaire
Étude Dubois-Lemaire, Notaires associés
12, cours de l'Intendance - 33000 Bordeaux
Tél. : 05 56 00 00 12

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire.""",
      mime='alt', cs='iso-8859-1', cte='quoted-printable', client='outlook', crlf=True,
      att=[('Acte_vente_Ferreira.pdf', 'application/pdf')]))

add(Q('q038', 'E', 'fr', ('Claire Vidal', 'claire.vidal@domaine-vidal.fr'), 'RE: Rapport maturité 2024', D(11, 3, 18, 47),
      """Merci pour le rapport, c'est très clair. Nous appliquerons vos recommandations dès la semaine prochaine.

Bonne soirée !
Claire""",
      quote=firmq('E', 'outlook', 'fr', D(11, 3, 9, 0), """Bonjour Claire,

Veuillez trouver ci-joint le rapport de maturité. Pouvez-vous me dire si vous avez bien reçu les échantillons de sol ?

Bien cordialement,
Étienne Laborde""", to='Claire Vidal', subj='Rapport maturité 2024'),
      mime='alt', cs='windows-1252', cte='quoted-printable', client='outlook'))

add(Q('q039', 'C', 'fr', ('Benoît Lambert', 'b.lambert@lambert-import.be'), 'Conteneur Anvers - documents', D(12, 3, 10, 40),
      """Bonjour Madame Kowalczyk,

Suite à notre appel de ce matin, voici les documents du conteneur arrivé à Anvers. Il nous faudrait le calcul des droits et de la TVA à l'importation, et pourriez-vous nous confirmer que le certificat EUR.1 joint est bien valable ?

Cordialement,
Benoît Lambert
Lambert Import SPRL - Namur""",
      exp=["le calcul des droits et de la TVA", "nous confirmer que le certificat EUR.1"], qd=["le calcul des droits et de la TVA"],
      mime='plain', cs='utf-8', cte='base64',
      att=[('EUR1_scan.pdf', 'application/pdf'), ('Facture_LI-2025-88.pdf', 'application/pdf')]))

add(Q('q040', 'D', 'fr', ('Amélie Rousseau', 'amelie.rousseau@free.fr'), 'Re: Devis traduction diplôme', D(13, 3, 21, 3),
      """D'accord pour le tarif. Une question quand même : est-ce que la traduction sera acceptée par le consulat du Brésil à Paris ? On m'a dit qu'ils étaient très pointilleux.

Amélie""",
      quote=firmq('D', 'thunderbird', 'fr', D(13, 3, 9, 45), """Bonjour Madame Rousseau,

La traduction certifiée de votre diplôme coûte 45 € (une page). Le délai est de trois jours ouvrés.

Cordialement,
Inês Carvalho"""),
      pos='bottom',
      exp=["la traduction sera acceptée par le consulat"], qd=[],
      mime='plain', cs='utf-8', cte='8bit', client='thunderbird'))

# ---- Spanish ------------------------------------------------------------------
add(Q('q041', 'E', 'es', ('Bodegas Arizmendi', 'viticultura@bodegasarizmendi.es'), 'Varias cosas', D(5, 3, 12, 10),
      """Hola Étienne:

Te escribo con varias cosas pendientes:

1) ¿Cuándo podrías venir a hacer la visita de primavera?
2) Necesitamos un informe sobre el riesgo de oídio en las parcelas de Labastida para la aseguradora.
3) ¿Nos puedes reenviar la factura de enero? Contabilidad no la encuentra.

Un saludo,
Iñaki Arizmendi""",
      exp=["Cuándo podrías venir a hacer", "Necesitamos un informe sobre el riesgo", "Nos puedes reenviar la factura de enero"],
      qd=["Necesitamos un informe sobre el riesgo"],
      sig="""Bodegas Arizmendi · Labastida (Álava)
Tel. 945 00 00 00""", mime='html', cs='utf-8', cte='quoted-printable'))

add(Q('q042', 'D', 'es', ('Lucía Fernández Ortega', 'lfernandez@fernandezortega-abogados.es'), 'Poder notarial y estatutos', D(6, 3, 13, 55),
      """Estimada Inês:

El notario de Vigo pregunta si la traducción jurada del poder tiene que llevar la apostilla de La Haya o si basta con su sello.

Y otra cosa: ¿podrían traducir también los estatutos de la sociedad (25 páginas) al portugués para la semana que viene?

Muchas gracias y un saludo,""",
      exp=["si la traducción jurada del poder", "podrían traducir también los estatutos"], qd=["podrían traducir también los estatutos"],
      sig="""Lucía Fernández Ortega
Fernández Ortega Abogados · Vigo
AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.""",
      mime='html', cs='iso-8859-1', cte='quoted-printable', client='outlook'))

add(Q('q043', 'D', 'es', ('Javier Soto', 'javisoto88@gmail.com'), 'Re: Traducción certificado de empadronamiento', D(7, 3, 9, 30),
      """Muchas gracias, recibido todo correctamente. ¡Qué rápido! ¿Cómo lo hacéis? :)

Saludos,
Javier""",
      quote=firmq('D', 'gmail', 'es', D(6, 3, 18, 2), """Hola Javier:

Le adjunto la traducción certificada del certificado de empadronamiento. ¿Necesita también la copia en papel?

Un saludo,
Inês"""),
      mime='alt', cs='utf-8', cte='quoted-printable'))

add(Q('q044', 'E', 'es', ('Rocío Domecq', 'rocio@vinasdelalbariza.es'), 'plan fertilización + visita', D(10, 3, 19, 20),
      """Hola Étienne, sorry for the mix of languages, mi inglés no es muy bueno y mi francés peor jaja.

Necesito que revises el plan de fertilización que te adjunto, please, el agrónomo nuevo quiere meter mucho nitrógeno y no me fío. ¿Y cuánto cobras por la visita a Jerez?

Un abrazo,
Rocío""",
      exp=["Necesito que revises el plan de fertilización", "cuánto cobras por la visita a Jerez"],
      qd=["Necesito que revises el plan de fertilización", "cuánto cobras por la visita a Jerez"],
      sig="Enviado desde mi iPhone", client='iphone', mime='alt', cs='utf-8', cte='base64',
      att=[('Plan fertilización 2025.pdf', 'application/pdf')]))

add(Q('q045', 'C', 'es', ('Frutas Levante Export', 'trafico@frutaslevante.es'), 'camión parado', D(12, 3, 6, 50),
      """Buenos días Jana,

os escribo porque el camión con los cítricos (matrícula 4471 KLM) lleva dos días parado en Venlo y nadie nos dice nada. Llamadme en cuanto podáis, por favor.

Gracias,
Pepe Martínez
Dpto. Tráfico""",
      exp=["Llamadme en cuanto podáis"], qd=[],
      sig="Enviado desde mi iPhone", client='iphone', mime='plain', cs='windows-1252', cte='8bit', crlf=True))

# ---- Dutch --------------------------------------------------------------------
add(Q('q046', 'C', 'nl', ('Bas van der Linden', 'bas.vanderlinden@lindenlogistiek.nl'), 'Offerte douaneafhandeling vanaf mei', D(4, 3, 10, 18),
      """Goedemorgen Jana,

Vanaf mei verwachten we ongeveer 12 containers per maand uit Turkije via Rotterdam, met doorvoer naar Duisburg.

Graag ontvangen wij een offerte voor de douaneafhandeling van deze containers. Kunnen jullie daarnaast de T1-documenten voor ons opmaken, of moet de rederij dat doen?

Met vriendelijke groet,""",
      exp=["Graag ontvangen wij een offerte", "de T1-documenten voor ons opmaken"], qd=["Graag ontvangen wij een offerte"],
      sig="""Bas van der Linden
Linden Logistiek B.V. | Waalhaven 88 | 3089 KH Rotterdam
T +31 10 555 0123

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht heeft ontvangen, verzoeken wij u het te verwijderen.""",
      mime='alt', cs='utf-8', cte='quoted-printable', client='outlook'))

add(Q('q047', 'B', 'nl', ('Sanne de Groot', 'sannedegroot@hotmail.com'), 'boom van de buren', D(8, 3, 13, 13),
      """Hoi Tom,

sorry dat ik in het Nederlands schrijf, mijn Engels gaat niet zo goed op de telefoon haha. De boom van de buren hangt helemaal over onze schuur en er vallen steeds takken op het dak. Waarom doen buren toch altijd zo moeilijk? Mag ik die takken zelf afzagen of moet ik eerst toestemming vragen aan de buren?

Groetjes,
Sanne""",
      exp=["Mag ik die takken zelf afzagen"], qd=[],
      sig="Verstuurd vanaf mijn iPhone", client='iphone', mime='plain', cs='utf-8', cte='quoted-printable'))

add(Q('q048', 'C', 'nl', ('Ingrid Bakker', 'i.bakker@bakkerfoods.nl'), 'Vraag accountant + douanewaarde', D(11, 3, 15, 2),
      """Hallo Jana,

Onze accountant vraagt of de invoer-btw verlegd kan worden via onze artikel 23-vergunning, ook als jullie de aangifte doen.

Daarnaast: kunnen jullie de douanewaarde van de bijgevoegde zending opnieuw berekenen? De vrachtkosten waren te hoog opgegeven door de expediteur.

Groet,
Ingrid""",
      exp=["de invoer-btw verlegd kan worden", "de douanewaarde van de bijgevoegde zending"], qd=["de douanewaarde van de bijgevoegde zending"],
      sig="""Ingrid Bakker | Bakker Foods B.V.
Smaak van Holland sinds 1962""", mime='alt', cs='iso-8859-1', cte='quoted-printable', client='apple',
      att=[('zending_BF-0311.pdf', 'application/pdf')]))

add(Q('q049', 'C', 'nl', ('Ruud Jansen', 'ruud@jansentransport.nl'), 'Re: Vrijgave zending 4412', D(12, 3, 8, 3),
      """Top, bedankt! Ik laat het weten als de vrachtwagen er is.

Ruud""",
      quote=firmq('C', 'apple', 'nl', D(11, 3, 17, 40), """Hallo Ruud,

De zending 4412 is vrijgegeven. Weet je al hoe laat de vrachtwagen morgen komt?

Groet,
Jana"""),
      sig="Verstuurd vanaf mijn iPhone", client='iphone', mime='plain', cs='utf-8', cte='8bit'))

add(Q('q050', 'A', 'nl', ('Joost Verhoeven', 'j.verhoeven@verhoeven-bouw.nl'), 'Hotel Bath - geluid spoorzijde', D(13, 3, 9, 40),
      """Beste Priya,

In de bijlage vind je de tekeningen van het nieuwe hotel in Bath. Kunnen jullie een geluidsberekening maken voor de gevel aan de spoorkant? De gemeente wil dat we aantonen dat de slaapkamers aan de eisen voldoen.

En wanneer zouden jullie de metingen op locatie kunnen doen?

Met vriendelijke groet,
Joost Verhoeven""",
      exp=["een geluidsberekening maken voor de gevel", "wanneer zouden jullie de metingen"], qd=["een geluidsberekening maken voor de gevel"],
      sig="""Verhoeven Bouw B.V. | Eindhoven
Bouwen met vertrouwen""", mime='html', cs='windows-1252', cte='quoted-printable', client='outlook', crlf=True,
      att=[('Hotel_Bath_gevels.pdf', 'application/pdf')]))

# ---- Italian ------------------------------------------------------------------
add(Q('q051', 'E', 'it', ('Francesca Salvioni', 'francesca@podere-salvioni.it'), 'Reimpianto vigna Montalcino', D(5, 3, 11, 11),
      """Buongiorno Étienne,

come sta? Le scrivo per la vigna sotto il podere, quella che abbiamo estirpato a novembre.

Ci servirebbe una consulenza sulla scelta dei portinnesti per il reimpianto, il terreno è molto calcareo. Potrebbe anche dirci quando sarebbe disponibile per venire a vederla?

Cordiali saluti,
Francesca Salvioni""",
      exp=["Ci servirebbe una consulenza sulla scelta", "quando sarebbe disponibile per venire"], qd=["Ci servirebbe una consulenza sulla scelta"],
      sig="""Podere Salvioni - Montalcino (SI)
Tel. 0577 000 000""", mime='alt', cs='utf-8', cte='quoted-printable'))

add(Q('q052', 'C', 'it', ('Giorgio Ferretti', 'g.ferretti@ferretti-macchine.it'), 'Classificazione doganale macchinari', D(6, 3, 14, 20),
      """Gentile Jana,

vi chiedo cortesemente di verificare la classificazione doganale dei macchinari in allegato e di inviarci la fattura di febbraio corretta, con la partita IVA giusta.

Distinti saluti""",
      exp=["verificare la classificazione doganale dei macchinari", "inviarci la fattura di febbraio corretta"],
      qd=["verificare la classificazione doganale dei macchinari"],
      sig="""Giorgio Ferretti
Ufficio Spedizioni - Ferretti Macchine Agricole S.r.l.
Via dell'Industria 14, 42124 Reggio Emilia

Le informazioni contenute in questo messaggio sono riservate. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di eliminarlo.""",
      mime='alt', cs='windows-1252', cte='quoted-printable', client='outlook',
      att=[('Schede_tecniche_FM.pdf', 'application/pdf')]))

add(Q('q053', 'D', 'it', ('Valentina Greco', 'vale.greco@libero.it'), 'Re: Traduzioni pronte', D(10, 3, 20, 2),
      """Grazie mille, ho ricevuto le traduzioni. Tutto perfetto! Buona Pasqua in anticipo

Vale""",
      quote=firmq('D', 'apple', 'it', D(10, 3, 12, 0), """Gentile Valentina,

le traduzioni sono pronte, gliele abbiamo spedite oggi per posta raccomandata. Le serve anche una copia in PDF?

Cordiali saluti,
Inês"""),
      sig="Inviato da iPhone", client='iphone', mime='plain', cs='utf-8', cte='quoted-printable'))

add(Q('q054', 'D', 'it', ('Luca Moretti', 'luca.moretti@morettitravel.it'), 'I: Richiesta traduzione cartelle cliniche', D(11, 3, 9, 44),
      """Ciao Inês,

puoi occuparti tu di questa richiesta? È una nostra cliente, le ho detto che siete i migliori :)

Grazie,
Luca""",
      quote=quote('fwd_gmail', 'it', 'Anna Rizzo', 'anna.rizzo72@gmail.com', D(10, 3, 19, 30), """Buonasera Luca,

mia madre deve fare un intervento a Lisbona e l'ospedale chiede le cartelle cliniche tradotte in portoghese, sono circa 30 pagine. Sai a chi posso rivolgermi? Quanto potrebbe costare?

Grazie, Anna""", to='Luca Moretti <luca.moretti@morettitravel.it>', subj='Richiesta traduzione cartelle cliniche'),
      exp=["puoi occuparti tu di questa richiesta"], qd=["puoi occuparti tu di questa richiesta"],
      mime='alt', cs='utf-8', cte='quoted-printable'))

add(Q('q055', 'E', 'it', ('Piero Gaddi', 'piero.gaddi@gmail.com'), 'vendemmia', D(14, 3, 22, 50),
      """Caro Étienne,

è da un po' che non ci sentiamo, spero tutto bene a Bordeaux. Qui l'inverno è stato strano, pochissima pioggia e poi tutta insieme a febbraio, la strada per la vigna alta è franata di nuovo e mio fratello ha passato due settimane col trattore a sistemarla. Intanto il vecchio Nando, che ci aiutava con la vendemmia da trent'anni, ha deciso di andare in pensione, e trovare gente per la raccolta diventa ogni anno più difficile, sa com'è. E poi mio cugino dice che dovremmo cambiare tutto e comprare la macchina, ma io non sono convinto, con quelle pendenze. Insomma, lei cosa ne pensa della vendemmia meccanica per il nostro vigneto in collina? I filari sono a 2,2 metri, il sangiovese è a cordone speronato.

Un abbraccio e a presto,
Piero""",
      exp=["cosa ne pensa della vendemmia meccanica"], qd=["cosa ne pensa della vendemmia meccanica"],
      mime='plain', cs='iso-8859-1', cte='quoted-printable'))

# ---- Portuguese ---------------------------------------------------------------
add(Q('q056', 'D', 'pt', ('Rui Tavares', 'rui.tavares@sapo.pt'), 'Tradução registo criminal', D(4, 3, 16, 25),
      """Boa tarde,

preciso de uma tradução certificada do meu certificado de registo criminal para inglês, para um emprego no Reino Unido. Quanto tempo demora?

Cumprimentos,
Rui Tavares""",
      exp=["preciso de uma tradução certificada", "Quanto tempo demora"], qd=["preciso de uma tradução certificada"],
      mime='plain', cs='iso-8859-1', cte='8bit'))

add(Q('q057', 'E', 'pt', ('Gustavo Pereira', 'gustavo@vinicolaserragaucha.com.br'), 'Dados de maturação', D(7, 3, 21, 5),
      """Oi Étienne, tudo bem?

Você poderia analisar os dados de maturação que mandei em anexo e sugerir a data da colheita do merlot? Aqui a chuva não para e estamos com medo de perder tudo.

Abraço,
Gustavo""",
      exp=["analisar os dados de maturação"], qd=["analisar os dados de maturação"],
      sig="""Gustavo Pereira
Vinícola Serra Gaúcha - Bento Gonçalves/RS
Enviado do meu iPhone""", client='iphone', mime='alt', cs='utf-8', cte='base64',
      att=[('maturacao_2025.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')]))

add(Q('q058', 'D', 'pt', ('Marta Sousa', 'marta.sousa@sousa-arquitetos.pt'), 'RE: Tradução contrato', D(12, 3, 10, 5),
      """Bom dia,

Em anexo segue o contrato assinado. Agradecia que me enviassem a fatura em nome da empresa e não em meu nome (NIF 509 123 456).

Obrigada,
Marta Sousa""",
      quote=firmq('D', 'outlook', 'pt', D(11, 3, 15, 20), """Cara Marta,

Segue a tradução do contrato. Pode enviar-nos a versão assinada quando tiver?

Com os melhores cumprimentos,
Inês Carvalho""", to='Marta Sousa', subj='Tradução contrato'),
      exp=["me enviassem a fatura em nome da empresa"], qd=[],
      sig="""Sousa Arquitetos, Lda. | Porto""", mime='alt', cs='windows-1252', cte='quoted-printable', client='outlook', crlf=True,
      att=[('Contrato_assinado.pdf', 'application/pdf')]))

add(Q('q059', 'D', 'pt', ('Fernanda Lima', 'fernanda.lima@gmail.com'), 'Pergunta da conservatória', D(13, 3, 11, 38),
      """Olá Inês,

A conservatória pergunta se a tradução tem de ser feita por tradutor em Portugal, ou se serve a tradução juramentada que fiz no Brasil.

E consegue traduzir também a certidão de casamento até sexta-feira?

Beijinhos,
Fernanda""",
      exp=["se a tradução tem de ser feita", "consegue traduzir também a certidão de casamento"], qd=["consegue traduzir também a certidão de casamento"],
      sig="Enviado do meu iPhone", client='iphone', mime='alt', cs='utf-8', cte='quoted-printable'))

add(Q('q060', 'E', 'pt', ('Quinta do Vale Escuro', 'geral@quintavaleescuro.pt'), 'Análise de solo', D(14, 3, 15, 50),
      """Olá,

segue em anexo a análise de solo das parcelas novas. Podem interpretar os resultados e indicar as correções necessárias? Também gostaria de saber se fazem visitas no Douro.

Cumprimentos,
António Meireles""",
      exp=["interpretar os resultados e indicar", "se fazem visitas no Douro"], qd=["interpretar os resultados e indicar"],
      sig="""Quinta do Vale Escuro · Pinhão, Douro
Beba com moderação.""", mime='html', cs='utf-8', cte='8bit',
      att=[('analise_solo.pdf', 'application/pdf')]))


# ================================================================ REPLIES TO QUOTE OFFERS
def money(firm, lang, n):
    cur = FIRMS[firm]['cur']
    s = f'{n:,.0f}' if n == int(n) else f'{n:,.2f}'
    if lang != 'en':
        s = s.replace(',', '.') if lang in ('de', 'es', 'it', 'pt', 'nl') else s.replace(',', '\xa0')
    if lang == 'en':
        return cur + s
    if lang == 'nl':
        return cur + ' ' + s
    return s + ' ' + cur


def hrs(h, lang):
    s = f'{h:g}'
    return s if lang == 'en' else s.replace('.', ',')


OFFER = {
    'en': """Hi {name},

Thanks for your email. {task} would take about {h} hours at {rate} per hour ({total} plus VAT). Shall I go ahead?

Best regards,
{staff}
{firm}""",
    'de': """Guten Tag {name},

vielen Dank für Ihre Anfrage. {task} würde etwa {h} Stunden zu {rate} pro Stunde in Anspruch nehmen (insgesamt {total} zzgl. MwSt.). Soll ich damit beginnen?

Mit freundlichen Grüßen
{staff}
{firm}""",
    'fr': """Bonjour {name},

Merci pour votre message. {task} prendrait environ {h} heures à {rate} de l'heure ({total} HT). Souhaitez-vous que je m'en occupe ?

Bien cordialement,
{staff}
{firm}""",
    'es': """Hola, {name}:

Gracias por su mensaje. {task} llevaría unas {h} horas a {rate} la hora ({total} más IVA). ¿Quiere que me ponga con ello?

Un saludo,
{staff}
{firm}""",
    'nl': """Beste {name},

Dank voor je bericht. {task} kost ongeveer {h} uur à {rate} per uur ({total} excl. btw). Zal ik ermee beginnen?

Met vriendelijke groet,
{staff}
{firm}""",
    'it': """Gentile {name},

grazie per il suo messaggio. {task} richiederebbe circa {h} ore a {rate} l'ora ({total} + IVA). Procedo?

Cordiali saluti,
{staff}
{firm}""",
    'pt': """Olá {name},

obrigada pela sua mensagem. {task} demoraria cerca de {h} horas a {rate} por hora ({total} + IVA). Posso avançar?

Com os melhores cumprimentos,
{staff}
{firm}""",
}
RE_PREFIX = {'gmail': 'Re: ', 'apple': 'Re: ', 'thunderbird': 'Re: ', 'outlook': 'RE: ', 'outlook_old': 'RE: '}
RE_PREFIX_L = {'de': 'AW: ', 'nl': 'RE: ', 'it': 'R: ', 'pt': 'RE: ', 'es': 'RE: ', 'fr': 'RE : '}


def offer_body(firm, lang, name, task, h):
    f = FIRMS[firm]
    return OFFER[lang].format(name=name, task=task, h=hrs(h, lang), rate=money(firm, lang, f['rate']),
                              total=money(firm, lang, f['rate'] * h), staff=f['staff'], firm=f['name'])


REPLIES = []


def R(id, firm, lang, frm, date, text, dec, task=None, h=None, oname=None, osubj='Quote', style='gmail', offer=None, **kw):
    f = FIRMS[firm]
    odate = date - datetime.timedelta(hours=kw.pop('ago', 20))
    body = offer or offer_body(firm, lang, oname or frm[0].split()[0], task, h)
    to_client = addr_hdr(frm[0], frm[1]) if all(ord(c) < 128 for c in frm[0]) else frm[1]
    q = quote(style, lang, f['staff'], f['addr'], odate, body, to=to_client, subj=osubj)
    pref = RE_PREFIX_L.get(lang, 'RE: ') if style.startswith('outlook') else 'Re: '
    s = dict(id=id, firm=firm, lang=lang, frm=frm, subj=pref + osubj, date=date, text=text, dec=dec, quote=q,
             to=f['addr'], offer_id=f'<{odate.strftime("%Y%m%d%H%M")}.{id}.quote@{f["dom"]}>',
             offer_date=odate, offer_subj=osubj, offer_body=body)
    s['client'] = {'outlook': 'outlook', 'outlook_old': 'outlook', 'apple': 'apple', 'thunderbird': 'thunderbird'}.get(style)
    s.update(kw)
    if s.get('cs') == 'us-ascii' and any(ord(c) > 127 for c in body + text + s.get('sig', '')):
        # a pound sign in the quoted offer: the client's mailer upgrades the charset
        s['cs'] = 'utf-8'
        s['cte'] = {'7bit': '8bit'}.get(s.get('cte'), s.get('cte'))
    if s.get('cs') == 'iso-8859-1' and '€' in body + text:
        # the euro sign is not in Latin-1: the mailer labels the mail windows-1252 instead
        s['cs'] = 'windows-1252'
    REPLIES.append(s)
    return s


def AUTO(id, firm, lang, kind, date, dec='automatic', **kw):
    f = FIRMS[firm]
    s = dict(id=id, firm=firm, lang=lang, kind=kind, date=date, dec=dec, auto=True)
    s.update(kw)
    odate = date - datetime.timedelta(minutes=kw.get('ago_min', 1))
    s['offer_date'] = odate
    s['offer_id'] = f'<{odate.strftime("%Y%m%d%H%M")}.{id}.quote@{f["dom"]}>'
    REPLIES.append(s)
    return s


# ---- English: accept -------------------------------------------------------------
R('r001', 'A', 'en', ('Danny Rourke', 'thecrossedkeys.pub@outlook.com'), D(17, 3, 12, 3), "Yes please go ahead.\n\nDanny", 'accept',
  task='Preparing the noise management plan for the licensing hearing', h=5, osubj='Noise management plan - The Crossed Keys',
  mime='plain', cs='us-ascii', cte='7bit')
R('r002', 'B', 'en', ('Raj Mehta', 'raj.mehta@mehtaestates.co.uk'), D(17, 3, 8, 40),
  "No problem, go ahead. Gate code is 4471, the limes are behind block B.\n\nRaj", 'accept',
  task='A visual inspection of the three limes with a short written report', h=2, osubj='Orchard Court limes',
  sig='Sent from my Galaxy', mime='plain', cs='utf-8', cte='quoted-printable')
R('r003', 'A', 'en', ('Gaz Whitfield', 'gaz.whitfield@whitfieldbuild.co.uk'), D(5, 3, 6, 58),
  "fine, go for it but keep it under the 2 hours pls", 'accept',
  task='Re-issuing the report with the new address and re-checking the layout against the revised plans', h=2, osubj='noise report',
  sig='Sent from my iPhone', client='iphone', style='apple', mime='plain', cs='us-ascii', cte='7bit', crlf=True)
R('r004', 'C', 'en', ('Andrew Pike', 'andrew.pike@pikefiltration.co.uk'), D(6, 3, 9, 15),
  "Dear Jana,\n\nSounds good - please proceed. A PO number will follow from our accounts team today.\n\nKind regards,\nAndrew",
  'accept', task='Checking the classification of the filter housings and documenting it for your files', h=1.5,
  osubj='Shipment PF-0325 / filter housings', style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable', crlf=True,
  sig="Andrew Pike\nLogistics Coordinator\nPike Filtration Systems Ltd\nTel: +44 121 496 0770")
R('r005', 'C', 'en', ('Karen Doyle', 'karen.doyle@doyle-engineering.ie'), D(12, 3, 8, 2),
  "Approved. Please invoice Doyle Engineering Ltd and quote PO 4471-DE.\n\nKaren", 'accept',
  task='Tracing the hold on container MSKU 448120-3 with the port, the shipping line and the customs office', h=3,
  osubj='URGENT container MSKU 448120-3', style='outlook_old', mime='plain', cs='windows-1252', cte='8bit', crlf=True,
  sig="Karen Doyle | Purchasing | Doyle Engineering, Cork\n+353 21 555 0192")
R('r006', 'D', 'en', ('Tomasz Nowak', 'tomasz.nowak94@wp.pl'), D(18, 3, 7, 30), "ok \U0001F44D", 'accept',
  task='The sworn translation of your diploma, including certification', h=1.5, osubj='diploma',
  sig="Wysłane z iPhone'a", client='iphone', style='apple', mime='plain', cs='utf-8', cte='base64')
R('r007', 'B', 'en', ('Helen Marsh', 'helenmarsh62@btinternet.com'), D(9, 3, 19, 12),
  """Brilliant, thanks Tom. Yes, let's do it, the sooner the better - the neighbours are getting twitchy and my husband has started measuring the branches with a tape measure, which is never a good sign!

I'll leave the side gate unlocked on the day.

Helen""", 'accept', task='Surveying the boundary trees and writing a short report for the neighbours', h=3,
  osubj='Boundary trees - Keynsham', mime='alt', cs='utf-8', cte='quoted-printable')
R('r008', 'E', 'en', ('Charlotte Dunmore', 'charlotte@dunmore-estate.co.uk'), D(7, 3, 10, 2), "", 'accept',
  osubj='Soil analysis - new plot', style='apple', client='apple',
  inline=[('q', """Hi Charlotte,

Thanks for your email. Reviewing the soil analysis and writing up liming recommendations would take about 2 hours at €150 per hour (€300 plus VAT)."""),
          ('n', "That's fine."),
          ('q', "Shall I go ahead?"),
          ('n', "Yes please! And see you at the workshop in May."),
          ('q', """Best regards,
Étienne Laborde
Vitis Conseil""")],
  offer="""Hi Charlotte,

Thanks for your email. Reviewing the soil analysis and writing up liming recommendations would take about 2 hours at €150 per hour (€300 plus VAT). Shall I go ahead?

Best regards,
Étienne Laborde
Vitis Conseil""",
  sig="Charlotte", mime='alt', cs='utf-8', cte='quoted-printable')
R('r009', 'A', 'en', ('Rebecca Osei', 'r.osei@calderwood-developments.com'), D(7, 3, 14, 44),
  "Priya,\n\nGo ahead. Not thrilled about the price, to be honest, but we need it done before the hearing and there isn't time to shop around.\n\nRebecca",
  'accept', task="Reviewing the contractor's ceiling detail and writing a short technical note", h=4,
  osubj='Harbourside Phase 2 - acoustic queries', style='outlook', mime='html', cs='utf-8', cte='quoted-printable',
  sig="Rebecca Osei MRICS\nSenior Development Manager\nCalderwood Developments Ltd\n\nThis email and any attachments are confidential and intended solely for the addressee.")

# ---- English: decline ------------------------------------------------------------
R('r010', 'A', 'en', ('Martin Gale', 'martin@galearchitects.co.uk'), D(18, 3, 11, 0),
  "No thanks, we'll sort it in-house.\n\nMartin", 'decline',
  task='Preparing the acoustic section of the design and access statement', h=3, osubj='7 Mill Street - design and access statement',
  style='outlook', mime='plain', cs='iso-8859-1', cte='8bit')
R('r011', 'B', 'en', ('Owen Price', 'owen.price@hotmail.co.uk'), D(18, 3, 20, 41),
  "not needed any more, my brother-in-law did it last weekend with his chainsaw. thanks anyway", 'decline',
  task="Cutting back the overhanging sycamore branches to the boundary, including the conservation area notice", h=4,
  osubj='quick one', mime='plain', cs='us-ascii', cte='7bit')
R('r012', 'B', 'en', ('Lucy Fenwick', 'lucy@fenwickhomes.co.uk'), D(14, 3, 16, 5),
  "Yes, thanks for the quote Tom, but we've decided to go with the council's own arborist in the end, so we won't need this after all.\n\nBest,\nLucy",
  'decline', task='A full BS5837 survey of the Hollins Lane plot with tree constraints plan', h=8, osubj='Plot at Hollins Lane',
  sig="Lucy Fenwick\nFenwick Homes - building better villages", mime='html', cs='utf-8', cte='base64')
R('r013', 'A', 'en', ('Nadia Petrova', 'n.petrova@quayside-lettings.co.uk'), D(19, 3, 10, 30),
  "Thanks Priya, but that's more than we can justify for a rented flat. We'll give it a miss.\n\nNadia", 'decline',
  task='A weekend re-survey of Flat 4 with an updated report for the tenant\'s solicitor', h=6, osubj='Calibration certs',
  style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable')
R('r014', 'C', 'en', ('Mei Lin Tan', 'meilin.tan@orchidtradefairs.sg'), D(15, 3, 2, 50),
  "Dear Ms Kowalczyk,\n\nThank you for your proposal. Following an internal review we will not be proceeding with this work.\n\nBest regards,\nMei Lin Tan",
  'decline', task='The duty calculation for the samples to be sold at the fair', h=2.5, osubj='ATA carnet and duty calculation',
  style='outlook', mime='html', cs='utf-8', cte='quoted-printable')
R('r015', 'D', 'en', ('Claire Whitmore', 'claire.whitmore@icloud.com'), D(8, 3, 18, 22),
  "Hi Inês,\n\nThe landlord has kindly offered to pay for the translations through his own agency, so please don't go ahead. Sorry for the trouble!\n\nClaire",
  'decline', task='The certified translation of both certificates', h=2, oname='Claire', osubj='Translations for residency',
  style='apple', client='iphone', sig='Sent from my iPhone', mime='alt', cs='utf-8', cte='quoted-printable')
R('r016', 'E', 'en', ('Daniel Moreau-Hughes', 'dmh1971@gmail.com'), D(19, 3, 7, 45),
  "Dear Mr Laborde,\n\nPlease hold off - actually, cancel it entirely. The sale of the land to the tenant was agreed last night, so there is nothing left to decide.\n\nThank you all the same,\nDaniel",
  'decline', task='A site visit near Cahors and a written assessment of the vineyard', h=8, oname='Daniel', osubj='Inherited vineyard near Cahors',
  mime='alt', cs='utf-8', cte='base64')
R('r017', 'D', 'en', ('Jo Barker', 'jo.barker@gmail.com'), D(14, 3, 12, 12),
  "Too expensive for us, sorry. Thanks anyway.\n\nJo", 'decline',
  task='Translating the 12-page rental contract and certifying it', h=6, oname='Jo', osubj='Rental contract',
  style='gmail', pos='bottom', mime='plain', cs='utf-8', cte='8bit')

# ---- English: unclear ------------------------------------------------------------
R('r018', 'A', 'en', ('Helen Marsh', 'helenmarsh62@btinternet.com'), D(6, 3, 9, 30),
  "Hi Priya,\n\nyes to the first, not the second - I'd rather write to the council myself and see what they say.\n\nHelen", 'unclear',
  osubj='Humming noise from next door - can you help?',
  offer="""Hi Helen,

Thanks for your email. I can help with two things:

1. An evening noise survey from your bedroom, about 3 hours at £140 per hour (£420 plus VAT).
2. A short written report for the council based on the survey, about 4 hours (£560 plus VAT).

Shall I go ahead?

Best regards,
Priya Natarajan
Sonora Acoustics Ltd""", mime='alt', cs='utf-8', cte='quoted-printable', crlf=True)
R('r019', 'E', 'en', ('Robert Haines', 'rob@hainesvineyards.com'), D(17, 3, 6, 5),
  "Étienne - ask me again in May, we're flat out with bottling until then.\n\nRob", 'unclear',
  task='A canopy management plan for the two new blocks', h=6, oname='Robert', osubj='Canopy plan 2025',
  mime='plain', cs='utf-8', cte='quoted-printable')
R('r020', 'B', 'en', ('Amira Haddad', 'amira.haddad@gmail.com'), D(10, 3, 13, 0),
  "Hi Tom,\n\nWould you do it for a fixed £300 including the written report? That's what the lender will reimburse.\n\nAmira", 'unclear',
  task='Assessing the risk from the roots to the drains, with a letter for the lender', h=4, osubj='Questions from the lender',
  mime='alt', cs='utf-8', cte='quoted-printable')
R('r021', 'C', 'en', ('sam', 'sam@brightlinebikes.co.uk'), D(13, 3, 7, 48),
  "is that including VAT? and does the 3 hours include the time waiting at the port", 'unclear',
  task='Preparing the T1 transit documents and attending the inspection in Rotterdam', h=3, oname='Sam', osubj='invoice',
  sig='Sent from my iPhone', client='iphone', style='apple', mime='plain', cs='us-ascii', cte='7bit')
R('r022', 'A', 'en', ('Joost Verhoeven', 'j.verhoeven@verhoeven-bouw.nl'), D(17, 3, 15, 10),
  "Hello Priya,\n\nJust to correct one thing: it's the rear elevation facing the railway, not the front facing the street. Does that change the estimate?\n\nRegards,\nJoost",
  'unclear', task='The façade sound insulation calculation for the street elevation', h=6, osubj='Hotel Bath - geluid spoorzijde',
  style='outlook', mime='html', cs='windows-1252', cte='quoted-printable')
R('r023', 'D', 'en', ('Henry Ashdown', 'hashdown@ashdown-legal.co.uk'), D(14, 3, 17, 2),
  "Dear Ms Carvalho,\n\nThank you. Let me take instructions from the client and I will come back to you on Monday.\n\nYours sincerely,\nHenry Ashdown",
  'unclear', task='The certified translation of the 14-page share purchase agreement', h=14, oname='Mr Ashdown', osubj='Project Tagus - certified translation',
  style='outlook', mime='alt', cs='utf-8', cte='quoted-printable',
  sig="Ashdown Legal LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345).")
R('r024', 'E', 'en', ('Marco Bertolino', 'marco@cascinabertolino.it'), D(14, 3, 8, 50),
  "No, wait - before I say yes, can you confirm the plan will be accepted by our organic certifier? If not it is useless for us.\n\nMarco",
  'unclear', task='An organic treatment plan against downy mildew for next season', h=5, osubj='peronospora problem',
  sig='Inviato da iPhone', client='iphone', style='apple', mime='plain', cs='utf-8', cte='8bit')
R('r025', 'B', 'en', ('Pauline Grey', 'pauline.grey@virginmedia.com'), D(19, 3, 18, 0),
  "Need to check with my husband first, he handles the money. Will let you know.\n\nPauline", 'unclear',
  task='Inspecting the remaining conifers and drawing up a replanting plan', h=3, osubj='All done!',
  style='apple', client='apple', mime='alt', cs='utf-8', cte='8bit')
R('r026', 'C', 'en', ('Mei Lin Tan', 'meilin.tan@orchidtradefairs.sg'), D(15, 3, 4, 12),
  "Dear Jana,\n\nPlease go ahead with the duty calculation, but hold off on the classification check until our supplier confirms the materials.\n\nBest regards,\nMei Lin",
  'unclear', osubj='Samples Basel - duty and classification', style='outlook',
  offer="""Dear Ms Tan,

Thank you for your message. The duty calculation for the samples sold at the fair and a classification check of the 14 sample lines would take about 4 hours together at 110 € per hour (440 € plus VAT). Shall I go ahead?

Kind regards,
Jana Kowalczyk
Rheinhafen Zollservice GmbH""", mime='alt', cs='utf-8', cte='base64')

# ---- German --------------------------------------------------------------------
R('r027', 'C', 'de', ('Heike Lorenz', 'heike.lorenz@lorenz-moebel.de'), D(18, 3, 9, 12),
  "Ja, bitte machen Sie das. Danke!\n\nHeike Lorenz", 'accept', oname='Frau Lorenz',
  task='Die Prüfung der Zolltarifnummern für Ihre 23 neuen Artikel', h=3, osubj='Tarifierung Neuartikel 2025',
  style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable', crlf=True,
  sig="Lorenz Möbel GmbH & Co. KG\nEinkauf / Logistik")
R('r028', 'C', 'de', ('Dr. Stefan Brückner', 's.brueckner@solartec-niederrhein.de'), D(7, 3, 11, 3),
  "Sehr geehrte Frau Kowalczyk,\n\ndanke für das Angebot, aber die Frage nach den Antidumpingzöllen klärt jetzt unser Steuerberater direkt mit dem Hauptzollamt.\n\nMit freundlichen Grüßen\nStefan Brückner",
  'decline', oname='Herr Dr. Brückner', task='Die Prüfung der Antidumpingzölle einschließlich Ursprungsnachweis', h=4,
  osubj='Sendung SZX-2291 Solarmodule', style='outlook', mime='alt', cs='iso-8859-1', cte='quoted-printable',
  sig="SolarTec Niederrhein GmbH, Sitz Duisburg, Amtsgericht Duisburg HRB 33421")
R('r029', 'E', 'de', ('Annette Weilbacher', 'a.weilbacher@weingut-weilbacher.de'), D(13, 3, 17, 20),
  "Lieber Herr Laborde,\n\nkönnen Sie das auch pauschal für 1.000 € machen, inklusive Anfahrt? Dann wären wir sofort dabei.\n\nHerzliche Grüße\nAnnette Weilbacher",
  'unclear', oname='Frau Weilbacher', task='Die Bodenanalyse und die Sortenempfehlung für die Parzelle am Kirchberg', h=8,
  osubj='Bodenanalyse Kirchberg', style='thunderbird', mime='plain', cs='utf-8', cte='quoted-printable')

# ---- French --------------------------------------------------------------------
R('r030', 'E', 'fr', ('Jean-Marc Duroux', 'jm.duroux@orange.fr'), D(8, 4, 6, 40),
  "Parfait, allez-y. Merci !\n\nJean-Marc", 'accept', oname='Jean-Marc',
  task='La visite des parcelles du bas avec un compte rendu sur la taille', h=3, osubj='gel parcelles du bas',
  sig='Envoyé de mon iPhone', client='iphone', style='apple', mime='plain', cs='utf-8', cte='8bit')
R('r031', 'D', 'fr', ('Étude Dubois-Lemaire', 'office@dubois-lemaire.notaires.fr'), D(11, 3, 15, 2),
  "Madame,\n\nBon pour accord. Merci d'adresser la facture à l'Étude, à l'attention de Maître Dubois.\n\nCordialement,\nSandrine Perrot\nClerc de notaire",
  'accept', oname='Madame', task="La traduction certifiée de l'acte de vente (9 pages)", h=7, osubj='Traduction acte de vente - dossier 2025/0117',
  style='outlook', mime='alt', cs='iso-8859-1', cte='quoted-printable', crlf=True)
R('r032', 'E', 'fr', ('Claire Vidal', 'claire.vidal@domaine-vidal.fr'), D(14, 3, 8, 15),
  "Bonjour Étienne,\n\nNon merci, finalement c'est notre œnologue qui s'en occupera cette année.\n\nBonne journée,\nClaire",
  'decline', oname='Claire', task="Le suivi de maturité hebdomadaire jusqu'aux vendanges", h=12, osubj='Suivi maturité 2025',
  style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable')
R('r033', 'C', 'fr', ('Benoît Lambert', 'b.lambert@lambert-import.be'), D(13, 3, 9, 5),
  "Bonjour,\n\nPouvez-vous me rappeler avant de commencer ? J'ai une question sur le tarif, il y a peut-être moyen de regrouper avec le conteneur de la semaine prochaine.\n\nBenoît Lambert\n+32 81 00 00 00",
  'unclear', oname='Monsieur Lambert', task='Le calcul des droits et de la TVA à l\'importation pour le conteneur d\'Anvers', h=2,
  osubj='Conteneur Anvers - documents', mime='plain', cs='utf-8', cte='base64')

# ---- Spanish -------------------------------------------------------------------
R('r034', 'E', 'es', ('Bodegas Arizmendi', 'viticultura@bodegasarizmendi.es'), D(7, 3, 8, 20),
  "Adelante, muchas gracias.\n\nIñaki", 'accept', oname='Iñaki',
  task='El informe sobre el riesgo de oídio en las parcelas de Labastida', h=4, osubj='Varias cosas',
  mime='html', cs='utf-8', cte='quoted-printable')
R('r035', 'D', 'es', ('Javier Soto', 'javisoto88@gmail.com'), D(15, 3, 11, 30),
  "Hola Inês,\n\ngracias, pero al final me lo ha traducido mi cuñado, que es traductor jurado. ¡Otra vez será!\n\nJavier", 'decline',
  oname='Javier', task='La traducción jurada de su título universitario', h=2, osubj='Traducción título',
  mime='alt', cs='iso-8859-1', cte='quoted-printable')
R('r036', 'D', 'es', ('Lucía Fernández Ortega', 'lfernandez@fernandezortega-abogados.es'), D(8, 3, 10, 0),
  "Sí, pero ¿el precio incluye IVA? Es que la factura va a nombre de la sociedad y necesito saberlo antes de confirmar.\n\nLucía",
  'unclear', oname='Lucía', task='La traducción de los estatutos de la sociedad (25 páginas) al portugués', h=16,
  osubj='Poder notarial y estatutos', style='outlook', mime='alt', cs='utf-8', cte='quoted-printable',
  sig="AVISO LEGAL: Este mensaje y sus anexos son confidenciales.")
R('r037', 'E', 'es', ('Rocío Domecq', 'rocio@vinasdelalbariza.es'), D(12, 3, 20, 10),
  "Étienne, escríbeme otra vez después de la vendimia, en octubre, ahora mismo no puedo ni pensar en esto.\n\nUn beso", 'unclear',
  oname='Rocío', task='La revisión del plan de fertilización y la visita a Jerez', h=6, osubj='plan fertilización + visita',
  sig='Enviado desde mi iPhone', client='iphone', style='apple', mime='plain', cs='utf-8', cte='8bit')

# ---- Dutch ---------------------------------------------------------------------
R('r038', 'C', 'nl', ('Bas van der Linden', 'bas.vanderlinden@lindenlogistiek.nl'), D(6, 3, 9, 12),
  "Prima, ga je gang.\n\nBas", 'accept', oname='Bas', task='Het opzetten van de douaneprocedure en de T1-sjablonen voor de containers uit Turkije', h=5,
  osubj='Offerte douaneafhandeling vanaf mei', style='outlook', mime='alt', cs='utf-8', cte='quoted-printable')
R('r039', 'C', 'nl', ('Ingrid Bakker', 'i.bakker@bakkerfoods.nl'), D(13, 3, 10, 44),
  "Nee, dank je. We regelen het zelf met de expediteur.\n\nGroet,\nIngrid", 'decline', oname='Ingrid',
  task='Het herberekenen van de douanewaarde en het indienen van de correctie', h=2, osubj='Vraag accountant + douanewaarde',
  style='apple', client='apple', mime='alt', cs='iso-8859-1', cte='quoted-printable')
R('r040', 'A', 'nl', ('Joost Verhoeven', 'j.verhoeven@verhoeven-bouw.nl'), D(15, 3, 9, 30),
  "Ja, ik heb de offerte ontvangen, maar we laten het toch maar zitten. Te duur voor dit project, de aannemer doet de metingen zelf.\n\nGroet,\nJoost",
  'decline', oname='Joost', task='De geluidsmetingen op locatie in Bath', h=6, osubj='Hotel Bath - metingen',
  style='outlook', mime='html', cs='windows-1252', cte='quoted-printable')
R('r041', 'B', 'nl', ('Sanne de Groot', 'sannedegroot@hotmail.com'), D(10, 3, 12, 20),
  "Hoi Tom, kan het ook in 1,5 uur? Dan gaan we akkoord.\n\nSanne", 'unclear', oname='Sanne',
  task='Het snoeien van de overhangende takken tot aan de erfgrens', h=3, osubj='boom van de buren',
  sig='Verstuurd vanaf mijn iPhone', client='iphone', style='apple', mime='plain', cs='utf-8', cte='quoted-printable')

# ---- Italian -------------------------------------------------------------------
R('r042', 'E', 'it', ('Francesca Salvioni', 'francesca@podere-salvioni.it'), D(7, 3, 9, 0),
  "Va bene, proceda pure.\n\nCordiali saluti,\nFrancesca Salvioni", 'accept', oname='Francesca',
  task='La consulenza sulla scelta dei portinnesti, con sopralluogo', h=6, osubj='Reimpianto vigna Montalcino',
  mime='alt', cs='utf-8', cte='quoted-printable')
R('r043', 'D', 'it', ('Luca Moretti', 'luca.moretti@morettitravel.it'), D(12, 3, 10, 10),
  "Sì, perfetto, procediamo. Mi mandi la fattura a fine lavoro, la giro io alla cliente.\n\nLuca", 'accept', oname='Luca',
  task='La traduzione in portoghese delle cartelle cliniche (circa 30 pagine)', h=20, osubj='Richiesta traduzione cartelle cliniche',
  style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable')
R('r044', 'C', 'it', ('Giorgio Ferretti', 'g.ferretti@ferretti-macchine.it'), D(8, 3, 16, 30),
  "No grazie, per ora non ci serve più: la spedizione in Germania è stata annullata dal cliente.\n\nDistinti saluti\nGiorgio Ferretti",
  'decline', oname='Sig. Ferretti', task='La verifica della classificazione doganale dei macchinari', h=3,
  osubj='Classificazione doganale macchinari', style='outlook', mime='alt', cs='iso-8859-1', cte='quoted-printable', crlf=True)
R('r045', 'D', 'it', ('Valentina Greco', 'vale.greco@libero.it'), D(16, 3, 19, 45),
  "Sì per la traduzione, no per l'apostille: quella la chiedo io in procura, grazie.\n\nVale", 'unclear', oname='Valentina',
  osubj='Traduzione diploma + apostille', style='apple',
  offer="""Gentile Valentina,

grazie per il suo messaggio. La traduzione certificata del diploma richiederebbe circa 2 ore a 65 € l'ora (130 € + IVA); per ottenere l'apostille servirebbe un'ora in più (65 € + IVA). Procedo con entrambe?

Cordiali saluti,
Inês Carvalho
Traducta Traduções Certificadas""", sig='Inviato da iPhone', client='iphone', mime='plain', cs='utf-8', cte='quoted-printable')
R('r046', 'E', 'it', ('Piero Gaddi', 'piero.gaddi@gmail.com'), D(17, 3, 8, 0),
  "Caro Étienne,\n\nmi faccia sapere se è possibile un piccolo sconto, siamo una cantina piccola e quest'anno è stato durissimo.\n\nPiero",
  'unclear', oname='Piero', task='La valutazione della vendemmia meccanica per il vigneto in collina, con sopralluogo', h=6,
  osubj='vendemmia', mime='plain', cs='iso-8859-1', cte='8bit')

# ---- Portuguese ----------------------------------------------------------------
R('r047', 'D', 'pt', ('Rui Tavares', 'rui.tavares@sapo.pt'), D(5, 3, 9, 10),
  "Pode avançar, obrigado.\n\nRui Tavares", 'accept', oname='Rui',
  task='A tradução certificada do certificado de registo criminal para inglês', h=1.5, osubj='Tradução registo criminal',
  mime='plain', cs='iso-8859-1', cte='quoted-printable')
R('r048', 'E', 'pt', ('Gustavo Pereira', 'gustavo@vinicolaserragaucha.com.br'), D(9, 3, 7, 15),
  "Sim, pode seguir por favor! Estamos contando com você.\n\nAbraço\nGustavo", 'accept', oname='Gustavo',
  task='A análise dos dados de maturação e a recomendação da data de colheita', h=3, osubj='Dados de maturação',
  sig='Enviado do meu iPhone', client='iphone', style='apple', mime='alt', cs='utf-8', cte='base64')
R('r049', 'D', 'pt', ('Fernanda Lima', 'fernanda.lima@gmail.com'), D(14, 3, 9, 50),
  "Olá Inês,\n\nobrigada, mas já não é necessário, a conservatória acabou por aceitar a certidão original.\n\nBeijinhos,\nFernanda", 'decline',
  oname='Fernanda', task='A tradução certificada da certidão de casamento', h=1.5, osubj='Pergunta da conservatória',
  mime='alt', cs='utf-8', cte='quoted-printable')
R('r050', 'D', 'pt', ('Marta Sousa', 'marta.sousa@sousa-arquitetos.pt'), D(17, 3, 11, 5),
  "Bom dia,\n\npode enviar-me primeiro um orçamento por escrito com o IVA incluído? Preciso de o aprovar internamente.\n\nObrigada,\nMarta Sousa",
  'unclear', oname='Marta', task='A tradução do caderno de encargos (18 páginas) para inglês', h=12, osubj='Caderno de encargos',
  style='outlook', mime='alt', cs='windows-1252', cte='quoted-printable', crlf=True)
R('r051', 'E', 'pt', ('Quinta do Vale Escuro', 'geral@quintavaleescuro.pt'), D(17, 3, 18, 40),
  "Não sei ainda, vou falar com o meu sócio e depois digo-lhe alguma coisa.\n\nAntónio", 'unclear', oname='António',
  task='A interpretação da análise de solo e o plano de correções', h=3, osubj='Análise de solo',
  mime='html', cs='utf-8', cte='8bit')

# ---- machine-made mail -------------------------------------------------------------
AUTO('r052', 'A', 'en', 'ooo_en', D(18, 3, 14, 2), to_name='Martin Gale', to_addr='martin@galearchitects.co.uk',
     osubj='7 Mill Street - acoustic addendum')
AUTO('r053', 'B', 'en', 'bounce_gmail', D(18, 3, 9, 31), to_addr='k.morgan@morganlandscapes.co.uk', osubj='Tree survey quote - Ivy House')
AUTO('r054', 'D', 'en', 'challenge', D(19, 3, 16, 44), to_name='Ken Whitaker', to_addr='ken@whitaker-family.net',
     osubj='Translation of pension documents')
AUTO('r055', 'C', 'en', 'mdn_en', D(20, 3, 10, 12), to_name='Andrew Pike', to_addr='andrew.pike@pikefiltration.co.uk',
     osubj='Shipment PF-0412 - broker fee', ago_min=95)
AUTO('r056', 'C', 'de', 'ooo_de', D(19, 3, 11, 20), to_name='Uwe Stratmann', to_addr='u.stratmann@stratmann-werkzeug.de',
     osubj='Lieferantenerklärung / Präferenzursprung')
AUTO('r057', 'C', 'de', 'ndr_de', D(19, 3, 15, 6), to_addr='einkauf@hoffmann-gussteile.de', osubj='Angebot Zolltarifierung Gussteile')
AUTO('r058', 'E', 'fr', 'ooo_fr', D(20, 3, 9, 3), to_name='Claire Vidal', to_addr='claire.vidal@domaine-vidal.fr',
     osubj='Suivi maturité 2025 - devis')
AUTO('r059', 'D', 'es', 'mdn_es', D(20, 3, 18, 25), to_name='Javier Soto', to_addr='javisoto88@gmail.com',
     osubj='Presupuesto traducción jurada', ago_min=240)
AUTO('r060', 'C', 'nl', 'ticket_nl', D(21, 3, 8, 1), to_name='Bakker Foods', to_addr='inkoop@bakkerfoods.nl',
     osubj='Offerte douanewaarde correctie')


def offer_message(s):
    """the firm's original offer, as it went out (for bounces / receipts)"""
    f = FIRMS[s['firm']]
    lang = s['lang']
    name = s.get('to_name', '').split()[0] if s.get('to_name') else {'en': 'there', 'de': 'Damen und Herren', 'fr': 'Madame, Monsieur',
                                                                 'es': 'buenos días', 'nl': 'heer/mevrouw', 'it': 'Cliente', 'pt': 'Cliente'}[lang]
    task = {'en': 'The work you asked about', 'de': 'Die gewünschte Tarifierung der Gussteile', 'fr': 'Le suivi de maturité',
            'es': 'La traducción jurada', 'nl': 'De correctie van de douanewaarde', 'it': 'Il lavoro', 'pt': 'O trabalho'}[lang]
    body = offer_body(s['firm'], lang, name, task, 3)
    to = addr_hdr(s.get('to_name'), s['to_addr'])
    msg = (f'From: {addr_hdr(f["staff"], f["addr"])}\nTo: {to}\nSubject: {hdr(s["osubj"])}\n'
           f'Date: {email.utils.format_datetime(s["offer_date"])}\nMessage-ID: {s["offer_id"]}\nMIME-Version: 1.0\n'
           'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
           + quopri.encodestring(body.encode('utf-8')).decode('ascii') + '\n')
    return msg, body


def auto_message(s):
    f = FIRMS[s['firm']]
    kind = s['kind']
    om, obody = offer_message(s)
    oh = om.split('\n\n', 1)[0]
    mid = f'<{s["id"]}.{s["date"].strftime("%Y%m%d%H%M%S")}@{s["to_addr"].split("@")[1]}>'
    date = email.utils.format_datetime(s['date'])
    to = addr_hdr(f['staff'], f['addr'])
    irt = s['offer_id']
    common = f'Date: {date}\nMessage-ID: {mid}\nIn-Reply-To: {irt}\nReferences: {irt}\nMIME-Version: 1.0\n'
    if kind == 'ooo_en':
        h = (f'From: {addr_hdr(s["to_name"], s["to_addr"])}\nTo: {to}\nSubject: Automatic reply: {s["osubj"]}\n' + common +
             'Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: ' + s['to_addr'] + '\n'
             'Thread-Topic: ' + s['osubj'] + '\n')
        txt = ("Thank you for your email.\n\nI am out of the office until Monday 24 March with no access to email. "
               "If your matter is urgent, please contact my colleague Anna Briggs on 01225 555 016 or anna@galearchitects.co.uk.\n\n"
               "Otherwise I will respond as soon as possible on my return.\n\nKind regards,\nMartin Gale\n")
        body = multipart('alternative', [leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                                         leaf('text/html', wrap_html(text_html(txt), 'utf-8'), 'utf-8', 'quoted-printable')],
                         '_000_AM9PR04MB8211A1B2C3D4E5F6_')
        return (h + body).encode('ascii')
    if kind == 'ooo_de':
        h = (f'From: {addr_hdr(s["to_name"], s["to_addr"])}\nTo: {to}\nSubject: {hdr("Automatische Antwort: AW: " + s["osubj"])}\n' + common +
             'Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nX-Mailer: Microsoft Outlook 16.0\n')
        txt = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28.03.2025 nicht im Büro "
               "und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
               "In dringenden Fällen wenden Sie sich bitte an Frau Petra Kühn (Tel. 02335 555 41-20, p.kuehn@stratmann-werkzeug.de).\n\n"
               "Mit freundlichen Grüßen\nUwe Stratmann\n")
        return (h + leaf('text/plain', txt, 'iso-8859-1', 'quoted-printable')).encode('ascii')
    if kind == 'ooo_fr':
        # a hand-made vacation message from a small webmail: no Auto-Submitted header at all
        h = (f'From: {addr_hdr(s["to_name"], s["to_addr"])}\nTo: {to}\nSubject: {hdr("Réponse automatique : " + s["osubj"], "iso-8859-1")}\n' + common)
        txt = ("Bonjour,\n\nJe suis absente du domaine jusqu'au 31 mars inclus (salon Wine Paris puis congés). "
               "Je prendrai connaissance de votre message à mon retour.\n\nPour toute urgence : 05 57 00 00 00 (caveau).\n\n"
               "Claire Vidal\nDomaine Vidal - Saint-Émilion Grand Cru\n")
        return (h + leaf('text/plain', txt, 'iso-8859-1', '8bit')).encode('iso-8859-1')
    if kind == 'bounce_gmail':
        bnd = '0000000000009d4b2a0630f5a1c2'
        h = (f'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: {f["addr"]}\nAuto-Submitted: auto-replied\n'
             f'X-Failed-Recipients: {s["to_addr"]}\nSubject: Delivery Status Notification (Failure)\n' + common.replace(mid, f'<{s["id"]}.bounce@mx.google.com>'))
        txt = (f"** Address not found **\n\nYour message wasn't delivered to {s['to_addr']} because the address couldn't be found, "
               "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
               "The response from the remote server was:\n"
               f"550 5.1.1 <{s['to_addr']}>: Recipient address rejected: User unknown in virtual mailbox table\n")
        ds = (f'Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; mail-sor-f41.google.com\nArrival-Date: {email.utils.format_datetime(s["offer_date"])}\n'
              f'X-Original-Message-ID: {irt}\n\nFinal-Recipient: rfc822; {s["to_addr"]}\nAction: failed\nStatus: 5.1.1\n'
              f'Remote-MTA: dns; mx1.morganlandscapes.co.uk. (203.0.113.25, the server for the domain morganlandscapes.co.uk.)\n'
              f'Diagnostic-Code: smtp; 550 5.1.1 <{s["to_addr"]}>: Recipient address rejected: User unknown in virtual mailbox table\n'
              f'Last-Attempt-Date: {date}\n')
        body = (f'Content-Type: multipart/report; boundary="{bnd}"; report-type=delivery-status\n\n'
                f'--{bnd}\n' + leaf('text/plain', txt, 'UTF-8', '7bit') + f'\n--{bnd}\nContent-Type: message/delivery-status\n\n' + ds +
                f'\n--{bnd}\nContent-Type: message/rfc822\n\n' + om + f'\n--{bnd}--\n')
        return (h + body).encode('ascii')
    if kind == 'ndr_de':
        bnd = 'b9e3f1a2-44c1-4a5e-9d0b-ndr'
        h = (f'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{f["dom"]}>\nTo: {to}\n'
             f'Subject: {hdr("Unzustellbar: " + s["osubj"])}\n' + common.replace(mid, f'<{s["id"]}.ndr@AM0PR02MB5555.eurprd02.prod.outlook.com>') +
             'Auto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr: \nContent-Language: de-DE\n')
        txt = (f"Ihre Nachricht hat {s['to_addr']} nicht erreicht.\n\n"
               f"{s['to_addr'].split('@')[1]} konnte nicht gefunden werden. Überprüfen Sie die Adresse des Empfängers auf Tippfehler "
               "und senden Sie die Nachricht erneut.\n\nDiagnoseinformationen für Administratoren:\n\n"
               "Generierender Server: AM0PR02MB5555.eurprd02.prod.outlook.com\n\n"
               f"{s['to_addr']}\nRemote Server returned '550 5.4.310 DNS domain {s['to_addr'].split('@')[1]} does not exist [Message=InfoDomainNonexistent]'\n")
        ds = (f'Reporting-MTA: dns;AM0PR02MB5555.eurprd02.prod.outlook.com\nReceived-From-MTA: dns;AM0PR02MB5555.eurprd02.prod.outlook.com\n'
              f'Arrival-Date: {email.utils.format_datetime(s["offer_date"])}\n\nFinal-Recipient: rfc822;{s["to_addr"]}\nAction: failed\n'
              f'Status: 5.4.310\nDiagnostic-Code: smtp;550 5.4.310 DNS domain does not exist [Message=InfoDomainNonexistent]\n')
        body = (f'Content-Type: multipart/report; report-type=delivery-status; boundary="{bnd}"\n\n'
                f'--{bnd}\n' + multipart('alternative', [leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                                                          leaf('text/html', wrap_html(text_html(txt), 'utf-8'), 'utf-8', 'quoted-printable')],
                                         'alt-' + bnd) +
                f'\n--{bnd}\nContent-Type: message/delivery-status\n\n' + ds +
                f'\n--{bnd}\nContent-Type: message/rfc822\n\n' + om + f'\n--{bnd}--\n')
        return (h + body).encode('ascii').replace(b'\n', b'\r\n')
    if kind in ('mdn_en', 'mdn_es'):
        bnd = f'------------{s["id"]}MDN8Kq3r'
        if kind == 'mdn_en':
            subj = f'Return Receipt (displayed) - {s["osubj"]}'
            txt = (f"This is a Return Receipt for the mail that you sent to {s['to_addr']}.\n\n"
                   "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
                   "There is no guarantee that the recipient has read or understood the message contents.\n")
        else:
            subj = f'Acuse de recibo (mostrado) - {s["osubj"]}'
            txt = (f"Este es un acuse de recibo para el mensaje que envió a {s['to_addr']}.\n\n"
                   "Nota: Este acuse de recibo solo confirma que el mensaje se mostró en el ordenador del destinatario.\n"
                   "No hay garantía de que el destinatario haya leído o entendido el contenido del mensaje.\n")
        h = (f'From: {addr_hdr(s["to_name"], s["to_addr"])}\nTo: {to}\nSubject: {hdr(subj)}\n' + common +
             'User-Agent: Mozilla Thunderbird\n')
        mdn = (f'Reporting-UA: {s["to_addr"].split("@")[1]}; Mozilla Thunderbird\nFinal-Recipient: rfc822;{s["to_addr"]}\n'
               f'Original-Message-ID: {irt}\nDisposition: manual-action/MDN-sent-manually; displayed\n')
        body = (f'Content-Type: multipart/report; report-type=disposition-notification;\n boundary="{bnd}"\n\n'
                f'--{bnd}\n' + leaf('text/plain', txt, 'UTF-8', '8bit' if kind == 'mdn_es' else '7bit') +
                f'\n--{bnd}\nContent-Type: message/disposition-notification; name="MDNPart2.txt"\nContent-Disposition: inline\n'
                'Content-Transfer-Encoding: 7bit\n\n' + mdn +
                f'\n--{bnd}\nContent-Type: text/rfc822-headers; name="MDNPart3.txt"\nContent-Disposition: inline\n\n' + oh + f'\n\n--{bnd}--\n')
        return (h + body).encode('utf-8')
    if kind == 'challenge':
        h = (f'From: "{s["to_name"]} (via MailShield)" <verify@mailshield-verify.net>\nTo: {to}\nReply-To: noreply@mailshield-verify.net\n'
             f'Subject: Re: {s["osubj"]} [Please verify your message]\n' + common + 'Auto-Submitted: auto-replied\nPrecedence: bulk\n')
        txt = (f"Hello,\n\nI'm protecting myself from spam with MailShield. Your message to {s['to_addr']} (subject: \"{s['osubj']}\") "
               "is being held until you confirm that you are a real person.\n\n"
               "Please click the link below to verify. You only need to do this once, and future messages will be delivered straight away:\n\n"
               "https://verify.mailshield-verify.net/c/8f3a2b91e07d4c55\n\n"
               "If you do not verify within 7 days, your message will be deleted.\n\nThank you,\n"
               f"{s['to_name']}\n\n--\nThis is an automated message sent by MailShield on behalf of {s['to_addr']}. Please do not reply.\n")
        return (h + leaf('text/plain', txt, 'us-ascii', '7bit')).encode('ascii')
    if kind == 'ticket_nl':
        h = (f'From: Klantenservice Bakker Foods <support@bakkerfoods.nl>\nTo: {to}\nReply-To: support+id48213@bakkerfoods.nl\n'
             f'Subject: [Ticket #48213] Re: {s["osubj"]}\n' + common +
             'Auto-Submitted: auto-generated\nX-Mailer: Zendesk Mailer\nX-Zendesk-From-Account-Id: 9a3f21\n')
        txt = ("Beste Jana Kowalczyk,\n\nBedankt voor je bericht. We hebben je verzoek ontvangen en er het ticketnummer #48213 aan toegekend.\n\n"
               "Een van onze medewerkers neemt binnen twee werkdagen contact met je op. Wil je nog iets toevoegen? "
               "Beantwoord dan deze e-mail en laat het onderwerp ongewijzigd.\n\n"
               "Met vriendelijke groet,\nKlantenservice Bakker Foods\n\nDit is een automatisch gegenereerd bericht.\n")
        htm = wrap_html('<div style="color:#b5b5b5">##- Typ je antwoord boven deze regel -##</div>\n' + text_html(txt), 'utf-8')
        body = multipart('alternative', [leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                                         leaf('text/html', htm, 'utf-8', 'quoted-printable')], '--==_mimepart_65f2a9c1_48213')
        return (h + body).encode('ascii')
    raise ValueError(kind)


# ================================================================ main
def main():
    for sub in ('questions', 'replies'):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    assert len(QUESTIONS) == 60 and len(REPLIES) == 60, (len(QUESTIONS), len(REPLIES))
    for i, s in enumerate(QUESTIONS, 1):
        name = f'q{i:03d}'
        s['id'] = name
        dom = s['frm'][1].split('@')[1]
        msgid = f'<{s["date"].strftime("%Y%m%d%H%M%S")}.{name}@{dom}>'
        irt = refs = None
        if s.get('quote') and s['quote']['style'] not in ('fwd_gmail', 'fwd_apple', 'fwd_tb', 'fwd_outlook'):
            irt = f'<{s["quote"]["date"].strftime("%Y%m%d%H%M")}.{name}@{FIRMS[s["firm"]]["dom"]}>'
        data = build(s, msgid, irt, refs)
        exp = {'questions': s['exp']}
        exp['quoted'] = [p for p in s['exp'] if p in s['qd']]
        assert set(s['qd']) <= set(s['exp']), name
        if s['exp']:
            exp['language'] = s['lang']
        write(os.path.join(HERE, 'questions'), name, data, exp)
    for i, s in enumerate(REPLIES, 1):
        name = f'r{i:03d}'
        assert s['id'] == name, (s['id'], name)
        if s.get('auto'):
            data = auto_message(s)
        else:
            dom = s['frm'][1].split('@')[1]
            msgid = f'<{s["date"].strftime("%Y%m%d%H%M%S")}.{name}@{dom}>'
            data = build(s, msgid, s['offer_id'], s['offer_id'])
        write(os.path.join(HERE, 'replies'), name, data, {'decision': s['dec']})
    print('wrote 60 questions and 60 replies')


if __name__ == '__main__':
    main()
