#!/usr/bin/env python3
"""check.py - verifies the blind round 19 set written by gen.py.

  * every .eml parses with email.policy.default and carries no defects (message, parts, headers)
  * every expected.json is valid; questions: questions/quoted/language rules; replies: decision + threading headers
  * every key phrase is 3-8 words, does not end with '.' or '?', and appears exactly once in every decoded
    text part (text/plain and text/html that are not attachments, outside attached messages), after folding
    white space, case-insensitively - also once after folding punctuation as the judge does - and that one
    occurrence lies in the client's new text, not in quoted ('>' or <blockquote>) or forwarded/replied history
  * non-automatic replies quote the firm's offer (a rate per hour in some language)
"""
import email, json, os, re, sys
from email import policy
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {'en', 'de', 'fr', 'es', 'nl', 'it', 'pt'}
DECISIONS = {'accept', 'decline', 'unclear', 'automatic'}
errors = []


def err(name, msg):
    errors.append('%s: %s' % (name, msg))


# ------------------------------------------------------------------ HTML -> text (blockquote lines get '> ')
BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'pre'}


class H2T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = [['', 0]]
        self.depth = 0
        self.skip = 0

    def nl(self):
        if self.lines[-1][0] != '':
            self.lines.append(['', self.depth])
        else:
            self.lines[-1][1] = self.depth

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'head', 'title'):
            self.skip += 1
        if tag == 'blockquote':
            self.nl()
            self.depth += 1
            self.lines[-1][1] = self.depth
        elif tag in BLOCK:
            self.nl()

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'head', 'title'):
            self.skip = max(0, self.skip - 1)
        if tag == 'blockquote':
            self.depth -= 1
            self.nl()
        elif tag in BLOCK:
            self.nl()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.nl()

    def handle_data(self, data):
        if self.skip:
            return
        parts = data.split('\n')
        for i, p in enumerate(parts):
            if i:
                self.nl()
            if not self.lines[-1][0]:
                self.lines[-1][1] = self.depth
            self.lines[-1][0] += p


def html_to_text(h):
    p = H2T()
    p.feed(h)
    p.close()
    full = '\n'.join(l for l, d in p.lines)
    marked = '\n'.join(('> ' * d + l) if d else l for l, d in p.lines)
    return full, marked


# ------------------------------------------------------------------ new text (history removed)
ATTRIB = [r'^On .+wrote:\s*$', r'^Am .+schrieb.*:\s*$', r'^Le .+a écrit\s?:\s*$', r'^El .+escribió:\s*$',
          r'^Op .+schreef.*:\s*$', r'^Op .+het volgende geschreven:\s*$', r'^Il giorno .+ha scritto:\s*$',
          r'^(Em|No dia) .+escreveu:\s*$']
HARD = [r'^-{2,}\s*(Original Message|Mensaje original|Ursprüngliche Nachricht|Message d.origine|Oorspronkelijk bericht|'
        r'Messaggio originale|Mensagem original)\s*-{2,}',
        r'^-{2,}\s*(Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Doorgestuurd bericht|'
        r'Messaggio inoltrato|Mensagem encaminhada)\s*-{2,}',
        r'^(Begin forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié|Inicio del mensaje reenviado|'
        r'Begin doorgestuurd bericht|Inizio messaggio inoltrato|Início da mensagem (reencaminhada|encaminhada))\s*:']
HDR_FROM = r'^(From|Von|De|Van|Da)\s*:'
HDR_NEXT = r'^(Sent|Gesendet|Envoyé|Enviado|Enviada|Verzonden|Inviato|Date|Datum|Data)\b.*:'


def new_text(text):
    lines = [l.rstrip('\r') for l in text.split('\n')]
    cut = len(lines)
    for i, raw in enumerate(lines):
        l = raw.strip()
        if any(re.match(p, l, re.I) for p in HARD):
            cut = i
            break
        if re.match(HDR_FROM, l, re.I) and any(re.match(HDR_NEXT, x.strip(), re.I) for x in lines[i + 1:i + 4]):
            cut = i
            break
        if any(re.match(p, l, re.I) for p in ATTRIB):
            nxt = [x for x in lines[i + 1:] if x.strip()]
            if not nxt or not nxt[0].lstrip().startswith('>'):
                cut = i
                break
    keep = [l for l in lines[:cut] if not l.lstrip().startswith('>')]
    return '\n'.join(keep)


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def norm(s):
    return re.sub(r'[\W_]+', ' ', s.lower()).strip()


# ------------------------------------------------------------------ parsing
def all_defects(msg):
    out = []
    for part in msg.walk():
        out += [type(d).__name__ for d in part.defects]
        for k, v in part.items():
            out += ['%s:%s' % (k, type(d).__name__) for d in getattr(v, 'defects', ())]
    return out


def text_parts(msg):
    """(ctype, decoded text) for body text parts: not attachments, not inside attached messages"""
    res = []

    def visit(part):
        ct = part.get_content_type()
        if part.get_content_maintype() == 'multipart':
            for p in part.iter_parts():
                visit(p)
            return
        if part.get_content_maintype() == 'message':
            return
        if ct in ('text/plain', 'text/html') and part.get_content_disposition() != 'attachment':
            res.append((ct, part.get_content()))
    visit(msg)
    return res


def load(path, name):
    with open(path, 'rb') as f:
        data = f.read()
    if b'\r\n' in data and re.search(rb'(?<!\r)\n', data):
        err(name, 'mixed line endings')
    for ln in data.split(b'\n'):
        if len(ln) > 998:
            err(name, 'line longer than 998 octets')
            break
    msg = email.message_from_bytes(data, policy=policy.default)
    d = all_defects(msg)
    if d:
        err(name, 'defects: %s' % d)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            err(name, 'missing header %s' % h)
    return msg, data


def check_questions():
    qd = os.path.join(HERE, 'questions')
    names = sorted(f[:-4] for f in os.listdir(qd) if f.endswith('.eml'))
    stats = {'files': 0, 'phrases': 0, 'quoted': 0}
    for n in names:
        stats['files'] += 1
        msg, data = load(os.path.join(qd, n + '.eml'), n)
        try:
            with open(os.path.join(qd, n + '.expected.json'), encoding='utf-8') as f:
                exp = json.load(f)
        except Exception as x:
            err(n, 'expected.json: %s' % x)
            continue
        extra = set(exp) - {'questions', 'quoted', 'language'}
        if extra:
            err(n, 'unknown keys %s' % extra)
        qs, qt = exp.get('questions'), exp.get('quoted', [])
        if not isinstance(qs, list) or not all(isinstance(x, str) for x in qs):
            err(n, 'questions must be a list of strings')
            continue
        if not isinstance(qt, list) or not set(qt) <= set(qs):
            err(n, 'quoted is not a subset of questions')
        if len(set(qs)) != len(qs):
            err(n, 'duplicate key phrases')
        if qs:
            if exp.get('language') not in LANGS:
                err(n, 'language missing/invalid: %r' % exp.get('language'))
        elif 'language' in exp:
            err(n, 'language present with empty question list')
        stats['phrases'] += len(qs)
        stats['quoted'] += len(qt)
        parts = text_parts(msg)
        if not parts:
            err(n, 'no text part')
        views = []
        for ct, txt in parts:
            if ct == 'text/html':
                full, marked = html_to_text(txt)
            else:
                full, marked = txt, txt
            views.append((ct, full, new_text(marked)))
        positions = []
        for ph in qs:
            words = ph.split()
            if not 3 <= len(words) <= 8:
                err(n, '%r has %d words' % (ph, len(words)))
            if ph.rstrip().endswith(('.', '?')) or ph != ph.strip():
                err(n, '%r ends badly' % ph)
            for ct, full, new in views:
                c_full = fold(full).count(fold(ph))
                c_norm = norm(full).count(norm(ph))
                c_new = fold(new).count(fold(ph))
                if c_full != 1:
                    err(n, '%r found %d times in %s' % (ph, c_full, ct))
                if c_norm != 1:
                    err(n, '%r found %d times in %s after punctuation folding' % (ph, c_norm, ct))
                if c_new != 1:
                    err(n, '%r not in the new (unquoted) text of %s' % (ph, ct))
                if ct == views[0][0]:
                    positions.append(fold(new).find(fold(ph)))
        if positions != sorted(positions):
            err(n, 'key phrases not in body order: %s' % positions)
    return stats


HOUR = re.compile(r'per hour|zu je|de l.heure|la hora|per uur|l.ora|por hora', re.I)


def check_replies():
    rd = os.path.join(HERE, 'replies')
    names = sorted(f[:-4] for f in os.listdir(rd) if f.endswith('.eml'))
    count = 0
    for n in names:
        count += 1
        msg, data = load(os.path.join(rd, n + '.eml'), n)
        try:
            with open(os.path.join(rd, n + '.expected.json'), encoding='utf-8') as f:
                exp = json.load(f)
        except Exception as x:
            err(n, 'expected.json: %s' % x)
            continue
        if set(exp) != {'decision'} or exp['decision'] not in DECISIONS:
            err(n, 'bad expected.json %r' % exp)
            continue
        if not msg['In-Reply-To']:
            err(n, 'no In-Reply-To')
        if not msg['References']:
            err(n, 'no References')
        if exp['decision'] != 'automatic':
            parts = text_parts(msg)
            for ct, txt in parts:
                t = html_to_text(txt)[0] if ct == 'text/html' else txt
                if not HOUR.search(t):
                    err(n, 'offer not quoted in %s' % ct)
                if not fold(new_text(html_to_text(txt)[1] if ct == 'text/html' else txt)):
                    err(n, 'no new text in %s' % ct)
    return count


def main():
    for d in ('questions', 'replies'):
        p = os.path.join(HERE, d)
        for f in os.listdir(p):
            if f.endswith('.eml') and not os.path.exists(os.path.join(p, f[:-4] + '.expected.json')):
                err(f, 'missing expected.json')
            if f.endswith('.expected.json') and not os.path.exists(os.path.join(p, f[:-14] + '.eml')):
                err(f, 'missing .eml')
    s = check_questions()
    r = check_replies()
    for e in errors:
        print(e)
    print('questions: %d files, %d key phrases, %d quoted; replies: %d files' % (s['files'], s['phrases'], s['quoted'], r))
    print('%d errors' % len(errors))
    return 1 if errors else 0



def show():
    """python3 check.py --show NAME...: print the new text seen in each text part (for eyeballing)"""
    for n in sys.argv[2:]:
        d = 'questions' if n.startswith('q') else 'replies'
        msg, _ = load(os.path.join(HERE, d, n + '.eml'), n)
        for ct, txt in text_parts(msg):
            marked = html_to_text(txt)[1] if ct == 'text/html' else txt
            print('=====', n, ct)
            print(new_text(marked).strip())


def selftest():
    """python3 check.py --selftest: the history detection must reject phrases placed in history"""
    samples = [
        ('hello\n\nOn Mon, 1 Mar 2025 at 10:00, X <x@y> wrote:\n> can you check the label please\n', 'check the label please', 0),
        ('top\n\nFrom: A\nSent: today\nTo: B\nSubject: s\n\ncan you check the label please\n', 'check the label please', 0),
        ('top\n\n---------- Forwarded message ---------\nFrom: A\n\ncan you check the label please\n', 'check the label please', 0),
        ('On Mon, 1 Mar 2025 at 10:00, X <x@y> wrote:\n> old\n\ncan you check the label please\n', 'check the label please', 1),
        ('Begin forwarded message:\n\n> From: a\n> can you check the label please\n', 'check the label please', 0),
    ]
    bad = 0
    for text, ph, want in samples:
        got = fold(new_text(text)).count(fold(ph))
        if got != want:
            bad += 1
            print('selftest failed:', repr(text[:40]), got, want)
    h = '<div>new</div><blockquote><div>can you check the label please</div></blockquote>'
    if 'check the label' in fold(new_text(html_to_text(h)[1])):
        bad += 1
        print('selftest failed: blockquote')
    print('selftest', 'ok' if not bad else 'FAILED')


if len(sys.argv) > 1 and sys.argv[1] == '--show':
    show()
    sys.exit(0)
if len(sys.argv) > 1 and sys.argv[1] == '--selftest':
    selftest()
    sys.exit(0)
if __name__ == '__main__':
    sys.exit(main())
