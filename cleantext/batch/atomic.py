"""Writing outputs so that none is ever half there.

Each output is written to a temporary file in its own directory, flushed to disk, and renamed
over its final name: a reader, or a resumed run, sees the whole file or none. The data is
fsynced before the rename so that a crash of the machine cannot leave a renamed but empty file;
the directory is not synced after each rename (that would double the cost), so after a power
cut an output may be missing, and a resumed run writes it again. A killed run leaves temporary
files behind; :func:`remove_temporaries` clears them when the next run starts.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

TEMP_SUFFIX = ".cleantext-tmp"
"""Every temporary file ends so; nothing else is ever removed from OUT."""


def temporary_name(path: str | Path) -> str:
    """A fresh hidden name beside ``path``; unique across processes and threads."""
    directory, name = os.path.split(path)
    return os.path.join(directory, f".{name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    Paths stay ``str`` here (workers write one file a page): Python 3.11's pathlib interns
    every part of every path it parses, so Path objects would keep every name for good.
    """
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    temporary = temporary_name(path)
    # os.open with 0o666 lets the umask decide the mode, as a plain open() would.
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def replace_durably(temporary: str | Path, path: str | Path) -> None:
    """Rename a finished temporary file (already written and closed) over ``path``."""
    with open(temporary, "rb") as stream:
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def remove_temporaries(root: Path) -> int:
    """Remove the temporary files a killed run left under ``root``; return how many."""
    removed = 0
    for directory, _, files in os.walk(root):
        for name in files:
            if name.endswith(TEMP_SUFFIX):
                Path(directory, name).unlink(missing_ok=True)
                removed += 1
    return removed
