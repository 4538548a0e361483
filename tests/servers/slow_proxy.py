#!/usr/bin/env python3
"""A rate-limited TCP proxy on loopback for fiveminute's tests, standard library only.

    slow_proxy.py TARGET_PORT BYTES_PER_SECOND [--whole-responses]

Listens on 127.0.0.1 (port 0: the kernel picks a free one), prints "listening PORT" once ready,
and forwards each connection to 127.0.0.1:TARGET_PORT. What the server sends to the client is
paced to BYTES_PER_SECOND per connection (a slow link); what the client sends goes through at
once. When either side closes or fails, both are closed at once, as when a link or a server
dies: what the slow link had not carried yet is lost.

With --whole-responses, the server's bytes are passed on in whole IMAP responses (a line, with
its {N} literals), and a response cut short by the server's death is dropped: the client sees
the connection end between two responses, as it does when a server dies between writes.
"""
import asyncio
import collections
import re
import sys
import time

CHUNK = 16 * 1024
LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")


def whole_responses(buf):
    """The length of the complete IMAP responses at the start of buf."""
    done = 0
    pos = 0
    while True:
        end = buf.find(b"\r\n", pos)
        if end < 0:
            return done
        line_end = end + 2
        m = LITERAL.search(buf[pos:line_end])
        if m:
            pos = line_end + int(m.group(1))
            if pos > len(buf):
                return done
            continue
        pos = line_end
        done = pos


async def pipe(reader, writer, rate, whole=False):
    """Copies reader to writer, paced to rate bytes a second (0: at once). What the reader sends
    is taken at once, so when it closes, what the slow link has not carried yet is lost with it,
    as a dying server's unsent answer is."""
    ready = collections.deque()  # blobs that may be sent, each whole (in whole mode: responses)
    pending = bytearray()  # an incomplete response (whole mode)
    more = asyncio.Event()
    closed = False

    async def take():
        nonlocal closed
        try:
            while True:
                data = await reader.read(CHUNK)
                if not data:
                    break
                if whole:
                    pending.extend(data)
                    n = whole_responses(bytes(pending))
                    if n:
                        ready.append(bytes(pending[:n]))
                        del pending[:n]
                else:
                    ready.append(data)
                more.set()
        except (ConnectionError, OSError):
            pass
        closed = True
        more.set()

    taker = asyncio.ensure_future(take())
    # Each chunk leaves when the link would have carried it; a quiet spell earns no burst.
    due = time.monotonic()
    try:
        while True:
            await more.wait()
            more.clear()
            while ready and not closed:
                chunk = ready.popleft()
                if rate:
                    due = max(due, time.monotonic()) + len(chunk) / rate
                    delay = due - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)
                if closed:
                    break
                writer.write(chunk)
                await writer.drain()
            if closed:
                break
    except (ConnectionError, OSError):
        pass
    finally:
        taker.cancel()
        writer.close()


async def main():
    target = int(sys.argv[1])
    rate = float(sys.argv[2])
    whole = "--whole-responses" in sys.argv

    async def serve(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target)
        except OSError:
            client_writer.close()
            return
        up = asyncio.ensure_future(pipe(client_reader, server_writer, 0))
        down = asyncio.ensure_future(pipe(server_reader, client_writer, rate, whole))
        await asyncio.wait([up, down], return_when=asyncio.FIRST_COMPLETED)
        for t in (up, down):
            t.cancel()
        client_writer.close()
        server_writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    print("listening %d" % server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
