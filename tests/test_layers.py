"""The house rules: data flows one way, files -> documents -> time expressions -> events -> store
-> selection -> figure -> app/exports, and no module imports one above it.

Imports are read from the source (every ``import`` statement, the lazy ones inside functions and
``TYPE_CHECKING`` blocks included), so a cycle hidden by a lazy import still fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "dashboard"

# Lowest first. A module may import its own layer or a lower one, never a higher one.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("dashboard.model", "dashboard.codec", "dashboard.wording"),
    ("dashboard.temporal",),
    ("dashboard.ingest",),
    ("dashboard.events",),
    ("dashboard.store",),
    ("dashboard.timeline",),
    ("dashboard.select",),
    ("dashboard.render",),
    ("dashboard.export",),
    ("dashboard.app",),
    ("dashboard.commands", "dashboard.cli", "dashboard.__main__"),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The project modules ``path`` imports, resolved to the module (or package) named."""
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
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    return {module_name(p): imports_of(p, modules) for p in paths}


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


@pytest.mark.parametrize("moved", ["debris", "sentences", "pubdate"])
def test_the_extractor_fingerprint_follows_the_modules_it_reads(moved):
    # the fingerprint asks each module where it is: no hard-coded path to break when files move
    from dashboard.events.extract import extractor_version
    from dashboard.ingest import debris, pubdate, sentences

    module = {"debris": debris, "sentences": sentences, "pubdate": pubdate}[moved]
    assert Path(module.__file__).is_file()
    assert len(extractor_version()) == 16
