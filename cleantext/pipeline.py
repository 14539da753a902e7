"""The normaliser chain: an ordered, immutable list of named steps.

A step is any callable that takes the working :class:`~cleantext.page.Page` and tags or edits it
in place. The default chain is built from the modules in :mod:`cleantext.normalisers`; a caller
drops, replaces or adds steps by name, and gets a new pipeline each time, so one pipeline can be
shared between threads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from os import PathLike
from typing import TYPE_CHECKING, Union

from cleantext.document import Document
from cleantext.markup.soup import is_soup, soup_markup, soup_text
from cleantext.page import InputKind, Page

if TYPE_CHECKING:
    from bs4 import Tag

StepFunction = Callable[[Page], None]
INPUT_KINDS: tuple[InputKind, ...] = ("auto", "text", "html")
PageData = Union[str, bytes, bytearray, memoryview, "Tag"]
"""What a page can be given as: text, bytes, or a BeautifulSoup document or ``Tag`` (read as
HTML; with ``input="text"``, its visible text as a text dump)."""


@dataclass(frozen=True, slots=True)
class Step:
    """A named step of the chain."""

    name: str
    run: StepFunction

    def __call__(self, page: Page) -> None:
        self.run(page)


def _as_step(step: Step | StepFunction, name: str | None) -> Step:
    if isinstance(step, Step):
        return step if name is None else Step(name, step.run)
    step_name = name or getattr(step, "name", None) or getattr(step, "__name__", None)
    if not step_name or step_name == "<lambda>":
        raise ValueError("a step needs a name: pass name=... or use a named function")
    return Step(step_name, step)


class Pipeline:
    """An ordered chain of named normalisers; :func:`cleantext.clean` runs the default one."""

    __slots__ = ("_steps",)

    def __init__(self, steps: Iterable[Step | StepFunction]) -> None:
        built = tuple(_as_step(step, None) for step in steps)
        names = [step.name for step in built]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"step names must be unique, repeated: {', '.join(duplicates)}")
        self._steps = built

    @classmethod
    def default(cls, *, rules: Sequence[str | PathLike[str]] = ()) -> Pipeline:
        """The standard chain. ``rules`` adds noise-rule files to the bundled ones."""
        return cls(default_steps(extra_rules=rules))

    @property
    def steps(self) -> tuple[Step, ...]:
        return self._steps

    @property
    def names(self) -> list[str]:
        return [step.name for step in self._steps]

    def _index(self, name: str) -> int:
        for index, step in enumerate(self._steps):
            if step.name == name:
                return index
        raise KeyError(f"no step named {name!r}; the steps are: {', '.join(self.names)}")

    def without(self, *names: str) -> Pipeline:
        """A copy without the named steps."""
        for name in names:
            self._index(name)
        return Pipeline(step for step in self._steps if step.name not in names)

    def replace(self, name: str, step: Step | StepFunction) -> Pipeline:
        """A copy with the named step replaced; the new step keeps the name unless it has one."""
        index = self._index(name)
        new = _as_step(step, None if isinstance(step, Step) else name)
        return Pipeline((*self._steps[:index], new, *self._steps[index + 1 :]))

    def insert(
        self,
        step: Step | StepFunction,
        *,
        before: str | None = None,
        after: str | None = None,
        name: str | None = None,
    ) -> Pipeline:
        """A copy with ``step`` added before or after a named step (at the end when neither)."""
        if before is not None and after is not None:
            raise ValueError("give before= or after=, not both")
        new = _as_step(step, name)
        if before is not None:
            index = self._index(before)
        elif after is not None:
            index = self._index(after) + 1
        else:
            index = len(self._steps)
        return Pipeline((*self._steps[:index], new, *self._steps[index:]))

    def run(
        self,
        data: PageData,
        *,
        url: str | None = None,
        input: InputKind = "auto",
        now: datetime | None = None,
    ) -> Page:
        """Run the chain and return the working page with every tag (what ``--explain`` shows).

        ``now`` is the time the page was fetched, for relative dates ("2 hours ago", "gestern"):
        without it they are left unresolved (the clock is never read).
        """
        if input not in INPUT_KINDS:
            raise ValueError(f"input must be one of {', '.join(INPUT_KINDS)}, not {input!r}")
        if is_soup(data) and input == "text":
            data = soup_text(data)
        elif is_soup(data):
            data, input = soup_markup(data), "html"
        elif not isinstance(data, str | bytes | bytearray | memoryview):
            raise TypeError(
                f"data must be str or bytes (or a BeautifulSoup Tag), not {type(data).__name__}"
            )
        if not isinstance(data, str):
            data = bytes(data)
        page = Page(data=data, url=url, input=input, now=now)
        for step in self._steps:
            step(page)
        return page

    def clean(
        self,
        data: PageData,
        *,
        url: str | None = None,
        input: InputKind = "auto",
        now: datetime | None = None,
    ) -> Document:
        """Clean one page: the document with timestamp, title, body and what was removed.

        ``now``: the reference time for relative dates (see :meth:`run`)."""
        return self.run(data, url=url, input=input, now=now).to_document()

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.names)}])"


def default_steps(extra_rules: Sequence[str | PathLike[str]] = ()) -> list[Step]:
    """The standard chain: decode, html, whitespace, encoding, noise, language, rejoin,
    boilerplate, fields, dedupe."""
    from cleantext.normalisers.boilerplate import drop_boilerplate
    from cleantext.normalisers.decode import decode
    from cleantext.normalisers.dedupe import dedupe
    from cleantext.normalisers.encoding import fix_encoding
    from cleantext.normalisers.fields import split_fields
    from cleantext.normalisers.html import html_to_text
    from cleantext.normalisers.language import detect_language
    from cleantext.normalisers.noise import DropNoise
    from cleantext.normalisers.rejoin import rejoin
    from cleantext.normalisers.whitespace import normalise_whitespace
    from cleantext.rules import load_rules

    return [
        Step("decode", decode),
        Step("html", html_to_text),
        Step("whitespace", normalise_whitespace),
        Step("encoding", fix_encoding),
        Step("noise", DropNoise(load_rules(extra_rules))),
        Step("language", detect_language),
        Step("rejoin", rejoin),
        Step("boilerplate", drop_boilerplate),
        Step("fields", split_fields),
        Step("dedupe", dedupe),
    ]
