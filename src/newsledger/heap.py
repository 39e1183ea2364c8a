"""Freed heap memory handed back to the operating system after a batch of articles.

glibc keeps the pages of freed small objects in its heap, so a process that parses one
article after another stays at its high-water mark: after 3,000 news articles a process
held 650 MB resident of which 280 MB were live objects. ``malloc_trim(0)`` returns the
free pages (about 2 ms). Where there is no glibc (macOS, musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    return trim


def release_free_memory() -> None:
    """Return the heap's free pages to the operating system (a no-op without glibc)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
