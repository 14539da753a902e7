"""The progress bar (pages, pages/s, ETA) and the messages printed above it.

tqdm draws the bar on stderr when stderr is a terminal, or when ``--progress`` asks for it;
otherwise nothing is drawn and tqdm is not even imported. Messages (failures) go through the
bar so they do not tear it.
"""

from __future__ import annotations

import sys
from typing import Any


class Progress:
    """A counter of pages done, drawn as a bar when ``enabled``."""

    def __init__(self, enabled: bool, total: int | None, description: str) -> None:
        self.bar: Any = None
        if enabled:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: the worker pool forks after this
            self.bar = tqdm(
                total=total,
                desc=description,
                unit=" pages",
                file=sys.stderr,
                dynamic_ncols=True,
                mininterval=0.25,
                smoothing=0.1,
            )

    def update(self, pages: int) -> None:
        if self.bar is not None and pages:
            self.bar.update(pages)

    def write(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def wanted(option: bool | None) -> bool:
    """``--progress``/``--no-progress``, else a bar only when stderr is a terminal."""
    if option is not None:
        return option
    return sys.stderr.isatty()
