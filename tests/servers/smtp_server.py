#!/usr/bin/env python3
"""A real SMTP server for fiveminute's tests, on aiosmtpd.

    smtp_server.py DIR [--port N] [--no-greeting]

Listens on 127.0.0.1 (port 0 unless --port: the kernel picks a free one, so there is no
find-then-bind race) and prints "listening PORT" once ready. Each accepted message is written to
DIR/NNNN.eml, with its envelope in DIR/NNNN.json. The recipient decides what happens:

    perm-fail…@          550 at RCPT
    temp-fail…@          451 at RCPT (every time)
    silent-rcpt…@        RCPT is never answered (the connection stays open and quiet)
    cut-after-data…@     the message is received (and recorded with "cut": true), then the
                         connection is closed before any answer: the client cannot know.
    silent-after-data…@  the message and its final dot are received (and recorded with
                         "silent": true), and the answer never comes; the connection stays open.
    anything else        250, stored

Server-wide faults, chosen at start:

    --no-greeting        accept TCP connections and never say anything (no 220 banner): a plain
                         asyncio server, since no recipient is known yet at that point.

Lines longer than 1,000 bytes in a message are refused with aiosmtpd's "500 Line too long", as a
real relay does.
"""
import asyncio
import json
import os
import sys

try:
    from aiosmtpd.smtp import SMTP
except ImportError:
    sys.stderr.write("aiosmtpd is not installed: run `pip install aiosmtpd` (scripts/test does this)\n")
    sys.exit(3)


# Long enough to outlast any test; the client is expected to give up first.
FOREVER = 24 * 3600


class Handler:
    def __init__(self, folder):
        self.folder = folder
        self.count = len([f for f in os.listdir(folder) if f.endswith(".eml")])

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("perm-fail"):
            return "550 5.1.1 <%s>: no such user here" % address
        if address.startswith("temp-fail"):
            return "451 4.3.0 mailbox busy, try again later"
        if address.startswith("silent-rcpt"):
            await asyncio.sleep(FOREVER)
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    def save(self, envelope, **flags):
        self.count += 1
        base = os.path.join(self.folder, "%04d" % self.count)
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        record = {"from": envelope.mail_from, "to": envelope.rcpt_tos, "cut": False}
        record.update(flags)
        with open(base + ".json", "w") as f:
            json.dump(record, f)

    async def handle_DATA(self, server, session, envelope):
        if any(r.startswith("cut-after-data") for r in envelope.rcpt_tos):
            self.save(envelope, cut=True)
            server.transport.abort()
            return "451 never seen by the client"
        if any(r.startswith("silent-after-data") for r in envelope.rcpt_tos):
            self.save(envelope, silent=True)
            await asyncio.sleep(FOREVER)
        self.save(envelope)
        return "250 2.0.0 queued as %04d" % self.count


async def silent(reader, writer):
    """Accepts and says nothing; reads (and drops) whatever comes until the client hangs up."""
    try:
        while await reader.read(4096):
            pass
    finally:
        writer.close()


async def main():
    folder = sys.argv[1]
    port = int(sys.argv[sys.argv.index("--port") + 1]) if "--port" in sys.argv else 0
    os.makedirs(folder, exist_ok=True)
    if "--no-greeting" in sys.argv:
        server = await asyncio.start_server(silent, "127.0.0.1", port)
    else:
        handler = Handler(folder)
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(handler, hostname="smtp.test", ident="fiveminute test SMTP", decode_data=False),
            "127.0.0.1",
            port,
        )
    print("listening", server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except OSError as e:
        sys.stderr.write("cannot listen: %s\n" % e)
        sys.exit(4)
