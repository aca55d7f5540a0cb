"""Fingerprints of the code a stored result depends on, read from the source.

The store keeps work that is costly to redo: each article's extraction (minutes for a big
archive) and the events merged from them. Each is kept with a fingerprint of the code that made
it, and redone only when that code changed. A fingerprint covers named modules and every project
module they import, read from the source (every ``import`` statement, lazy ones inside functions
included), so a change to the merge does not throw away the extractions, and a change to the
tagger, which the extraction imports, does.

>>> a = code_fingerprint("dashboard.events.extract")
>>> a == code_fingerprint("dashboard.events.extract"), len(a)
(True, 16)
>>> "dashboard.temporal.resolve" in closure(["dashboard.events.extract"])
True
>>> "dashboard.events.merge" in closure(["dashboard.events.extract"])
False
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Collection, Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent  # the modules say where they are: moving is safe


def module_name(path: Path) -> str:
    """``dashboard/events/merge.py`` -> ``dashboard.events.merge`` (a package by its ``__init__``)."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def project_modules() -> dict[str, Path]:
    """Every module of the package by name."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


# Every import statement of the package's own style: "import dashboard.x", "from dashboard.x
# import a, b" and "from dashboard.x import (a,\n b)", at the start of a line (lazy ones inside
# functions are indented). Read as text, not parsed: parsing the package costs half a second,
# every time a command starts. ``tests/test_layers.py`` checks this against Python's own parser.
_IMPORT = re.compile(
    r"^[ \t]*(?:import[ \t]+(?P<module>dashboard[\w.]*)"
    r"|from[ \t]+(?P<base>dashboard[\w.]*)[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n]*))",
    re.MULTILINE,
)


def imports_of(path: Path, modules: Iterable[str]) -> set[str]:
    """The project modules ``path`` imports, each resolved to the module (or package) named:
    ``from dashboard.ingest import debris`` names ``dashboard.ingest.debris``."""
    known = set(modules)
    name = module_name(path)
    found: set[str] = set()
    for match in _IMPORT.finditer(path.read_text(encoding="utf-8")):
        if match["module"]:
            targets = [match["module"]]
        else:
            base = match["base"]
            names = match["names"].split("#")[0] if "(" not in match["names"] else match["names"]
            aliases = [part.split()[0] for part in names.strip("()").split(",") if part.split()]
            targets = [
                f"{base}.{alias}" if f"{base}.{alias}" in known else base for alias in aliases
            ] or [base]
        found.update(resolved(targets, known, name))
    return found


def resolved(targets: Iterable[str], known: Collection[str], importer: str) -> set[str]:
    """The project modules (or packages) that import ``targets`` name, each the longest known
    prefix ("dashboard.temporal.tag" -> "dashboard.temporal"), the ``importer`` left out."""
    found: set[str] = set()
    for target in targets:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != importer:
            found.add(target)
    return found


def closure(roots: Iterable[str]) -> list[str]:
    """``roots`` and every project module they import, transitively, sorted."""
    modules = project_modules()
    seen: set[str] = set()
    todo = [root for root in roots if root in modules]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(imports_of(modules[name], modules) - seen)
    return sorted(seen)


@functools.cache
def code_fingerprint(*roots: str) -> str:
    """A short hash of the source of ``roots`` and of every project module they import."""
    digest = hashlib.sha1()
    modules = project_modules()
    for name in closure(roots):
        if name == __name__:
            continue  # how a fingerprint is taken does not change what the code makes
        digest.update(name.encode())
        digest.update(modules[name].read_bytes())
    return digest.hexdigest()[:16]
