"""Export formats and files: the format an extension names, the checks before rendering, and
atomic writes (rendered in memory, written to a temporary file in the target folder, renamed over
the target), so a failure never leaves a half-written file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.render.presets import Preset
from dashboard.render.presets import get_preset as _get_preset

if TYPE_CHECKING:
    import plotly.graph_objects as go

# Extension -> format name. Static formats go through Kaleido; the others are built in Python.
FORMATS: Mapping[str, str] = {
    ".png": "png",
    ".svg": "svg",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".pptx": "pptx",
}
STATIC_FORMATS = frozenset({"png", "svg", "pdf"})
MEDIA_TYPES: Mapping[str, str] = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "html": "text/html",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


class ExportError(Exception):
    """An export that cannot be done; the message names the input and what to do."""


def format_for(path: str | os.PathLike[str]) -> str:
    """The export format named by the file extension.

    >>> format_for("brief/timeline.PNG")
    'png'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted({*FORMATS} - {".htm"}))
        shown = f"extension {suffix!r}" if suffix else "no extension"
        raise ExportError(
            f"{os.fspath(path)}: {shown} is not an export format; use one of {known}."
        )
    return FORMATS[suffix]


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Fail early, before any rendering, when ``path`` cannot be written.

    >>> check_writable("/tmp/timeline.png")
    PosixPath('/tmp/timeline.png')
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(
            f"{target}: is a folder; give a file name such as {target / 'timeline.png'}."
        )
    if not folder.is_dir():
        raise ExportError(
            f"{target}: the folder {folder} does not exist; create it or choose another path."
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"{target}: the folder {folder} is not writable; choose another path.")
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(f"{target}: the file exists and is read-only; choose another path.")
    return target


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    Readers see either the old file or the complete new one; on any failure the temporary file is
    removed and the target is left as it was.

    >>> write_atomic("/tmp/hello.txt", b"hi").read_bytes()
    b'hi'
    """
    target = check_writable(path)
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
    except OSError as error:
        raise ExportError(f"{target}: cannot write here ({error.strerror}).") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o666 & ~_umask())  # mkstemp makes 0600; a normal file is expected
        os.replace(tmp_name, target)
    except BaseException as error:
        Path(tmp_name).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise ExportError(f"{target}: writing failed ({error.strerror}).") from error
        raise
    return target


def get_preset(preset: Preset | str) -> Preset:
    """A preset by name or itself; an unknown name is an ``ExportError``."""
    try:
        return _get_preset(preset)
    except ValueError as error:
        raise ExportError(str(error)) from None


def image_size(fig: go.Figure, preset: Preset | str) -> tuple[int, int]:
    """Layout width and height of the image: the preset's page, taller when the web look grew."""
    chosen = get_preset(preset)
    height = chosen.height
    if chosen.style.grow_height and fig.layout.height:
        height = max(height, int(fig.layout.height))
    return chosen.width, height


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
