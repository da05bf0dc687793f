"""How the reader and the reports word what they count (light: the reader imports it at start-up)."""


def shortened(text: str, width: int) -> str:
    """`text` in at most `width` characters, an ellipsis saying where it was cut."""
    if len(text) <= width:
        return text
    return text[:width - 1].rstrip() + "…" if width > 0 else ""


def counted(n: int, noun: str) -> str:
    """"1 article", "3 articles"."""
    return f"{n} {noun}{'s' * (n != 1)}"
