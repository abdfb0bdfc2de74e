#!/usr/bin/env python3
"""Gives the articles of a benchmark store list pictures, as the offline pass and the thumbnail
step would have left them: 32 generated 480 x 270 pictures in the store's image folder, and
every article's `thumb` set to one of them (every 4th article: none, so rows with and without
a box are mixed). For `bench/window.py DATA --layout pictures` on the million-article store.

  python3 bench/pictures-in-store.py /tmp/bs-1m"""
import hashlib
import os
import sqlite3
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "e2e"))
from fixture_server import png  # noqa: E402

DATA = sys.argv[1]
hashes = []
for seed in range(32):
    data = png(480, 270, seed)
    digest = hashlib.sha256(data).hexdigest()
    folder = os.path.join(DATA, "images", digest[:2])
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, digest), "wb") as f:
        f.write(data)
    hashes.append(digest)
db = sqlite3.connect(os.path.join(DATA, "broadsheet.db"))
db.create_function("picture", 1, lambda i: "" if i % 4 == 0 else hashes[i % len(hashes)], deterministic=True)
with db:
    n = db.execute("UPDATE articles SET thumb = picture(id)").rowcount
print(f"{n} articles: {n - n // 4} with one of {len(hashes)} pictures, the rest with none")
