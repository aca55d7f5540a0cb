"""Inputs an archive comes in, read as a stream: folders and files of articles, a JSON Lines file
of articles, a CSV file with a text column.

- ``.jsonl`` (or ``.ndjson``): one JSON object per line, ``{"text", "source", "published",
  "title", "url"}``; only ``text`` is required.
- ``.csv``: a header line naming the columns; ``text`` is required, ``source``, ``published``
  (or ``date``), ``title``, ``url`` are read when present, other columns are ignored (said once).
- anything else: files and folders of articles, each file read by :mod:`dashboard.ingest.documents`
  (``.txt``, ``.md``, ``.html`` with a ``metadata.csv`` sidecar), one file at a time.

Each row is a document. A bad row (not JSON, no text, over the size limit) is named (file and
line) and skipped; a bad date is named and the date inferred from the text; the rest of the file
is read. Documents come one at a time (:func:`stream_documents`), so an archive of any size is
never held in memory at once; the same text twice is yielded once.

>>> import json, pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
>>> _ = path.write_text(json.dumps({"text": "Talks on Thursday.", "source": "Wire",
...     "published": "2025-05-07"}) + "\\nnot json\\n")
>>> problems = []
>>> [(d.source, str(d.published)) for d in stream_documents([path], problems)]
[('Wire', '2025-05-07')]
>>> problems[0].message.endswith("skipped.")
True
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from dashboard.ingest.documents import (
    MAX_BYTES,
    SIDECAR,
    LoadReport,
    Problem,
    _expand,
    _load_file,
    _parse_date,
    _read_sidecar,
    csv_delimiter,
    document_from_text,
)
from dashboard.model import Document

JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
ARCHIVE_SUFFIXES = JSONL_SUFFIXES + CSV_SUFFIXES
ROW_FIELDS = ("text", "source", "published", "title", "url")

__all__ = [
    "ARCHIVE_SUFFIXES",
    "ROW_FIELDS",
    "archive_documents",
    "load_documents",
    "read_csv",
    "read_documents",
    "read_jsonl",
    "stream_documents",
]


def load_documents(paths: Iterable[str | Path]) -> list[Document]:
    """The documents under ``paths`` (files or folders); never raises for one bad file.

    >>> len(load_documents(["seeds"]))
    2
    """
    return read_documents(paths).documents


def read_documents(paths: Iterable[str | Path]) -> LoadReport:
    """Load every article under ``paths``, in order; folders are read in name order, and a JSON
    Lines or CSV file is an archive of articles, one per row: what :func:`stream_documents`
    streams (``ingest``), every command reads.

    The same article twice (same text, whatever the file name) is loaded once and reported.

    >>> read_documents(["no/such/file.txt"]).problems[0].message[:40]
    'no/such/file.txt: no such file or folder'
    """
    if isinstance(paths, str | Path):
        paths = [paths]  # one path given alone, not a list of them
    problems: list[Problem] = []
    documents = list(stream_documents(paths, problems))
    return LoadReport(documents, problems)


def stream_documents(paths: Iterable[str | Path], problems: list[Problem]) -> Iterator[Document]:
    """Every document under ``paths``, in order, one at a time; problems appended as they come."""
    return _first_copies(_all(paths, problems), problems)


def _first_copies(documents: Iterable[Document], problems: list[Problem]) -> Iterator[Document]:
    """``documents`` with each text once: a copy is named with the place of the first."""
    first: dict[str, str] = {}  # each article's id, the place it was first read
    for doc in documents:
        if doc.id in first:
            problems.append(
                Problem(
                    doc.path,
                    f"{doc.path}: same article as {first[doc.id]} (identical text); read once. "
                    "Remove one copy if this was not meant.",
                    refused=False,
                )
            )
            continue
        first[doc.id] = doc.path
        yield doc


def _all(paths: Iterable[str | Path], problems: list[Problem]) -> Iterator[Document]:
    for raw in paths:
        path = Path(raw)
        suffix = path.suffix.lower()
        if path.is_file() and suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, problems)
        elif path.is_file() and suffix in CSV_SUFFIXES and path.name != SIDECAR:
            yield from read_csv(path, problems)
        else:
            sidecars: dict[Path, dict[str, dict[str, str]]] = {}
            for file in _expand([path], problems):
                folder = file.parent
                if folder not in sidecars:
                    sidecars[folder] = _read_sidecar(folder / SIDECAR, problems)
                doc = _load_file(file, sidecars[folder].get(file.name, {}), problems)
                if doc is not None:
                    yield doc


def read_jsonl(path: Path, problems: list[Problem]) -> Iterator[Document]:
    """The documents of a JSON Lines file, a line at a time."""
    try:
        with path.open(encoding="utf-8", errors="replace") as lines:
            yield from jsonl_documents(lines, path, problems)
    except OSError as error:
        problems.append(
            Problem(str(path), f"{path}: cannot be read ({error.strerror}); check the path.")
        )


def jsonl_documents(
    lines: Iterable[str], path: Path, problems: list[Problem]
) -> Iterator[Document]:
    """The documents of the lines of a JSON Lines archive named ``path`` (a file, an upload)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(_bad(path, number, f"not JSON ({error.msg})"))
            continue
        if not isinstance(row, dict):
            problems.append(_bad(path, number, "not a JSON object"))
            continue
        doc = _row_document(path, number, row, problems)
        if doc is not None:
            yield doc


def read_csv(path: Path, problems: list[Problem]) -> Iterator[Document]:
    """The documents of a CSV file with a header line and a ``text`` column, a row at a time."""
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
            yield from csv_documents(f, path, problems)
    except OSError as error:
        problems.append(
            Problem(str(path), f"{path}: cannot be read as CSV ({error}); the rest is skipped.")
        )


def csv_documents(f: Iterable[str], path: Path, problems: list[Problem]) -> Iterator[Document]:
    """The documents of the lines of a CSV archive named ``path`` (a file, an upload). Its
    cells are parted by commas, or as its header parts them: spreadsheets in many locales save
    CSV with semicolons, and tabs are common too.

    >>> lines = ["text;source\\n", "Talks on Friday.;Wire\\n"]
    >>> [d.source for d in csv_documents(lines, Path("a.csv"), [])]
    ['Wire']
    """
    csv.field_size_limit(max(MAX_BYTES * 2, min(sys.maxsize, 2**31 - 1)))
    lines = iter(f)
    first = next(lines, "")
    reader = csv.reader(itertools.chain([first], lines), delimiter=csv_delimiter(first, "text"))
    try:
        header = [c.strip().lower() for c in next(reader, [])]
        if "text" not in header:
            problems.append(
                Problem(
                    str(path),
                    f"{path}: no 'text' column; the first line must name the columns "
                    f"(text, and optionally {', '.join(ROW_FIELDS[1:])}). Nothing read.",
                )
            )
            return
        ignored = [c for c in header if c not in ROW_FIELDS and c != "date"]
        if ignored:
            problems.append(
                Problem(
                    str(path),
                    f"{path}: columns {', '.join(repr(c) for c in ignored)} are not read "
                    f"(known: {', '.join(ROW_FIELDS)}).",
                    refused=False,
                )
            )
        for row in reader:
            number = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                problems.append(
                    _bad(path, number, f"{len(row)} cells where the header has {len(header)}")
                )
                continue
            values = dict(zip(header, row, strict=True))
            if not values.get("published") and values.get("date"):
                values["published"] = values["date"]
            doc = _row_document(path, number, values, problems)
            if doc is not None:
                yield doc
    except csv.Error as error:
        problems.append(
            Problem(str(path), f"{path}: cannot be read as CSV ({error}); the rest is skipped.")
        )


def archive_documents(text: str, name: str, problems: list[Problem]) -> list[Document]:
    """The documents of an archive's whole text (an upload), read as :func:`stream_documents`
    reads a file of that name: JSON Lines or CSV by the name's suffix, the same text once.

    >>> problems = []
    >>> docs = archive_documents('{"text": "Talks on Thursday.", "source": "Wire"}\\n[1]\\n',
    ...                          "wire.jsonl", problems)
    >>> [d.source for d in docs], problems[0].message
    (['Wire'], 'wire.jsonl, line 2: not a JSON object; this row is skipped.')
    """
    path = Path(name)
    if path.suffix.lower() in JSONL_SUFFIXES:
        rows = jsonl_documents(io.StringIO(text), path, problems)
    elif path.suffix.lower() in CSV_SUFFIXES:
        rows = csv_documents(io.StringIO(text.removeprefix("\ufeff"), newline=""), path, problems)
    else:
        raise ValueError(f"{name}: not an archive (.jsonl, .ndjson or .csv)")
    return list(_first_copies(rows, problems))


def _row_document(path: Path, number: int, row: dict, problems: list[Problem]) -> Document | None:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append(_bad(path, number, "no text"))
        return None
    if len(text.encode("utf-8", errors="replace")) > MAX_BYTES:
        problems.append(_bad(path, number, f"text over the {MAX_BYTES / 1e6:.0f} MB limit"))
        return None
    fields = {k: row.get(k) for k in ROW_FIELDS[1:]}
    fields = {k: v.strip() if isinstance(v, str) else "" for k, v in fields.items()}
    published = None
    if fields["published"]:
        published = _parse_date(fields["published"])
        if published is None:
            problems.append(
                Problem(
                    str(path),
                    f"{path}, line {number}: published '{fields['published']}' is not a date "
                    "(write YYYY-MM-DD); the date is inferred from the text.",
                    refused=False,
                )
            )
    doc = document_from_text(
        text,
        source=fields["source"] or path.stem,
        title=fields["title"],
        published=published,
        filename=f"{path}:{number}",
        url=fields["url"],
    )
    if not doc.text.strip():
        problems.append(_bad(path, number, "no text once read"))
        return None
    return doc


def _bad(path: Path, number: int, why: str) -> Problem:
    return Problem(str(path), f"{path}, line {number}: {why}; this row is skipped.")
