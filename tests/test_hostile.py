"""Hostile text input ends quickly: time grows linearly with the input, whatever its shape.

Each case is timed against a normal page of the same size in the same run (a ratio, not a
fixed clock, so a slow or busy machine does not fail the test).
"""

import time

import pytest

import cleantext

SIZE = 150_000
NORMAL_LINE = "The council approved the new budget on Tuesday after a long debate in the chamber.\n"
LIMIT = 12.0
"""A quadratic step is thousands of times slower at this size; a linear one a few times."""

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


def cpu_time(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        cleantext.clean(text, input="text")
        best = min(best, time.process_time() - start)
    return best


@pytest.fixture(scope="module")
def normal_time() -> float:
    cleantext.clean("warm up")
    return cpu_time(NORMAL_LINE * (SIZE // len(NORMAL_LINE)))


@pytest.mark.parametrize("name", CASES)
def test_linear_time(name: str, normal_time: float) -> None:
    ratio = cpu_time(CASES[name]) / max(normal_time, 1e-3)
    assert ratio < LIMIT, f"{name}: {ratio:.1f}x the time of a normal page of the same size"


@pytest.mark.parametrize("name", CASES)
def test_result_is_a_document(name: str) -> None:
    doc = cleantext.clean(CASES[name][:20_000], input="text")
    assert isinstance(doc.body, str)
