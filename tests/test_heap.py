"""release_free_memory gives freed heap pages back to the operating system."""

from __future__ import annotations

import os
import sys

import pytest

from newsledger.heap import release_free_memory


def _resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_pages_go_back_to_the_system() -> None:
    # 2 KB blocks come from the malloc heap (not mmap); the last one, kept, pins the top of
    # the heap so that free() alone cannot shrink it.
    blocks = [bytearray(2000) for _ in range(60_000)]
    keep = blocks[-1]
    del blocks
    held = _resident_mb()
    release_free_memory()
    assert _resident_mb() < held - 50
    assert len(keep) == 2000


def test_release_is_safe_to_call_again() -> None:
    release_free_memory()
    release_free_memory()
