"""Who a role names, as the corpus says it (`roles.py`)."""

import pytest

from tui.core.align import align
from tui.core.entities import read_names
from tui.core.roles import read_roles

from .corpus import articles_from


def roles(*texts: str) -> dict[str, str]:
    """role -> holder's name key, read over these articles (each a title and its body)."""
    articles = articles_from(*(f"Title\n\n{t}" for t in texts))
    return dict(read_roles(align(articles, read_names(articles)).token_features).named)


@pytest.mark.parametrize("sentence", [
    "The gunman, Oren Vask, 34, was shot by officers outside the depot.",
    "The gunman, Oren Vask, was shot by officers outside the depot.",
    "Officers shot the gunman, Oren Vask.",
    "Oren Vask, the gunman, was shot by officers outside the depot.",
    "Police identified the gunman as Oren Vask.",
    "Police identified the gunman as Oren Vask, 34, of Harrow Vale.",
    "The gunman was identified by police as Oren Vask.",
    "The gunman has been named as Oren Vask.",
    "The suspected gunman, named as Oren Vask, was taken to hospital.",
    "The 34-year-old gunman, Oren Vask, was taken to hospital.",
])
def test_a_role_and_its_holder(sentence):
    assert roles(sentence) == {"gunman": "@vask"}


def test_the_holder_is_keyed_as_the_names_are_wherever_the_corpus_names_him():
    assert roles("Oren Vask opened fire on Saturday.", "Police said the gunman, Vask, was shot.") == {"gunman": "@vask"}


@pytest.mark.parametrize("texts", [
    # one of several
    ("The first suspect, Oren Vask, was arrested. The second suspect, Ada Korr, fled.",),
    ("A suspect, Oren Vask, was arrested on Friday.",),
    ("The former minister, Oren Vask, was arrested on Friday.",),
    ("The man, Oren Vask, was arrested on Friday.",),  # sex or age only: anyone
    # a noun given two names in the corpus
    ("The suspect, Oren Vask, was arrested on Friday.", "The suspect, Ada Korr, was arrested on Friday."),
    # a group
    ("The protesters, including Oren Vask, were arrested.",),
    ("The protesters, Oren Vask and Ada Korr, were arrested.",),
    ("Police arrested the mayor, Oren Vask, and the governor on Friday.",),
    # a possessive, an object of a preposition or a relative clause, an opening clause
    ("Oren Vask, the gunman's brother, was questioned.",),
    ("The brother of the gunman, Oren Vask, was questioned.",),
    ("The man who shot the victim, Oren Vask, was arrested.",),
    ("When police reached the house, Oren Vask, 34, was arrested.",),
    ("During the escape, Oren Vask, 34, fired on two guards.",),
    ("ORSK — Inside the depot, Oren Vask, 34, opened fire.",),
    # a name followed by what it did, not set off by a comma
    ("The gunman, Oren Vask said, fired twice.",),
    # an identification denied, withheld or asked
    ("Police have not identified the gunman as Oren Vask.",),
    ("Police have yet to identify the gunman, who has not been named as Oren Vask.",),
    ("It was unclear whether police identified the gunman as Oren Vask.",),
    ("Reporters asked whether the gunman was Oren Vask.",),
    # inside a quotation: a speaker's word
    ('"The gunman, Oren Vask, was a loner," his neighbour said.',),
])
def test_what_names_no_role(texts):
    assert roles(*texts) == {}


def test_a_title_right_before_a_name_is_a_role_that_name_holds():
    assert roles("Governor Carla Ravell won a second term.") == {"governor": "@ravel"}
    assert roles("Former Governor Carla Ravell spoke.") == {}  # held no longer
    assert roles("Governor Carla Ravell met Governor Ivo Tamm.") == {}  # two hold it
    assert roles('"Governor Carla Ravell has failed us," a voter said.') == {}  # a speaker's word
    assert roles("PELLHAVEN (Wirepress) - Governor Carla Ravell won a second term on Sunday, the commission said.") == {
        "governor": "@ravel"}
    # another office, or one many hold at once
    assert roles("Vice President Dana Holt toured the damage.") == {}
    assert roles("Lieutenant Governor Ivo Tamm spoke.") == {}
    assert roles("Judge Ada Lind adjourned the trial.") == {}
