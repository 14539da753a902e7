"""Hostile text input ends quickly: time grows linearly with the input, whatever its shape.

Each case is timed against itself at twice the size, and the slowest against a normal page of
the same size, in the same run (ratios, not a fixed clock, so a busy machine does not fail it).
"""

import time

import pytest

import cleantext

SIZE = 150_000
NORMAL_LINE = "The council approved the new budget on Tuesday after a long debate in the chamber.\n"
LIMIT = 12.0
"""A quadratic step is thousands of times slower at this size; a linear one a few times."""
GROWTH = 4
GROWTH_LIMIT = 8.0
"""Four times the input: a linear chain takes at most ~4x, a quadratic one 16x."""
MIN_MEASURED = 0.05
"""Seconds the smaller input must take, so clock noise cannot swing the ratio."""

CASES = {
    "one long line of one character": "a" * SIZE,
    "spaces and dots": " ." * (SIZE // 2),
    "50,000 short continuation lines": "ab\n" * (SIZE // 3),
    "a line of digits": "7" * SIZE,
    "slashes and digits": "0/" * (SIZE // 2),
    "mojibake": "Ã©" * (SIZE // 2),
    "date after date": "17.10.2024 " * (SIZE // 11),
    "bars": "a | " * (SIZE // 4),
    "lead-ins": "read more: " * (SIZE // 11),
    "markup in text": "<a href='x'>" * (SIZE // 12),
    "one word a line, no end": "Word\n" * (SIZE // 5),
}


def cpu_time(text: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        cleantext.clean(text, input="text")
        best = min(best, time.process_time() - start)
    return best


def test_linear_time_relative_to_a_normal_page() -> None:
    """Per-line work makes line-dense input dearer per byte; still a small multiple."""
    cleantext.clean("warm up")
    normal = cpu_time(NORMAL_LINE * (SIZE // len(NORMAL_LINE)))
    slowest = max(CASES, key=lambda name: cpu_time(CASES[name]))
    ratio = cpu_time(CASES[slowest]) / max(normal, 1e-3)
    assert ratio < 3 * LIMIT, f"{slowest}: {ratio:.1f}x a normal page of the same size"


@pytest.mark.parametrize("name", CASES)
def test_linear_time(name: str) -> None:
    """Four times the input takes about four times as long (a quadratic step: 16x)."""
    text = CASES[name]
    base = cpu_time(text, runs=3)
    while base < MIN_MEASURED and len(text) < 16 * SIZE:
        text += text
        base = cpu_time(text, runs=3)
    ratio = cpu_time(text * GROWTH) / base
    assert ratio < GROWTH_LIMIT, f"{name}: {GROWTH}x the input took {ratio:.1f}x the time"


@pytest.mark.parametrize("name", CASES)
def test_result_is_a_document(name: str) -> None:
    doc = cleantext.clean(CASES[name][:20_000], input="text")
    assert isinstance(doc.body, str)
