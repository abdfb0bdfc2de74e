#!/usr/bin/env python3
"""Window benchmark with a big store: launch to first painted list, whole-app memory (PSS of
every process), and view switching. Usage (from the repo root, release build made):

  cargo bench -p broadsheet-engine --bench search -- 100000 10 --keep /tmp/bs-100k
  xvfb-run -a python3 bench/window.py target/release/broadsheet /tmp/bs-100k

With `--layout pictures` (or `cards`) the list is drawn in that layout, launch runs included
(the store's articles get pictures from `bench/pictures-in-store.py`).

Needs tauri-driver on PATH (the view-switch part, and to choose a layout)."""
import os
import re
import signal
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "e2e"))
from webdriver import Session  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith("--layout")]
LAYOUT = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--layout=")), None)
if "--layout" in sys.argv:
    LAYOUT = sys.argv[sys.argv.index("--layout") + 1]
    args.remove(LAYOUT)
BIN, DATA = os.path.abspath(args[0]), args[1]
RUNS = int(args[2]) if len(args) > 2 else 3
env = dict(os.environ, BROADSHEET_TIMING="1", WEBKIT_DISABLE_COMPOSITING_MODE="1")


def start_driver():
    """tauri-driver on free ports, answering; returns (process, port)."""
    import urllib.request
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
    s = socket.socket(); s.bind(("127.0.0.1", 0)); native = s.getsockname()[1]; s.close()
    driver = subprocess.Popen(["tauri-driver", "--port", str(port), "--native-port", str(native)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):  # /status answers once the native WebKitWebDriver is up too
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    return driver, port


if LAYOUT:
    # the layout is the page's own choice (its storage, in the data directory's webview/)
    driver, port = start_driver()
    try:
        session = Session(port, BIN, ["--data-dir", DATA])
        session.wait_until("return document.body.dataset.ready === 'true'", timeout=60)
        session.js("localStorage.setItem('listLayout', arguments[0]); localStorage.removeItem('listLayouts')", LAYOUT)
        session.close()
    finally:
        driver.terminate()
    print(f"layout: {LAYOUT}", flush=True)


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
driver, port = start_driver()
try:
    session = Session(port, BIN, ["--data-dir", DATA])
    session.wait_until("return document.body.dataset.ready === 'true'", timeout=60)
    switch = """
        const [view, done] = [arguments[0], arguments[arguments.length - 1]];
        const t0 = performance.now();
        document.addEventListener('view-shown', () => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0))), { once: true });
        document.querySelector(`[data-view="${view}"]`).click();
    """
    steps = session.js("""const n = performance.getEntriesByType('navigation')[0];
        return [['page loaded', n.domContentLoadedEventEnd], ...performance.getEntriesByType('mark')
            .filter((m) => m.name.startsWith('start:')).map((m) => [m.name.slice(6), m.startTime])]""")
    print("the page's start, ms after its navigation began: " + ", ".join(f"{name} {ms:.0f}" for name, ms in steps), flush=True)
    feed = session.js("return document.querySelector('#feed-tree [data-feed-id]').dataset.view")
    if LAYOUT:
        shown = session.js("return [document.body.dataset.listLayout || document.getElementById('list').dataset.layout, document.querySelectorAll('#list img.thumb').length]")
        print(f"list drawn as {shown[0]}, {shown[1]} pictures on screen", flush=True)
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
