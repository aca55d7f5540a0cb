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

import ast
import functools
import hashlib
from collections.abc import Iterable
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


def imports_of(path: Path, modules: Iterable[str]) -> set[str]:
    """The project modules ``path`` imports, each resolved to the module (or package) named:
    ``from dashboard.ingest import debris`` names ``dashboard.ingest.debris``."""
    known = set(modules)
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
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
        digest.update(name.encode())
        digest.update(modules[name].read_bytes())
    return digest.hexdigest()[:16]
