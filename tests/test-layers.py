#!/usr/bin/env python3
"""The shape of src/ that DESIGN.md promises, checked on every build.

Dependencies point down only: app and cli use render and core, render uses
core, core uses nothing of ours and no toolkit. And no two modules (a .c/.h
pair, X-private.h counting as X) include each other, directly or round
about: such a circle is where a change starts landing in several places.
usage: test-layers.py SRC_DIR
"""
import os
import re
import sys

LAYERS = {"core": 0, "render": 1, "cli": 2, "app": 2}
# What a layer may not include from outside the project, and why.
FORBIDDEN_SYSTEM = {
    "core": (r"^(gtk|gdk|cairo|pango)", r"^hpdf", r"^glib/gi18n", r"^libintl"),
    "render": (r"^(gtk|gdk)/",),
}
INCLUDE = re.compile(r'\s*#\s*include\s+([<"])([^>"]+)[>"]')

src = sys.argv[1]
where = {}      # header name -> path
sources = []
for folder, _, names in os.walk(src):
    for name in names:
        if name.endswith((".c", ".h")):
            path = os.path.join(folder, name)
            sources.append(path)
            if name.endswith(".h"):
                where[name] = path


def layer_of(path):
    return os.path.relpath(path, src).split(os.sep)[0]


def module_of(name):
    return re.sub(r"(-private)?\.[ch]$", "", os.path.basename(name))


problems = []
edges = {}
for path in sources:
    layer = layer_of(path)
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            quote, name = m.groups()
            if quote == "<":
                for pattern in FORBIDDEN_SYSTEM.get(layer, ()):
                    if re.search(pattern, name):
                        problems.append(f"{path}:{number}: {layer} includes <{name}>")
                continue
            header = where.get(os.path.basename(name))
            if header is None:
                continue        # generated (rancang-config.h, resources)
            target = layer_of(header)
            if LAYERS.get(target, 0) > LAYERS.get(layer, 0) or (
                    target != layer and LAYERS.get(target) == LAYERS.get(layer)):
                problems.append(f"{path}:{number}: {layer} includes {target}'s {name}")
            a, b = module_of(path), module_of(name)
            if a != b:
                edges.setdefault(a, set()).add(b)

# Circles: strongly connected components of more than one module (Tarjan,
# iterative so that a long chain cannot exhaust the stack).
index, low, on_stack, stack, counter = {}, {}, set(), [], [0]
circles = []
for start in sorted(edges):
    if start in index:
        continue
    work = [(start, iter(sorted(edges.get(start, ()))))]
    index[start] = low[start] = counter[0]; counter[0] += 1
    stack.append(start); on_stack.add(start)
    while work:
        node, children = work[-1]
        advanced = False
        for child in children:
            if child not in index:
                index[child] = low[child] = counter[0]; counter[0] += 1
                stack.append(child); on_stack.add(child)
                work.append((child, iter(sorted(edges.get(child, ())))))
                advanced = True
                break
            if child in on_stack:
                low[node] = min(low[node], index[child])
        if advanced:
            continue
        work.pop()
        if work:
            low[work[-1][0]] = min(low[work[-1][0]], low[node])
        if low[node] == index[node]:
            component = []
            while True:
                m = stack.pop(); on_stack.discard(m); component.append(m)
                if m == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

for c in circles:
    problems.append("include circle: " + " <-> ".join(c))
for p in problems:
    print(p)
print(f"{len(sources)} files, {sum(len(v) for v in edges.values())} module includes, "
      f"{len(circles)} circles, {len(problems)} problems")
sys.exit(1 if problems else 0)
