"""Trees and corpora for the batch tests, made from the pages in ``fixtures/``."""

from __future__ import annotations

import codecs
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

FIXTURES = Path(__file__).parent.parent / "fixtures"
PAGES = sorted(
    path for path in FIXTURES.iterdir() if path.suffix in (".txt", ".html") and path.is_file()
)
TEXT_PAGES = [path for path in PAGES if path.suffix == ".txt"]
HTML_PAGES = [path for path in PAGES if path.suffix == ".html"]


def variant(index: int, pages: list[Path] = PAGES, heavy: int = 1) -> tuple[str, bytes]:
    """Page ``index``: a fixture (or ``heavy`` of them end to end), made unique by one line."""
    first = pages[index % len(pages)]
    if first.suffix == ".html" and heavy == 1:
        data = first.read_bytes().replace(
            b"</body>", f"<p>Filed as story {index} of the batch.</p></body>".encode()
        )
        return f"{first.stem}-{index}.html", data
    line = f"\nFiled as story {index} of the batch.\n"
    if heavy == 1:  # the page's own bytes, so its encoding is kept (UTF-16, cp1251)
        data = first.read_bytes()
        utf16 = data.startswith(codecs.BOM_UTF16_LE)
        return f"{first.stem}-{index}.txt", data + line.encode("utf-16-le" if utf16 else "ascii")
    texts = [text_of(pages[(index + k) % len(pages)]) for k in range(heavy)]
    return f"{first.stem}-{index}.txt", ("\n".join(texts) + line).encode("utf-8")


def text_of(page: Path) -> str:
    """A fixture page as text, whatever its encoding."""
    from cleantext.normalisers.decode import decode_bytes

    return decode_bytes(page.read_bytes())[0]


def make_pages(root: Path, count: int, *, per_dir: int = 50, heavy: int = 1) -> list[Path]:
    """``count`` page files under ``root``, ``per_dir`` to a directory."""
    made = []
    for index in range(count):
        name, data = variant(index, heavy=heavy)
        path = root / f"d{index // per_dir:03d}" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        made.append(path)
    return made


def make_corpus(path: Path, count: int, **extra: object) -> list[dict[str, object]]:
    """A JSONL corpus of ``count`` records with extra fields; gzipped when the name says so."""
    records = []
    for index in range(count):
        page = TEXT_PAGES[index % len(TEXT_PAGES)]
        records.append(
            {
                "id": f"doc-{index}",
                "lang": "xx",
                "text": text_of(page) + f"\nFiled as story {index} of the batch.\n",
                "meta": {"n": index, "name": page.name, "tags": ["a", "b"]},
                **extra,
            }
        )
    write_jsonl(path, records)
    return records


def write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    data = lines.encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (hidden ones too) by relative path, with its bytes."""
    if root.is_file():
        return {root.name: root.read_bytes()}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def files(root: Path) -> Iterator[str]:
    return (path.relative_to(root).as_posix() for path in sorted(root.rglob("*")))
