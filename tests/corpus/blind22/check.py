#!/usr/bin/env python3
"""Checks the blind round 22 set (stdlib only). Exit status 0 when everything passes."""
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


BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
         'body', 'html', 'pre'}


class H2T(HTMLParser):
    """HTML to text; lines inside <blockquote> get a '> ' prefix per level."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.cur = ''
        self.curdepth = 0
        self.depth = 0
        self.skip = 0

    def flush(self):
        if self.cur.strip():
            self.lines.append('> ' * self.curdepth + self.cur.strip())
        elif self.cur == '' and self.lines and self.lines[-1] != '':
            self.lines.append('')
        self.cur = ''
        self.curdepth = self.depth

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'head', 'title'):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == 'blockquote':
            self.depth += 1
            self.curdepth = self.depth

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'head', 'title'):
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.flush()
        if tag == 'blockquote':
            self.depth = max(0, self.depth - 1)
            self.curdepth = self.depth

    def handle_data(self, data):
        if self.skip:
            return
        if not self.cur.strip():
            self.curdepth = self.depth
        self.cur += data.replace('\n', ' ')

    def text(self):
        self.flush()
        return '\n'.join(self.lines)


def html_to_text(h):
    p = H2T()
    p.feed(h)
    p.close()
    return p.text()


SEP_RE = [
    re.compile(r'^\s*-{2,}\s*(original message|ursprüngliche nachricht|message d.origine|mensaje original|'
               r'oorspronkelijk bericht|messaggio originale|mensagem original|forwarded message|'
               r'weitergeleitete nachricht|message transféré|mensaje reenviado|doorgestuurd bericht|'
               r'messaggio inoltrato|mensagem encaminhada|forwarded message)\s*-{2,}\s*$', re.I),
    re.compile(r'^\s*_{20,}\s*$'),
    re.compile(r'^\s*(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|'
               r'inizio messaggio inoltrato|início da mensagem reencaminhada)\s*:', re.I),
]
FROM_RE = re.compile(r'^\s*(from|von|de|van|da)\s*:', re.I)
SENT_RE = re.compile(r'^\s*(sent|gesendet|envoyé|enviado|verzonden|inviato|date|datum|fecha|data)\s*:', re.I)


def unquoted(text):
    """The client's own text: no '>' lines, nothing after an Outlook/forward separator."""
    lines = text.replace('\r\n', '\n').split('\n')
    out = []
    for i, ln in enumerate(lines):
        if any(r.match(ln) for r in SEP_RE):
            break
        if FROM_RE.match(ln):
            nxt = next((l for l in lines[i + 1:] if l.strip()), '')
            if SENT_RE.match(nxt):
                break
        if ln.lstrip().startswith('>'):
            out.append('')
            continue
        out.append(ln)
    return '\n'.join(out)


def fold(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip().lower()


def norm(s):
    return re.sub(r'[\W_]+', ' ', s.lower()).strip()


def text_parts(msg):
    """Body text parts (not attachments, not inside attached messages)."""
    out = []

    def walk(part):
        ct = part.get_content_type()
        if part.is_multipart():
            for sub in part.iter_parts():
                walk(sub)
            return
        if ct.startswith('message/'):
            return
        if part.get_content_maintype() != 'text' or part.get_content_disposition() == 'attachment':
            return
        content = part.get_content()
        if ct == 'text/html':
            content = html_to_text(content)
        out.append((ct, content))

    walk(msg)
    return out


def all_defects(msg):
    d = []
    for part in msg.walk():
        d.extend(part.defects)
        for k in part.keys():
            for v in part.get_all(k):
                d.extend(getattr(v, 'defects', ()))
    return d


def load(folder, name):
    with open(os.path.join(HERE, folder, name + '.eml'), 'rb') as f:
        raw = f.read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    with open(os.path.join(HERE, folder, name + '.expected.json'), encoding='utf-8') as f:
        exp = json.load(f)
    return raw, msg, exp


stats = collections.defaultdict(collections.Counter)


def common(folder, name, raw, msg):
    d = all_defects(msg)
    if d:
        err(name, 'defects: %r' % d)
    for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[k] is None:
            err(name, 'missing header ' + k)
    stats[folder + ' line endings']['CRLF' if b'\r\n' in raw else 'LF'] += 1
    for part in msg.walk():
        if not part.is_multipart():
            stats[folder + ' content types'][part.get_content_type()] += 1
            if part.get_content_maintype() == 'text':
                stats[folder + ' charsets'][part.get_content_charset() or 'us-ascii'] += 1
            stats[folder + ' transfer encodings'][part.get('Content-Transfer-Encoding', '7bit').lower()] += 1
    stats[folder + ' top-level'][msg.get_content_type()] += 1


def check_question(name):
    raw, msg, exp = load('questions', name)
    common('questions', name, raw, msg)
    keys = set(exp)
    qs = exp.get('questions')
    if not isinstance(qs, list) or not isinstance(exp.get('quoted'), list):
        err(name, 'questions/quoted must be lists')
        return
    want = {'questions', 'quoted'} | ({'language'} if qs else set())
    if keys != want:
        err(name, 'keys %s, expected %s' % (sorted(keys), sorted(want)))
    if qs:
        stats['questions language']['%s' % exp.get('language')] += 1
        if exp.get('language') not in LANGS:
            err(name, 'bad language %r' % exp.get('language'))
    else:
        stats['questions language']['(none: no questions)'] += 1
    for q in exp['quoted']:
        if q not in qs:
            err(name, 'quoted phrase not in questions: %r' % q)
    if len(set(qs)) != len(qs):
        err(name, 'duplicate phrases')
    parts = text_parts(msg)
    if not parts:
        err(name, 'no text parts')
    for q in qs:
        n = len(q.split())
        if not 3 <= n <= 8:
            err(name, '%r has %d words' % (q, n))
        if not q[-1].isalnum():
            err(name, '%r must end with a letter or digit' % q)
    for ct, text in parts:
        full, mine = fold(text), fold(unquoted(text))
        nfull, nmine = norm(text), norm(unquoted(text))
        positions = []
        for q in qs:
            fq, nq = fold(q), norm(q)
            if full.count(fq) != 1:
                err(name, '%s: %r occurs %d times in the decoded body' % (ct, q, full.count(fq)))
            if mine.count(fq) != 1:
                err(name, '%s: %r is not (exactly once) in the client\'s own unquoted text' % (ct, q))
            if nfull.count(nq) != 1:
                err(name, '%s: %r occurs %d times after punctuation folding' % (ct, q, nfull.count(nq)))
            positions.append(mine.find(fq))
        if positions != sorted(positions):
            err(name, '%s: phrases not in body order %r' % (ct, positions))
    stats['questions']['emails'] += 1
    stats['questions']['with no questions' if not qs else 'with questions'] += 1
    stats['questions']['phrases'] += len(qs)
    stats['questions']['quoted phrases'] += len(exp['quoted'])


def check_reply(name):
    raw, msg, exp = load('replies', name)
    common('replies', name, raw, msg)
    if set(exp) != {'decision'} or exp['decision'] not in DECISIONS:
        err(name, 'bad expected %r' % exp)
        return
    if not msg['In-Reply-To'] or not msg['References']:
        err(name, 'missing In-Reply-To/References')
    stats['replies decision'][exp['decision']] += 1
    if exp['decision'] != 'automatic':
        txt = '\n'.join(t for _, t in text_parts(msg))
        if not re.search(r'(per hour|pro Stunde|de l.heure|la hora|per uur|l.ora|por hora)', txt):
            err(name, 'firm offer does not appear to be quoted')


def main():
    for folder, prefix, fn in (('questions', 'q', check_question), ('replies', 'r', check_reply)):
        path = os.path.join(HERE, folder)
        files = sorted(os.listdir(path))
        emls = sorted(f[:-4] for f in files if f.endswith('.eml'))
        jsons = sorted(f[:-14] for f in files if f.endswith('.expected.json'))
        if emls != jsons:
            err(folder, 'eml/json mismatch: %s' % sorted(set(emls) ^ set(jsons)))
        expected_names = ['%s%03d' % (prefix, i) for i in range(1, 61)]
        if emls != expected_names:
            err(folder, 'expected names %s001-%s060' % (prefix, prefix))
        extra = [f for f in files if not (f.endswith('.eml') or f.endswith('.expected.json'))]
        if extra:
            err(folder, 'unexpected files %s' % extra)
        for n in emls:
            try:
                fn(n)
            except Exception as e:  # noqa
                err(n, 'exception %r' % e)
    # reply languages are recorded in README (from gen.py); print stats
    for k in sorted(stats):
        print('%-32s %s' % (k, dict(sorted(stats[k].items()))))
    if errors:
        print('\n%d problem(s):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('\nALL CHECKS PASSED')
    return 0


if __name__ == '__main__':
    sys.exit(main())
