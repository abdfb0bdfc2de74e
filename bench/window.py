#!/usr/bin/env python3
"""Window benchmark with a big store: launch to first painted list, whole-app memory (PSS of
every process), and view switching. Usage (from the repo root, release build made):

  cargo bench -p broadsheet-engine --bench search -- 100000 10 --keep /tmp/bs-100k
  xvfb-run -a python3 bench/window.py target/release/broadsheet /tmp/bs-100k

Needs tauri-driver on PATH for the view-switch part."""
import os
import re
import signal
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "e2e"))
from webdriver import Session  # noqa: E402

BIN, DATA = os.path.abspath(sys.argv[1]), sys.argv[2]
RUNS = int(sys.argv[3]) if len(sys.argv) > 3 else 3
env = dict(os.environ, BROADSHEET_TIMING="1", WEBKIT_DISABLE_COMPOSITING_MODE="1")


def descendants(pid):
    out, todo = [pid], [pid]
    while todo:
        p = todo.pop()
        try:
            kids = open(f"/proc/{p}/task/{p}/children").read().split()
        except OSError:
            kids = []
        for k in map(int, kids):
            out.append(k)
            todo.append(k)
    return out


def pss_kib(pids):
    total = 0
    for p in pids:
        try:
            for line in open(f"/proc/{p}/smaps_rollup"):
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


launch, memory = [], []
for run in range(RUNS):
    proc = subprocess.Popen([BIN, "--data-dir", DATA], env=env, stderr=subprocess.PIPE, text=True)
    ms = None
    deadline = time.time() + 60
    while time.time() < deadline:
        line = proc.stderr.readline()
        m = re.search(r"first list painted \((\d+) rows\) (\d+) ms", line)
        if m:
            ms = int(m.group(2))
            rows = int(m.group(1))
            break
    time.sleep(3)  # settle, as a person would start reading
    pids = descendants(proc.pid)
    memory.append(pss_kib(pids) / 1024)
    launch.append(ms)
    print(f"run {run + 1}: first list painted ({rows} rows) after {ms} ms; {len(pids)} processes, PSS {memory[-1]:.0f} MiB", flush=True)
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()

# view switching, measured inside the page from click to the new list painted
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
s = socket.socket(); s.bind(("127.0.0.1", 0)); native = s.getsockname()[1]; s.close()
driver = subprocess.Popen(["tauri-driver", "--port", str(port), "--native-port", str(native)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    import urllib.request
    for _ in range(100):  # /status answers once the native WebKitWebDriver is up too
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    session = Session(port, BIN, ["--data-dir", DATA])
    session.wait_until("return document.body.dataset.ready === 'true'", timeout=60)
    switch = """
        const [view, done] = [arguments[0], arguments[arguments.length - 1]];
        const t0 = performance.now();
        document.addEventListener('view-shown', () => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0))), { once: true });
        document.querySelector(`[data-view="${view}"]`).click();
    """
    feed = session.js("return document.querySelector('#feed-tree [data-feed-id]').dataset.view")
    times = {}
    for _ in range(5):
        for view in ["unread", "today", "bookmarks", feed, "all"]:
            times.setdefault(view, []).append(session.js_async(switch, view))
    session.close()
finally:
    driver.terminate()

all_times = sorted(t for ts in times.values() for t in ts)
print("view switch (click to new list painted), ms:")
for view, ts in times.items():
    print(f"  {view:12} median {sorted(ts)[len(ts) // 2]:.1f}  max {max(ts):.1f}")
print(f"all switches: median {all_times[len(all_times) // 2]:.1f} ms, max {all_times[-1]:.1f} ms")
print(f"launch to first painted list: median {sorted(launch)[len(launch) // 2]} ms; PSS median {sorted(memory)[len(memory) // 2]:.0f} MiB")
