"""The matcher squeezes a text in one `str.translate` and maps offsets back as it did one
character at a time: dropped spaces and quotes, characters that fold into two (ß, ﬁ, ½)."""
import random

from kg.reference import matcher


def one_at_a_time(text: str) -> tuple[str, list[int]]:
    chars, where = [], []
    for i, ch in enumerate(text):
        folded = matcher._fold(ch)
        if folded:
            chars.append(folded)
            where.extend([i] * len(folded))
    return "".join(chars), where


def test_squeezing_in_one_go_maps_offsets_as_one_at_a_time():
    rng = random.Random(12)
    alphabet = "ab C《》“”'ß ﬁ½\u3000联合国Ⅻ\t\nÉé１２"
    texts = ["第 1540 (2004)号决议", "Straße", "ﬁnal ½", ""] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(500)]
    for text in texts:
        squeezed, where = matcher._squeeze_with_map(text)
        expected, expected_where = one_at_a_time(text)
        assert (squeezed, list(where)) == (expected, expected_where), text
    assert matcher._squeeze_with_map("Straße")[1] == [0, 1, 2, 3, 4, 4, 5]
