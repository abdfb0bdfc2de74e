#!/usr/bin/env python3
"""The offline pass against the network's floor: the feed farm's 1,000 summary-only feeds of 20
items on 200 loopback hosts, 50 ms per answer, imported into a new data folder and refreshed
once with shipped settings (every page fetched and extracted, every picture stored).

For each run it prints the pass's time beside the floor (the pass's requests times the latency,
divided by the requests the settings allow in flight), the CPU of the whole command, the CPU of
the pass itself per page and image, and the bytes the command and the pass wrote to disk per
stored article. With --baseline, a second build (an older commit's release binary) runs
alternately with this one on the same farm, so the two compare in the same hour. An untimed
pass warms the farm first.

  bench/offline-pass.py [--farm ../shared/feedfarm/feedfarm.py] [--bin target/release/broadsheet]
                        [--baseline OTHER/broadsheet] [--runs 2]
"""
import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--farm", default="../shared/feedfarm/feedfarm.py")
ap.add_argument("--bin", default="target/release/broadsheet")
ap.add_argument("--baseline", help="another build's binary, run alternately with --bin")
ap.add_argument("--runs", type=int, default=2)
ap.add_argument("--feeds", type=int, default=1000)
ap.add_argument("--items", type=int, default=20)
ap.add_argument("--latency-ms", type=int, default=50)
ap.add_argument("--hosts", type=int, default=200)
args = ap.parse_args()

TICK = os.sysconf("SC_CLK_TCK")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def cpu_and_writes(pid):
    """(user + system CPU seconds, bytes written to disk) of a live process so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICK
    with open(f"/proc/{pid}/io") as f:
        io = dict(line.split(": ") for line in f.read().splitlines())
    return cpu, int(io["write_bytes"])


def refresh(binary, data_dir):
    """One `refresh --json`: its summary line, and the CPU and disk writes of the whole command
    and of what came after the last feed's event (retention, then the offline pass)."""
    started = time.time()
    proc = subprocess.Popen([binary, "--data-dir", data_dir, "--json", "refresh"],
                            stdout=subprocess.PIPE, text=True)
    at_pass = (0.0, 0)
    last = None
    for line in proc.stdout:
        last = line
        if '"summary"' not in line:
            at_pass = cpu_and_writes(proc.pid)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.time() - started
    if status != 0:
        sys.exit(f"{binary} refresh failed ({status})")
    total_cpu = usage.ru_utime + usage.ru_stime
    total_written = usage.ru_oublock * 512
    return json.loads(last), {
        "wall": wall,
        "user": usage.ru_utime,
        "sys": usage.ru_stime,
        "pass_cpu": total_cpu - at_pass[0],
        "written": total_written,
        "pass_written": total_written - at_pass[1],
        "max_rss_mib": usage.ru_maxrss / 1024,
    }


port = free_port()
farm = subprocess.Popen([sys.executable, args.farm, "--port", str(port), "--feeds", str(args.feeds),
                         "--items", str(args.items), "--latency-ms", str(args.latency_ms),
                         "--hosts", str(args.hosts)],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
work = tempfile.mkdtemp(prefix="offline-pass-")
try:
    opml = os.path.join(work, "farm.opml")
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/opml", timeout=2) as r, open(opml, "wb") as f:
                f.write(r.read())
            break
        except OSError:
            time.sleep(0.2)
    else:
        sys.exit("the farm did not start")
    builds = [("this build", args.bin)] + ([("baseline", args.baseline)] if args.baseline else [])
    print(f"farm: {args.feeds} feeds x {args.items} items on {args.hosts} hosts, "
          f"{args.latency_ms} ms latency; shipped settings")
    # the farm makes each page and image at its first request: one untimed pass first, so
    # that the first build timed does not pay for it (it cost the first run 1-3 s)
    warm = os.path.join(work, "warm-up")
    subprocess.run([args.bin, "--data-dir", warm, "import", opml], check=True,
                   stdout=subprocess.DEVNULL)
    refresh(args.bin, warm)
    subprocess.run(["rm", "-rf", warm])
    for run in range(1, args.runs + 1):
        for name, binary in builds:
            data = os.path.join(work, f"{name.replace(' ', '-')}-{run}")
            subprocess.run([binary, "--data-dir", data, "import", opml], check=True,
                           stdout=subprocess.DEVNULL)
            settings = json.loads(subprocess.run([binary, "--data-dir", data, "--json", "config"],
                                                 check=True, capture_output=True, text=True).stdout)
            summary, m = refresh(binary, data)
            o = summary.get("offline") or {}
            pages = o.get("full_texts", 0) + o.get("full_text_failures", 0)
            images = o.get("images", 0) + o.get("image_failures", 0)
            in_flight = min(settings["max_concurrent_fetches"],
                            max(args.hosts, 1) * settings["max_fetches_per_host"])
            floor = (pages + images) * args.latency_ms / 1000 / in_flight
            passed = o.get("elapsed_ms", 0) / 1000
            stored = max(o.get("full_texts", 0), 1)
            print(f"{name:10} run {run}: offline pass {passed:5.1f} s, floor {floor:4.1f} s "
                  f"({passed / floor if floor else 0:.2f}x; {pages} pages + {images} images, "
                  f"{in_flight} in flight); whole command {m['wall']:5.1f} s, "
                  f"CPU {m['user']:.1f} + {m['sys']:.1f} s; pass CPU "
                  f"{1000 * m['pass_cpu'] / max(pages + images, 1):.2f} ms per page or image; "
                  f"written {m['written'] / 1048576:.0f} MiB, by the pass "
                  f"{m['pass_written'] / stored / 1024:.0f} KiB per stored article "
                  f"({o.get('full_texts', 0)} full texts, {o.get('images', 0)} images, "
                  f"{o.get('image_bytes', 0) / 1048576:.1f} MiB); peak RSS {m['max_rss_mib']:.0f} MiB",
                  flush=True)
            subprocess.run(["rm", "-rf", data])
finally:
    farm.terminate()
    subprocess.run(["rm", "-rf", work])
