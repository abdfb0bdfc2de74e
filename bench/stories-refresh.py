#!/usr/bin/env python3
"""What grouping the same story costs a refresh. Real news text (a stories corpus: one JSON
article per line, e.g. ECB+ dev) is served as RSS from 127.0.0.1, the articles dealt out over
FEEDS feeds with publication times spread over the last three days. A first refresh brings
all but the newest ROUNDS x NEW of them, then ROUNDS small refreshes bring NEW each; each
prints what grouping did (articles new, compared, whose text was read, the time it took:
`refresh --json`'s "stories") and the refresh's wall time, with grouping on and then off
(another data directory). The last line is the median cost per new article of the small
refreshes.

Usage: bench/stories-refresh.py STORIES.jsonl [BIN] [--feeds 100] [--new 50] [--rounds 5]
       [--copies 1]
(--copies K serves each article K times, each copy with its own headline word and first
sentence, to make the three days denser.) Needs a release build."""
import argparse
import email.utils
import http.server
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from xml.sax.saxutils import escape


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("bin", nargs="?", default="target/release/broadsheet")
    ap.add_argument("--feeds", type=int, default=100)
    ap.add_argument("--new", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--copies", type=int, default=1)
    a = ap.parse_args()
    base = [json.loads(line) for line in open(a.corpus, encoding="utf-8") if line.strip()]
    articles = []
    for c in range(a.copies):
        for i, art in enumerate(base):
            title, text = art["title"], art["text"]
            if c:
                title, text = f"{title} ({c})", f"Edition {c} of the wire. {text}"
            articles.append({"guid": f"{i}-{c}", "title": title, "text": text})
    now = time.time()
    span = 3 * 24 * 3600
    # oldest first: the last ROUNDS x NEW are the newest, which the small refreshes bring
    for k, art in enumerate(articles):
        art["at"] = now - span + span * k / max(1, len(articles) - 1) - 60
        art["feed"] = k % a.feeds
    held_back = a.rounds * a.new
    state = {"shown": len(articles) - held_back}

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path == "/opml":
                outlines = "".join(f'<outline type="rss" text="Source {f}" xmlUrl="{BASE}/f/{f}.xml"/>' for f in range(a.feeds))
                body = f'<?xml version="1.0"?><opml version="2.0"><body>{outlines}</body></opml>'
            elif self.path.startswith("/f/") and self.path.endswith(".xml"):
                f = int(self.path[3:-4])
                items = "".join(
                    f"<item><title>{escape(x['title'])}</title><guid>{x['guid']}</guid>"
                    f"<pubDate>{email.utils.formatdate(x['at'], usegmt=True)}</pubDate>"
                    f"<description>{escape(''.join(f'<p>{escape(p)}</p>' for p in x['text'].splitlines()))}</description></item>"
                    for x in articles[: state["shown"]] if x["feed"] == f)
                body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Source {f}</title>{items}</channel></rss>'
            else:
                self.send_response(404)
                self.end_headers()
                return
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    BASE = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"{len(articles)} articles over {a.feeds} feeds, three days; then {a.new} new")

    def run(data, *args):
        return subprocess.run([a.bin, "--data-dir", data, *args], capture_output=True, text=True, check=True)

    for grouping in ("true", "false"):
        state["shown"] = len(articles) - held_back
        per_article = []
        with tempfile.TemporaryDirectory() as data:
            opml = f"{data}/farm.opml"
            with open(opml, "w") as out:
                out.write(subprocess.run(["curl", "-sf", f"{BASE}/opml"], capture_output=True, text=True, check=True).stdout)
            run(data, "import", opml)
            run(data, "config", "group_stories", grouping)
            labels = ["first refresh"] + [f"small refresh {k + 1}" for k in range(a.rounds)]
            for k, label in enumerate(labels):
                start = time.monotonic()
                out = run(data, "refresh", "--no-offline", "--json")
                wall = time.monotonic() - start
                summary = json.loads(out.stdout.strip().splitlines()[-1])
                s = summary.get("stories") or {}
                new = summary["summary"].get("new_articles", 0)
                per = ""
                if s.get("new"):
                    per = f", {s['millis'] / s['new']:.2f} ms per new article"
                    if k:
                        per_article.append(s["millis"] / s["new"])
                print(f"grouping {'on ' if grouping == 'true' else 'off'} {label}: {new} new articles, refresh {wall:.2f} s; "
                      f"grouping: {s.get('new', 0)} new, {s.get('compared', 0)} compared, {s.get('read', 0)} texts read, "
                      f"{s.get('changed', 0)} changed, {s.get('millis', 0)} ms{per}")
                state["shown"] = min(len(articles), state["shown"] + a.new)
            if grouping == "true":
                rows = json.loads(run(data, "list", "--grouped", "--limit", "500", "--json").stdout)
                print(f"  the list: {sum(1 for r in rows if r['other_sources'])} stories of several sources among {len(rows)} rows")
                if per_article:
                    print(f"  median of the small refreshes: {statistics.median(per_article):.2f} ms per new article")
    server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
