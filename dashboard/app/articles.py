"""Adding an article from the browser: decode an upload, check it, make a ``Document``.

Uploads and pastes are untrusted: too big, binary or of the wrong kind is refused with a sentence
that names the file and says what to do. The text itself is never interpreted here; HTML is reduced
to its text by ``dashboard.ingest.documents.document_from_text``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass

from dashboard.ingest.archive import ARCHIVE_SUFFIXES
from dashboard.ingest.documents import MAX_BYTES, MAX_HTML_BYTES, bom_encoding, size_limit
from dashboard.model import Document
from dashboard.wording import printable

# The largest file the page lets the browser send (an HTML page); each kind of file then has the
# command line's own limit (dashboard.ingest.documents.size_limit).
MAX_UPLOAD_BYTES = MAX_HTML_BYTES
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# An archive of articles, one per row (what ``ingest`` reads): up to the page's whole limit
ALLOWED_SUFFIXES = ARTICLE_SUFFIXES + ARCHIVE_SUFFIXES


def is_archive(filename: str) -> bool:
    """Whether an upload of this name is an archive of articles (JSON Lines or CSV rows).

    >>> is_archive("story.JSONL"), is_archive("story.csv"), is_archive("article.txt")
    (True, True, False)
    """
    return filename.lower().endswith(ARCHIVE_SUFFIXES)


def _upload_limit(name: str) -> int:
    return MAX_UPLOAD_BYTES if is_archive(name) else size_limit(name)


class ArticleError(ValueError):
    """An article that cannot be added; the message says why and what to do."""


@dataclass(frozen=True)
class Guess:
    """What the article says about itself before it is added (to prefill the form)."""

    published: dt.date | None
    inferred: bool
    evidence: str
    title: str


def decode_upload(contents: str, filename: str, *, max_bytes: int | None = None) -> str:
    """The text of an uploaded file from ``dcc.Upload``'s data URL: at most ``max_bytes`` and
    never more than the command line accepts for that kind of file (one limit for both).

    >>> decode_upload("data:text/plain;base64," + base64.b64encode(b"Hello").decode(), "a.txt")
    'Hello'
    >>> decode_upload("data:;base64,AAAA", "a.exe")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    dashboard.app.articles.ArticleError: a.exe: only .txt, .md, .markdown, .html, .htm, ... can be added.
    """
    name = printable(filename or "the file")
    max_bytes = min(max_bytes or _upload_limit(name), _upload_limit(name))
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        raise ArticleError(f"{name}: only {', '.join(ALLOWED_SUFFIXES)} files can be added.")
    _, _, payload = (contents or "").partition(",")
    if len(payload) * 3 // 4 > max_bytes + 3:
        raise ArticleError(
            f"{name} is larger than {max_bytes / 1e6:.0f} MB; split it or paste the article's text."
        )
    try:
        raw = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ArticleError(f"{name} could not be read; upload it again.") from None
    if len(raw) > max_bytes:
        raise ArticleError(
            f"{name} is larger than {max_bytes / 1e6:.0f} MB; split it or paste the article's text."
        )
    return decode_text(raw, name)


def decode_text(raw: bytes, name: str) -> str:
    """Bytes as text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, else
    Windows-1252; binary is refused."""
    wide = bom_encoding(raw)
    if wide:
        try:
            return raw.decode(wide)
        except UnicodeDecodeError:
            raise ArticleError(f"{name} is not readable {wide.upper()} text.") from None
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{name} is not a text file; upload a .txt, .md or .html article.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ArticleError(f"{name} is not readable text; save it as UTF-8 and upload it again.")


def guess(text: str, *, filename: str = "") -> Guess:
    """The publication date and title the article suggests, for prefilling the form."""
    from dashboard.ingest.documents import document_from_text

    doc = document_from_text(text, source="upload", filename=filename)
    return Guess(doc.published, doc.published_inferred, doc.published_evidence, doc.title)


def make_document(
    text: str,
    *,
    source: str,
    title: str = "",
    published: str | None = None,
    filename: str = "",
    max_bytes: int | None = None,
) -> Document:
    """The ``Document`` to ingest from the form's fields; ``ArticleError`` when a field is wrong.

    >>> make_document("Talks on Thursday.", source="", published="2025-05-07")
    Traceback (most recent call last):
    ...
    dashboard.app.articles.ArticleError: Give the article a source (the outlet's name) before adding it.
    """
    from dashboard.ingest.documents import document_from_text

    if not (text or "").strip():
        raise ArticleError("There is no text to add: upload a file or paste the article.")
    limit = size_limit(filename) if filename else MAX_BYTES  # pasted text: the limit of a .txt
    max_bytes = min(max_bytes or limit, limit)
    if len(text.encode("utf-8")) > max_bytes:
        raise ArticleError(
            f"The pasted text is larger than {max_bytes / 1e6:.0f} MB; add the article in parts."
        )
    source = " ".join((source or "").split())
    if not source:
        raise ArticleError("Give the article a source (the outlet's name) before adding it.")
    date = None
    if published:
        try:
            date = dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            raise ArticleError(
                f"“{published}” is not a date; write the publication date as YYYY-MM-DD."
            ) from None
    doc = document_from_text(
        text, source=source, title=(title or "").strip(), published=date, filename=filename
    )
    if not doc.text.strip():
        raise ArticleError(
            f"{printable(filename) or 'The article'}: no text could be read from it; "
            "paste the article's text instead."
        )
    return doc
