"""Component ids, in one place. Ids that vary (one per note) are pattern-matching dicts."""

from __future__ import annotations

PREFIX = "tl"  # every id of this app starts with it, so a page added later cannot collide

GRAPH = f"{PREFIX}-graph"
GRID = f"{PREFIX}-grid"
DETAIL = f"{PREFIX}-detail"  # the event: title, dates and its notes
DETAIL_SOURCES = f"{PREFIX}-detail-sources"  # below the note form: what each source wrote
COUNTS = f"{PREFIX}-counts"

# filters
SOURCES = f"{PREFIX}-sources"
CERTAINTY = f"{PREFIX}-certainty"
DATES = f"{PREFIX}-dates"
SEARCH = f"{PREFIX}-search"
SHOW_NOTES = f"{PREFIX}-show-notes"
RESET = f"{PREFIX}-reset"

# state (dcc.Store)
SELECTED = f"{PREFIX}-selected"  # the selected event id
RING = f"{PREFIX}-ring"  # the event the selection ring was last moved to (browser side)
VIEW = f"{PREFIX}-view"  # the x range the user is looking at, [iso, iso] or None
DECLUTTER = f"{PREFIX}-declutter"  # never written: the output of the label-hiding browser callback
ARTICLES_VERSION = f"{PREFIX}-articles-version"  # bumped when articles are added
NOTES_VERSION = f"{PREFIX}-notes-version"  # bumped when a note is added, edited or deleted
EDITING = f"{PREFIX}-editing"  # the id of the note being edited, or None
UPLOAD_PAYLOAD = f"{PREFIX}-upload-payload"  # the chosen file's data URL, once size-checked
UPLOADED = f"{PREFIX}-uploaded"  # {"text": ..., "filename": ...} of the last accepted upload

# notes
NOTE_TEXT = f"{PREFIX}-note-text"
NOTE_SAVE = f"{PREFIX}-note-save"
NOTE_CANCEL = f"{PREFIX}-note-cancel"
NOTE_MESSAGE = f"{PREFIX}-note-message"
NOTE_FORM = f"{PREFIX}-note-form"  # shown only while an event is selected


def note_edit(note_id: int | str) -> dict[str, int | str]:
    """The "Edit" button of one note."""
    return {"type": f"{PREFIX}-note-edit", "index": note_id}


def note_delete(note_id: int | str) -> dict[str, int | str]:
    """The "Delete" button of one note."""
    return {"type": f"{PREFIX}-note-delete", "index": note_id}


# the analyst's corrections of the selected event (dashboard.curation)
CURATE_PANEL = f"{PREFIX}-curate"  # shown only while an event is selected
CURATE_LABEL = f"{PREFIX}-curate-label"
CURATE_RELABEL = f"{PREFIX}-curate-relabel"
CURATE_START = f"{PREFIX}-curate-start"
CURATE_END = f"{PREFIX}-curate-end"
CURATE_CERTAINTY = f"{PREFIX}-curate-certainty"
CURATE_REDATE = f"{PREFIX}-curate-redate"
CURATE_HIDE = f"{PREFIX}-curate-hide"  # hides, or shows again a hidden event
CURATE_PIN = f"{PREFIX}-curate-pin"  # pins, or unpins
CURATE_MERGE_INTO = f"{PREFIX}-curate-merge-into"
CURATE_MERGE = f"{PREFIX}-curate-merge"
CURATE_UNDO = f"{PREFIX}-curate-undo"
CURATE_MESSAGE = f"{PREFIX}-curate-message"
CURATE_DECISIONS = f"{PREFIX}-curate-decisions"  # the corrections in force, each revertible
SHOW_HIDDEN = f"{PREFIX}-show-hidden"


def revert_decision(decision_id: int | str) -> dict[str, int | str]:
    """The "Revert" button of one correction."""
    return {"type": f"{PREFIX}-revert", "index": decision_id}


def split_mention(key: str) -> dict[str, str]:
    """The "Split off" button of one mention of the selected event."""
    return {"type": f"{PREFIX}-split", "index": key}


def linked_event(event_id: str) -> dict[str, str]:
    """A link in the detail panel to an event that dates the same happening otherwise."""
    return {"type": f"{PREFIX}-linked-event", "index": event_id}


def document_date(document_id: str) -> dict[str, str]:
    """The publication-date field of one article of the selected event."""
    return {"type": f"{PREFIX}-document-date", "index": document_id}


def document_date_save(document_id: str) -> dict[str, str]:
    return {"type": f"{PREFIX}-document-date-save", "index": document_id}


def document_remove(document_id: str) -> dict[str, str]:
    """The "Remove from the story" button of one article."""
    return {"type": f"{PREFIX}-document-remove", "index": document_id}


# adding articles
UPLOAD = f"{PREFIX}-upload"
UPLOAD_STATUS = f"{PREFIX}-upload-status"
PASTE = f"{PREFIX}-paste"
ARTICLE_SOURCE = f"{PREFIX}-article-source"
ARTICLE_TITLE = f"{PREFIX}-article-title"
ARTICLE_DATE = f"{PREFIX}-article-date"
ARTICLE_DATE_HINT = f"{PREFIX}-article-date-hint"
ARTICLE_ADD = f"{PREFIX}-article-add"
ARTICLE_MESSAGE = f"{PREFIX}-article-message"
ARTICLE_JOB = f"{PREFIX}-article-job"  # the id of the background job adding an article
ARTICLE_POLL = f"{PREFIX}-article-poll"  # ticks while that job runs, to show its progress

# exports
EXPORT_PNG = f"{PREFIX}-export-png"
EXPORT_SVG = f"{PREFIX}-export-svg"
EXPORT_PDF = f"{PREFIX}-export-pdf"
EXPORT_HTML = f"{PREFIX}-export-html"
EXPORT_PPTX = f"{PREFIX}-export-pptx"
DOWNLOAD = f"{PREFIX}-download"
EXPORT_MESSAGE = f"{PREFIX}-export-message"
MIN_SOURCES = f"{PREFIX}-min-sources"
MIN_MENTIONS = f"{PREFIX}-min-mentions"
DETAIL_LEVEL = f"{PREFIX}-detail-level"  # key events / more / all
LANES = f"{PREFIX}-lanes"  # one band, or one lane per source
WIDTH = f"{PREFIX}-width"  # the chart's width in pixels, measured in the browser
