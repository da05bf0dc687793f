from tui.core.sanitize import sanitize


def test_escape_and_osc_sequences_lose_their_control_characters():
    text = "a\x1b[31mred\x1b[0m \x1b]0;evil title\x07 \x1b]52;c;aGVsbG8=\x07 b"
    clean = sanitize(text)
    assert "\x1b" not in clean and "\x07" not in clean
    assert clean == "a[31mred[0m ]0;evil title ]52;c;aGVsbG8= b"


def test_bidi_and_zero_width_characters_are_removed():
    text = "abc\u202eevil\u202c \u2066iso\u2069 zero\u200bwidth\u200d\ufeff\u200f\u061c"
    assert sanitize(text) == "abcevil iso zerowidth"


def test_c1_controls_and_del_are_removed_but_tab_and_newline_kept():
    assert sanitize("a\x85b\x9bc\x7fd\te\nf") == "a\nbcd\te\nf"


def test_line_endings_are_unified():
    assert sanitize("one\r\ntwo\rthree\u2028four") == "one\ntwo\nthree\nfour"


def test_markup_lookalikes_are_plain_text():
    text = "[bold]x[/] [/foo] [link=file:///etc/passwd]y[/link] <b>z</b>"
    assert sanitize(text) == text


def test_nfc():
    assert sanitize("Ramanauskiene\u0307") == "Ramanauskienė"
