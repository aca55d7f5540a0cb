"""Load articles from files and folders into ``Document`` values, with their metadata.

Formats: ``.txt``, ``.md`` (optional ``---`` front matter), ``.html``/``.htm`` (main text extracted by
trafilatura). Metadata comes, strongest first, from a sidecar ``metadata.csv`` in the file's folder
(columns ``file,source,title,url,published``), the front matter, the page's own metadata (HTML), and
last from the text: a missing publication date is inferred from the text's evidence
(:mod:`dashboard.ingest.pubdate`), marked inferred, with the evidence kept. Nothing reads the clock.

A document whose date cannot be given or inferred still loads with ``published=None`` and a problem
asking for the date (``--anchor`` or the sidecar). The event layer then keeps only its absolute dates
("May 9, 2025", "1945", "the 1970s"); relative ones ("on Thursday") need an anchor and are skipped.

One bad file never stops a batch: it becomes a :class:`Problem` naming the file and what to do.
A batch of paths (folders, files, JSON Lines and CSV archives) is read by
:func:`dashboard.ingest.archive.read_documents`.

>>> doc = document_from_text("Talks on Thursday.", source="Wire", published=None)
>>> doc.source, doc.published
('Wire', None)
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from dashboard.ingest.pubdate import infer_published
from dashboard.model import Document
from dashboard.wording import printable

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
SIDECAR = "metadata.csv"
# Files in a folder that describe the folder rather than report news; read only when named alone.
NOT_ARTICLES = ("README", "LICENSE", "CHANGELOG", "CONTRIBUTING")
SIDECAR_COLUMNS = ("file", "source", "title", "url", "published")
# Articles are a few kB. A saved web page with its scripts rarely passes 2 MB, and extracting the
# main text of a page costs about 0.8 s per MB; plain text costs about 2 s per MB to tag and label.
# Above these limits a file is refused at once, by its size on disk before it is read, so a 20 MB
# page never slows a batch down: the message says to save the article's text alone.
# The same limits hold for the command line and the dashboard's upload (:func:`size_limit`).
MAX_BYTES = 2_000_000  # .txt / .md, and pasted text
MAX_HTML_BYTES = 5_000_000  # .html / .htm
_BINARY_SAMPLE = 8192
# Byte order marks of the encodings whose text is full of NUL bytes (and so looks binary).
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def size_limit(name: str) -> int:
    """The largest article file accepted, in bytes, by its name (HTML pages carry markup).

    >>> size_limit("a.txt"), size_limit("page.HTML")
    (2000000, 5000000)
    """
    return MAX_HTML_BYTES if name.lower().endswith(HTML_SUFFIXES) else MAX_BYTES


def over_limit_message(name: str, size: int) -> str | None:
    """Why an article of ``size`` bytes is refused, or None when it is within the limit."""
    limit = size_limit(name)
    if size <= limit:
        return None
    return (
        f"{printable(name)}: {size / 1e6:.1f} MB is over the {limit / 1e6:.0f} MB limit for one "
        "article; save the article's text alone (or the page without its scripts)."
    )


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input. ``refused`` means the input was not loaded at all."""

    path: str
    message: str
    refused: bool = True

    def __post_init__(self) -> None:
        # Names come from the file system: printed as they are, a name could drive the terminal.
        object.__setattr__(self, "message", printable(self.message))

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class LoadReport:
    """What a batch load produced: the documents and a problem per input that needs attention."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def refused(self) -> list[Problem]:
        return [p for p in self.problems if p.refused]


def document_from_text(
    text: str,
    *,
    source: str,
    title: str = "",
    published: dt.date | None = None,
    filename: str = "",
    url: str = "",
) -> Document:
    """One article from text in memory (an upload, a paste). HTML is reduced to its main text.

    When ``published`` is None it is inferred from the text and marked so; if nothing can be
    inferred it stays None (see the module docstring).

    >>> doc = document_from_text("Xi arrived on Friday, May 9, 2025.", source="Paste")
    >>> doc.published, doc.published_inferred
    (datetime.date(2025, 5, 10), True)
    """
    if filename.lower().endswith(HTML_SUFFIXES) or looks_like_html(text):
        page = html_to_text(text)
        text = page.text
        title = title or page.title
        url = url or page.url
        published = published or page.published
    elif filename.lower().endswith((".md", ".markdown")) or text.startswith("---"):
        front, text = split_front_matter(text)
        title = title or front.get("title", "")
        url = url or front.get("url", "")
        source = source or front.get("source", "")
        if published is None and front.get("published"):
            published = _parse_date(front["published"])
    text = normalise_text(text)
    title = title or _first_line_title(text)
    evidence, inferred = "", False
    if published is None:
        guess = infer_published(text)
        if guess.date is not None:
            published, inferred = guess.date, True
        evidence = guess.evidence
    return Document(
        id=content_id(text),
        source=source or "unknown source",
        title=title,
        text=text,
        published=published,
        published_inferred=inferred,
        published_evidence=evidence,
        url=url,
        path=filename,
    )


def content_id(text: str) -> str:
    """The document id: the first 16 hex digits of the SHA-256 of the normalised text.

    >>> content_id("Same text.") == content_id("Same text.\\n")
    True
    """
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def normalise_text(text: str) -> str:
    """Unix line ends, no trailing spaces, no runs of blank lines, no BOM."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


@dataclass(frozen=True)
class Page:
    text: str
    title: str = ""
    url: str = ""
    published: dt.date | None = None


def html_to_text(html: str) -> Page:
    """The main text of a web page (trafilatura), with its title, url and date when the page has them."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    if result is None:
        return Page(plain_text_of_html(html))
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    published = _parse_date(data.get("date") or "")
    text = data.get("text") or ""
    if not text.strip():
        # trafilatura gives up on some pages (markup nested hundreds of levels deep): the page's
        # visible text, read without a tree, is better than nothing.
        text = plain_text_of_html(html)
    return Page(text, data.get("title") or "", data.get("url") or "", published)


def plain_text_of_html(html: str) -> str:
    """The visible text of a page, block by block, without building a tree (so any depth is
    fine); scripts, styles and templates are left out.

    >>> plain_text_of_html("<div>" * 300 + "<p>Talks on <b>Thursday</b>.</p><script>x()</script>")
    'Talks on Thursday.'
    """
    from html.parser import HTMLParser

    hidden = {"script", "style", "template", "noscript", "head", "title"}
    blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section"}

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skipping = 0

        def handle_starttag(self, tag, attrs):
            if tag in hidden:
                self.skipping += 1
            elif tag in blocks:
                self.parts.append("\n")

        def handle_endtag(self, tag):
            if tag in hidden:
                self.skipping = max(self.skipping - 1, 0)
            elif tag in blocks:
                self.parts.append("\n")

        def handle_data(self, data):
            if not self.skipping:
                self.parts.append(data)

    reader = Reader()
    reader.feed(html)
    reader.close()
    lines = (" ".join(line.split()) for line in "".join(reader.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``key: value`` lines between two ``---`` lines at the top, and the rest of the text.

    >>> split_front_matter("---\\nsource: AP\\n---\\nBody.")
    ({'source': 'AP'}, 'Body.')
    """
    m = re.match(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", text.lstrip("\ufeff"), re.DOTALL)
    if not m:
        return {}, text
    front = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            front[key.strip().lower()] = value.strip().strip("\"'")
    return front, text.lstrip("\ufeff")[m.end() :]


def _expand(paths: Iterable[str | Path], problems: list[Problem]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in SUFFIXES
                and not p.stem.upper().startswith(NOT_ARTICLES)
                and _inside(p, path, problems)
                and p.is_file()
            )
            if not found:
                problems.append(
                    Problem(str(path), f"{path}: no .txt, .md or .html article in this folder.")
                )
            out.extend(found)
        elif path.is_file():
            out.append(path)
        else:
            problems.append(Problem(str(path), f"{path}: no such file or folder; check the path."))
    return out


def _inside(path: Path, folder: Path, problems: list[Problem]) -> bool:
    """False (with a warning naming it) for a link, or a path that leads out of ``folder``: a
    link in an article folder to ``~/.aws/credentials`` must not be read and stored."""
    if path.is_symlink() or not path.resolve().is_relative_to(folder.resolve()):
        problems.append(
            Problem(
                str(path),
                f"{path}: a link (to {os.path.realpath(path)}); links in a folder are not "
                "followed. Copy the article into the folder, or name the file itself.",
            )
        )
        return False
    return True


def _load_file(path: Path, meta: dict[str, str], problems: list[Problem]) -> Document | None:
    try:
        too_big = over_limit_message(str(path), path.stat().st_size)
        if too_big:
            problems.append(Problem(str(path), too_big))
            return None
        raw = path.read_bytes()
    except OSError as error:
        problems.append(
            Problem(str(path), f"{path}: cannot be read ({error.strerror}); check its permissions.")
        )
        return None
    if _is_binary(raw):
        problems.append(
            Problem(
                str(path),
                f"{path}: looks like a binary file, not text; give a .txt, .md or .html article.",
            )
        )
        return None
    text, encoding = _decode(raw)
    if encoding in _FALLBACKS:
        problems.append(
            Problem(
                str(path),
                f"{path}: not valid UTF-8; read as {encoding}. Check accented letters, "
                "or save the file as UTF-8.",
                refused=False,
            )
        )
    published = None
    if meta.get("published"):
        published = _parse_date(meta["published"])  # the sidecar reader already checked it
    doc = document_from_text(
        text,
        source=meta.get("source", ""),
        title=meta.get("title", ""),
        published=published,
        filename=str(path),
        url=meta.get("url", ""),
    )
    if not doc.text.strip():
        problems.append(
            Problem(str(path), f"{path}: empty article (no text found); nothing to read.")
        )
        return None
    if doc.source == "unknown source":
        doc = replace(doc, source=path.stem)
    if doc.published is None:
        problems.append(
            Problem(
                str(path),
                f"{path}: no publication date given and none could be inferred "
                f"({doc.published_evidence}). Give it in {SIDECAR} (column published) or with "
                "--anchor; until then only its absolute dates become events.",
                refused=False,
            )
        )
    return doc


CSV_DELIMITERS = (",", ";", "\t", "|")


def csv_delimiter(header: str, column: str) -> str:
    """What parts the cells of a CSV file with this header line: the first of
    :data:`CSV_DELIMITERS` that gives the ``column`` it needs, else a comma (spreadsheets in
    many locales save CSV with semicolons).

    >>> csv_delimiter("file;source;published", "file"), csv_delimiter("text,source", "text")
    (';', ',')
    """
    for delimiter in CSV_DELIMITERS:
        cells = next(csv.reader([header], delimiter=delimiter), [])
        if column in (cell.strip().lower().lstrip("\ufeff") for cell in cells):
            return delimiter
    return ","


def _read_sidecar(path: Path, problems: list[Problem]) -> dict[str, dict[str, str]]:
    """Rows of ``metadata.csv`` keyed by file name. Bad cells are reported and left out; the rest
    of the row and of the file is still used."""
    if not path.is_file():
        return {}
    try:
        text, _ = _decode(path.read_bytes())
    except OSError as error:
        problems.append(
            Problem(str(path), f"{path}: cannot be read ({error.strerror}); metadata not used.")
        )
        return {}
    reader = csv.DictReader(
        io.StringIO(text), delimiter=csv_delimiter(text.partition("\n")[0], "file")
    )
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if "file" not in columns:
        problems.append(
            Problem(
                str(path),
                f"{path}: no 'file' column; the first line must name the columns "
                f"({','.join(SIDECAR_COLUMNS)}). Metadata not used.",
            )
        )
        return {}
    for column in columns:
        if column not in SIDECAR_COLUMNS:
            problems.append(
                Problem(
                    str(path),
                    f"{path}, line 1, column '{column}': unknown column, ignored. Known columns: "
                    f"{', '.join(SIDECAR_COLUMNS)}; rename or remove it.",
                    refused=False,
                )
            )
    rows: dict[str, dict[str, str]] = {}
    for line_number, row in enumerate(reader, start=2):
        clean = {
            (k or "").strip().lower(): (v or "").strip()
            for k, v in row.items()
            if (k or "").strip().lower() in SIDECAR_COLUMNS and isinstance(v, str)
        }
        name = clean.get("file", "")
        if not name:
            continue
        if clean.get("published") and _parse_date(clean["published"]) is None:
            problems.append(
                Problem(
                    str(path),
                    f"{path}, line {line_number}, column 'published': '{clean['published']}' is not "
                    f"a date; write it as YYYY-MM-DD. {name} is loaded with its date inferred "
                    "from the text.",
                    refused=False,
                )
            )
            del clean["published"]
        rows[name] = clean
    return rows


def _parse_date(value: str) -> dt.date | None:
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


_FALLBACKS = ("Windows-1252", "Latin-1")  # guesses, said to the user


def bom_encoding(raw: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte order mark at the start of ``raw`` announces."""
    return next((name for bom, name in _WIDE_BOMS if raw.startswith(bom)), None)


def _is_binary(raw: bytes) -> bool:
    if bom_encoding(raw):
        return False  # UTF-16 text: half its bytes are NUL
    sample = raw[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def _decode(raw: bytes) -> tuple[str, str]:
    wide = bom_encoding(raw)
    if wide:
        try:
            return raw.decode(wide), wide.upper()
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "Latin-1"


def _first_line_title(text: str) -> str:
    first = text.split("\n", 1)[0].strip()
    if first and len(first) <= 150 and not re.search(r"[.!?]$", first):
        return first
    return ""


def documents_with_anchor(documents: Sequence[Document], anchor: dt.date) -> list[Document]:
    """The documents with ``anchor`` as the publication date where none was given or inferred
    (``--anchor``): the user's word counts as given, not inferred.

    >>> doc = document_from_text("No date here.", source="S")
    >>> documents_with_anchor([doc], dt.date(2025, 5, 7))[0].published
    datetime.date(2025, 5, 7)
    """
    return [
        d
        if d.published is not None and not d.published_inferred
        else replace(d, published=anchor, published_inferred=False, published_evidence="--anchor")
        for d in documents
    ]
