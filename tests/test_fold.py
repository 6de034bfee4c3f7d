"""``fold`` is the search index's and the clusterer's view of a text: its fast form (word by word, the
words kept) must give what the plain definition gives, for every character and every mix of them."""

import random
import unicodedata

from crawler.provinces import fold


def _definition(name: str) -> str:
    # đ → d, decomposed, combining marks dropped, lower case, hyphens as spaces, single spaces
    text = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("-", " ").split())


def test_fold_examples():
    assert fold("Tiền Giang") == "tien giang"
    assert fold("ĐỒNG THÁP - Đắk Lắk") == "dong thap dak lak"
    assert fold("Thừa Thiên-Huế") == "thua thien hue"
    assert fold("  Cai   Lậy\n") == "cai lay"
    assert fold("Cai Lậy") == fold("Cai Lậy")  # cached words give the same again


def test_fold_matches_the_definition_on_every_character():
    chars = [chr(c) for c in range(0x20, 0x110000) if not 0xD800 <= c < 0xE000]
    for i in range(0, len(chars), 61):
        text = "".join(chars[i:i + 61])
        assert fold(text) == _definition(text), repr(text)
        assert fold(" ".join(text)) == _definition(" ".join(text)), repr(text)


def test_fold_matches_the_definition_on_mixed_text():
    rng = random.Random(7)
    spaces = " \\t\\n\\u00a0\\u2000\\u2028\\u3000\\x1c\\x85".encode().decode("unicode_escape")
    alphabet = ("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữự"
                "ỳýỷỹỵ-–İẞﬁΩ\\u0301\\u0323\\u034f".encode().decode("unicode_escape") + spaces * 3)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for form in (text, unicodedata.normalize("NFD", text)):
            assert fold(form) == _definition(form), repr(form)


def test_the_clusterers_words_match_their_definition():
    """``cluster._fold_words`` (token by token, cached): the text folded, every run of characters that
    are not letters or digits (underscores included) a single space."""
    import re

    from crawler.cluster import _fold_words

    rng = random.Random(11)
    alphabet = "aăâđêôơưAĐỐỮ àáạằẩễệỉọớửỹ_-.,;:!?“”‘’…–—()[]%/\\u00a0\\u2000\\n\\t12ﬁΩ中文".encode().decode(
        "unicode_escape")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for form in (text, unicodedata.normalize("NFD", text)):
            assert _fold_words(form) == " ".join(re.sub(r"[^\w]+|_+", " ", _definition(form)).split()), repr(form)
