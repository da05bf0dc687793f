import codecs

import pytest

from tui.core.decode import UndecodableError, decode

RUSSIAN = "Президент Беларуси освободил 52 заключённых после обращения президента США. Среди них журналист Игорь Лосик."
FRENCH = "Ça a été une journée très réussie à Genève, où les négociateurs ont libéré cinquante-deux détenus."
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
