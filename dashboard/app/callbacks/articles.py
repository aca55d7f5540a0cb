"""Adding articles: read an uploaded or pasted article, guess its metadata, add it to the story."""

from __future__ import annotations

from typing import Any

import dash
from dash import Input, Output, State, ctx, no_update

from dashboard.app import ids
from dashboard.app.articles import ArticleError, decode_upload, guess, make_document
from dashboard.app.catalogue import Catalogue
from dashboard.app.views import store_error_text
from dashboard.store import StoreError


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
    title = old_title if isinstance(old_title, str) and old_title else found.title
    return uploaded, status, date, title, hint


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
    """(articles version, message, paste box, accepted upload) after "Add to timeline": the pasted
    text if any, else the uploaded file, stored and merged into the story."""
    version = version if isinstance(version, int) else 0
    uploaded = uploaded if isinstance(uploaded, dict) else {}
    if isinstance(pasted, str) and pasted.strip():
        text, filename = pasted, ""
    else:
        text, filename = uploaded.get("text", ""), uploaded.get("filename", "")
    try:
        doc = make_document(
            text if isinstance(text, str) else "",
            source=source if isinstance(source, str) else "",
            title=title if isinstance(title, str) else "",
            published=published if isinstance(published, str) else "",
            filename=filename if isinstance(filename, str) else "",
            max_bytes=max_upload_bytes,
        )
        if doc.published is None:
            raise ArticleError(
                "Enter the publication date (YYYY-MM-DD): no date was found in the text."
            )
        before = {e.id for e in catalogue.events()}
        catalogue.ingest([doc])
        after = catalogue.events()
    except ArticleError as error:
        return no_update, str(error), no_update, no_update
    except StoreError as error:
        return no_update, store_error_text(error), no_update, no_update
    new = sum(1 for e in after if e.id not in before)
    mine = sum(1 for e in after if any(m.document_id == doc.id for m in e.mentions))
    message = (
        f"Added “{doc.title or filename or 'the article'}” from {doc.source}: "
        f"{mine} events on the timeline, {new} of them new."
    )
    return version + 1, message, "", None


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

    @app.callback(
        Output(ids.ARTICLES_VERSION, "data"),
        Output(ids.ARTICLE_MESSAGE, "children"),
        Output(ids.PASTE, "value"),
        Output(ids.UPLOADED, "data", allow_duplicate=True),
        Input(ids.ARTICLE_ADD, "n_clicks"),
        State(ids.PASTE, "value"),
        State(ids.UPLOADED, "data"),
        State(ids.ARTICLE_SOURCE, "value"),
        State(ids.ARTICLE_TITLE, "value"),
        State(ids.ARTICLE_DATE, "value"),
        State(ids.ARTICLES_VERSION, "data"),
        prevent_initial_call=True,
    )
    def _add(_n, pasted, uploaded, source, title, published, version):
        return add_article(
            catalogue,
            pasted=pasted,
            uploaded=uploaded,
            source=source,
            title=title,
            published=published,
            version=version,
            max_upload_bytes=max_upload_bytes,
        )
