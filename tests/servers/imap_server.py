#!/usr/bin/env python3
"""A small scripted IMAP server for fiveminute's tests, standard library only.

    imap_server.py DIR [--idle MODE]

Listens on 127.0.0.1 (port 0: the kernel picks a free one) and prints "listening PORT" once
ready. One user (any login is accepted), one folder (any name SELECTs it), UIDVALIDITY 1. The
messages are the files DIR/mail/*.eml in name order: a file dropped there is a new message, with
the next UID. Every command line received (DONE included) is appended to DIR/commands.log as
"TAG COMMAND", so a test can count what a client sent.

MODE says how IDLE behaves, for the misbehaving servers the daemon must survive:

    normal   IDLE is offered; "+ idling", then "* N EXISTS" when a file arrives, until DONE
    none     IDLE is not offered in CAPABILITY and is answered "BAD"
    exists   "+ idling" and at once "* N EXISTS" though nothing changed (every IDLE ends at once)
    done     "+ idling" and at once the tagged "OK": the server ends every IDLE by itself
    no       "+ idling" and at once "* NO Internal error occurred." (as Dovecot after a RENAME)
"""
import asyncio
import os
import re
import sys
import time


class Folder:
    def __init__(self, root):
        self.dir = os.path.join(root, "mail")
        os.makedirs(self.dir, exist_ok=True)
        self.uids = {}  # file name -> uid
        self.next_uid = 1

    def scan(self):
        names = sorted(n for n in os.listdir(self.dir) if n.endswith(".eml"))
        for n in names:
            if n not in self.uids:
                self.uids[n] = self.next_uid
                self.next_uid += 1
        return sorted((uid, n) for n, uid in self.uids.items())

    def read(self, name):
        with open(os.path.join(self.dir, name), "rb") as f:
            return f.read()

    def internal_date(self, name):
        t = os.path.getmtime(os.path.join(self.dir, name))
        return time.strftime("%d-%b-%Y %H:%M:%S +0000", time.gmtime(t))


def parse_set(text, top):
    """An IMAP sequence set over UIDs ("1:5,9,12:*") as a predicate."""
    parts = []
    for p in text.split(","):
        if ":" in p:
            a, b = p.split(":", 1)
            a = top if a == "*" else int(a)
            b = top if b == "*" else int(b)
            parts.append((min(a, b), max(a, b)))
        else:
            v = top if p == "*" else int(p)
            parts.append((v, v))
    return lambda uid: any(lo <= uid <= hi for lo, hi in parts)


class Session:
    def __init__(self, root, mode, reader, writer):
        self.root = root
        self.mode = mode
        self.reader = reader
        self.writer = writer
        self.folder = Folder(root)

    def log(self, line):
        with open(os.path.join(self.root, "commands.log"), "a") as f:
            f.write(line + "\n")

    async def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        self.writer.write(data)
        await self.writer.drain()

    async def run(self):
        await self.send("* OK scripted IMAP server ready\r\n")
        while True:
            line = await self.reader.readline()
            if not line:
                return
            line = line.decode(errors="replace").rstrip("\r\n")
            parts = line.split(" ", 2)
            if len(parts) < 2:
                self.log(line)
                await self.send("* BAD no tag\r\n")
                continue
            tag, cmd = parts[0], parts[1].upper()
            rest = parts[2] if len(parts) > 2 else ""
            if cmd == "UID":
                sub = rest.split(" ", 1)
                cmd = "UID " + sub[0].upper()
                rest = sub[1] if len(sub) > 1 else ""
            self.log("%s %s" % (tag, cmd))
            handler = getattr(self, "do_" + cmd.replace(" ", "_"), None)
            if handler is None:
                await self.send("%s BAD unknown command\r\n" % tag)
                continue
            if await handler(tag, rest) is False:
                return

    def capabilities(self):
        caps = "IMAP4rev1 UIDPLUS"
        if self.mode != "none":
            caps += " IDLE"
        return caps

    async def do_CAPABILITY(self, tag, rest):
        await self.send("* CAPABILITY %s\r\n%s OK done\r\n" % (self.capabilities(), tag))

    async def do_LOGIN(self, tag, rest):
        await self.send("%s OK logged in\r\n" % tag)

    async def do_NOOP(self, tag, rest):
        await self.send("%s OK done\r\n" % tag)

    async def do_LOGOUT(self, tag, rest):
        await self.send("* BYE bye\r\n%s OK done\r\n" % tag)
        return False

    async def do_SELECT(self, tag, rest):
        msgs = self.folder.scan()
        await self.send(
            "* %d EXISTS\r\n* OK [UIDVALIDITY 1] ok\r\n* OK [UIDNEXT %d] ok\r\n"
            "%s OK [READ-WRITE] selected\r\n" % (len(msgs), self.folder.next_uid, tag)
        )

    do_EXAMINE = do_SELECT

    async def do_UID_SEARCH(self, tag, rest):
        msgs = self.folder.scan()
        top = msgs[-1][0] if msgs else 0
        m = re.match(r"(?i)UID (\S+)", rest.strip())
        if m:
            want = parse_set(m.group(1), top)
            found = [uid for uid, _ in msgs if want(uid)]
        else:
            found = [uid for uid, _ in msgs]
        await self.send("* SEARCH%s\r\n%s OK done\r\n" % ("".join(" %d" % u for u in found), tag))

    async def do_UID_FETCH(self, tag, rest):
        msgs = self.folder.scan()
        top = msgs[-1][0] if msgs else 0
        uidset, items = rest.split(" ", 1)
        want = parse_set(uidset, top)
        items = items.upper()
        for seq, (uid, name) in enumerate(msgs, start=1):
            if not want(uid):
                continue
            raw = self.folder.read(name)
            out = ["UID %d" % uid]
            if "RFC822.SIZE" in items:
                out.append("RFC822.SIZE %d" % len(raw))
            if "INTERNALDATE" in items:
                out.append('INTERNALDATE "%s"' % self.folder.internal_date(name))
            head = "* %d FETCH (%s" % (seq, " ".join(out))
            if "BODY.PEEK[]" in items or "BODY[]" in items:
                await self.send(head.encode() + b" BODY[] {%d}\r\n" % len(raw) + raw + b")\r\n")
            else:
                await self.send(head + ")\r\n")
        await self.send("%s OK done\r\n" % tag)

    async def do_UID_MOVE(self, tag, rest):
        await self.send("%s NO not here\r\n" % tag)

    async def do_IDLE(self, tag, rest):
        if self.mode == "none":
            await self.send("%s BAD IDLE is not supported\r\n" % tag)
            return
        await self.send("+ idling\r\n")
        if self.mode == "done":
            await self.send("%s OK IDLE ended by the server\r\n" % tag)
            return
        if self.mode == "exists":
            await self.send("* %d EXISTS\r\n" % len(self.folder.scan()))
        elif self.mode == "no":
            await self.send("* NO Internal error occurred.\r\n")
        known = len(self.folder.scan())
        while True:
            try:
                line = await asyncio.wait_for(self.reader.readline(), 0.2)
            except asyncio.TimeoutError:
                if self.mode == "normal":
                    now = len(self.folder.scan())
                    if now != known:
                        known = now
                        await self.send("* %d EXISTS\r\n" % now)
                continue
            if not line:
                return False
            text = line.decode(errors="replace").strip()
            self.log(text)
            if text.upper() == "DONE":
                await self.send("%s OK IDLE done\r\n" % tag)
                return
            await self.send("* BAD expected DONE\r\n")


async def main():
    root = sys.argv[1]
    mode = sys.argv[sys.argv.index("--idle") + 1] if "--idle" in sys.argv else "normal"
    os.makedirs(root, exist_ok=True)

    async def serve(reader, writer):
        try:
            await Session(root, mode, reader, writer).run()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("listening %d" % port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
