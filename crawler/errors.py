"""The failures a user can act on, as exceptions whose message says what to do.

The command line (``crawler.cli``) turns them into exit codes and one line each: ``UsageError`` is a bad
value (exit 2), ``Locked`` another run holding the store (exit 75), any other ``UserError`` an expected
failure (exit 1). Library code raises them where the value enters or the failure happens; it never
prints.
"""

from __future__ import annotations

__all__ = ["Locked", "StoreError", "StoreMissing", "UsageError", "UserError"]


class UserError(Exception):
    """An expected failure; the message is one sentence that says what happened and what to do."""


class UsageError(UserError, ValueError):
    """A value given by the user is not allowed; the message names it and what is allowed."""


class Locked(UserError, RuntimeError):
    """Another crawl holds the store's lock."""


class StoreError(UserError):
    """The store cannot be opened or written (locked, damaged, unreachable, full)."""


class StoreMissing(StoreError):
    """A read-only command was pointed at a store that does not exist (it is never created for it)."""
