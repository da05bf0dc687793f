"""The remembered reading: one typed value, read back whatever was saved."""

import json

from tui.core.model import Corrections, Ref
from tui.core.reader_state import MAX_SEARCH, Anchor, ReaderState


def test_a_state_comes_back_from_its_json_unchanged():
    state = ReaderState(
        pivot="b", mode="reading", first_other=3, focus_slot=1, sidebar=False, boilerplate=True,
        anchors=(Anchor(Ref("b", 4), 2), Anchor(Ref("c", 0), -1)),
        corrections=Corrections().merge("Ann Vell", "A. Vell").split("Vell"), search="harbour",
    )
    assert ReaderState.from_json(json.loads(json.dumps(state.to_json()))) == state


def test_fields_of_the_wrong_kind_take_their_defaults():
    saved = {"version": 2, "pivot": 7, "mode": "sideways", "first_other": True, "focus_slot": -4,
             "sidebar": "yes", "anchors": [["a", 1], ["b", "x", 0], ["c", -1, 0], ["d", 2, 5]],
             "corrections": [["merge", "A", "B"], "split", ["split", 3]], "search": ["q"]}
    state = ReaderState.from_json(saved)
    assert state == ReaderState(anchors=(Anchor(Ref("d", 2), 5),), corrections=Corrections((("merge", "A", "B"),)))
    assert ReaderState.from_json(None) == ReaderState.from_json([1, 2]) == ReaderState()


def test_a_state_of_version_1_gives_its_top_paragraph():
    state = ReaderState.from_json({"pivot": "a", "top": ["a", 5], "focus_slot": 1, "sidebar": True})
    assert state.anchors == (Anchor(Ref("a", 5), 0),) and state.focus_slot == 1 and state.sidebar is True


def test_a_search_is_kept_to_a_sensible_length():
    assert len(ReaderState.from_json({"search": "y" * 10_000}).search) == MAX_SEARCH


def test_a_saved_state_without_a_mode_leaves_the_configured_one_and_odd_corrections_are_dropped():
    state = ReaderState.from_json({"version": 2, "corrections": [[], ["split"], ["merge", "A", "B"], ["split", "C"],
                                                                 ["rename", "x"]]})
    assert state.mode == ""
    assert state.corrections.steps == (("merge", "A", "B"), ("split", "C"))
