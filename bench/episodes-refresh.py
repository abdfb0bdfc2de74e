#!/usr/bin/env python3
"""A refresh with episode downloads on, against off (issue 37: the refresh's own time may grow by
no more than 5%, since downloads run after it, in the offline pass).

A podcast farm of its own on 127.0.0.1: --feeds feeds of --items items, each item whole in the
feed (so the offline pass fetches no pages) with one MP3 enclosure of --episode-kb, every answer
after --latency-ms. Three set-ups, each on a new data folder, taken in turn in every run:
  plain  the same feeds without enclosures
  off    with enclosures, downloads left at "never" (the default)
  on     with enclosures, each feed downloading its latest --latest episodes after the refresh
(A pass downloads at most 50 episodes; the rest wait for the next refresh.) For each set-up it
prints the refresh's own time (the engine's `summary.elapsed_ms`: the feeds fetched,
parsed and stored), the offline pass after it (the episode downloads), and the whole command;
then the medians, and how much the refresh's own time grew from off to on and from plain to on.

  bench/episodes-refresh.py [--bin target/release/broadsheet] [--runs 3] [--feeds 200]
                            [--items 20] [--latency-ms 50] [--episode-kb 500] [--latest 1]
Needs a release build (`cargo build --release`).
"""
import argparse
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--bin", default="target/release/broadsheet")
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--feeds", type=int, default=200)
ap.add_argument("--items", type=int, default=20)
ap.add_argument("--latency-ms", type=int, default=50)
ap.add_argument("--episode-kb", type=int, default=500)
ap.add_argument("--latest", type=int, default=1)
args = ap.parse_args()

EPOCH = 1_780_000_000
# an MP3 as the sniffing knows one: an ID3 header, then bytes that are not silence
EPISODE = b"ID3\x04\0\0\0\0\0\x0a" + bytes((i * 7919 + 13) % 251 for i in range(args.episode_kb * 1024 - 10))
PARAGRAPH = ("<p>The council met on Tuesday to weigh the river's new dam, its cost to the towns below "
             "it and the water it would hold back through the dry months of the year.</p>")


def feed(base, n, enclosures):
    items = []
    for i in range(args.items):
        when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(EPOCH - (n * args.items + i) * 60))
        enclosure = (f'<enclosure url="{base}/media/{n}/{i}.mp3" length="{len(EPISODE)}" type="audio/mpeg"/>'
                     if enclosures else "")
        items.append(f"<item><guid>{base}/{n}/{i}</guid><title>Programme {n}.{i}</title>"
                     f"<link>{base}/{n}/{i}.html</link><pubDate>{when}</pubDate>"
                     f"<description><![CDATA[{PARAGRAPH * 6}]]></description>{enclosure}</item>")
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Radio {n}</title>'
            f'<link>{base}/</link>{"".join(items)}</channel></rss>').encode()


class Farm(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def do_GET(self):
        time.sleep(args.latency_ms / 1000)
        parts = self.path.strip("/").split("/")
        if parts[0] in ("plain", "pod") and len(parts) == 2 and parts[1].endswith(".xml"):
            body, ctype = feed(BASE, int(parts[1][:-4]), parts[0] == "pod"), "application/rss+xml"
        elif parts[0] == "media":
            body, ctype = EPISODE, "audio/mpeg"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


http.server.ThreadingHTTPServer.daemon_threads = True
# the app opens up to 128 connections at once: room for them all to wait
http.server.ThreadingHTTPServer.request_queue_size = 512
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Farm)
BASE = f"http://127.0.0.1:{server.server_address[1]}"
threading.Thread(target=server.serve_forever, daemon=True).start()


def cli(data, *argv):
    out = subprocess.run([args.bin, "--data-dir", data, "--json", *argv], capture_output=True, text=True)
    # 4: a feed failed (counted in the summary), the others were refreshed
    if out.returncode not in (0, 4):
        sys.exit(f"{' '.join(argv)} failed ({out.returncode}): {out.stderr}")
    return out.stdout


def opml(path, kind):
    outlines = "".join(f'<outline type="rss" text="Radio {n}" xmlUrl="{BASE}/{kind}/{n}.xml"/>'
                       for n in range(args.feeds))
    with open(path, "w") as f:
        f.write(f'<?xml version="1.0"?><opml version="2.0"><body>{outlines}</body></opml>')


def one(work, setup, run):
    data = os.path.join(work, f"{setup}-{run}")
    kind = "plain" if setup == "plain" else "pod"
    opml(os.path.join(work, f"{kind}.opml"), kind)
    cli(data, "import", os.path.join(work, f"{kind}.opml"))
    # one host serves every feed: lift the per-host limit to the global one (as refresh-farm.sh)
    cli(data, "config", "max_fetches_per_host", "128")
    if setup == "on":
        for f in json.loads(cli(data, "feeds")):
            cli(data, "episode-downloads", str(f["id"]), str(args.latest))
    started = time.time()
    last = cli(data, "refresh").strip().splitlines()[-1]
    wall = time.time() - started
    line = json.loads(last)
    s, o = line["summary"], line.get("offline") or {}
    episodes = o.get("episodes") or {}
    shutil.rmtree(data, ignore_errors=True)
    return {"refresh": s["elapsed_ms"], "offline": o.get("elapsed_ms", 0), "wall": wall * 1000,
            "new": s["new_articles"], "failed": s["failed"], "downloaded": episodes.get("downloaded", 0),
            "episode_failures": episodes.get("failed", 0)}


if not os.path.exists(args.bin):
    sys.exit(f"{args.bin} is missing: cargo build --release")
work = tempfile.mkdtemp(prefix="episodes-refresh-")
print(f"farm: {args.feeds} feeds x {args.items} items, {args.latency_ms} ms latency, "
      f"episodes of {len(EPISODE) / 1e6:.2f} MB; 'on' downloads the latest {args.latest} of each feed")
results = {"plain": [], "off": [], "on": []}
try:
    for run in range(1, args.runs + 1):
        for setup in results:
            r = one(work, setup, run)
            results[setup].append(r)
            print(f"run {run} {setup:5}: refresh {r['refresh']:6d} ms, offline pass {r['offline']:6d} ms, "
                  f"whole command {r['wall']:6.0f} ms ({r['new']} new, {r['failed']} failed; "
                  f"{r['downloaded']} episodes downloaded, {r['episode_failures']} failed)", flush=True)
finally:
    shutil.rmtree(work, ignore_errors=True)
    server.shutdown()

median = {k: statistics.median(r["refresh"] for r in v) for k, v in results.items()}
for k, v in results.items():
    print(f"median {k:5}: refresh {median[k]:.0f} ms, offline pass "
          f"{statistics.median(r['offline'] for r in v):.0f} ms")
print(f"refresh's own time, on against off: {100 * (median['on'] / median['off'] - 1):+.1f}% (goal: at most +5%)")
print(f"refresh's own time, on against plain feeds: {100 * (median['on'] / median['plain'] - 1):+.1f}%")
