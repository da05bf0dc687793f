"""Pauses of the garbage collector are counted: threads overlap them."""

import gc

from tui.core import collector


def test_overlapping_pauses_of_the_collector_end_with_the_last():
    assert gc.isenabled()
    collector.pause()  # the reader's start-up
    with collector.collector_paused():  # an analysis in a worker, begun meanwhile
        collector.resume()  # the first frame drawn
        assert not gc.isenabled()  # the analysis still runs without it
    assert gc.isenabled()
