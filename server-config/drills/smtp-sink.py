#!/usr/bin/env python3
"""A tiny SMTP sink for the fault drills: accepts every mail and keeps it as a file, so mails can be counted.

  smtp-sink.py serve <maildir> <port> [delay-seconds]   listen on 127.0.0.1:<port>; each accepted mail becomes
                                                        <maildir>/<n>.eml; delay-seconds is waited before the
                                                        "250" of each DATA (a slow SMTP server, to widen a window)
  smtp-sink.py count <maildir>                          prints: mails <n> distinct <d> duplicated <x>

A mail's identity for "distinct" is (recipient, subject, its text part): the MIME boundaries and
Date/Message-ID headers differ between two sends of the same outbox row, the content does not.
Standard library only (no aiosmtpd on this machine).
"""
import asyncio
import email
import email.policy
import os
import sys
from collections import Counter


def serve(maildir, port, delay):
    os.makedirs(maildir, exist_ok=True)
    seq = [len([f for f in os.listdir(maildir) if f.endswith(".eml")])]

    async def session(reader, writer):
        async def reply(line):
            writer.write((line + "\r\n").encode())
            await writer.drain()

        await reply("220 drill-sink ESMTP")
        rcpt = []
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                cmd = line.decode("utf-8", "replace").strip()
                verb = cmd[:4].upper()
                if verb == "EHLO":
                    await reply("250-drill-sink")
                    await reply("250 8BITMIME")
                elif verb == "HELO":
                    await reply("250 drill-sink")
                elif verb == "MAIL":
                    rcpt = []
                    await reply("250 OK")
                elif verb == "RCPT":
                    rcpt.append(cmd.split(":", 1)[1].strip())
                    await reply("250 OK")
                elif verb == "DATA":
                    await reply("354 end with <CRLF>.<CRLF>")
                    data = bytearray()
                    while True:
                        chunk = await reader.readline()
                        if not chunk or chunk in (b".\r\n", b".\n"):
                            break
                        data += chunk[1:] if chunk.startswith(b"..") else chunk
                    if delay > 0:
                        await asyncio.sleep(delay)
                    seq[0] += 1
                    name = os.path.join(maildir, "%06d.eml" % seq[0])
                    with open(name + ".tmp", "wb") as f:
                        f.write(("X-Drill-Rcpt: %s\r\n" % ",".join(rcpt)).encode() + bytes(data))
                    os.replace(name + ".tmp", name)
                    await reply("250 OK queued as %d" % seq[0])
                elif verb == "QUIT":
                    await reply("221 bye")
                    break
                else:  # RSET, NOOP, anything else
                    await reply("250 OK")
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def main():
        server = await asyncio.start_server(session, "127.0.0.1", port)
        print("smtp sink on 127.0.0.1:%d, mails in %s, delay %.2fs" % (port, maildir, delay), flush=True)
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def identity(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    text = ""
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            text += part.get_content()
    return (str(msg.get("X-Drill-Rcpt")), str(msg.get("Subject")), text.strip())


def count(maildir):
    files = sorted(f for f in os.listdir(maildir) if f.endswith(".eml")) if os.path.isdir(maildir) else []
    ids = Counter(identity(os.path.join(maildir, f)) for f in files)
    dup = sum(n - 1 for n in ids.values() if n > 1)
    print("mails %d distinct %d duplicated %d" % (len(files), len(ids), dup))


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]) if len(sys.argv) > 4 else 0.0)
    elif len(sys.argv) == 3 and sys.argv[1] == "count":
        count(sys.argv[2])
    else:
        sys.exit(__doc__)
