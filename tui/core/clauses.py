"""Clauses: where the clause a word stands in begins and ends, and whether it asserts anything.

Read by the slots (the act a date dates, what a number counts), the predicates and the roles
(who a verb is said of), and the quotations' speakers. A clause ends at punctuation; no parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.core.features import TokenFeatures
from tui.core.text import RELATIVE_OPENERS, fold

PUNCTUATION = re.compile(r"[,;:()—–]")  # what ends the clause a number or a title stands in
CLAUSE_REACH = 12  # how far back a clause is read from a word: the act a date dates, who denies what
# Words opening a clause that asserts nothing: "whether the suspect was armed", "if".
_UNASSERTED = {"whether", "if", "unless", "asked"}
# Words before "that" that make what follows a claim, not what the article says happened.
_CLAIMS = set("""report reports reported claim claims claimed rumour rumours rumor rumors allegation allegations
suggestion suggestions deny denies denied false""".split())


def clause_tokens(text: str, toks: TokenFeatures, k: int, step: int, reach: int) -> Iterator[int]:
    """The tokens from token `k` one way (step -1 or 1), at most `reach` of them, nearest first,
    until punctuation ends the clause."""
    for j in range(k + step, k + step * (1 + reach), step):
        left, right = sorted((j, j - step))
        if not 0 <= j < len(toks) or PUNCTUATION.search(text, toks[left][0].end, toks[right][0].start):
            return
        yield j


def clause_start(text: str, toks: TokenFeatures, k: int) -> int:
    """The first token of token `k`'s clause."""
    return min(clause_tokens(text, toks, k, -1, k), default=k)


def unasserted(text: str, toks: TokenFeatures, low: list[str], first: int) -> bool:
    """Whether the clause token `first` stands in only asks or reports a claim: "whether the
    suspect was armed", "if", "reports that the minister resigned"."""
    return any(low[j] in _UNASSERTED or (low[j] == "that" and j and low[j - 1] in _CLAIMS)
               for j in clause_tokens(text, toks, first, -1, CLAUSE_REACH))


def gap(text: str, toks: TokenFeatures, k: int) -> str:
    """The punctuation between token `k` and the next (or the sentence's end), "" if none."""
    end = toks[k + 1][0].start if k + 1 < len(toks) else len(text)
    between = text[toks[k][0].end:end].strip()
    return between[:1] if between or k + 1 < len(toks) else "."


def before_relative_clause(text: str, toks: TokenFeatures, k: int) -> int | None:
    """The token right before the relative clause, opened after a comma, that token `k` stands
    in ("Jane Roe, who leads the union," -> "Roe"); None when `k`'s clause is none."""
    opener = clause_start(text, toks, k)
    if opener and fold(toks[opener][0].text) in RELATIVE_OPENERS and gap(text, toks, opener - 1) == ",":
        return opener - 1
    return None
