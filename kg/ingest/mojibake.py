"""Text that was decoded with the wrong code page before it was copied, put right.

A page saved in UTF-8 and read as Windows-1252 shows each accented letter or typographic mark as
two or three signs ("dÃ©sarmement", "Centreâ€™s"); a Chinese site's page in GB2312, whose
accented Latin letters are the pinyin row of that code (bytes A8 A1 … A8 BA), read as
Windows-1252, shows each as "¨" and a second sign ("limitaci¨®n" for limitación). Both are
undone where the text shows the damage more than once: the signs are encoded back to the bytes
they were read from and decoded as what those bytes were. A letter the wrong code page had no
place for ("a?os") is lost for good and stays as it is.
"""
from __future__ import annotations

import re

# a UTF-8 lead byte read as Windows-1252 (Â … ô), then the continuation bytes (0x80-0xBF) as read
_CONTINUATION = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u0081\u008d\u008f\u0090\u009d\u00a0-¿"
# (as many as the lead byte announces: one after C2-DF, two after E0-EF, three after F0-F4)
UTF8_AS_1252 = re.compile(f"[Â-ß][{_CONTINUATION}]|[à-ï][{_CONTINUATION}]{{2}}|[ð-ô][{_CONTINUATION}]{{3}}")
# GB2312's pinyin letters (row A8, second byte A1-BA) read as Windows-1252: "¨" then ¡ … º
GB2312_PINYIN_AS_1252 = re.compile("¨[¡-º]")
LEAST_DAMAGE = 2  # signs of damage a text must show before it is repaired


def _bytes(signs: str) -> bytes | None:
    """The bytes Windows-1252 (or Latin-1, for the five bytes it leaves undefined) read as `signs`."""
    out = bytearray()
    for sign in signs:
        try:
            out += sign.encode("cp1252")
        except UnicodeEncodeError:
            if ord(sign) > 0xFF:
                return None
            out.append(ord(sign))
    return bytes(out)


# what a wrongly read letter may have been: letters and marks of the scripts reports are written
# in (Latin, Greek, Cyrillic, Arabic, CJK) and typography; not a rare script's letter or a control
# that a legitimate text's signs would decode to ("à\u00a0«" is U+082B, a Samaritan letter)
PLAUSIBLE = re.compile(r"[\u00a0-\u024f\u0370-\u04ff\u0600-\u06ff\u2000-\u206f\u20a0-\u20bf\u2100-\u214f"
                       r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\ufb00-\ufb06\uff00-\uffef]+")


def _redecoded(signs: str, codec: str) -> str | None:
    """What the signs were written as, if they decode to a plausible letter or mark."""
    data = _bytes(signs)
    try:
        decoded = data.decode(codec) if data is not None else None
    except UnicodeDecodeError:
        return None
    return decoded if decoded and PLAUSIBLE.fullmatch(decoded) else None


def _repaired(text: str, damage: re.Pattern[str], codec: str) -> str:
    found = {signs: _redecoded(signs, codec) for signs in set(damage.findall(text))}
    found = {signs: decoded for signs, decoded in found.items() if decoded}
    if sum(text.count(signs) for signs in found) < LEAST_DAMAGE:
        return text
    return damage.sub(lambda match: found.get(match.group(0), match.group(0)), text)


def repair_mojibake(text: str) -> str:
    """`text` with UTF-8 or GB2312 read as Windows-1252 decoded as it was written; else as it is."""
    if UTF8_AS_1252.search(text):
        text = _repaired(text, UTF8_AS_1252, "utf-8")
    if "¨" in text and GB2312_PINYIN_AS_1252.search(text):
        text = _repaired(text, GB2312_PINYIN_AS_1252, "gb2312")
    return text
