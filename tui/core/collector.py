"""Pausing Python's cyclic garbage collector while many objects and no garbage are made.

The analysis of 200 articles makes millions of small objects (tuples, dataclasses) and no
garbage cycles; the collector would walk them all again and again, a tenth of the time. The
reader's start-up is the same: the modules it loads before its first frame cost ~30 ms of
collections. Pauses are counted, since threads overlap them (the reader's worker analyses
while the screen lays out): the collector runs again when the last one ends."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0


def pause() -> None:
    global _pauses
    with _lock:
        _pauses += 1
        gc.disable()


def resume() -> None:
    global _pauses
    with _lock:
        _pauses -= 1
        if not _pauses:
            gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    pause()
    try:
        yield
    finally:
        resume()
