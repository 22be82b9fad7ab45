#!/usr/bin/env python3
"""Page latency of two running servers, alternated request by request (the first round is a
warm-up): python3 tools/remote-latency.py EMBEDDED_URL REMOTE_URL [ROUNDS]
e.g. http://127.0.0.1:3392 (serve seeds) and http://127.0.0.1:3391 (serve --sparql ...).
A page that does not answer 200 counts as infinitely slow."""
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

PAGES = ["/", "/resource/policy/上海市进一步推进新型基础设施建设行动方案-2023-2026年", "/resource/region/310000",
         "/search?q=算力券", "/queries/targets-due-by-year", "/browse/policies?year=2023"]


def get(url):
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    dt = time.perf_counter() - t
    return dt if status == 200 else float("inf")


def main():
    hosts = {"embedded": sys.argv[1].rstrip("/"), "remote": sys.argv[2].rstrip("/")}
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    times = {(h, p): [] for h in hosts for p in PAGES}
    for n in range(rounds):
        for p in PAGES:
            order = list(hosts.items()) if n % 2 == 0 else list(reversed(hosts.items()))
            for h, base in order:
                dt = get(base + urllib.parse.quote(p, safe="/?=&"))
                if n > 0:
                    times[(h, p)].append(dt)
    for p in PAGES:
        e = statistics.median(times[("embedded", p)]) * 1000
        r = statistics.median(times[("remote", p)]) * 1000
        print(f"{p}\tembedded p50 {e:.0f} ms\tremote p50 {r:.0f} ms")


if __name__ == "__main__":
    main()
