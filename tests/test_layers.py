"""The house rules: data flows one way, files -> documents -> time expressions -> events -> store
-> selection -> figure -> app/exports, and no module imports one above it.

Imports are read from the source (every ``import`` statement, the lazy ones inside functions and
``TYPE_CHECKING`` blocks included), so a cycle hidden by a lazy import still fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

from dashboard.events import extractor_version, merger_version
from dashboard.fingerprint import closure, imports_of, module_name, project_modules, resolved

# Lowest first. A module may import its own layer or a lower one, never a higher one.
LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "dashboard.model",
        "dashboard.codec",
        "dashboard.wording",
        "dashboard.fingerprint",
        "dashboard.regex",
    ),
    ("dashboard.temporal",),
    ("dashboard.ingest",),
    ("dashboard.events",),
    ("dashboard.parallel",),
    ("dashboard.store",),
    ("dashboard.timeline",),
    ("dashboard.curation",),
    ("dashboard.select",),
    ("dashboard.render",),
    ("dashboard.export",),
    ("dashboard.app",),
    ("dashboard.commands", "dashboard.cli", "dashboard.__main__"),
)


def imports_parsed(path: Path, modules: set[str]) -> set[str]:
    """The project modules ``path`` imports as Python's parser reads them, each resolved to the
    module (or package) named."""
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
            # "from dashboard.ingest import debris" names the module dashboard.ingest.debris
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                for alias in node.names
            ]
        else:
            continue
        found.update(resolved(targets, modules, name))
    return found


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    return {name: imports_parsed(path, set(modules)) for name, path in modules.items()}


def test_the_fingerprints_read_every_import_the_parser_reads():
    # the fingerprints read imports as text (fast, at every start); the parser is the truth
    modules = project_modules()
    for name, path in modules.items():
        assert imports_of(path, modules) == imports_parsed(path, set(modules)), name


def layer_of(module: str) -> int:
    for rank, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return rank
    raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path ``[a, b, ..., a]``, or None."""
    state: dict[str, int] = {}  # 1: on the stack, 2: done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def parent_packages(module: str) -> set[str]:
    parts = module.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


def test_the_package_has_no_import_cycle():
    graph = import_graph()
    # A package's __init__ importing its own submodules is how packages re-export; a submodule
    # that imports its parent package back would be a cycle and is kept in the graph.
    edges = {m: {t for t in ts if m not in parent_packages(t)} for m, ts in graph.items()}
    assert find_cycle(edges) is None, " -> ".join(find_cycle(edges) or [])


def test_no_module_imports_a_layer_above_it():
    upward = [
        f"{module} (layer {layer_of(module)}) imports {target} (layer {layer_of(target)})"
        for module, targets in import_graph().items()
        for target in targets
        if layer_of(target) > layer_of(module)
    ]
    assert upward == []


def test_the_store_does_not_import_the_event_layer():
    assert not {t for t in import_graph()["dashboard.store"] if t.startswith("dashboard.events")}


def test_the_cycle_finder_finds_a_lazy_cycle(tmp_path):
    # the checker itself can fail: a lazy import inside a function closes a cycle
    (tmp_path / "a.py").write_text("def f():\n    from pkg import b\n")
    graph = {"pkg.a": {"pkg.b"}, "pkg.b": {"pkg.a"}}
    assert find_cycle(graph) == ["pkg.a", "pkg.b", "pkg.a"]
    tree = ast.parse((tmp_path / "a.py").read_text())
    assert any(isinstance(n, ast.ImportFrom) for n in ast.walk(tree))


def test_the_extraction_fingerprint_covers_what_it_reads_and_not_the_merge():
    # A cached extraction is kept while only the merge or the scoring change: at 10x an archive
    # takes minutes to extract again. What the extraction reads, transitively, is in.
    read = set(closure(["dashboard.events.extract", "dashboard.events.leads"]))
    for module in (
        "dashboard.temporal.resolve",
        "dashboard.temporal.lexicon",
        "dashboard.ingest.debris",
        "dashboard.ingest.sentences",
        "dashboard.ingest.pubdate",
        "dashboard.events.labels",
        "dashboard.events.claims",
    ):
        assert module in read, module
    for module in ("dashboard.events.merge", "dashboard.events.importance", "dashboard.store"):
        assert module not in read, module
    assert len(extractor_version()) == 16


def test_the_merge_fingerprint_covers_the_whole_events_package():
    made_by = set(closure(m for m in project_modules() if m.startswith("dashboard.events")))
    assert {"dashboard.events.merge", "dashboard.events.importance"} <= made_by
    assert "dashboard.temporal.resolve" in made_by  # the extraction's code is part of it
    assert merger_version() != extractor_version()
