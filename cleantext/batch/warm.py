"""Imported once by the worker pool's fork server, so that its workers are born warm.

Every worker is forked from the fork server, and inherits what it holds: here the cleaning
code, the modules the chain imports only on first use (the HTML parser, the date data) and the
default chain with its compiled rules. Without this every worker of every pass would load them
again, which costs a few tenths of a second each.
"""

import contextlib

from cleantext.batch.work import default_pipeline

# Best effort: a failure here must not take the fork server down (workers then warm up alone).
with contextlib.suppress(Exception):
    default_pipeline().run(b"<html><body><h1>Warm</h1><p>A page to warm up with.</p></body></html>")
