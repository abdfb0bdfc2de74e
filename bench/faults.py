#!/usr/bin/env python3
"""Misbehaving servers in one refresh: every /fault/* endpoint of the feed farm subscribed next
to 1,000 healthy feeds, refreshed once (feeds, then the offline pass). Checks that each fault
ends in a stored, readable feed error or a correct partial result within the timeout, that
every healthy feed refreshed, and records the time and the peak memory (max RSS) of the
process. Exits non-zero when a check fails.

  bench/faults.py ../shared/feedfarm/feedfarm.py [target/release/broadsheet]
"""
import json
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

farm_py = sys.argv[1] if len(sys.argv) > 1 else "../shared/feedfarm/feedfarm.py"
binary = sys.argv[2] if len(sys.argv) > 2 else "target/release/broadsheet"
FEEDS = int(os.environ.get("FEEDS", "1000"))
TIMEOUT = 20

# what each fault must end in: a regex over the feed's stored error, or a count of articles
EXPECT = {
    "slow": ("error", r"timed out after 20 s"),
    "huge": ("error", r"larger than the \d+-byte limit"),
    "gzipbomb": ("error", r"larger than the \d+-byte limit"),
    "redirect-loop": ("error", r"redirect loop"),
    "404": ("error", r"HTTP 404"),
    "500": ("error", r"HTTP 500"),
    "429": ("error", r"HTTP 429: server asks to wait 3600 s"),
    "garbage": ("error", r"could not read the feed"),
    "truncated": ("error-or-partial", r"could not read the feed"),
    "xss": ("articles", 4),
    "bad-dates": ("articles", 4),
    "dup-guids": ("articles", 1),
}

s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
farm = subprocess.Popen([sys.executable, farm_py, "--port", str(port), "--feeds", str(FEEDS), "--items", "20"],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
failures = []
try:
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            opml = urllib.request.urlopen(f"{base}/opml", timeout=2).read().decode()
            break
        except OSError:
            time.sleep(0.2)
    # the farm builds its gzip bomb (10 GiB of zeros, compressed) on first request, blocking
    # its one event loop for a while: build it now so the refresh measures us, not the farm
    t = time.time()
    with urllib.request.urlopen(f"{base}/fault/gzipbomb", timeout=600) as r:
        r.read(16)
    print(f"(farm warm-up: gzip bomb built in {time.time() - t:.0f} s)")
    faults = "".join(f'<outline type="rss" text="fault {k}" xmlUrl="{base}/fault/{k}"/>' for k in EXPECT)
    opml = opml.replace("</body>", faults + "</body>")
    data = tempfile.mkdtemp(prefix="broadsheet-faults-")
    path = os.path.join(data, "farm.opml")
    open(path, "w").write(opml)
    run = lambda *a: subprocess.run([binary, "--data-dir", data, *a], capture_output=True, text=True)
    run("import", path)
    run("config", "max_fetches_per_host", "128")  # the farm is one host
    started = time.time()
    refresh = run("--json", "--timeout", str(TIMEOUT), "refresh")
    elapsed = time.time() - started
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary = json.loads(refresh.stdout.strip().splitlines()[-1])
    feeds = json.loads(run("--json", "feeds").stdout)
    healthy = [f for f in feeds if "/fault/" not in f["url"]]
    bad_healthy = [f["url"] for f in healthy if f["last_error"] or f["article_count"] != 20]
    if len(healthy) != FEEDS or bad_healthy:
        failures.append(f"healthy feeds not all refreshed: {len(healthy)} feeds, failing {bad_healthy[:5]}")
    for kind, (what, want) in EXPECT.items():
        feed = next(f for f in feeds if f["url"].endswith(f"/fault/{kind}"))
        error, count = feed["last_error"] or "", feed["article_count"]
        ok = {"error": lambda: re.search(want, error),
              "error-or-partial": lambda: re.search(want, error) or (not error and count > 0),
              "articles": lambda: not error and count == want}[what]()
        print(f"  {kind:14} {'ok  ' if ok else 'FAIL'} {error or f'{count} articles'}")
        if not ok:
            failures.append(f"{kind}: {error or count}")
    dates = json.loads(run("--json", "list", "--feed", str(next(f['id'] for f in feeds if f['url'].endswith('/fault/bad-dates')))).stdout)
    if any(a["published_at"] > time.time() + 86400 for a in dates):
        failures.append("a far-future date was stored as such")
    s = summary["summary"]
    o = summary.get("offline") or {}
    print(f"{FEEDS} healthy + {len(EXPECT)} faulty feeds: refresh {s['elapsed_ms']} ms ({s['failed']} failed), "
          f"offline pass {o.get('elapsed_ms', 0)} ms ({o.get('full_texts', 0)} full articles, {o.get('images', 0)} images), "
          f"wall {elapsed:.1f} s, peak memory {peak_mib:.0f} MiB")
finally:
    farm.kill()
if failures:
    print("FAILED:\n  " + "\n  ".join(failures))
    sys.exit(1)
print("all faults handled")
