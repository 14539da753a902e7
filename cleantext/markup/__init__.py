"""The HTML path: from markup to the block-structured lines the rest of the chain works on.

One concept a module:

- :mod:`~cleantext.markup.sniff`: tell HTML from a text that mentions tags (``input="auto"``);
- :mod:`~cleantext.markup.charset`: the charset a page declares in its ``<meta>``;
- :mod:`~cleantext.markup.soup`: accept the BeautifulSoup objects scrapers already hold;
- :mod:`~cleantext.markup.nesting`: cap hostile nesting before the parser sees it;
- :mod:`~cleantext.markup.parse`: parse (selectolax's lexbor, chosen by measurement:
  ``benchmarks/parsers.py``), undoing a runaway ``<title>`` or comment;
- :mod:`~cleantext.markup.hidden`: leave out what the page hides;
- :mod:`~cleantext.markup.blocks`: walk the DOM into lines, one a block;
- :mod:`~cleantext.markup.features`: the :class:`~cleantext.markup.features.Markup` each line
  carries to the boilerplate step (tag, link density, containers, class/id hints, heading,
  post in a thread);
- :mod:`~cleantext.markup.hints`: what the head, JSON-LD and ``<time>`` say about title and dates,
  for the fields step.

The step that runs them is :mod:`cleantext.normalisers.html`. Nothing here imports the parser
until a page is HTML: text input never pays for it.
"""
