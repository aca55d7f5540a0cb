"""Run every benchmark in turn: ``python -m bench`` (or ``make bench``)."""

import importlib
import pkgutil
import sys
from pathlib import Path

import bench


def main() -> int:
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(bench.__file__).parent)]))
    for name in names:
        if name.startswith("_"):
            continue
        print(f"\n=== bench.{name} ===", flush=True)
        module = importlib.import_module(f"bench.{name}")
        module.main()
    return 0


sys.exit(main())
