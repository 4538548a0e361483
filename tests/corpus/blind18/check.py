#!/usr/bin/env python3
"""Checker for blind round 18 (stdlib only).

Verifies:
  * every .eml parses with email.policy.default with no defects (message, parts, headers)
  * every text part decodes
  * every expected.json is valid and has the right keys
  * question key phrases: 3-8 words, do not end with '.' or '?', occur exactly once in every
    decoded text part (whitespace folded, case-insensitive), and that one occurrence is in the
    client's own text (not in '>' lines / blockquotes, not after a forward or Outlook header block)
  * "quoted" is a subset of "questions"; "language" present exactly when "questions" is non-empty
  * replies: decision valid, In-Reply-To and References present; non-automatic replies quote the offer
Prints a summary table; exit status 1 on any error.
"""
import collections
import json
import os
import re
import sys
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {'en', 'de', 'fr', 'es', 'nl', 'it', 'pt'}
DECISIONS = {'accept', 'decline', 'unclear', 'automatic'}
errors = []


def err(name, msg):
    errors.append('%s: %s' % (name, msg))


BLOCK = {'div', 'p', 'br', 'li', 'ul', 'ol', 'blockquote', 'tr', 'hr', 'table', 'h1', 'h2', 'h3', 'body', 'html'}


class H2T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.cur = ''
        self.depth = 0
        self.cur_depth = 0
        self.skip = 0

    def newline(self):
        if self.cur.strip():
            self.lines.append('> ' * self.cur_depth + self.cur.strip())
        self.cur = ''
        self.cur_depth = self.depth

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'head'):
            self.skip += 1
        if tag in BLOCK:
            self.newline()
        if tag == 'blockquote':
            self.depth += 1
            self.cur_depth = self.depth

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'head'):
            self.skip -= 1
        if tag in BLOCK:
            self.newline()
        if tag == 'blockquote':
            self.depth -= 1
            self.cur_depth = self.depth

    def handle_data(self, data):
        if self.skip:
            return
        if not self.cur.strip():
            self.cur_depth = self.depth
        self.cur += data.replace('\n', ' ')

    def text(self):
        self.newline()
        return '\n'.join(self.lines)


def html_to_text(s):
    p = H2T()
    p.feed(s)
    p.close()
    return p.text()


CUT = [
    r'^-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d.origine|Mensaje original|Oorspronkelijk bericht|Messaggio originale|Mensagem original)\s*-{2,}',
    r'^-{5,}\s*(Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Doorgestuurd bericht|Messaggio inoltrato|Mensagem encaminhada)',
    r'^(Begin forwarded message|Début du message réexpédié|Inicio del mensaje reenviado|Início da mensagem (re)?encaminhada|Anfang der weitergeleiteten Nachricht|Begin doorgestuurd bericht|Inizio messaggio inoltrato)\s*:',
    r'^_{10,}',
]
FROMLINE = re.compile(r'^(From|Von|De|Van|Da)\s?:', re.I)
SENTLINE = re.compile(r'^(Sent|Date|Gesendet|Datum|Envoyé|Enviado|Verzonden|Inviato|Data|Fecha)\s?:', re.I)


def split_own(text):
    """Return (own, all) where own is the client's unquoted new text."""
    lines = text.replace('\r\n', '\n').split('\n')
    cut = len(lines)
    for i, l in enumerate(lines):
        s = l.strip()
        if any(re.match(c, s, re.I) for c in CUT):
            cut = i
            break
        if FROMLINE.match(s) and any(SENTLINE.match(x.strip()) for x in lines[i + 1:i + 4]):
            cut = i
            break
    own = [l for l in lines[:cut] if not l.lstrip().startswith('>')]
    return ' \x00 '.join(own), text


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def pfold(s):
    return ' ' + re.sub(r'[\W_]+', ' ', s.lower()).strip() + ' '


def parse(path, name):
    with open(path, 'rb') as fh:
        raw = fh.read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for part in msg.walk():
        if part.defects:
            err(name, 'defects %r in %s' % (part.defects, part.get_content_type()))
        for k, v in part.items():
            if getattr(v, 'defects', None):
                err(name, 'header %s defects %r' % (k, v.defects))
    return msg


def text_parts(msg, name):
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != 'text':
            continue
        if part.get_content_disposition() == 'attachment':
            continue
        if part.get_content_type() == 'text/rfc822-headers':
            continue
        # skip text inside an attached/returned message
        try:
            s = part.get_content()
        except Exception as e:
            err(name, 'cannot decode %s: %s' % (part.get_content_type(), e))
            continue
        if part.get_content_subtype() == 'html':
            s = html_to_text(s)
        out.append((part.get_content_type(), s))
    return out


def check_questions(stats):
    d = os.path.join(HERE, 'questions')
    names = sorted(f[:-4] for f in os.listdir(d) if f.endswith('.eml'))
    if len(names) != 60:
        err('questions', 'expected 60 emails, found %d' % len(names))
    for n in names:
        name = 'questions/' + n
        jp = os.path.join(d, n + '.expected.json')
        try:
            exp = json.load(open(jp, encoding='utf-8'))
        except Exception as e:
            err(name, 'bad json: %s' % e)
            continue
        if not isinstance(exp.get('questions'), list) or not isinstance(exp.get('quoted'), list):
            err(name, 'questions/quoted must be lists')
            continue
        extra = set(exp) - {'questions', 'quoted', 'language'}
        if extra:
            err(name, 'unexpected keys %s' % extra)
        qs, qd = exp['questions'], exp['quoted']
        if not set(qd) <= set(qs):
            err(name, 'quoted not subset of questions')
        if len(set(qs)) != len(qs):
            err(name, 'duplicate phrases')
        if qs:
            if exp.get('language') not in LANGS:
                err(name, 'language missing/invalid')
        elif 'language' in exp:
            err(name, 'language present but no questions')
        for p in qs:
            w = p.split()
            if not 3 <= len(w) <= 8:
                err(name, 'phrase %r has %d words' % (p, len(w)))
            if p.rstrip().endswith(('.', '?')):
                err(name, 'phrase %r ends with . or ?' % p)
        msg = parse(os.path.join(d, n + '.eml'), name)
        parts = text_parts(msg, name)
        if not parts:
            err(name, 'no text part')
        for ctype, s in parts:
            own, full = split_own(s)
            fo, ff, pf = fold(own), fold(full), pfold(full)
            for p in qs:
                fp = fold(p)
                if ff.count(fp) != 1:
                    err(name, '%s: phrase %r found %d times in part' % (ctype, p, ff.count(fp)))
                elif fo.count(fp) != 1:
                    err(name, '%s: phrase %r is inside quoted/forwarded text' % (ctype, p))
                if pf.count(pfold(p)) != 1:
                    err(name, '%s: phrase %r (punctuation-folded) found %d times' % (ctype, p, pf.count(pfold(p))))
        lang = exp.get('language', '-')
        stats['q_lang'][lang] += 1
        stats['q_phr'] += len(qs)
        stats['q_quoted'] += len(qd)
        if not qs:
            stats['q_empty'] += 1


OFFER_MARK = re.compile(r'(Shall I go ahead|Soll ich damit beginnen|Voulez-vous que je commence|Quiere que empiece|'
                        r'Zal ik ermee beginnen|Procedo|Posso avançar)')


def check_replies(stats):
    d = os.path.join(HERE, 'replies')
    names = sorted(f[:-4] for f in os.listdir(d) if f.endswith('.eml'))
    if len(names) != 60:
        err('replies', 'expected 60 emails, found %d' % len(names))
    for n in names:
        name = 'replies/' + n
        try:
            exp = json.load(open(os.path.join(d, n + '.expected.json'), encoding='utf-8'))
        except Exception as e:
            err(name, 'bad json: %s' % e)
            continue
        if set(exp) != {'decision'} or exp['decision'] not in DECISIONS:
            err(name, 'bad expected %r' % exp)
            continue
        msg = parse(os.path.join(d, n + '.eml'), name)
        if not msg['In-Reply-To']:
            err(name, 'no In-Reply-To')
        if not msg['References']:
            err(name, 'no References')
        if not msg['Message-ID']:
            err(name, 'no Message-ID')
        parts = text_parts(msg, name)
        if not parts:
            err(name, 'no text part')
        if exp['decision'] != 'automatic':
            for ctype, s in parts:
                own, full = split_own(s)
                if not OFFER_MARK.search(full):
                    err(name, '%s: offer not quoted' % ctype)
                elif OFFER_MARK.search(own):
                    err(name, '%s: offer text is not marked as quoted' % ctype)
        stats['r_dec'][exp['decision']] += 1


def main():
    stats = {'q_lang': collections.Counter(), 'q_phr': 0, 'q_quoted': 0, 'q_empty': 0,
             'r_dec': collections.Counter()}
    check_questions(stats)
    check_replies(stats)
    print('questions by language (- = asks nothing):', dict(stats['q_lang']))
    print('phrases: %d, quoted: %d, empty emails: %d' % (stats['q_phr'], stats['q_quoted'], stats['q_empty']))
    print('replies by decision:', dict(stats['r_dec']))
    for e in errors:
        print('ERROR', e)
    print('%d errors' % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
