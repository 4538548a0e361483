#!/usr/bin/env python3
"""Writes the malformed cases: mail that is broken in the ways real mailboxes see.
Run from this folder: python3 make.py. The pipeline must never panic on any of them."""
import random
H = b"From: Ann <ann@client.example>\nTo: help@hallpartners.example\nSubject: broken\nMessage-ID: <m@client.example>\n"
cases = {
 "bad-boundary": H + b"Content-Type: multipart/alternative; boundary=nope\n\n--other\nContent-Type: text/plain\n\nCan you help?\n--other--\n",
 "unterminated-multipart": H + b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nIs it due?\n--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK",
 "invalid-base64": H + b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!not base64 at all???\n====\n",
 "unknown-charset": H + b"Content-Type: text/plain; charset=x-klingon-9\n\nCan you file the \xe9\xe8 return?\n",
 "bad-utf8": H + b"Content-Type: text/plain; charset=utf-8\n\nWhat about \xff\xfe\xc3\x28 this?\n",
 "binary-junk": bytes(random.Random(7).randrange(256) for _ in range(4096)),
 "headers-only": H,
 "no-blank-line": H + b"Content-Type: text/plain\nCan you help?",
 "nul-bytes": H + b"Content-Type: text/plain\n\nCan\x00 you\x00 help?\n",
 "long-line": H + b"Content-Type: text/plain\n\n" + b"word " * 200000 + b"?\n",
 "deep-nesting": H + b"".join(b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (i, i) for i in range(200)) + b"Content-Type: text/plain\n\nDeep?\n",
 "many-quote-markers": H + b"Content-Type: text/plain\n\nHi?\n" + b">" * 50000 + b"\n",
 "html-garbage": H + b"Content-Type: text/html\n\n<html><<<div><li><li><table><td><blockquote>" * 300 + b"Is it?",
 "encoded-word-garbage": b"From: =?utf-8?B?!!!?= <ann@client.example>\nSubject: =?x-unknown?Q?=FF=FE?=\nTo: help@hallpartners.example\n\nHello?\n",
 "empty-from": b"From: \nTo: \nSubject:\n\nCould you call me?\n",
 "only-whitespace-body": H + b"\n   \n\t\n",
 "quoted-printable-broken": H + b"Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nCan you =ZZ help =\n=\n= with=3\n",
}
for name, data in cases.items():
    with open(name + ".eml", "wb") as f:
        f.write(data)
print(len(cases), "cases written")
