#!/usr/bin/env python3
"""Throughput of signed-in page views against one or more Vínculo instances (loopback only, bounded).

    group-throughput.py SECONDS WORKERS URL [URL...]

Each worker signs in once as a demo user (demo mode) on the instance it is given (round-robin over the URLs, as a
sticky load balancer would spread sessions), then requests the home page and the client list in a loop until
SECONDS have passed. Prints requests, errors and requests per second. Only for addresses on this machine.
"""
import http.cookiejar
import re
import sys
import threading
import time
import urllib.parse
import urllib.request

seconds, workers, urls = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
assert all(urllib.parse.urlparse(u).hostname in ("127.0.0.1", "localhost") for u in urls), "loopback only"
# every one of them may open both pages (the administrator may not open the client list: 403)
USERS = ["consultor", "jefe", "gerente", "auditor", "rd"]
PAGES = ["index.xhtml", "clients/list.xhtml"]
counts = {"ok": 0, "err": 0}
lock = threading.Lock()


def signed_in(base, user):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "login.xhtml", timeout=60).read().decode()
    state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"login": "login", "login:username": user, "login:password": "vinculo-demo",
                                   "login:submit": "", "jakarta.faces.ViewState": state}).encode()
    opener.open(base + "login.xhtml", form, timeout=60).read()
    return opener


def work(i, deadline):
    base = urls[i % len(urls)]
    opener = signed_in(base, USERS[i % len(USERS)])
    n = 0
    while time.monotonic() < deadline:
        try:
            body = opener.open(base + PAGES[n % len(PAGES)], timeout=60).read()
            ok = b"sidemenu" in body
        except Exception:
            ok = False
        n += 1
        with lock:
            counts["ok" if ok else "err"] += 1


start = time.monotonic()
deadline = start + seconds
threads = [threading.Thread(target=work, args=(i, deadline)) for i in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print(f"{len(urls)} instance(s), {workers} workers, {elapsed:.1f} s: {counts['ok']} pages, {counts['err']} errors, "
      f"{counts['ok'] / elapsed:.1f} pages/s")
