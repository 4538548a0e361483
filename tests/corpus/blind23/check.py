#!/usr/bin/env python3
"""Verify the blind23 set: parsing, defects, key phrases, expected.json files."""
import html
import json
import os
import re
import sys
from collections import Counter
from email import policy
from email.parser import BytesParser

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = {'en', 'de', 'fr', 'es', 'nl', 'it', 'pt'}
DECISIONS = {'accept', 'decline', 'unclear', 'automatic'}

# lines after which everything is history (forwarded or Outlook-style unquoted)
MARKER_RES = [
    re.compile(r'^-{2,}\s*[^-].*?-{2,}\s*$'),          # -----Original Message----- etc.
    re.compile(r'^_{10,}\s*$'),                         # Outlook separator
    re.compile(r'^(Begin forwarded message|Anfang der weitergeleiteten Nachricht|'
               r'Début du message réexpédié|Inicio del mensaje reenviado|'
               r'Begin doorgestuurd bericht|Inizio messaggio inoltrato|'
               r'Início da mensagem (re)?encaminhada)\s*:', re.I),
]
HTML_CUTS = ['class="gmail_quote"', 'id="divRplyFwdMsg"', 'id="appendonsend"',
             'class="moz-forward-container"', 'class="moz-cite-prefix"']

errors = []


def err(name, msg):
    errors.append('%s: %s' % (name, msg))


def fold(s):
    return ' '.join(s.split()).casefold()


def scorer_norm(s):
    return ' '.join(re.sub(r'[\W_]+', ' ', s.lower()).split())


def html_to_text(h, new_only):
    h = re.sub(r'(?is)<!--.*?-->', '', h)
    h = re.sub(r'(?is)<(head|style|script)\b.*?</\1\s*>', '', h)
    if new_only:
        cut = len(h)
        for c in HTML_CUTS:
            i = h.find(c)
            if i != -1:
                cut = min(cut, h.rfind('<', 0, i))
        h = h[:cut]
        pat = re.compile(r'(?is)<blockquote\b[^>]*>(?:(?!<blockquote\b).)*?</blockquote\s*>')
        while True:
            h2 = pat.sub('\n', h)
            if h2 == h:
                break
            h = h2
    h = re.sub(r'(?i)<\s*(br|hr)\b[^>]*>', '\n', h)
    h = re.sub(r'(?i)</\s*(p|div|li|tr|h\d|ul|ol|blockquote)\s*>', '\n', h)
    h = re.sub(r'(?i)<\s*(li|p|div|blockquote)\b[^>]*>', '\n', h)
    h = re.sub(r'(?s)<[^>]+>', '', h)
    return html.unescape(h)


def plain_new(text):
    out = []
    for line in text.splitlines():
        s = line.strip()
        if any(r.match(s) for r in MARKER_RES):
            break
        if s.startswith('>'):
            continue
        out.append(line)
    return '\n'.join(out)


def body_parts(part):
    """text/plain and text/html parts that make up the body (no attachments,
    nothing inside attached messages)."""
    if part.get_content_maintype() == 'message':
        return
    if part.is_multipart():
        for sub in part.iter_parts():
            yield from body_parts(sub)
        return
    if part.get_content_type() in ('text/plain', 'text/html') and \
            part.get_content_disposition() != 'attachment':
        yield part


def parse(path, name):
    raw = open(path, 'rb').read()
    for n, line in enumerate(raw.split(b'\n'), 1):
        if len(line.rstrip(b'\r')) > 998:
            err(name, 'line %d longer than 998 octets' % n)
    head = raw.split(b'\n\n', 1)[0] if b'\r\n\r\n' not in raw else raw.split(b'\r\n\r\n', 1)[0]
    try:
        head.decode('ascii')
    except UnicodeDecodeError:
        err(name, 'non-ASCII bytes in the top-level header')
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    mime_stats(msg, raw)
    for part in msg.walk():
        for d in part.defects:
            err(name, 'defect in %s: %r' % (part.get_content_type(), d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                err(name, 'header defect %s: %r' % (k, d))
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            err(name, 'missing %s header' % h)
    try:
        if msg['Date'] is not None and msg['Date'].datetime is None:
            err(name, 'unparsable Date')
    except Exception as e:  # noqa
        err(name, 'bad Date: %s' % e)
    return msg, raw


def check_question(base, name):
    msg, raw = parse(base + '.eml', name)
    try:
        exp = json.load(open(base + '.expected.json', encoding='utf-8'))
    except Exception as e:  # noqa
        err(name, 'expected.json: %s' % e)
        return None
    if set(exp) - {'questions', 'quoted', 'language'}:
        err(name, 'unknown keys %s' % (set(exp) - {'questions', 'quoted', 'language'}))
    qs, quoted = exp.get('questions'), exp.get('quoted')
    if not isinstance(qs, list) or not all(isinstance(x, str) for x in qs):
        err(name, '"questions" must be a list of strings')
        return None
    if not isinstance(quoted, list) or not set(quoted) <= set(qs):
        err(name, '"quoted" must be a list and a subset of "questions"')
    if qs:
        if exp.get('language') not in LANGS:
            err(name, 'language missing or invalid: %r' % exp.get('language'))
    elif 'language' in exp:
        err(name, 'language present although no questions')
    if len(set(map(fold, qs))) != len(qs):
        err(name, 'duplicate key phrases')
    parts = list(body_parts(msg))
    if not parts:
        err(name, 'no text body part')
    for p in qs:
        nw = len(p.split())
        if not 3 <= nw <= 8:
            err(name, 'phrase %r has %d words' % (p, nw))
        if p.rstrip() != p or p.endswith('.') or p.endswith('?'):
            err(name, 'phrase %r ends badly' % p)
    for i, part in enumerate(parts):
        try:
            content = part.get_content()
        except Exception as e:  # noqa
            err(name, 'cannot decode part %d: %s' % (i, e))
            continue
        if part.get_content_subtype() == 'html':
            full, new = html_to_text(content, False), html_to_text(content, True)
        else:
            full, new = content, plain_new(content)
        ffull, fnew = fold(full), fold(new)
        snew = scorer_norm(new)
        last = -1
        for p in qs:
            fp = fold(p)
            c_full, c_new = ffull.count(fp), fnew.count(fp)
            if c_full != 1:
                err(name, 'part %d (%s): %r found %d times in body' %
                    (i, part.get_content_type(), p, c_full))
            if c_new != 1:
                err(name, 'part %d (%s): %r not (only) in the new text (%d)' %
                    (i, part.get_content_type(), p, c_new))
            if snew.count(scorer_norm(p)) != 1:
                err(name, 'part %d: %r not unique after scorer normalisation' % (i, p))
            pos = fnew.find(fp)
            if pos < last:
                err(name, 'part %d: phrases out of order at %r' % (i, p))
            last = pos
    return exp


def check_reply(base, name):
    msg, raw = parse(base + '.eml', name)
    if not msg['In-Reply-To']:
        err(name, 'missing In-Reply-To')
    if not msg['References']:
        err(name, 'missing References')
    try:
        exp = json.load(open(base + '.expected.json', encoding='utf-8'))
    except Exception as e:  # noqa
        err(name, 'expected.json: %s' % e)
        return None
    if set(exp) != {'decision'} or exp['decision'] not in DECISIONS:
        err(name, 'bad expected.json %r' % exp)
    if exp.get('decision') != 'automatic':
        parts = list(body_parts(msg))
        if not parts:
            err(name, 'no text body')
        # the firm's offer must be quoted below (price per hour and a question)
        txt = ' '.join(html_to_text(p.get_content(), False) if p.get_content_subtype() == 'html'
                       else p.get_content() for p in parts)
        if not re.search(r'(£|€|EUR|euro)', txt):
            err(name, 'offer with a price not quoted')
    return exp


MIME_STATS = Counter()


def mime_stats(msg, raw):
    MIME_STATS['structure ' + msg.get_content_type()] += 1
    MIME_STATS['line endings ' + ('CRLF' if b'\r\n' in raw else 'LF')] += 1
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            MIME_STATS['charset ' + str(part.get_content_charset())] += 1
            MIME_STATS['cte ' + part.get('Content-Transfer-Encoding', '7bit').lower()] += 1
        if part.get_content_disposition() == 'attachment':
            MIME_STATS['attachment ' + part.get_content_type()] += 1


def main():
    qdir, rdir = os.path.join(ROOT, 'questions'), os.path.join(ROOT, 'replies')
    qn = sorted(f[:-4] for f in os.listdir(qdir) if f.endswith('.eml'))
    rn = sorted(f[:-4] for f in os.listdir(rdir) if f.endswith('.eml'))
    for d, names in ((qdir, qn), (rdir, rn)):
        for f in os.listdir(d):
            stem = f[:-4] if f.endswith('.eml') else f[:-len('.expected.json')] \
                if f.endswith('.expected.json') else None
            if stem is None or stem not in names:
                err(f, 'stray or unpaired file')
    if len(qn) != 60:
        err('questions/', '%d question emails, want 60' % len(qn))
    if len(rn) != 60:
        err('replies/', '%d reply emails, want 60' % len(rn))
    langs, empty, nphr, nq = Counter(), 0, 0, 0
    for n in qn:
        exp = check_question(os.path.join(qdir, n), 'questions/' + n)
        if exp:
            if exp['questions']:
                langs[exp.get('language')] += 1
                nphr += len(exp['questions'])
                nq += len(exp['quoted'])
            else:
                empty += 1
    dec = Counter()
    for n in rn:
        exp = check_reply(os.path.join(rdir, n), 'replies/' + n)
        if exp:
            dec[exp.get('decision')] += 1
    print('questions: %d files, %d with questions by language %s, %d empty, '
          '%d key phrases (%d quoted)' % (len(qn), sum(langs.values()), dict(langs), empty, nphr, nq))
    print('replies: %d files, decisions %s' % (len(rn), dict(dec)))
    if '--stats' in sys.argv:
        for k, v in sorted(MIME_STATS.items()):
            print('  %-40s %d' % (k, v))
    if errors:
        print('\n'.join(errors))
        print('FAILED: %d problem(s)' % len(errors))
        sys.exit(1)
    print('OK: all checks passed')


if __name__ == '__main__':
    main()
