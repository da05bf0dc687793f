import pytest

from tui.core.segment import split_sentences


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks with U.S. President Joe Smith ended. Both sides left.",
         ["Talks with U.S. President Joe Smith ended.", "Both sides left."]),
        ("Dr. Jones met Mr. Ode in St. Paul on Sept. 3. It rained.",
         ["Dr. Jones met Mr. Ode in St. Paul on Sept. 3.", "It rained."]),
        ("The rate rose to 3.5 percent. About 1,300 people came.",
         ["The rate rose to 3.5 percent.", "About 1,300 people came."]),
        ("J. R. R. Tolkien wrote it. Then he slept.", ["J. R. R. Tolkien wrote it.", "Then he slept."]),
        ("He called it “a trade.” She agreed! Did they? Yes.",
         ["He called it “a trade.”", "She agreed!", "Did they?", "Yes."]),
        ("They flew to the U.S. The talks began at 9 a.m. in Washington.",
         ["They flew to the U.S.", "The talks began at 9 a.m. in Washington."]),
        ("A headline without a stop", ["A headline without a stop"]),
        ("Brig. Gen. Ann Poe and Lt. Col. Ed Roe of the Ore. guard met Sen. Kim Lee. It rained.",
         ["Brig. Gen. Ann Poe and Lt. Col. Ed Roe of the Ore. guard met Sen. Kim Lee.", "It rained."]),
        ("Rep. Ada Fox spoke at St. Jude on Mt. Olive Road, No. 5. Nobody came.",
         ["Rep. Ada Fox spoke at St. Jude on Mt. Olive Road, No. 5.", "Nobody came."]),
        ("The barge sank near Dunmore, Ore. Officials said two swam ashore.",
         ["The barge sank near Dunmore, Ore.", "Officials said two swam ashore."]),
        ("The owner is Acme Ltd. The barge was insured. Acme Inc. Chief Sam Ode said so.",
         ["The owner is Acme Ltd.", "The barge was insured.", "Acme Inc. Chief Sam Ode said so."]),
        ("She felt ill. Doctors came.", ["She felt ill.", "Doctors came."]),
    ],
)
def test_split(text, expected):
    assert sentences(text) == expected


def test_spans_cover_text_without_overlap():
    text = "  One. Two!  Three?   "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["One.", "Two!", "Three?"]
    assert all(a < b <= c for (a, b), (c, _) in zip(spans, spans[1:]))
