"""Compiled regular expressions kept on disk between processes.

``re.compile`` works in two steps: it parses the pattern into a tree and turns the tree into a
program (both in Python: for the tagger's alternations of a hundred rules about a second of the
first texts of every process, which each ``ingest`` command and each Dask worker pays), then
hands the program to the C engine (``_sre.compile``: instant). The program follows from the
pattern and the Python version alone, so it is kept in a file and handed to the engine as
``re.compile`` itself would hand it (the engine checks a program before it runs it). A file
of another Python, a torn or altered file, or a pattern not in it: the pattern is compiled as
usual.

>>> kept = {digest("ab+c"): program("ab+c")}
>>> compiled("ab+c", kept).fullmatch("abbc") is not None, compiled("x", kept).pattern
(True, 'x')
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

try:  # CPython's engine and compiler; elsewhere patterns are compiled as usual
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = None

_FORMAT = 1
# Which engine a file's programs are for: a file of another Python is never read.
ENGINE = (
    f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"
)
_CODE = "I" if array.array("I").itemsize == getattr(_sre, "CODESIZE", 0) else ""

# (flags, code, groups, group index, index group): what re.compile hands the engine; the code
# as a list, or as the bytes a file keeps it in (turned into a list only when compiled: a
# process holds the programs of every bucket, and compiles only those its texts need).
Program = tuple[int, list[int] | memoryview, int, dict[str, int], list[str | None]]


def digest(pattern: str) -> str:
    return hashlib.sha1(pattern.encode()).hexdigest()


def program(pattern: str) -> Program:
    """What ``re.compile(pattern)`` hands the engine (CPython's ``re._compiler.compile``)."""
    tree = _parser.parse(pattern, 0)
    code = _compiler._code(tree, 0)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return tree.state.flags, code, tree.state.groups - 1, groupindex, indexgroup


def compiled(pattern: str, kept: Mapping[str, Program]) -> re.Pattern[str]:
    """``re.compile(pattern)``, from its kept program when there is one."""
    found = kept.get(digest(pattern)) if _sre is not None else None
    if found is not None:
        flags, code, groups, groupindex, indexgroup = found
        if not isinstance(code, list):
            words = array.array(_CODE)
            words.frombytes(code)
            code = words.tolist()
        # the engine checks the program first: one it refuses is compiled as usual
        with contextlib.suppress(RuntimeError, TypeError, ValueError):
            return _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))
    return re.compile(pattern)


def write(path: Path, programs: Mapping[str, Program]) -> None:
    """Keep ``programs`` (pattern digest -> program) in ``path``, whole or not at all; a folder
    that cannot be written keeps nothing (they are compiled again next time)."""
    if not _CODE:
        return
    blob = bytearray()
    index = {}
    for key, (flags, code, groups, groupindex, indexgroup) in programs.items():
        data = array.array(_CODE, code).tobytes() if isinstance(code, list) else bytes(code)
        index[key] = [flags, groups, groupindex, indexgroup, len(blob), len(data)]
        blob += data
    head = {"format": _FORMAT, "engine": ENGINE, "sha1": hashlib.sha1(blob).hexdigest()}
    header = json.dumps({**head, "programs": index}).encode()
    keep_whole(path, len(header).to_bytes(8, "little") + header + bytes(blob))


def keep_whole(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` whole or not at all, whatever other process writes it too;
    False when the folder cannot be written (a read-only home: worked out again next time)."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(data)
        os.replace(partial, path)
        return True
    return False


def read(path: Path) -> dict[str, Program] | None:
    """The programs kept in ``path``; None when it is missing, torn, altered or of another
    engine."""
    if not _CODE:
        return None
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        data = path.read_bytes()
        size = int.from_bytes(data[:8], "little")
        header = json.loads(data[8 : 8 + size])
        blob = memoryview(data)[8 + size :]
        if (
            header["format"] != _FORMAT
            or header["engine"] != ENGINE
            or hashlib.sha1(blob).hexdigest() != header["sha1"]
        ):
            return None
        size = array.array(_CODE).itemsize
        return {
            key: (flags, blob[start : start + length], groups, groupindex, indexgroup)
            for key, (flags, groups, groupindex, indexgroup, start, length) in header[
                "programs"
            ].items()
            if length % size == 0
        }
    return None
