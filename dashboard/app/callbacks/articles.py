"""Adding articles: read an uploaded or pasted article, guess its metadata, add it to the story;
or read an uploaded archive of articles (JSON Lines or CSV rows, as ``ingest`` reads them) and add
every row."""

from __future__ import annotations

from typing import Any

import dash
from dash import Input, Output, State, ctx, no_update

from dashboard.app import ids
from dashboard.app.articles import ArticleError, decode_upload, guess, is_archive, make_document
from dashboard.app.catalogue import Catalogue
from dashboard.app.jobs import Jobs
from dashboard.app.views import store_error_text
from dashboard.ingest.archive import archive_documents
from dashboard.ingest.documents import Problem
from dashboard.model import Document
from dashboard.store import StoreError
from dashboard.timeline import Progress
from dashboard.wording import counted, printable


def read_article(
    *, payload: Any, pasted: Any, old_title: Any, from_upload: bool, max_upload_bytes: int
) -> tuple:
    """(the accepted upload, upload status, guessed date, title, date hint) for a chosen file
    (``from_upload``) or for text pasted into the box."""
    uploaded, status = no_update, no_update
    if from_upload:
        if not isinstance(payload, dict):
            return None, no_update, no_update, no_update, ""
        contents, filename = payload.get("contents", ""), payload.get("filename", "")
        if not isinstance(contents, str) or not isinstance(filename, str):
            return (
                None,
                "The upload could not be read; choose the file again.",
                *(no_update,) * 2,
                "",
            )
        try:
            text = decode_upload(contents, filename, max_bytes=max_upload_bytes)
        except ArticleError as error:
            return None, str(error), no_update, no_update, ""
        if is_archive(filename):
            return read_archive(text, filename)
        uploaded = {"text": text, "filename": filename}
        status = f"Read {filename} ({len(text):,} characters)."
    else:
        text, filename = pasted if isinstance(pasted, str) else "", ""
        if not text.strip():
            return no_update, no_update, no_update, no_update, no_update
    found = guess(text, filename=filename)
    date = found.published.isoformat() if found.published else ""
    if found.published and found.inferred:
        hint = (
            f"Date inferred from “{found.evidence}”; check it."
            if found.evidence
            else "Date inferred from the text; check it."
        )
    elif found.published:
        hint = "Date read from the article."
    else:
        hint = "No publication date found: enter it, or relative dates cannot be placed."
    # a new article brings its own title; the field keeps what was typed only when none is found
    title = found.title or (old_title if isinstance(old_title, str) else "")
    return uploaded, status, date, title, hint


def read_archive(text: str, filename: str) -> tuple:
    """(the accepted upload, upload status, date, title, date hint) for an uploaded archive: each
    row is an article that brings its own source, date and title, so the form's are not asked."""
    name = printable(filename)
    problems: list[Problem] = []
    documents = archive_documents(text, name, problems)
    skipped = [p for p in problems if p.refused]
    if not documents:
        why = problems[0].message if problems else f"{name}: no row holds an article."
        return None, f"No article could be read. {why}", "", "", ""
    status = f"Read {counted(len(documents), 'article')} from {name}"
    if skipped:
        first = skipped[0].message.rstrip(".")
        status += f"; {counted(len(skipped), 'row')} skipped (first: {first})"
    undated = sum(1 for d in documents if d.published is None)
    hint = "Each row brings its own source, date and title: the fields above are not used."
    if undated:
        hint += f" {counted(undated, 'row')} without a date (such rows place only absolute dates)."
    return {"text": text, "filename": filename, "archive": True}, status + ".", "", "", hint


def articles_to_add(
    *, pasted: Any, uploaded: Any, source: Any, title: Any, published: Any, max_upload_bytes: int
) -> tuple[list[Document], str]:
    """(the documents to add, the file's name): the pasted text if any, else the uploaded
    archive's rows or the uploaded article (:func:`article_to_add`)."""
    archive = uploaded if isinstance(uploaded, dict) and uploaded.get("archive") else None
    if archive and not (isinstance(pasted, str) and pasted.strip()):
        filename = str(archive.get("filename", ""))
        documents = archive_documents(str(archive.get("text", "")), printable(filename), [])
        if not documents:
            raise ArticleError(f"{printable(filename)}: no article could be read from it.")
        return documents, filename
    doc, filename = article_to_add(
        pasted=pasted,
        uploaded=None if archive else uploaded,
        source=source,
        title=title,
        published=published,
        max_upload_bytes=max_upload_bytes,
    )
    return [doc], filename


def article_to_add(
    *, pasted: Any, uploaded: Any, source: Any, title: Any, published: Any, max_upload_bytes: int
) -> tuple[Document, str]:
    """(the document to add, its file name) from the form: the pasted text if any, else the
    uploaded file; ``ArticleError`` says what is wrong with a field."""
    uploaded = uploaded if isinstance(uploaded, dict) else {}
    if isinstance(pasted, str) and pasted.strip():
        text, filename = pasted, ""
    else:
        text, filename = uploaded.get("text", ""), uploaded.get("filename", "")
    filename = filename if isinstance(filename, str) else ""
    doc = make_document(
        text if isinstance(text, str) else "",
        source=source if isinstance(source, str) else "",
        title=title if isinstance(title, str) else "",
        published=published if isinstance(published, str) else "",
        filename=filename,
        max_bytes=max_upload_bytes,
    )
    if doc.published is None:
        raise ArticleError(
            "Enter the publication date (YYYY-MM-DD): no date was found in the text."
        )
    return doc, filename


def ingest_articles(
    catalogue: Catalogue, docs: list[Document], filename: str, progress: Progress | None = None
) -> str:
    """Add ``docs`` (an article, or an archive's rows) to the story; the sentence that says what
    they brought."""
    before = {e.id for e in catalogue.events()}
    report = catalogue.ingest(docs, status=progress)
    after = catalogue.events()
    new = sum(1 for e in after if e.id not in before)
    added_ids = {doc.id for doc in docs}
    mine = sum(1 for e in after if any(m.document_id in added_ids for m in e.mentions))
    if len(docs) == 1:
        doc = docs[0]
        return (
            f"Added “{doc.title or printable(filename) or 'the article'}” from {doc.source}: "
            f"{mine} events on the timeline, {new} of them new."
        )
    already = (
        f" ({len(report.already_stored):,} of them were already in the story)"
        if report.already_stored
        else ""
    )
    return (
        f"Added {len(docs):,} articles from {printable(filename)}{already}: {mine} events on the "
        f"timeline, {new} of them new."
    )


def add_article(
    catalogue: Catalogue,
    *,
    pasted: Any,
    uploaded: Any,
    source: Any,
    title: Any,
    published: Any,
    version: Any,
    max_upload_bytes: int,
) -> tuple:
    """(articles version, message, paste box, accepted upload, title, date, date hint) after "Add
    to timeline", added before it returns (scripts, tests; the page adds in the background:
    :func:`start_adding`); the form is emptied for the next article (the source stays)."""
    version = version if isinstance(version, int) else 0
    try:
        docs, filename = articles_to_add(
            pasted=pasted,
            uploaded=uploaded,
            source=source,
            title=title,
            published=published,
            max_upload_bytes=max_upload_bytes,
        )
        message = ingest_articles(catalogue, docs, filename)
    except ArticleError as error:
        return no_update, str(error), *(no_update,) * 5
    except StoreError as error:
        return no_update, store_error_text(error), *(no_update,) * 5
    return version + 1, message, "", None, "", "", ""


def start_adding(
    catalogue: Catalogue, jobs: Jobs, *, max_upload_bytes: int, **fields: Any
) -> tuple:
    """(job id, message, poll disabled) after "Add to timeline": the form is checked at once,
    the article is added by a background job whose progress the page polls."""
    try:
        docs, filename = articles_to_add(max_upload_bytes=max_upload_bytes, **fields)
    except ArticleError as error:
        return no_update, str(error), True
    job = jobs.start(lambda progress: ingest_articles(catalogue, docs, filename, progress))
    if len(docs) > 1:
        return job, f"Adding {len(docs):,} articles from {printable(filename)}…", False
    shown = docs[0].title or printable(filename) or "the article"
    return job, f"Adding “{shown}” from {docs[0].source}…", False


def adding_progress(jobs: Jobs, job: Any, version: Any) -> tuple:
    """(message, articles version, poll disabled, paste box, accepted upload, title, date, date
    hint) for a poll tick."""
    version = version if isinstance(version, int) else 0
    status = jobs.status(job)
    if status is None:
        return no_update, no_update, True, *(no_update,) * 5
    if status.state == "failed":
        return f"The article was not added: {status.error}", no_update, True, *(no_update,) * 5
    if status.state == "done":  # the form is emptied for the next article (the source stays)
        return status.result, version + 1, True, "", None, "", "", ""
    return (
        f"Adding: {status.step} ({status.seconds():.0f} s)…",
        no_update,
        False,
        *(no_update,) * 5,
    )


def register(app: dash.Dash, catalogue: Catalogue, *, max_upload_bytes: int) -> None:
    @app.callback(
        Output(ids.UPLOADED, "data"),
        Output(ids.UPLOAD_STATUS, "children"),
        Output(ids.ARTICLE_DATE, "value"),
        Output(ids.ARTICLE_TITLE, "value"),
        Output(ids.ARTICLE_DATE_HINT, "children"),
        Input(ids.UPLOAD_PAYLOAD, "data"),
        Input(ids.PASTE, "n_blur"),
        State(ids.PASTE, "value"),
        State(ids.ARTICLE_TITLE, "value"),
        prevent_initial_call=True,
    )
    def _read(payload, _blur, pasted, old_title):
        return read_article(
            payload=payload,
            pasted=pasted,
            old_title=old_title,
            from_upload=ctx.triggered_id == ids.UPLOAD_PAYLOAD,
            max_upload_bytes=max_upload_bytes,
        )

    jobs = Jobs()

    @app.callback(
        Output(ids.ARTICLE_JOB, "data"),
        Output(ids.ARTICLE_MESSAGE, "children"),
        Output(ids.ARTICLE_POLL, "disabled"),
        Input(ids.ARTICLE_ADD, "n_clicks"),
        State(ids.PASTE, "value"),
        State(ids.UPLOADED, "data"),
        State(ids.ARTICLE_SOURCE, "value"),
        State(ids.ARTICLE_TITLE, "value"),
        State(ids.ARTICLE_DATE, "value"),
        prevent_initial_call=True,
    )
    def _add(_n, pasted, uploaded, source, title, published):
        return start_adding(
            catalogue,
            jobs,
            max_upload_bytes=max_upload_bytes,
            pasted=pasted,
            uploaded=uploaded,
            source=source,
            title=title,
            published=published,
        )

    @app.callback(
        Output(ids.ARTICLE_MESSAGE, "children", allow_duplicate=True),
        Output(ids.ARTICLES_VERSION, "data"),
        Output(ids.ARTICLE_POLL, "disabled", allow_duplicate=True),
        Output(ids.PASTE, "value"),
        Output(ids.UPLOADED, "data", allow_duplicate=True),
        Output(ids.ARTICLE_TITLE, "value", allow_duplicate=True),
        Output(ids.ARTICLE_DATE, "value", allow_duplicate=True),
        Output(ids.ARTICLE_DATE_HINT, "children", allow_duplicate=True),
        Input(ids.ARTICLE_POLL, "n_intervals"),
        State(ids.ARTICLE_JOB, "data"),
        State(ids.ARTICLES_VERSION, "data"),
        prevent_initial_call=True,
    )
    def _progress(_tick, job, version):
        return adding_progress(jobs, job, version)
