"""The exceptions cleantext raises: one base class, so callers can catch everything we raise.

Errors from dependencies never escape: every step that calls into a library translates its
failures into one of these, with a message fit to show a user as it is.
"""


class CleantextError(Exception):
    """Base class of every error cleantext raises."""


class InputError(CleantextError):
    """The input cannot be turned into a document."""


class BinaryInputError(InputError):
    """The input is binary data (an image, an archive, NUL bytes), not text or HTML."""


class UndecodableInputError(InputError):
    """The bytes are not valid in any text encoding we can detect."""
