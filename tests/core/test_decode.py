import codecs

import pytest

from tui.core.decode import UndecodableError, decode

RUSSIAN = "Городской суд освободил 18 задержанных после обращения адвокатов. Среди них фотограф Олег Марченко."
FRENCH = "Ça a été une journée très réussie à Genève, où les négociateurs ont signé un accord sur le port."
POLISH = "Więźniowie zostali uwolnieni w czwartek, powiedział minister. Ponad tysiąc pozostaje w areszcie."


@pytest.mark.parametrize(
    "data, encoding",
    [
        (RUSSIAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"), "utf-8-sig"),
        (RUSSIAN.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + RUSSIAN.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), "utf-16"),
    ],
)
def test_unicode_encodings_round_trip(data, encoding):
    text, found, _ = decode(data)
    assert text == RUSSIAN
    assert found == encoding


@pytest.mark.parametrize(
    "text, codec, accepted",
    [
        (RUSSIAN, "cp1251", {"cp1251"}),
        (FRENCH, "latin-1", {"cp1252", "latin_1", "iso8859_15"}),
        (FRENCH, "cp1252", {"cp1252", "latin_1", "iso8859_15"}),
        (POLISH, "cp1250", {"cp1250", "iso8859_2"}),
    ],
)
def test_legacy_code_pages_are_detected(text, codec, accepted):
    decoded, found, _ = decode(text.encode(codec))
    assert decoded == text
    assert found in accepted


def test_nul_bytes_without_bom_are_binary():
    with pytest.raises(UndecodableError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_utf8_cut_inside_its_last_character_is_utf8_without_that_character():
    text = "The council met on Monday and voted to close the old ferry pier at Ostrel “for good”"
    data = text.encode()[:-2]  # the closing quote's three bytes, cut after one
    assert decode(data) == (text[:-1], "utf-8", "ends inside a character: its last 1 byte left out")
    ascii_only = "A plain report in ASCII, as many are, ending in a cut dash ".encode() + "—".encode()[:2]
    assert decode(ascii_only).encoding == "utf-8"


def test_a_legacy_letter_ending_a_file_is_that_letter_not_a_cut_character():
    text, encoding, repair = decode("We met at the Ostrel café".encode("cp1252"))
    assert text.endswith("café") and encoding != "utf-8" and not repair
