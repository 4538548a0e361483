#!/usr/bin/env python3
"""Checks blind round 16: every .eml parses without defects, key phrases occur exactly once in every
decoded text part and not in quoted/forwarded text, expected.json files are well formed."""
import os, sys, json, re, glob
from collections import Counter
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {'en', 'de', 'fr', 'es', 'nl', 'it', 'pt'}
DECISIONS = {'accept', 'decline', 'unclear', 'automatic'}
BLOCK = {'p', 'div', 'br', 'li', 'tr', 'blockquote', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'table', 'hr'}

class H2T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = [['', False]]; self.depth = 0; self.skip = 0
    def nl(self):
        self.lines.append(['', self.depth > 0])
    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'title', 'head'): self.skip += 1
        if tag == 'blockquote': self.depth += 1
        if tag in BLOCK: self.nl()
    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title', 'head'): self.skip -= 1
        if tag == 'blockquote': self.depth -= 1
        if tag in BLOCK: self.nl()
    def handle_data(self, data):
        if self.skip: return
        parts = data.replace('\r', '').split('\n')
        for i, p in enumerate(parts):
            if i: self.nl()
            self.lines[-1][0] += p
            if self.depth > 0 and p.strip(): self.lines[-1][1] = True

def html_lines(s):
    p = H2T(); p.feed(s); p.close()
    return [('> ' + t) if q else t for t, q in p.lines]

CUT = [re.compile(x, re.I) for x in [
    r'^\s*-{2,}\s*(original message|forwarded message|mensaje reenviado|doorgestuurd bericht|messaggio inoltrato|'
    r'mensagem encaminhada|weitergeleitete nachricht|urspr\u00fcngliche nachricht|message transf\u00e9r\u00e9|message d.origine)',
    r'^\s*(begin forwarded message|d\u00e9but du message r\u00e9exp\u00e9di\u00e9|anfang der weitergeleiteten nachricht|'
    r'inicio del mensaje reenviado|begin doorgestuurd bericht|inizio messaggio inoltrato|in\u00edcio da mensagem reencaminhada)\s*:',
    r'^\s*_{10,}\s*$']]
HDR1 = re.compile(r'^\s*(from|von|de|van|da)\s?:', re.I)
HDR2 = re.compile(r'^\s*(sent|gesendet|envoy\u00e9|enviado|enviada|verzonden|inviato|date|datum|data|fecha)\s?:', re.I)

def new_text(lines):
    out = []
    for i, l in enumerate(lines):
        if any(c.search(l) for c in CUT):
            break
        if HDR1.search(l) and any(HDR2.search(x) for x in lines[i + 1:i + 4]):
            break
        if l.lstrip().startswith('>'):
            continue
        out.append(l)
    return '\n'.join(out)

def fold(s):
    return ' '.join(s.split()).lower()

def text_parts(msg):
    for part in msg.walk():
        if part.get_content_maintype() != 'text' or part.get_content_disposition() == 'attachment':
            continue
        if part.get_content_subtype() not in ('plain', 'html'):
            continue
        yield part.get_content_subtype(), part.get_content()

def all_defects(msg):
    d = []
    for part in msg.walk():
        d += [type(x).__name__ for x in part.defects]
    return d

def main():
    errors = []; stats = Counter()
    def err(name, m): errors.append('%s: %s' % (name, m))
    for folder in ('questions', 'replies'):
        emls = sorted(glob.glob(os.path.join(HERE, folder, '*.eml')))
        jsons = sorted(glob.glob(os.path.join(HERE, folder, '*.expected.json')))
        if len(emls) != 60 or len(jsons) != 60:
            err(folder, 'expected 60 emails and 60 json files, found %d / %d' % (len(emls), len(jsons)))
        for path in emls:
            name = os.path.basename(path)[:-4]
            raw = open(path, 'rb').read()
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            d = all_defects(msg)
            if d: err(name, 'defects %s' % d)
            try:
                exp = json.load(open(path[:-4] + '.expected.json', encoding='utf-8'))
            except Exception as e:
                err(name, 'bad json: %s' % e); continue
            parts = list(text_parts(msg))
            if not parts: err(name, 'no text part')
            if folder == 'questions':
                if set(exp) - {'questions', 'quoted', 'language'}: err(name, 'unknown keys')
                qs = exp.get('questions'); qd = exp.get('quoted')
                if not isinstance(qs, list) or not isinstance(qd, list) or not all(isinstance(x, str) for x in qs + qd):
                    err(name, 'questions/quoted must be lists of strings'); continue
                if not set(qd) <= set(qs): err(name, 'quoted not a subset of questions')
                if len(set(qs)) != len(qs): err(name, 'duplicate phrase')
                if qs and exp.get('language') not in LANGS: err(name, 'language missing/invalid')
                if not qs and 'language' in exp: err(name, 'language present on empty list')
                stats['q_lang_' + exp.get('language', '(none)')] += 1
                stats['q_phrases'] += len(qs); stats['q_quoted'] += len(qd)
                for ph in qs:
                    n = len(ph.split())
                    if not 3 <= n <= 8: err(name, 'phrase not 3-8 words: %r' % ph)
                    if ph.rstrip().endswith(('.', '?')): err(name, 'phrase ends with . or ?: %r' % ph)
                    for sub, content in parts:
                        lines = html_lines(content) if sub == 'html' else content.replace('\r', '').split('\n')
                        full = fold('\n'.join(lines)); new = fold(new_text(lines))
                        if full.count(fold(ph)) != 1:
                            err(name, '%s part: %r occurs %d times' % (sub, ph, full.count(fold(ph))))
                        elif new.count(fold(ph)) != 1:
                            err(name, '%s part: %r is in quoted/forwarded text' % (sub, ph))
            else:
                if set(exp) != {'decision'} or exp['decision'] not in DECISIONS: err(name, 'bad decision json')
                if not msg['In-Reply-To']: err(name, 'no In-Reply-To')
                if not msg['References']: err(name, 'no References')
                stats['r_' + exp.get('decision', '?')] += 1
    for k in sorted(stats): print('%-22s %d' % (k, stats[k]))
    for e in errors: print('ERROR', e)
    print('OK' if not errors else '%d errors' % len(errors))
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
