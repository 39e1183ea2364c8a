"""release_free_memory gives freed heap pages back to the operating system, once the
process has grown enough since the last time to be worth it."""

from __future__ import annotations

import sys

import pytest

from newsledger.heap import release_free_memory, resident_bytes

MB = 2**20
glibc = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")


def _hold_and_free(blocks: int) -> bytearray:
    # 2 KB blocks come from the malloc heap (not mmap); the last one, kept, pins the top of
    # the heap so that free() alone cannot shrink it.
    held = [bytearray(2000) for _ in range(blocks)]
    return held[-1]


@glibc
def test_freed_heap_pages_go_back_to_the_system() -> None:
    keep = _hold_and_free(60_000)
    held = resident_bytes()
    assert release_free_memory()
    assert resident_bytes() < held - 50 * MB
    assert len(keep) == 2000


@glibc
def test_a_trim_waits_until_the_process_has_grown_by_the_slack() -> None:
    release_free_memory(slack=0)
    assert not release_free_memory(slack=64 * MB)  # nothing grew since
    keep = _hold_and_free(60_000)  # 120 MB held, then freed: resident, not live
    assert release_free_memory(slack=64 * MB)
    assert len(keep) == 2000


def test_release_is_safe_to_call_again() -> None:
    release_free_memory(slack=0)
    release_free_memory(slack=0)
    release_free_memory()
