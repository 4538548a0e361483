#!/usr/bin/env python3
"""Checks blind round 15 (stdlib only).

- every .eml parses with email.policy.default and has no defects (message, parts, headers)
- every expected.json is valid JSON of the right shape:
    questions: {"questions": [...], "quoted": [...], "language": ISO}   (language exactly when questions non-empty,
               quoted a subset of questions, phrases 3-8 words, not ending in '.' or '?')
    replies:   {"decision": accept|decline|unclear|automatic}
- every key phrase occurs exactly once in every decoded text part (whitespace folded, case-insensitive), and that
  one occurrence is outside quoted history ('>' lines, <blockquote>, and everything after a forward /
  original-message / Outlook separator line)
- replies carry In-Reply-To (and References); human replies quote the firm's offer below or inline
Text parts are the text/plain and text/html parts that are not attachments and not inside an attached message
(message/rfc822 in bounces).
Exit status 0 when all is well; problems are printed one per line.
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

MARKERS = [
    r'^-{2,}\s*(original message|ursprüngliche nachricht|message d.origine|mensaje original|oorspronkelijk bericht|'
    r'messaggio originale|mensagem original)\s*-{2,}\s*$',
    r'^-{2,}\s*(forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|doorgestuurd bericht|'
    r'messaggio inoltrato|mensagem (re)?encaminhada)\s*-{2,}\s*$',
    r'^(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|inicio del mensaje reenviado|'
    r'begin doorgestuurd bericht|inizio messaggio inoltrato|início da mensagem (re)?encaminhada)\s*:\s*$',
    r'^_{20,}\s*$',
]
MARKERS = [re.compile(m, re.I) for m in MARKERS]
OFFER_Q = ['shall i go ahead', 'soll ich damit beginnen', 'souhaitez-vous que je', 'quiere que me ponga', 'zal ik ermee beginnen',
           'procedo', 'posso avançar']


class H2T(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'tr', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.depth, self.skip = [], '', 0, 0
        self.line_depth = 0

    def nl(self):
        if self.cur.strip():
            self.lines.append('>' * self.line_depth + ' ' + self.cur.strip() if self.line_depth else self.cur.strip())
        self.cur = ''
        self.line_depth = self.depth

    def handle_starttag(self, tag, attrs):
        if tag in ('head', 'style', 'script', 'title'):
            self.skip += 1
        if tag in self.BLOCK:
            self.nl()
        if tag == 'blockquote':
            self.depth += 1
            self.line_depth = self.depth
        if tag == 'hr':
            self.lines.append('>' * self.depth + '_' * 32)

    def handle_endtag(self, tag):
        if tag in ('head', 'style', 'script', 'title'):
            self.skip -= 1
        if tag in self.BLOCK:
            self.nl()
        if tag == 'blockquote':
            self.depth -= 1
            self.line_depth = self.depth

    def handle_data(self, data):
        if self.skip:
            return
        if not self.cur.strip():
            self.line_depth = self.depth
        self.cur += data

    def text(self):
        self.nl()
        return '\n'.join(self.lines)


def html_to_text(h):
    p = H2T()
    p.feed(h)
    p.close()
    return p.text()


def split_quoted(text):
    """returns (new_text, quoted_text) of a plain-text body"""
    new, old = [], []
    after = False
    for line in text.replace('\r\n', '\n').split('\n'):
        s = line.strip()
        if not after and any(m.match(s) for m in MARKERS):
            after = True
        if after or s.startswith('>'):
            old.append(line)
        else:
            new.append(line)
    return '\n'.join(new), '\n'.join(old)


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\xa0', ' ')).strip().lower()


def text_parts(msg):
    out = []

    def rec(part):
        ct = part.get_content_type()
        if part.get_content_disposition() == 'attachment':
            return
        if part.is_multipart():
            if ct.startswith('multipart/'):
                for p in part.iter_parts():
                    rec(p)
            return  # message/rfc822 and friends: someone else's mail
        if ct in ('text/plain', 'text/html'):
            out.append((ct, part.get_content()))

    rec(msg)
    return out


def all_defects(msg):
    found = []
    for part in msg.walk():
        found += [f'{part.get_content_type()}: {d!r}' for d in part.defects]
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                found.append(f'header {k}: {d!r}')
    return found


def bodies(msg):
    res = []
    for ct, content in text_parts(msg):
        t = html_to_text(content) if ct == 'text/html' else content
        new, old = split_quoted(t)
        res.append((ct, t, new, old))
    return res


def main():
    problems = []
    counts = {'questions': 0, 'replies': 0, 'phrases': 0}
    for sub in ('questions', 'replies'):
        folder = os.path.join(HERE, sub)
        names = sorted(f[:-4] for f in os.listdir(folder) if f.endswith('.eml'))
        jsons = sorted(f[:-14] for f in os.listdir(folder) if f.endswith('.expected.json'))
        if names != jsons:
            problems.append(f'{sub}: .eml and .expected.json do not pair up')
        for n in names:
            counts[sub] += 1
            where = f'{sub}/{n}'
            with open(os.path.join(folder, n + '.eml'), 'rb') as f:
                raw = f.read()
            try:
                msg = email.message_from_bytes(raw, policy=policy.default)
            except Exception as e:  # noqa
                problems.append(f'{where}: does not parse: {e}')
                continue
            for d in all_defects(msg):
                problems.append(f'{where}: defect {d}')
            for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
                if msg[h] is None:
                    problems.append(f'{where}: no {h} header')
            try:
                with open(os.path.join(folder, n + '.expected.json'), encoding='utf-8') as f:
                    exp = json.load(f)
            except Exception as e:  # noqa
                problems.append(f'{where}: expected.json invalid: {e}')
                continue
            parts = bodies(msg)
            if not parts:
                problems.append(f'{where}: no text part')
            if sub == 'questions':
                if set(exp) - {'questions', 'quoted', 'language'} or 'questions' not in exp or 'quoted' not in exp:
                    problems.append(f'{where}: wrong keys {sorted(exp)}')
                    continue
                qs, qd = exp['questions'], exp['quoted']
                if not all(isinstance(x, str) for x in qs + qd):
                    problems.append(f'{where}: phrases must be strings')
                if not set(qd) <= set(qs):
                    problems.append(f'{where}: quoted not a subset of questions')
                if [x for x in qs if x in qd] != qd:
                    problems.append(f'{where}: quoted not in question order')
                if len(set(qs)) != len(qs):
                    problems.append(f'{where}: duplicate phrase')
                if qs and exp.get('language') not in LANGS:
                    problems.append(f'{where}: language missing or unknown')
                if not qs and 'language' in exp:
                    problems.append(f'{where}: language present for an empty list')
                for p in qs:
                    counts['phrases'] += 1
                    nw = len(p.split())
                    if not 3 <= nw <= 8:
                        problems.append(f'{where}: phrase has {nw} words: {p!r}')
                    if p.rstrip().endswith(('.', '?')):
                        problems.append(f'{where}: phrase ends with . or ?: {p!r}')
                    for ct, full, new, old in parts:
                        c_full, c_new = norm(full).count(norm(p)), norm(new).count(norm(p))
                        if c_full != 1 or c_new != 1:
                            problems.append(f'{where}: {ct}: phrase {p!r} found {c_full}x in body, {c_new}x outside quotes')
                # index of phrases in order
                for ct, full, new, old in parts:
                    pos = [norm(new).find(norm(p)) for p in qs]
                    if pos != sorted(pos):
                        problems.append(f'{where}: {ct}: phrases not in body order')
            else:
                if set(exp) != {'decision'} or exp['decision'] not in DECISIONS:
                    problems.append(f'{where}: bad reply expectation {exp}')
                    continue
                if not msg['In-Reply-To']:
                    problems.append(f'{where}: no In-Reply-To')
                if not msg['References']:
                    problems.append(f'{where}: no References')
                if exp['decision'] != 'automatic':
                    for ct, full, new, old in parts:
                        if not any(q in norm(old) for q in OFFER_Q):
                            problems.append(f'{where}: {ct}: offer not quoted')
                        if not norm(new):
                            problems.append(f'{where}: {ct}: no new text')
    for p in problems:
        print(p)
    print(f"checked {counts['questions']} question emails ({counts['phrases']} key phrases) and {counts['replies']} replies: "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
