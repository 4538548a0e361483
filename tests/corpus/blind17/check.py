#!/usr/bin/env python3
"""Checker for blind round 17 (stdlib only).  Run `python3 check.py`.

Verifies that
  * every questions/*.eml and replies/*.eml parses with email.policy.default and
    has no defects (message, parts, headers);
  * every .eml has a valid NAME.expected.json and vice versa (60 + 60 files);
  * questions: every key phrase is 3-8 words, does not end with '.' or '?', and
    appears exactly once in every decoded body text part (text/plain and
    text/html, attachments and attached messages excluded), after folding white
    space and ignoring case, and that one occurrence is in the client's own text,
    not in quoted lines ('>' or <blockquote>) nor after a forward / original-
    message marker; "quoted" is a subset of "questions"; "language" is present
    exactly when "questions" is non-empty;
  * replies: decision is one of accept/decline/unclear/automatic; In-Reply-To
    and References are present; human replies quote the firm's priced offer.
Exits 1 when anything is wrong.
"""
import email
import json
import os
import re
import sys
from collections import Counter
from email import policy
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {'en', 'de', 'fr', 'es', 'nl', 'it', 'pt'}
DECISIONS = {'accept', 'decline', 'unclear', 'automatic'}

# --------------------------------------------------------------------------
# HTML -> text, marking lines inside <blockquote> with '> '
# --------------------------------------------------------------------------
BLOCK = {'p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
         'pre', 'body', 'html', 'td'}
SKIP = {'style', 'script', 'head', 'title'}


class H2T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.curq, self.depth, self.skip = [], '', False, 0, 0

    def _flush(self, force=False):
        if self.cur.strip() or force:
            self.lines.append(('> ' if self.curq else '') + self.cur.strip())
        self.cur, self.curq = '', False

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag == 'br':
            self._flush(force=True)
        elif tag in BLOCK:
            self._flush()
            if tag == 'blockquote':
                self.depth += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self._flush()
            if tag == 'blockquote':
                self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        if self.skip:
            return
        data = re.sub(r'[ \t\r\n]+', ' ', data)
        self.cur += data
        if data.strip() and self.depth:
            self.curq = True


def html_to_text(s):
    p = H2T()
    p.feed(s)
    p.close()
    p._flush()
    return '\n'.join(p.lines)

# --------------------------------------------------------------------------
# client text vs quoted history
# --------------------------------------------------------------------------
MARKER_RE = re.compile(
    r'^\s*(?:'
    r'-{2,}\s*(?:original message|urspr\u00fcngliche nachricht|message d.origine|mensaje original|'
    r'oorspronkelijk bericht|messaggio originale|mensagem original|forwarded message|weitergeleitete nachricht|'
    r'message transf\u00e9r\u00e9|mensaje reenviado|doorgestuurd bericht|messaggio inoltrato|mensagem encaminhada)'
    r'\s*-*'
    r'|_{10,}'
    r'|(?:begin forwarded message|anfang der weitergeleiteten nachricht|d\u00e9but du message r\u00e9exp\u00e9di\u00e9|'
    r'inicio del mensaje reenviado|begin doorgestuurd bericht|inizio messaggio inoltrato|'
    r'in\u00edcio da mensagem (?:reencaminhada|encaminhada))\s*:'
    r')\s*$', re.I)
FROM_RE = re.compile(r'^\s*\*?(?:from|von|de|van|da)\s?:\s*\S', re.I)
NEXT_RE = re.compile(r'^\s*\*?(?:sent|gesendet|envoy\u00e9|enviad[oa]|verzonden|inviato|date|datum|data|fecha|'
                     r'subject|betreff|objet|asunto|onderwerp|oggetto|assunto)\b[^:\n]{0,10}:', re.I)


def split_text(text):
    """Return (client_text, quoted_text)."""
    lines = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    new, quoted = [], []
    cut = None
    for i, line in enumerate(lines):
        if MARKER_RE.match(line):
            cut = i
            break
        if FROM_RE.match(line) and any(NEXT_RE.match(l) for l in lines[i + 1:i + 5]):
            cut = i
            break
        if line.lstrip().startswith('>'):
            quoted.append(line)
        else:
            new.append(line)
    if cut is not None:
        quoted.extend(lines[cut:])
    return '\n'.join(new), '\n'.join(quoted)


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()

# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------


def all_parts(msg):
    yield msg
    if msg.is_multipart():
        for p in msg.get_payload():
            yield from all_parts(p)


def body_text_parts(msg):
    """text/plain and text/html parts of the message itself (not attachments,
    not parts of attached messages)."""
    ct = msg.get_content_type()
    if ct.startswith('message/'):
        return
    if msg.is_multipart():
        for p in msg.get_payload():
            yield from body_text_parts(p)
        return
    if msg.get_content_disposition() == 'attachment':
        return
    if ct in ('text/plain', 'text/html'):
        yield msg


def defects_of(msg):
    out = []
    for part in all_parts(msg):
        for d in part.defects:
            out.append('%s: %r' % (part.get_content_type(), d))
        for name, value in part.items():
            for d in getattr(value, 'defects', ()):
                out.append('header %s: %r' % (name, d))
    return out


def decoded_texts(msg, errors):
    texts = []
    for p in body_text_parts(msg):
        try:
            content = p.get_content()
        except Exception as e:  # noqa
            errors.append('cannot decode %s part: %s' % (p.get_content_type(), e))
            continue
        if p.get_content_type() == 'text/html':
            content = html_to_text(content)
        texts.append((p.get_content_type(), content))
    return texts

# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------


def check_pair(folder, name, kind, features):
    errors = []
    path = os.path.join(folder, name + '.eml')
    with open(path, 'rb') as f:
        data = f.read()
    features['crlf' if b'\r\n' in data else 'lf'] += 1
    msg = email.message_from_bytes(data, policy=policy.default)
    for d in defects_of(msg):
        errors.append('defect ' + d)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            errors.append('missing %s header' % h)
    features['top:' + msg.get_content_type()] += 1
    for p in all_parts(msg):
        if not p.is_multipart():
            cte = (p.get('Content-Transfer-Encoding') or '7bit').lower()
            features['cte:' + cte] += 1
            if p.get_content_maintype() == 'text':
                features['charset:' + (p.get_content_charset() or 'us-ascii').lower()] += 1
            if p.get_content_disposition() == 'attachment':
                features['attachment'] += 1
    texts = decoded_texts(msg, errors)
    try:
        with open(os.path.join(folder, name + '.expected.json'), encoding='utf-8') as f:
            exp = json.load(f)
    except Exception as e:  # noqa
        return errors + ['expected.json invalid: %s' % e]
    if not isinstance(exp, dict):
        return errors + ['expected.json is not an object']

    if kind == 'questions':
        if set(exp) - {'questions', 'quoted', 'language'}:
            errors.append('unknown keys %s' % sorted(set(exp) - {'questions', 'quoted', 'language'}))
        qs, qd = exp.get('questions'), exp.get('quoted', [])
        if not isinstance(qs, list) or not all(isinstance(x, str) for x in qs):
            return errors + ['"questions" must be a list of strings']
        if not isinstance(qd, list) or not all(isinstance(x, str) for x in qd):
            return errors + ['"quoted" must be a list of strings']
        if len(set(qs)) != len(qs):
            errors.append('duplicate key phrases')
        for x in qd:
            if x not in qs:
                errors.append('quoted phrase not in questions: %r' % x)
        if qs:
            if exp.get('language') not in LANGS:
                errors.append('language missing or invalid: %r' % exp.get('language'))
        elif 'language' in exp:
            errors.append('language present although questions is empty')
        if not texts:
            errors.append('no text part')
        for ph in qs:
            words = ph.split()
            if not 3 <= len(words) <= 8:
                errors.append('phrase %r has %d words' % (ph, len(words)))
            if ph.rstrip().endswith(('.', '?')) or ph != ph.strip():
                errors.append('phrase %r ends badly' % ph)
            fp = fold(ph)
            for ctype, text in texts:
                total = fold(text).count(fp)
                new, _ = split_text(text)
                own = fold(new).count(fp)
                if total != 1:
                    errors.append('%s: phrase %r found %d times' % (ctype, ph, total))
                elif own != 1:
                    errors.append('%s: phrase %r is inside quoted text' % (ctype, ph))
        features['phrases'] += len(qs)
        features['quoted'] += len(qd)
        features['empty'] += 0 if qs else 1
    else:
        if set(exp) != {'decision'} or exp.get('decision') not in DECISIONS:
            errors.append('bad reply expectation %r' % exp)
        for h in ('In-Reply-To', 'References'):
            if not msg[h]:
                errors.append('missing %s' % h)
        if exp.get('decision') in ('accept', 'decline', 'unclear'):
            ok = False
            for ctype, text in texts:
                _, quoted = split_text(text)
                if re.search(r'\d', quoted) and re.search(r'[\u00a3\u20ac$]|\bGBP\b|\bEUR\b', quoted):
                    ok = True
            if not ok:
                errors.append('human reply does not quote a priced offer')
    return errors


def show(name):
    """Print the decoded body parts of one message, marking quoted lines."""
    folder = os.path.join(HERE, 'questions' if name.startswith('q') else 'replies')
    with open(os.path.join(folder, name + '.eml'), 'rb') as f:
        msg = email.message_from_bytes(f.read(), policy=policy.default)
    print('Subject:', msg['Subject'], '| structure:', [p.get_content_type() for p in all_parts(msg)])
    for ctype, text in decoded_texts(msg, []):
        new, quoted = split_text(text)
        print('=== %s: client text ===' % ctype)
        print(new)
        print('=== %s: quoted (%d lines) ===' % (ctype, quoted.count('\n') + bool(quoted)))
        print(quoted)
    with open(os.path.join(folder, name + '.expected.json'), encoding='utf-8') as f:
        print('=== expected:', f.read())


def main():
    if len(sys.argv) > 2 and sys.argv[1] == '--show':
        for n in sys.argv[2:]:
            show(n)
        return
    failures = 0
    features = Counter()
    for kind, prefix in (('questions', 'q'), ('replies', 'r')):
        folder = os.path.join(HERE, kind)
        files = sorted(os.listdir(folder))
        emls = {f[:-4] for f in files if f.endswith('.eml')}
        exps = {f[:-len('.expected.json')] for f in files if f.endswith('.expected.json')}
        others = [f for f in files if not (f.endswith('.eml') or f.endswith('.expected.json'))]
        want = {'%s%03d' % (prefix, i) for i in range(1, 61)}
        if emls != want or exps != want or others:
            failures += 1
            print('%s: file set wrong (missing eml %s, missing json %s, extra %s)' % (
                kind, sorted(want - emls), sorted(want - exps), sorted((emls | exps) - want) + others))
        for name in sorted(emls & exps):
            errs = check_pair(folder, name, kind, features)
            for e in errs:
                print('%s/%s: %s' % (kind, name, e))
            failures += bool(errs)
    print('features: ' + ', '.join('%s=%d' % kv for kv in sorted(features.items())))
    if failures:
        print('FAILED: %d file(s) with errors' % failures)
        sys.exit(1)
    print('OK: 60 questions and 60 replies pass')


if __name__ == '__main__':
    main()
