"""The dedupe step: copies go, first copies and deliberate short repeats stay."""

from cleantext.normalisers.dedupe import dedupe
from cleantext.page import Page


def run(text: str) -> Page:
    page = Page(text)
    page.set_text(text)
    dedupe(page)
    return page


def kept(page: Page) -> list[str]:
    return [line.text for line in page.content_lines()]


def test_consecutive_repeats_go_even_with_blank_lines_between() -> None:
    page = run("First paragraph here.\n\nAD\n\nAD\nAD\n\nAD\nLast one.")
    assert kept(page) == ["First paragraph here.", "AD", "Last one."]
    assert {r.rule for r in (line.removal for line in page.lines) if r} == {"repeated line"}


def test_title_printed_twice_keeps_the_first_copy() -> None:
    title = "NATO defence ministers to discuss deterrence"
    page = run(f"10:22 17.10.2024\n\n{title}\n\n3 min read\n{title}\n\nBody text follows.")
    assert kept(page) == ["10:22 17.10.2024", title, "3 min read", "Body text follows."]
    removed = [line for line in page.lines if line.removal]
    assert [(line.number, line.removal.step) for line in removed] == [(6, "dedupe")]


def test_long_repeat_goes_anywhere_in_the_page() -> None:
    quote = "We will not accept this under any circumstances, he said."
    body = "\n".join([quote] + [f"Paragraph number {n} of the story." for n in range(30)] + [quote])
    assert kept(run(body)).count(quote) == 1


def test_short_repeats_in_the_body_stay() -> None:
    lines = [f"Paragraph number {n} of the story." for n in range(20)]
    lines[16:16] = ["Q:", "Why?"]
    lines[19:19] = ["Q:", "How?"]
    page = run("\n".join(lines))
    assert kept(page).count("Q:") == 2


def test_case_and_spacing_do_not_hide_a_copy() -> None:
    page = run("Breaking  News Today Here\nBREAKING NEWS TODAY HERE")
    assert kept(page) == ["Breaking  News Today Here"]
