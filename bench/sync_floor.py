#!/usr/bin/env python3
"""The floor for a first sync: a plain script asks a Google Reader API server for the same id
lists and item contents as `broadsheet sync` does, with the same page and batch sizes, and
stores nothing. Prints JSON: requests, items, seconds.
Usage: sync_floor.py API USER PASSWORD SINCE_SECONDS"""
import json
import sys
import time
import urllib.parse
import urllib.request

API, USER, PASSWORD, SINCE = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
IDS_PER_PAGE, ITEMS_PER_POST = 10_000, 100
requests = 0


def call(path, form=None, auth=None, query=None):
    global requests
    requests += 1
    url = f"{API}/{path}" + (f"?{urllib.parse.urlencode(query, doseq=True)}" if query else "")
    data = urllib.parse.urlencode(form, doseq=True).encode() if form is not None else None
    req = urllib.request.Request(url, data=data)
    if auth:
        req.add_header("Authorization", f"GoogleLogin auth={auth}")
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.read()


start = time.monotonic()
login = call("accounts/ClientLogin", {"Email": USER, "Passwd": PASSWORD}).decode()
auth = [l[5:] for l in login.splitlines() if l.startswith("Auth=")][0]
begun = time.monotonic()
token = call("reader/api/0/token", auth=auth).decode().strip()
json.loads(call("reader/api/0/subscription/list", auth=auth, query={"output": "json"}))


def ids(stream, exclude=None, since=None):
    out, c = [], None
    while True:
        q = {"s": stream, "n": IDS_PER_PAGE, "output": "json"}
        if exclude:
            q["xt"] = exclude
        if since:
            q["ot"] = since
        if c:
            q["c"] = c
        v = json.loads(call("reader/api/0/stream/items/ids", auth=auth, query=q))
        page = [int(r["id"]) for r in v.get("itemRefs") or []]
        out += page
        c = v.get("continuation")
        if not c or not page:
            return out


unread = ids("user/-/state/com.google/reading-list", "user/-/state/com.google/read")
starred = ids("user/-/state/com.google/starred")
recent = ids("user/-/state/com.google/reading-list", since=SINCE)
wanted = list(dict.fromkeys(unread + starred + recent))
items = 0
for i in range(0, len(wanted), ITEMS_PER_POST):
    batch = wanted[i:i + ITEMS_PER_POST]
    form = [("i", f"tag:google.com,2005:reader/item/{n & 0xFFFFFFFFFFFFFFFF:016x}") for n in batch] + [("T", token)]
    body = call("reader/api/0/stream/items/contents", form, auth=auth, query={"output": "json"})
    items += len(json.loads(body)["items"])
print(json.dumps({"requests": requests - 1, "items": items, "seconds": round(time.monotonic() - begun, 3)}))
