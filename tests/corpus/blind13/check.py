#!/usr/bin/env python3
"""Verify the blind round 13 corpus (stdlib only).

- every .eml parses with email.policy.default without defects (message and all parts)
- questions: expected.json valid; key phrases 3-8 words, not ending in '.' or '?';
  each key phrase occurs exactly once in every decoded text part (whitespace folded, case-insensitive)
  and exactly once in the unquoted (new) text of that part; "quoted" is a subset of "questions";
  "language" present exactly when the list is non-empty
- replies: expected.json valid; decision in the allowed set; In-Reply-To and References present
"""
import email
import json
import os
import re
import sys
from email import policy
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {'en', 'de', 'fr', 'es', 'nl', 'it', 'pt'}
DECISIONS = {'accept', 'decline', 'unclear', 'automatic'}

SEP_RE = re.compile(
    r"^\s*(-{2,}\s*(Original Message|Urspr\u00fcngliche Nachricht|Message d'origine|Mensaje original|"
    r"Oorspronkelijk bericht|Messaggio originale|Mensagem original|Forwarded message|Weitergeleitete Nachricht|"
    r"Message transf\u00e9r\u00e9|Mensaje reenviado|Doorgestuurd bericht|Messaggio inoltrato|Mensagem encaminhada|"
    r"Mensagem reencaminhada)\s*-{2,}|_{10,}\s*$|(Begin forwarded message|Anfang der weitergeleiteten Nachricht|"
    r"D\u00e9but du message r\u00e9exp\u00e9di\u00e9|Inicio del mensaje reenviado|Begin doorgestuurd bericht|"
    r"Inizio messaggio inoltrato|In\u00edcio da mensagem reencaminhada|In\u00edcio da mensagem encaminhada)\s*:)",
    re.I)
HDR1_RE = re.compile(r'^\s*\*?(From|Von|De|Van|Da)\s?:', re.I)
HDR2_RE = re.compile(r'^\s*\*?(Sent|Gesendet|Envoy\u00e9|Enviado|Verzonden|Inviato|Date|Datum|Data|Fecha)\s?\*?:', re.I)


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


class H2T(HTMLParser):
    """html -> text lines; text inside <blockquote> gets a '> ' prefix per nesting level."""
    BLOCK = {'p', 'div', 'br', 'li', 'tr', 'blockquote', 'ul', 'ol', 'hr', 'h1', 'h2', 'h3', 'h4', 'table'}
    SKIP = {'style', 'script', 'head', 'title'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.cur = ''
        self.depth = 0
        self.skip = 0

    def flush(self):
        if self.cur.strip():
            self.lines.append('> ' * self.depth + self.cur.strip())
        self.cur = ''

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.flush()
        if tag == 'blockquote':
            self.depth += 1

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK:
            self.flush()
        if tag == 'blockquote':
            self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        if not self.skip:
            self.cur += data.replace('\n', ' ')


def html_lines(src):
    p = H2T()
    p.feed(src)
    p.close()
    p.flush()
    return p.lines


def new_text(lines):
    """Lines the sender wrote now: drop '>' quoted lines and everything after an Outlook/forward header."""
    out = []
    for i, line in enumerate(lines):
        s = line.lstrip()
        if s.startswith('>'):
            continue
        if SEP_RE.match(s) or (HDR1_RE.match(s) and any(HDR2_RE.match(l.lstrip()) for l in lines[i + 1:i + 4])):
            break
        out.append(line)
    return '\n'.join(out)


def defects(msg):
    found = list(msg.defects)
    for part in msg.walk():
        found += list(part.defects)
    return found


def text_parts(msg):
    """Top-level body text parts (not attachments, not inside attached messages)."""
    res = []

    def walk(p):
        ct = p.get_content_type()
        if p.is_multipart():
            for sp in p.iter_parts():
                walk(sp)
        elif ct in ('text/plain', 'text/html') and p.get_content_disposition() != 'attachment':
            res.append(p)
    walk(msg)
    return res


def load(path):
    with open(path, 'rb') as f:
        return email.message_from_binary_file(f, policy=policy.default)


def main():
    errors = []
    stats = {'questions': 0, 'replies': 0, 'phrases': 0, 'quoted': 0, 'empty': 0}
    langs = {}
    decisions = {}
    qdir = os.path.join(HERE, 'questions')
    rdir = os.path.join(HERE, 'replies')
    for name in sorted(f[:-4] for f in os.listdir(qdir) if f.endswith('.eml')):
        stats['questions'] += 1
        msg = load(os.path.join(qdir, name + '.eml'))
        d = defects(msg)
        if d:
            errors.append('%s: defects %r' % (name, d))
        try:
            with open(os.path.join(qdir, name + '.expected.json'), encoding='utf-8') as f:
                exp = json.load(f)
        except Exception as ex:
            errors.append('%s: bad json %s' % (name, ex))
            continue
        qs, quoted = exp.get('questions'), exp.get('quoted')
        if not isinstance(qs, list) or not isinstance(quoted, list):
            errors.append('%s: questions/quoted must be lists' % name)
            continue
        if set(exp) - {'questions', 'quoted', 'language'}:
            errors.append('%s: unknown keys' % name)
        if not set(quoted) <= set(qs):
            errors.append('%s: quoted not a subset of questions' % name)
        if len(set(qs)) != len(qs):
            errors.append('%s: duplicate phrases' % name)
        if qs:
            if exp.get('language') not in LANGS:
                errors.append('%s: language missing/invalid' % name)
            langs[exp['language']] = langs.get(exp.get('language'), 0) + 1
        else:
            stats['empty'] += 1
            if 'language' in exp:
                errors.append('%s: language present on empty list' % name)
            langs['(none)'] = langs.get('(none)', 0) + 1
        stats['phrases'] += len(qs)
        stats['quoted'] += len(quoted)
        parts = text_parts(msg)
        if not parts:
            errors.append('%s: no text part' % name)
        for ph in qs:
            n = len(ph.split())
            if not 3 <= n <= 8:
                errors.append('%s: phrase %r has %d words' % (name, ph, n))
            if ph.rstrip().endswith(('.', '?')):
                errors.append('%s: phrase %r ends with . or ?' % (name, ph))
        for p in parts:
            content = p.get_content()
            lines = html_lines(content) if p.get_content_type() == 'text/html' else content.splitlines()
            full = fold('\n'.join(lines))
            new = fold(new_text(lines))
            for ph in qs:
                fp = fold(ph)
                if full.count(fp) != 1:
                    errors.append('%s [%s]: %r occurs %d times' % (name, p.get_content_type(), ph, full.count(fp)))
                if new.count(fp) != 1:
                    errors.append('%s [%s]: %r not exactly once in unquoted text' % (name, p.get_content_type(), ph))
    for name in sorted(f[:-4] for f in os.listdir(rdir) if f.endswith('.eml')):
        stats['replies'] += 1
        msg = load(os.path.join(rdir, name + '.eml'))
        d = defects(msg)
        if d:
            errors.append('%s: defects %r' % (name, d))
        if not msg['In-Reply-To']:
            errors.append('%s: no In-Reply-To' % name)
        if not msg['References']:
            errors.append('%s: no References' % name)
        try:
            with open(os.path.join(rdir, name + '.expected.json'), encoding='utf-8') as f:
                exp = json.load(f)
        except Exception as ex:
            errors.append('%s: bad json %s' % (name, ex))
            continue
        if exp.get('decision') not in DECISIONS or set(exp) != {'decision'}:
            errors.append('%s: bad decision json %r' % (name, exp))
        decisions[exp.get('decision')] = decisions.get(exp.get('decision'), 0) + 1
    print('questions: %(questions)d emails, %(phrases)d key phrases, %(quoted)d quoted, %(empty)d with no question' % stats)
    print('question languages:', dict(sorted(langs.items())))
    print('replies: %d' % stats['replies'], dict(sorted(decisions.items())))
    if errors:
        print('\n%d ERRORS' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
