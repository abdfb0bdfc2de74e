#!/usr/bin/env python3
"""Every feed file of a corpus read by Broadsheet's parser and by Python's feedparser, and the
differences counted: files one reads and the other refuses, item counts, item titles.

Usage: bench/feeds-vs-feedparser.py CORPUS_DIR [--show N] [--json OUT]
  CORPUS_DIR: e.g. ../shared/corpora/feeds (feedparser's, gofeed's and feed-rs's test feeds).
feedparser is installed into .tools/feedparser-venv (never into the product); Broadsheet's side
is `engine/examples/parse_corpus.rs`, built here in release mode. Simulated HTTP headers of
feedparser's tests (its manifest.json) are passed to both."""
import html
import json
import os
import re
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".tools" / "feedparser-venv"


def ensure_feedparser():
    python = VENV / "bin" / "python"
    if not python.exists():
        venv.create(VENV, with_pip=True)
    probe = subprocess.run([str(python), "-c", "import feedparser"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "feedparser==6.0.11"], check=True)
    return python


FEEDPARSER_SIDE = r'''
import json, sys, feedparser
for line in sys.stdin:
    path, _, ctype = line.rstrip("\n").partition("\t")
    headers = {"content-type": ctype} if ctype else {}
    try:
        d = feedparser.parse(open(path, "rb").read(), response_headers=headers)
        print(json.dumps({"path": path, "title": d.feed.get("title", ""),
                          "items": [e.get("title", "") for e in d.entries],
                          "bozo": bool(d.bozo), "version": d.get("version", "")}))
    except Exception as e:  # feedparser itself failing is a result too
        print(json.dumps({"path": path, "error": repr(e)}))
'''


def files(corpus):
    headers = {}
    manifest = corpus / "feedparser" / "manifest.json"
    if manifest.exists():
        for m in json.loads(manifest.read_text()):
            ctype = {k.lower(): v for k, v in (m.get("headers") or {}).items()}.get("content-type")
            if ctype:
                headers[str(corpus / "feedparser" / m["path"])] = ctype
    for p in sorted(corpus.rglob("*")):
        if p.is_file() and p.suffix.lower() in (".xml", ".rss", ".atom", ".json", ".rdf", ".feed") \
                and p.name != "manifest.json":
            yield str(p), headers.get(str(p), "")


def run(cmd, listing):
    out = subprocess.run(cmd, input=listing, capture_output=True, text=True, check=True).stdout
    return {r["path"]: r for r in map(json.loads, out.splitlines())}


TAG = re.compile(r"<[^>]+>")


def norm(title):
    """Titles as text: feedparser keeps HTML titles' markup, Broadsheet makes them text."""
    return " ".join(html.unescape(TAG.sub(" ", title or "")).split())


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    corpus = Path(args[0]).resolve()
    show = int(args[args.index("--show") + 1]) if "--show" in args else 8
    out_json = args[args.index("--json") + 1] if "--json" in args else None
    python = ensure_feedparser()
    subprocess.run(["cargo", "build", "--quiet", "--release", "-p", "broadsheet-engine",
                    "--example", "parse_corpus"], cwd=ROOT, check=True)
    listing = "".join(f"{p}\t{c}\n" for p, c in files(corpus))
    ours = run([str(ROOT / "target/release/examples/parse_corpus")], listing)
    theirs = run([str(python), "-c", FEEDPARSER_SIDE], listing)

    kinds = {"same": [], "neither_finds_anything": [], "we_refuse_they_read": [],
             "they_refuse_we_read": [], "count_differs": [], "titles_differ": []}
    for path, o in ours.items():
        t = theirs.get(path, {"error": "missing"})
        t_items = t.get("items") or []
        o_items = o.get("items") or []
        # something a person would call a feed: an item or a title
        t_finds = "error" not in t and bool(t_items or t.get("title"))
        o_finds = "error" not in o and bool(o_items or o.get("title"))
        if not t_finds and not o_finds:
            kinds["neither_finds_anything"].append((path, o.get("error", "empty"), t.get("error", "empty")))
        elif not o_finds:
            kinds["we_refuse_they_read"].append((path, o.get("error", "empty"), len(t_items)))
        elif not t_finds:
            kinds["they_refuse_we_read"].append((path, len(o_items), t.get("error", "empty")))
        elif len(o_items) != len(t_items):
            kinds["count_differs"].append((path, len(o_items), len(t_items)))
        elif [norm(x) for x in o_items] != [norm(x) for x in t_items]:
            diff = next((a, b) for a, b in zip(o_items, t_items) if norm(a) != norm(b))
            kinds["titles_differ"].append((path, diff[0], diff[1]))
        else:
            kinds["same"].append(path)

    total = len(ours)
    print(f"{total} feed files under {corpus}")
    for kind, cases in kinds.items():
        print(f"  {kind:22} {len(cases):5}  ({100 * len(cases) / max(total, 1):.1f}%)")
    for kind, cases in kinds.items():
        if kind == "same" or not cases:
            continue
        print(f"\n{kind} (first {min(show, len(cases))}):")
        for case in cases[:show]:
            print("  " + " | ".join(str(c)[:140] for c in case).replace(str(corpus) + "/", ""))
    if out_json:
        Path(out_json).write_text(json.dumps(kinds, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
