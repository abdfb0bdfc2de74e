#!/usr/bin/env python3
"""The Linux side of the Windows test run: what a test under Wine cannot start itself.

The sync tests start a real FreshRSS (PHP, on the Linux side: a Windows build of the tests
cannot start Linux's PHP) and talk to it with curl as a second client would. Under Wine they
ask this helper instead, over one JSON line on a loopback socket: `{"verb": "freshrss-up"}`
starts a server in a directory of its own and answers with the script's output, `{"verb":
"run", "argv": [...]}` runs curl, php or kill and answers with its exit code and output,
`{"verb": "spawn", "argv": [...], "log": PATH}` starts php in the background and answers with
its pid. Only those programs; only on 127.0.0.1; it lives as long as the test run.
(engine/tests/support/host.rs is the other side.)

    host-bridge.py PORT_FILE      writes its port to PORT_FILE, serves until killed
"""
import json
import os
import shutil
import signal
import socketserver
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FRESHRSS_UP = os.path.join(HERE, "..", "..", "tests", "sync-server", "freshrss-up.sh")
ALLOWED = {"curl", "php", "kill"}
WORK = tempfile.mkdtemp(prefix="broadsheet-host-bridge-")
STARTED = []  # pids of the servers started here, stopped when the run ends


def answer(request):
    verb = request.get("verb")
    if verb == "freshrss-up":
        target = tempfile.mkdtemp(dir=WORK)
        done = subprocess.run(["bash", FRESHRSS_UP, os.path.join(target, "fr")],
                              capture_output=True, timeout=600)
        out = done.stdout.decode("utf-8", "replace")
        STARTED.extend(int(l.split("=", 1)[1]) for l in out.splitlines()
                       if l.startswith("FRESHRSS_PID="))
        return {"code": done.returncode, "stdout": out,
                "stderr": done.stderr.decode("utf-8", "replace")}
    argv = request.get("argv") or []
    if not argv or argv[0] not in ALLOWED:
        return {"code": 127, "stdout": "", "stderr": f"host-bridge: not allowed: {argv[:1]}"}
    if verb == "run":
        done = subprocess.run(argv, capture_output=True, timeout=600)
        return {"code": done.returncode, "stdout": done.stdout.decode("utf-8", "replace"),
                "stderr": done.stderr.decode("utf-8", "replace")}
    if verb == "spawn":
        log = open(request["log"], "ab")
        child = subprocess.Popen(argv, stdout=log, stderr=log, stdin=subprocess.DEVNULL)
        STARTED.append(child.pid)
        return {"code": 0, "pid": child.pid, "stdout": "", "stderr": ""}
    return {"code": 2, "stdout": "", "stderr": f"host-bridge: unknown verb {verb!r}"}


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        try:
            reply = answer(json.loads(line))
        except Exception as e:  # the test reads the reason
            reply = {"code": 1, "stdout": "", "stderr": f"host-bridge: {e}"}
        self.wfile.write(json.dumps(reply).encode() + b"\n")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with Server(("127.0.0.1", 0), Handler) as server:
        with open(sys.argv[1], "w") as f:
            f.write(str(server.server_address[1]))
        try:
            server.serve_forever()
        finally:
            for pid in STARTED:
                try:
                    os.kill(pid, signal.SIGTERM)
                except OSError:
                    pass
            shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
