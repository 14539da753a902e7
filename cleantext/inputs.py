"""Reading a page's bytes, and the words a failure to read one is reported in.

The single-file command and the batch pass read their inputs through here, so a missing or
unreadable file is described the same way by both (``cleantext: FILE: reason`` on stderr, the
same reason in a batch's ``errors.jsonl``).
"""

from __future__ import annotations

import sys
from pathlib import Path

STDIN = "-"
GZIP_SUFFIX = ".gz"
MAX_DECOMPRESSED = 256 << 20
"""A ``.gz`` page that inflates past this is refused: a page is never that big, a bomb is."""


class InputFailed(Exception):
    """One input could not be read; the message is shown to the user as it is."""


def failure_line(name: str, reason: str) -> str:
    """The one line a failed input gets on stderr."""
    return f"cleantext: {name}: {reason}"


def read_source(source: str) -> bytes:
    """The bytes of ``source``: a file name, or ``-`` for standard input."""
    if source == STDIN:
        return sys.stdin.buffer.read()
    return read_path(Path(source))


def read_path(path: Path) -> bytes:
    """The bytes of a file, with OS errors turned into short reasons."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputFailed(os_reason(error)) from None


def read_page_file(name: str) -> bytes:
    """A batch page's bytes, decompressed when its name ends in ``.gz``.

    It takes a ``str``: in Python 3.11 :mod:`pathlib` interns every part of every path it
    parses, so a Path per file would keep every file name of a big tree for good.
    """
    try:
        with open(name, "rb") as stream:
            data = stream.read()
    except OSError as error:
        raise InputFailed(os_reason(error)) from None
    return gunzip(data) if name.lower().endswith(GZIP_SUFFIX) else data


def os_reason(error: OSError) -> str:
    """A short reason for a failed read: what ``cleantext: FILE: reason`` says."""
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or str(error)


def gunzip(data: bytes, limit: int = MAX_DECOMPRESSED) -> bytes:
    """Decompress gzip ``data`` (every member), refusing output past ``limit`` bytes."""
    import zlib

    out = bytearray()
    while data:
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            out += inflater.decompress(data, limit + 1 - len(out))
        except zlib.error as error:
            raise InputFailed(f"not valid gzip data ({error})") from None
        if len(out) > limit:
            raise InputFailed(f"decompresses to more than {limit >> 20} MiB")
        if not inflater.eof:
            raise InputFailed("truncated gzip data")
        data = inflater.unused_data.lstrip(b"\x00")  # members may be padded with NULs
    return bytes(out)
