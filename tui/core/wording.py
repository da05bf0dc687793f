"""How the reader and the reports word what they count (light: the reader imports it at start-up)."""


def counted(n: int, noun: str) -> str:
    """"1 article", "3 articles"."""
    return f"{n} {noun}{'s' * (n != 1)}"
