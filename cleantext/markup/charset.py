"""The charset an HTML page declares: ``<meta charset>`` or ``<meta http-equiv="Content-Type">``.

Read from the first bytes only, as browsers do (the WHATWG prescan looks at 1024 bytes; pages
in the wild put long heads first, so a little more is read here). Labels are mapped the WHATWG
way: ``iso-8859-1``, ``latin1`` and ``us-ascii`` mean windows-1252, a ``utf-16`` declaration in
a byte stream that has no byte-order mark means UTF-8.
"""

from __future__ import annotations

import codecs
import re

PRESCAN_BYTES = 8192

_META = re.compile(rb"<meta\b[^>]{0,500}>", re.I)
_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([a-zA-Z0-9._:\-]{1,40})""", re.I)
_WHATWG = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
    "utf-16": "utf-8",
    "utf-32": "utf-8",
    "utf-32-le": "utf-8",
    "utf-32-be": "utf-8",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}


def declared_charset(data: bytes) -> str | None:
    """The Python codec name of the charset the page's head declares; ``None`` when none is
    declared or the label is unknown."""
    for meta in _META.finditer(data[:PRESCAN_BYTES]):
        found = _CHARSET.search(meta.group())
        if found is None:
            continue
        label = found.group(1).decode("ascii").lower()
        try:
            name = codecs.lookup(label).name
        except LookupError:
            return None
        return _WHATWG.get(name, name)
    return None
