#!/usr/bin/env python3
"""Fails when a crate's modules import each other in a circle.

Every `crate::a::b` or `super::a` path written in a module's code (comments left out, grouped
`use crate::{a, b::c}` imports opened) is an edge from that module to the module it names. A
folder is one module seen from outside it; inside it, each of its files is one. A module naming
its own folder (its parent's types: `store/accounts.rs` adding methods to `store::Store`) is
containment, not an import; a folder naming its own files is too. Every other circle, between
siblings or between folders, is reported, with the edges that make it.

  scripts/import-circles.py engine/src src-tauri
"""
import os
import re
import sys
from collections import defaultdict

PATH = r"[a-z_][a-z0-9_]*(?:::[a-z_][a-z0-9_]*)*"


def modules(root):
    """Module path (a tuple) -> its file, for every .rs file below root."""
    found = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".rs"):
                continue
            parts = os.path.relpath(os.path.join(folder, name), root)[:-3].split(os.sep)
            if parts[-1] in ("mod", "lib", "main"):
                parts = parts[:-1]
            found[tuple(parts)] = os.path.join(folder, name)
    return found


def edges_of(mods):
    def known(path):
        for n in range(len(path), 0, -1):
            if tuple(path[:n]) in mods:
                return tuple(path[:n])
        return None

    # names the crate root re-exports (`pub use store::Store;`) stand for their module
    reexports = {}
    root_file = mods.get(())
    if root_file:
        with open(root_file, encoding="utf-8") as f:
            for m in re.finditer(r"pub use ([a-z_][a-z0-9_]*)::\{?([^;}]*)\}?;", f.read()):
                for name in m.group(2).split(","):
                    reexports[name.strip()] = m.group(1)
    edges = defaultdict(set)
    for module, file in mods.items():
        with open(file, encoding="utf-8") as f:
            code = re.sub(r"//[^\n]*", "", f.read())
        is_folder = file.endswith(("mod.rs", "lib.rs", "main.rs"))
        parent = module if is_folder else module[:-1]
        paths = []
        for group in re.finditer(r"\bcrate::\{([^}]*)\}", code):
            paths += [p.strip().split(" ")[0] for p in group.group(1).split(",") if p.strip()]
        paths += [m.group(1) for m in re.finditer(rf"\bcrate::({PATH})", code)]
        paths += ["::".join(parent[:-1] + tuple(m.group(1).split("::")))
                  for m in re.finditer(rf"\bsuper::({PATH})", code) if not is_folder]
        paths += [reexports[m.group(1)] for m in re.finditer(r"\bcrate::([A-Z][A-Za-z0-9_]*)", code)
                  if m.group(1) in reexports]
        for path in paths:
            target = known(path.split("::"))
            if target is None or target == module or module[: len(target)] == target:
                continue  # itself, or its own folder: containment
            edges[module].add(target)
    return edges


def circles(edges):
    # seen from outside a folder, its files are the folder
    graph = defaultdict(set)
    for a, targets in edges.items():
        for b in targets:
            i = 0
            while i < min(len(a), len(b)) and a[i] == b[i]:
                i += 1
            ua, ub = a[: i + 1], b[: i + 1]
            if ua != ub and ub[: len(ua)] != ua:
                graph[ua].add(ub)
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append((component, graph))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


status = 0
for root in sys.argv[1:] or ["engine/src", "src-tauri"]:
    mods = modules(root)
    found = circles(edges_of(mods))
    for component, graph in found:
        status = 1
        print(f"{root}: import circle: " + ", ".join(sorted("/".join(c) for c in component)))
        for c in component:
            for w in sorted(graph[c]):
                if w in component:
                    print(f"    {'/'.join(c)} -> {'/'.join(w)}")
    print(f"{root}: {len(found)} import circles among {len(mods)} modules")
sys.exit(status)
