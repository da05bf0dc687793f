"""How names are read on events of any kind (politics, war, crime): demonyms after a compass
point, institutions joined by "and", words of a title written in title case, a name's display
form. Invented people and places."""

import pytest

from tui.core.entities import find_entities
from tui.core.mentions import find_mentions

from .corpus import articles_from
from .test_entities import mention_texts


@pytest.mark.parametrize("demonym", ["West German", "East German", "German"])
def test_a_compass_point_before_a_demonym_is_still_its_lands_demonym(demonym):
    articles = articles_from(
        "Reunion\n\n"
        f"Decades later, the {demonym} border guard Oto Varnik told his story in Tessaly on Monday.")
    assert mention_texts(find_entities(articles)) == {"Oto Varnik", "Tessaly"}
    assert {m.text: m.place for m in find_mentions(articles)}[demonym] == "germany"
