"""Finding the pages of a directory tree: a sorted, streaming, loop-safe walk.

The walk yields in one fixed order (names sorted at every level, depth first) so that outputs,
``errors.jsonl`` and resuming never depend on the order the file system lists a directory in.
It holds one directory listing per level, never the whole tree, so memory stays flat however
many files there are. What cannot be walked (a symbolic-link loop, a broken link, an unreadable
directory, a name that is not UTF-8, a FIFO) is yielded as a :class:`Problem`, never raised.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SUFFIXES = (".txt", ".html", ".htm", ".txt.gz", ".html.gz", ".htm.gz")
"""Files the walk takes when no ``--include`` is given (the case of the name does not matter)."""


@dataclass(frozen=True, slots=True)
class Found:
    """A page file, by its path relative to IN (``/``-separated)."""

    rel: str


@dataclass(frozen=True, slots=True)
class Problem:
    """Something the walk met and could not take; reported, never fatal."""

    source: str
    reason: str


class Selector:
    """``--include``/``--exclude``: globs matched against the relative path or the name.

    A ``*`` also matches ``/``, as in :mod:`fnmatch`. An excluded directory is not entered.
    Without ``--include``, the default suffixes are taken whatever their case.
    """

    def __init__(self, include: Iterable[str] = (), exclude: Iterable[str] = ()) -> None:
        self.include = _compile(include)
        self.exclude = _compile(exclude)

    def includes(self, rel: str) -> bool:
        """Whether a file at ``rel`` is a page by its name (exclusion is checked apart)."""
        name = rel.rpartition("/")[2]
        if self.include is None:
            return name.lower().endswith(DEFAULT_SUFFIXES)
        return bool(self.include.match(rel) or self.include.match(name))

    def excludes_entry(self, rel: str) -> bool:
        """Whether an exclude glob names this file or directory itself."""
        if self.exclude is None:
            return False
        return bool(self.exclude.match(rel) or self.exclude.match(rel.rpartition("/")[2]))

    def excludes(self, rel: str) -> bool:
        """Whether an exclude glob names ``rel`` or one of the directories above it."""
        parts = rel.split("/")
        return any(self.excludes_entry("/".join(parts[:end])) for end in range(1, len(parts) + 1))

    def selects(self, rel: str) -> bool:
        """Whether the walk would take a regular file at ``rel``."""
        return self.includes(rel) and not self.excludes(rel)


def _compile(patterns: Iterable[str]) -> re.Pattern[str] | None:
    cleaned = [p.strip("/") for p in patterns if p.strip("/")]
    if not cleaned:
        return None
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in cleaned))


def walk(root: Path, selector: Selector) -> Iterator[Found | Problem]:
    """Every selected file under ``root`` in sorted order, and every problem met on the way."""
    try:
        top = os.stat(root)
    except OSError as error:
        yield Problem(".", _reason(error))
        return
    # A stack of per-directory iterators: depth first without recursion, one listing a level.
    stack = [_listing(str(root), "", frozenset({_id(top)}), selector)]
    while stack:
        event = next(stack[-1], None)
        if event is None:
            stack.pop()
        elif isinstance(event, _Dir):
            stack.append(_listing(event.path, event.rel, event.ancestors, selector))
        else:
            yield event


@dataclass(frozen=True, slots=True)
class _Dir:
    path: str
    rel: str
    ancestors: frozenset[tuple[int, int]]
    """The directories above, by (device, inode): meeting one again is a symbolic-link loop."""


def _listing(
    path: str, rel: str, ancestors: frozenset[tuple[int, int]], selector: Selector
) -> Iterator[Found | Problem | _Dir]:
    try:
        with os.scandir(path) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield Problem(rel or ".", _reason(error))
        return
    for entry in entries:
        entry_rel = f"{rel}/{entry.name}" if rel else entry.name
        if not _decodable(entry.name):
            shown = printable(entry_rel)
            if not selector.excludes_entry(shown) and (_is_dir(entry) or selector.includes(shown)):
                yield Problem(shown, "file name is not valid UTF-8")
            continue
        if selector.excludes_entry(entry_rel):  # the directories above were checked on the way
            continue
        try:
            info = entry.stat()  # follows symbolic links
        except OSError as error:
            if selector.includes(entry_rel):
                broken = entry.is_symlink() and error.errno in (errno.ENOENT, errno.ENOTDIR)
                yield Problem(entry_rel, "broken symbolic link" if broken else _reason(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            if _id(info) in ancestors:
                yield Problem(entry_rel, "symbolic link loop (a directory inside itself)")
            else:
                yield _Dir(entry.path, entry_rel, ancestors | {_id(info)})
        elif selector.includes(entry_rel):
            if stat.S_ISREG(info.st_mode):
                yield Found(entry_rel)
            else:
                yield Problem(entry_rel, "not a regular file")


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _decodable(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # surrogate escapes: bytes that were not UTF-8
        return False
    return True


def printable(rel: str) -> str:
    """A name whose bytes are not UTF-8, shown with those bytes escaped (``\\xff``)."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def _id(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def _reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.ENOENT:
        return "no such file"
    return error.strerror or str(error)
