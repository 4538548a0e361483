#!/usr/bin/env python3
"""Check the blind-14 set: parsing, key phrases, expected.json files, reply headers.

Stdlib only.  Exit status 0 when everything passes, 1 otherwise.
"""
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

ERRORS = []


def err(name, msg):
    ERRORS.append(f'{name}: {msg}')


# ---------------------------------------------------------------- HTML -> lines
BLOCK = {'p', 'div', 'br', 'li', 'tr', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
         'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'td', 'body', 'html'}
SKIP = {'style', 'script', 'head', 'title'}


class H2T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.cur = ''
        self.depth = 0
        self.skip = 0

    def newline(self):
        if self.cur.strip():
            self.lines.append('> ' * self.depth + self.cur.strip())
        self.cur = ''

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag == 'hr':
            self.newline()
            self.lines.append('> ' * self.depth + '_' * 20)
        elif tag in BLOCK:
            self.newline()
            if tag == 'blockquote':
                self.depth += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in SKIP:
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.newline()
            if tag == 'blockquote':
                self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        if not self.skip:
            self.cur += data.replace('\n', ' ')


def html_lines(s):
    p = H2T()
    p.feed(s)
    p.close()
    p.newline()
    return p.lines


# ---------------------------------------------------------------- quoting
HARD = [
    re.compile(r'^-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Weitergeleitete Nachricht|'
               r"Message d.origine|Message transféré|Mensaje original|Mensaje reenviado|Oorspronkelijk bericht|"
               r'Doorgestuurd bericht|Messaggio originale|Messaggio inoltrato|Mensagem original|Mensagem encaminhada)\s*-{2,}',
               re.I),
    re.compile(r'^_{10,}\s*$'),
    re.compile(r'^(Begin forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié|'
               r'Inicio del mensaje reenviado|Begin doorgestuurd bericht|Inizio messaggio inoltrato|'
               r'Início da mensagem reencaminhada)\s*:', re.I),
]
OL_FROM = re.compile(r'^(From|Von|De|Van|Da)\s*:', re.I)
OL_SENT = re.compile(r'^(Sent|Gesendet|Envoyé|Enviado(?: el)?|Verzonden|Inviato|Date|Datum|Data)\s*:', re.I)


def split_new(lines):
    """Return list of (line, is_quoted)."""
    out = []
    cut = False
    for i, line in enumerate(lines):
        s = line.strip().replace('\u00a0', ' ')
        q = s.startswith('>')
        if not q and not cut:
            if any(r.match(s) for r in HARD):
                cut = True
            elif OL_FROM.match(s) and i + 1 < len(lines) and OL_SENT.match(lines[i + 1].strip().replace('\u00a0', ' ')):
                cut = True
        out.append((line, q or cut))
    return out


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


# ---------------------------------------------------------------- parts
def body_text_parts(msg):
    """text/plain and text/html parts that are message bodies (not attachments, not in attached messages)."""
    res = []

    def walk(part):
        ct = part.get_content_type()
        if ct.startswith('message/'):
            return
        if part.is_multipart():
            for sub in part.iter_parts():
                walk(sub)
            return
        if ct in ('text/plain', 'text/html') and part.get_content_disposition() != 'attachment':
            res.append(part)

    walk(msg)
    return res


def all_parts(msg):
    for part in msg.walk():
        yield part


def check_defects(name, msg):
    for part in all_parts(msg):
        if part.get_content_maintype() == 'text' or part.get_content_maintype() == 'application' \
                or part.get_content_maintype() == 'image':
            try:
                if part.get_content_maintype() == 'text':
                    part.get_content()
                else:
                    part.get_payload(decode=True)
            except Exception as e:  # noqa
                err(name, f'cannot decode part {part.get_content_type()}: {e}')
        for d in part.defects:
            err(name, f'defect in {part.get_content_type()}: {d!r}')
        for k in part.keys():
            for v in part.get_all(k):
                for d in getattr(v, 'defects', ()):
                    err(name, f'header {k} defect: {d!r}')


def part_lines(part):
    text = part.get_content()
    if part.get_content_type() == 'text/html':
        return html_lines(text)
    return text.replace('\r\n', '\n').split('\n')


def parse(path):
    with open(path, 'rb') as f:
        return BytesParser(policy=policy.default).parse(f)


# ---------------------------------------------------------------- checks
def check_questions(d):
    names = sorted(n[:-4] for n in os.listdir(d) if n.endswith('.eml'))
    jsons = sorted(n[:-len('.expected.json')] for n in os.listdir(d) if n.endswith('.expected.json'))
    if names != jsons:
        err('questions', f'eml/json mismatch: {set(names) ^ set(jsons)}')
    stats = {'files': len(names), 'phrases': 0, 'quoted': 0, 'empty': 0, 'lang': {}}
    for n in names:
        msg = parse(os.path.join(d, n + '.eml'))
        check_defects(n, msg)
        for h in ('From', 'To', 'Date', 'Message-ID', 'Subject'):
            if msg[h] is None:
                err(n, f'missing {h}')
        try:
            with open(os.path.join(d, n + '.expected.json'), encoding='utf-8') as f:
                exp = json.load(f)
        except Exception as e:  # noqa
            err(n, f'bad json: {e}')
            continue
        if not isinstance(exp, dict) or set(exp) - {'questions', 'quoted', 'language'} or 'questions' not in exp \
                or 'quoted' not in exp:
            err(n, f'bad keys {list(exp) if isinstance(exp, dict) else exp}')
            continue
        qs, qd = exp['questions'], exp['quoted']
        if not isinstance(qs, list) or not all(isinstance(x, str) for x in qs):
            err(n, 'questions not a list of strings')
            continue
        if not isinstance(qd, list) or not all(isinstance(x, str) for x in qd):
            err(n, 'quoted not a list of strings')
            continue
        if not set(qd) <= set(qs):
            err(n, f'quoted not subset of questions: {set(qd) - set(qs)}')
        if len(set(qs)) != len(qs):
            err(n, 'duplicate key phrases')
        if qs:
            if exp.get('language') not in LANGS:
                err(n, f'language missing or invalid: {exp.get("language")!r}')
            stats['lang'][exp.get('language')] = stats['lang'].get(exp.get('language'), 0) + 1
        else:
            stats['empty'] += 1
            if 'language' in exp:
                err(n, 'language present although questions is empty')
        stats['phrases'] += len(qs)
        stats['quoted'] += len(qd)
        parts = body_text_parts(msg)
        if not parts:
            err(n, 'no body text part')
        # order: phrases must appear in the given order in the first part's new text
        for pi, part in enumerate(parts):
            lines = part_lines(part)
            marked = split_new(lines)
            full = fold('\n'.join(lines))
            new = fold('\n'.join(l if not q else '\x00' for l, q in marked))
            last = -1
            for p in qs:
                words = p.split()
                if not 3 <= len(words) <= 8:
                    err(n, f'phrase has {len(words)} words: {p!r}')
                if p.rstrip().endswith(('.', '?')):
                    err(n, f'phrase ends with . or ?: {p!r}')
                fp = fold(p)
                c_full = full.count(fp)
                c_new = new.count(fp)
                if c_full != 1:
                    err(n, f'part {pi} ({part.get_content_type()}): phrase found {c_full} times: {p!r}')
                if c_new != 1:
                    err(n, f'part {pi} ({part.get_content_type()}): phrase not in new (unquoted) text: {p!r}')
                pos = new.find(fp)
                if pos != -1:
                    if pos < last:
                        err(n, f'part {pi}: phrases out of order at {p!r}')
                    last = pos
    return stats


OFFER_RE = re.compile(r'\d+(?:\.\d+)?\s*(hours|Stunden|heures|horas|uur|ore)\b', re.I)


def check_replies(d):
    names = sorted(n[:-4] for n in os.listdir(d) if n.endswith('.eml'))
    jsons = sorted(n[:-len('.expected.json')] for n in os.listdir(d) if n.endswith('.expected.json'))
    if names != jsons:
        err('replies', f'eml/json mismatch: {set(names) ^ set(jsons)}')
    stats = {'files': len(names), 'decision': {}}
    for n in names:
        msg = parse(os.path.join(d, n + '.eml'))
        check_defects(n, msg)
        for h in ('From', 'To', 'Date', 'Message-ID', 'Subject', 'In-Reply-To', 'References'):
            if msg[h] is None:
                err(n, f'missing {h}')
        irt = str(msg['In-Reply-To'] or '')
        if not re.fullmatch(r'<[^<>\s]+@[^<>\s]+>', irt.strip()):
            err(n, f'In-Reply-To malformed: {irt!r}')
        elif irt.strip() not in str(msg['References'] or ''):
            err(n, 'References does not contain In-Reply-To')
        try:
            with open(os.path.join(d, n + '.expected.json'), encoding='utf-8') as f:
                exp = json.load(f)
        except Exception as e:  # noqa
            err(n, f'bad json: {e}')
            continue
        if not isinstance(exp, dict) or set(exp) != {'decision'} or exp['decision'] not in DECISIONS:
            err(n, f'bad expected.json {exp!r}')
            continue
        stats['decision'][exp['decision']] = stats['decision'].get(exp['decision'], 0) + 1
        parts = body_text_parts(msg)
        if not parts:
            err(n, 'no body text part')
        if exp['decision'] != 'automatic':
            # the firm's offer must be quoted below (or around) the client's text, in every body part
            for pi, part in enumerate(parts):
                marked = split_new(part_lines(part))
                quoted = '\n'.join(l for l, q in marked if q)
                new = '\n'.join(l for l, q in marked if not q)
                if not OFFER_RE.search(quoted):
                    err(n, f'part {pi}: no quoted offer found')
                if not new.strip():
                    err(n, f'part {pi}: no new text from the client')
    return stats


def main():
    qs = check_questions(os.path.join(HERE, 'questions'))
    rs = check_replies(os.path.join(HERE, 'replies'))
    if qs['files'] != 60:
        err('questions', f'expected 60 files, found {qs["files"]}')
    if rs['files'] != 60:
        err('replies', f'expected 60 files, found {rs["files"]}')
    print('questions:', qs)
    print('replies:', rs)
    if ERRORS:
        print(f'\n{len(ERRORS)} problem(s):')
        for e in ERRORS:
            print(' -', e)
        sys.exit(1)
    print('\nall checks passed')


if __name__ == '__main__':
    main()
