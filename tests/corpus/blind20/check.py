#!/usr/bin/env python3
"""Verify the blind20 corpus: parsing, key phrases, expected.json, reply headers."""
import json, os, re, sys
from collections import Counter
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {'en', 'de', 'fr', 'es', 'nl', 'it', 'pt'}
DECISIONS = {'accept', 'decline', 'unclear', 'automatic'}
errors = []


def err(name, msg):
    errors.append('%s: %s' % (name, msg))


class H2T(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'blockquote', 'hr', 'h1', 'h2', 'h3', 'h4'}
    SKIP = {'style', 'script', 'head', 'title'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = [[0, '']]
        self.depth = 0
        self.skip = 0

    def nl(self):
        if self.lines[-1][1].strip():
            self.lines.append([self.depth, ''])
        else:
            self.lines[-1][0] = self.depth

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.nl()
        if tag == 'blockquote':
            self.depth += 1
            self.lines[-1][0] = self.depth

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        if tag == 'blockquote':
            self.depth -= 1
        if tag in self.BLOCK:
            self.nl()

    def handle_data(self, data):
        if self.skip:
            return
        if not self.lines[-1][1].strip():
            self.lines[-1][0] = self.depth
        self.lines[-1][1] += re.sub(r'\s+', ' ', data)

    def text(self):
        return '\n'.join(('>' * d + ' ' if d else '') + t.strip() for d, t in self.lines)


ATTRIB = re.compile(r'(wrote|schrieb|a écrit|escribió|schreef|het volgende geschreven|ha scritto|escreveu)\s?:\s*$', re.I)
SEPARATOR = re.compile(r'^\s*(-{2,}\s*(original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|'
                       r'message d.origine|message transféré|mensaje original|mensaje reenviado|oorspronkelijk bericht|'
                       r'doorgestuurd bericht|messaggio originale|messaggio inoltrato|mensagem original|mensagem encaminhada)'
                       r'|_{10,}\s*$|(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|'
                       r'inicio del mensaje reenviado|begin doorgestuurd bericht|inizio messaggio inoltrato|'
                       r'início da mensagem encaminhada)\s*:)', re.I)
HDR1 = re.compile(r'^\s*(from|von|de|van|da)\s?:', re.I)
HDR2 = re.compile(r'^\s*(sent|gesendet|envoyé|enviado|verzonden|inviato|date|datum|data|to|an|à|para|aan|a|'
                  r'subject|betreff|objet|asunto|onderwerp|oggetto|assunto)\s?:', re.I)


def split_quoted(text):
    """Return (new, quoted) text for a decoded body."""
    lines = text.split('\n')
    quoted = [l.lstrip().startswith('>') for l in lines]
    start = None
    for i, l in enumerate(lines):
        if quoted[i]:
            continue
        if ATTRIB.search(l) or SEPARATOR.search(l) or (
                HDR1.match(l) and any(HDR2.match(x) for x in lines[i + 1:i + 5])):
            start = i
            break
    if start is not None:
        nxt = [l for l in lines[start + 1:] if l.strip()]
        if ATTRIB.search(lines[start]) and nxt and nxt[0].lstrip().startswith('>'):
            quoted[start] = True          # '>'-quoted history: only '>' lines are quoted (inline replies allowed)
        else:
            for j in range(start, len(lines)):
                quoted[j] = True
    new = '\n'.join(l for l, q in zip(lines, quoted) if not q)
    old = '\n'.join(l for l, q in zip(lines, quoted) if q)
    return new, old


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def body_parts(msg):
    """Non-attachment text/plain and text/html parts, not descending into attached messages."""
    out = []

    def walk(p):
        ct = p.get_content_type()
        if ct.startswith('message/'):
            return
        if p.is_multipart():
            for sp in p.iter_parts():
                walk(sp)
            return
        if ct in ('text/plain', 'text/html') and not p.is_attachment():
            out.append(p)
    if msg.get_content_type() == 'multipart/report':
        # first part is the human-readable notification only
        walk(next(msg.iter_parts()))
    else:
        walk(msg)
    return out


def all_defects(msg):
    d = []
    for p in msg.walk():
        d.extend(p.defects)
    return d


def load(path):
    with open(path, 'rb') as fh:
        raw = fh.read()
    for i, line in enumerate(raw.split(b'\n')):
        if len(line) > 998:
            err(os.path.basename(path), 'line %d longer than 998 bytes' % i)
    return raw, BytesParser(policy=policy.default).parsebytes(raw)


def check_questions(d):
    langs = Counter()
    empty = 0
    nq = nquoted = 0
    names = sorted(f[:-4] for f in os.listdir(d) if f.endswith('.eml'))
    for name in names:
        raw, msg = load(os.path.join(d, name + '.eml'))
        if all_defects(msg):
            err(name, 'defects %r' % all_defects(msg))
        try:
            with open(os.path.join(d, name + '.expected.json'), encoding='utf-8') as fh:
                exp = json.load(fh)
        except Exception as e:
            err(name, 'bad json %r' % e)
            continue
        qs, qd = exp.get('questions'), exp.get('quoted')
        if not isinstance(qs, list) or not isinstance(qd, list):
            err(name, 'questions/quoted must be lists')
            continue
        if set(exp) - {'questions', 'quoted', 'language'}:
            err(name, 'unknown keys')
        if not set(qd) <= set(qs):
            err(name, 'quoted not subset of questions')
        if qs:
            if exp.get('language') not in LANGS:
                err(name, 'missing/bad language')
            langs[exp.get('language')] += 1
            langs[exp.get('language') + ' phrases'] += len(qs)
            langs[exp.get('language') + ' quoted'] += len(qd)
        else:
            empty += 1
            if 'language' in exp:
                err(name, 'language present with empty list')
        nq += len(qs)
        nquoted += len(qd)
        parts = body_parts(msg)
        if not parts:
            err(name, 'no text part')
        texts = []
        for p in parts:
            c = p.get_content()
            if p.get_content_type() == 'text/html':
                h = H2T()
                h.feed(c)
                c = h.text()
            texts.append((p.get_content_type(), c))
        if len(set(qs)) != len(qs):
            err(name, 'duplicate phrase')
        for ph in qs:
            w = ph.split()
            if not 3 <= len(w) <= 8:
                err(name, 'phrase %r has %d words' % (ph, len(w)))
            if ph.rstrip().endswith(('.', '?')):
                err(name, 'phrase %r ends with . or ?' % ph)
            for ct, t in texts:
                new, old = split_quoted(t)
                full_n = fold(t).count(fold(ph))
                new_n = fold(new).count(fold(ph))
                if full_n != 1 or new_n != 1:
                    err(name, '%s: phrase %r found %d times (%d outside quotes)' % (ct, ph, full_n, new_n))
    return len(names), langs, empty, nq, nquoted


def check_replies(d):
    dec = Counter()
    names = sorted(f[:-4] for f in os.listdir(d) if f.endswith('.eml'))
    for name in names:
        raw, msg = load(os.path.join(d, name + '.eml'))
        if all_defects(msg):
            err(name, 'defects %r' % all_defects(msg))
        try:
            with open(os.path.join(d, name + '.expected.json'), encoding='utf-8') as fh:
                exp = json.load(fh)
        except Exception as e:
            err(name, 'bad json %r' % e)
            continue
        if set(exp) != {'decision'} or exp['decision'] not in DECISIONS:
            err(name, 'bad expected %r' % exp)
            continue
        dec[exp['decision']] += 1
        if not msg['In-Reply-To'] or not msg['References']:
            err(name, 'missing In-Reply-To/References')
        parts = body_parts(msg)
        if not parts:
            err(name, 'no text part')
        for p in parts:
            p.get_content()
    return len(names), dec


def main():
    n, langs, empty, nq, nquoted = check_questions(os.path.join(HERE, 'questions'))
    rn, dec = check_replies(os.path.join(HERE, 'replies'))
    print('questions: %d emails, %d with no question, %d key phrases (%d quoted)' % (n, empty, nq, nquoted))
    print('  languages (non-empty):', dict(sorted(langs.items())))
    print('replies: %d emails' % rn, dict(sorted(dec.items())))
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else '%d errors' % len(errors))
    return 1 if errors else 0



def stats():
    """Print MIME variety (python3 check.py --stats)."""
    c = Counter()
    for sub in ('questions', 'replies'):
        d = os.path.join(HERE, sub)
        for f in sorted(os.listdir(d)):
            if not f.endswith('.eml'):
                continue
            raw, msg = load(os.path.join(d, f))
            c['%s top=%s' % (sub, msg.get_content_type())] += 1
            c['%s %s' % (sub, 'CRLF' if b'\r\n' in raw else 'LF')] += 1
            for p in msg.walk():
                if p.get_content_maintype() == 'text' and not p.is_attachment():
                    c['%s charset=%s' % (sub, p.get_content_charset())] += 1
                    c['%s cte=%s' % (sub, p.get('Content-Transfer-Encoding', '7bit').lower())] += 1
                if p.is_attachment():
                    c['%s attachment' % sub] += 1
    for k, v in sorted(c.items()):
        print('%-45s %d' % (k, v))


if __name__ == '__main__':
    if '--stats' in sys.argv:
        stats()
    else:
        sys.exit(main())
