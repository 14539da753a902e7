"""The normalisers: one module a step, each usable alone on a :class:`~cleantext.page.Page`.

The default order is in :func:`cleantext.pipeline.default_steps`.
"""
