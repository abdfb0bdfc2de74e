#!/usr/bin/env python3
"""Runs `broadsheet extract` over Mozilla Readability's test pages: no crash on any, and how
many extracted titles equal expected-metadata.json's. Usage:
  bench/mozilla-titles.py target/release/broadsheet ../shared/corpora/extraction/mozilla-readability"""
import json
import os
import subprocess
import sys

binary, corpus = sys.argv[1], sys.argv[2]
pages = sorted(d for d in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, d, "source.html")))
same = crashed = failed = 0
for page in pages:
    meta = json.load(open(os.path.join(corpus, page, "expected-metadata.json")))
    run = subprocess.run([binary, "--json", "extract", os.path.join(corpus, page, "source.html"), "--base-url", "http://fakehost/test/page.html"],
                         capture_output=True, text=True, timeout=60)
    if run.returncode not in (0, 4):
        crashed += 1
        print(f"{page}: exit {run.returncode}: {run.stderr.strip()[:200]}")
        continue
    try:
        got = json.loads(run.stdout)
    except json.JSONDecodeError:
        failed += 1
        continue
    if "error" in got:
        failed += 1
        print(f"{page}: {got['error']}")
    elif got.get("title") == (meta.get("title") or ""):
        same += 1
    else:
        print(f"{page}: title {got.get('title')!r} != {meta.get('title')!r}")
print(f"{len(pages)} pages: {same} titles equal ({100 * same / len(pages):.1f}%), {failed} without an article, {crashed} crashed")
