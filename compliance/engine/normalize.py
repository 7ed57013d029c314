"""Normalisation of marketing text into a shadow text with an offset map (rules.md §4).

The shadow is what every lexicon and pattern runs on. Each shadow character comes from exactly one
character of the original text, so ``offsets[i]`` (the original index of shadow character ``i``) is
enough to map any shadow span back: ``(offsets[s], offsets[e - 1] + 1)``.

One pass per character, driven by a table built once per process:
NFKD → drop combining marks → NFKC → casefold → traditional→simplified (OpenCC t2s, per character)
→ variant and look-alike table → Cyrillic/Greek confusables → emoji table; invisibles (zero-width
characters, soft hyphen, variation selectors, tags) are deleted. Afterwards, separators between CJK
characters and between single Latin letters are collapsed, and leetspeak is undone inside risk words.

Speed matters (every chat line passes here): the common case — simplified Chinese or plain English
with nothing to map — costs one ``str.lower`` and one regex search.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .literals import guard_module_regexes

# Invisible characters: deleted from the shadow (rules.md §4.2).
_INVISIBLE = (
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180E, 0x180F]
    + list(range(0x200B, 0x2010))
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2070))
    + [0x3164, 0xFEFF, 0xFFA0]
    + list(range(0xFE00, 0xFE10))
    + list(range(0xE0000, 0xE0080))
    + list(range(0xE0100, 0xE01F0))
)

# CJK punctuation that NFKC would turn into ASCII. Kept as is so that ordinary Chinese text needs no
# mapping at all (the fast path); every regex of the engine accepts both forms.
_KEEP = set("，！？：；（）｜…、。“”‘’「」『』【】《》～—　")

# Typographic apostrophes and hyphens that NFKC leaves alone (can’t, risk‐free, ‘保本’): the ASCII forms
# are what every English phrase and pattern is written with. ’ between two letters (can’t) becomes ' in a
# pass after the table (elsewhere it closes a ‘quotation’ and stays).
_PUNCT = {
    "\u201b": "'",
    "\u2032": "'",
    "\uff07": "'",
    "\u02bc": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2212": "-",
    "\ufe63": "-",
    "\u2043": "-",
}

# Variants and look-alikes that OpenCC t2s leaves alone (rules.md §4.3).
_VARIANTS = {
    "夲": "本",
    "賺": "赚",
    "險": "险",
    "證": "证",
    "無": "无",
    "穩": "稳",
    "閉": "闭",
    "镸": "长",
    "垬": "共",
    "囯": "国",
    "圀": "国",
    "冇": "无",
    "嘸": "无",
    "啲": "的",
    "銭": "钱",
    "収": "收",
    "険": "险",
    "証": "证",
    "稳": "稳",
    "賠": "赔",
    "虧": "亏",
    "兌": "兑",
    "託": "托",
}

# Cyrillic and Greek homoglyphs of Latin letters (a subset of Unicode confusables.txt, lower case).
_CONFUSABLES = {
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "һ": "h",
    "ӏ": "l",
    "ɡ": "g",
    "ь": "b",
    "п": "n",
    "г": "r",
    "ո": "n",
    "ս": "u",
    "օ": "o",
    "զ": "q",
    "α": "a",
    "β": "b",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ω": "w",
    "ϲ": "c",
    "ϳ": "j",
    "ɑ": "a",
    "ı": "i",
    "ȷ": "j",
    "ℓ": "l",
}

# Emoji and symbol substitutions (rules.md §4.8). NFKC already maps 🈶→有, 🉐→得, 🈚→無.
_EMOJI = {
    "💯": "100%",
    "🔒": "锁定",
    "🔐": "锁定",
    "📈": "涨",
    "⬆": "涨",
    "⤴": "涨",
    "🆙": "涨",
    "💰": "钱",
    "🈷": "月",
    "🆓": "free",
    "🚀": "🚀",
    # Arrows for "rising" (收益↑, ↗↗); the keycap mark of 0️⃣ (a digit stays a digit).
    "📉": "跌",
    "⬇": "跌",
    "⤵": "跌",
    "↓": "跌",
    "↘": "跌",
    "↑": "涨",
    "↗": "涨",
    "⇧": "涨",
    "⇑": "涨",
    "🔝": "最",
    "🉑": "可",
    "\u20e3": "",
    "✔": "对",
    "☑": "对",
    "✅": "对",
    "💸": "钱",
}

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_TABLE_RANGES = (
    (0x0080, 0x052F),  # Latin-1, Latin extended, IPA, Greek, Cyrillic
    (0x0530, 0x058F),  # Armenian look-alikes
    (0x1D00, 0x1DBF),  # phonetic extensions
    (0x1E00, 0x1FFF),  # Latin extended additional, Greek extended
    (0x2000, 0x2BFF),  # punctuation, letterlike, number forms, arrows, enclosed, symbols
    (0x2E80, 0x33FF),  # CJK radicals, CJK symbols, kana, enclosed CJK, compatibility
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFB00, 0xFB4F),  # ligatures
    (0xFE10, 0xFE6F),  # vertical forms, small forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
    (0x1D400, 0x1D7FF),  # mathematical alphanumerics (𝐠𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞𝐝)
    (0x1F100, 0x1F2FF),  # enclosed alphanumerics and ideographs
)


def _t2s_chars() -> dict[str, str]:
    """Per-character OpenCC t2s for the CJK ranges, computed in one call."""
    import opencc

    chars = [chr(cp) for lo, hi in _CJK_RANGES for cp in range(lo, hi + 1)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # never observed; fall back to character by character
        conv = opencc.OpenCC("t2s")
        converted = [conv.convert(c) for c in chars]
    return {c: s for c, s in zip(chars, converted, strict=True) if s != c and s}


def _fold_char(c: str, t2s: dict[str, str]) -> str:
    if ord(c) in _INVISIBLE_SET:
        return ""
    if c in _KEEP:
        return c
    if c in _EMOJI:
        return _EMOJI[c]
    if c in _PUNCT:
        return _PUNCT[c]
    decomposed = unicodedata.normalize("NFKD", c)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    out = unicodedata.normalize("NFKC", stripped or decomposed).casefold()
    result = []
    for ch in out:
        ch = t2s.get(ch, ch)
        ch = "".join(_VARIANTS.get(x, x) for x in ch)
        ch = "".join(_CONFUSABLES.get(x, x) for x in ch)
        result.append(ch)
    return "".join(result)


_INVISIBLE_SET = frozenset(_INVISIBLE)


@dataclass(frozen=True)
class _Tables:
    one_to_one: dict[int, str]  # translate table for 1:1 mappings
    expand: dict[str, str]  # characters that map to "" or to several characters
    needs: Any  # Aho-Corasick automaton: characters with a non-identity mapping (after str.lower),
    #             then the leetspeak hints (a letter next to a digit or symbol)
    needs_count: int
    ascii_plain: bool  # no ASCII character (after str.lower) needs mapping
    needs_re: re.Pattern[str]  # the same characters (BMP) plus every astral character and lone surrogates:
    #                            no match means nothing to map, the common case, decided in one regex search
    plain_re: re.Pattern[str]  # needs_re plus separators, line breaks, digits and leet symbols
    plain_no_digit_re: re.Pattern[str]  # plain_re without the digits
    plain_cased_re: re.Pattern[str]  # plain_re plus what ``str.lower`` changes: searched before lower-casing
    cased_no_digit_re: re.Pattern[str]  # plain_cased_re without the digits
    needs_digit_re: re.Pattern[str]  # needs_re plus digits (anything ``\d`` matches) and leet symbols


_TABLES: _Tables | None = None


@lru_cache(maxsize=1)
def tables() -> _Tables:
    t2s = _t2s_chars()
    one: dict[int, str] = {}
    expand: dict[str, str] = {}
    codepoints = (
        set(_INVISIBLE) | {ord(c) for c in _EMOJI} | {ord(c) for c in _VARIANTS} | {ord(c) for c in _PUNCT}
    )
    codepoints |= {ord(c) for c in _CONFUSABLES} | {
        cp for lo, hi in _TABLE_RANGES for cp in range(lo, hi + 1)
    }
    codepoints |= set(range(0x41, 0x5B))
    for cp in codepoints:
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        f = _fold_char(c, t2s)
        if f == c:
            continue
        if len(f) == 1:
            one[cp] = f
        else:
            expand[c] = f
    global _TABLES
    needs_chars = sorted({chr(cp) for cp in one if chr(cp).lower() == chr(cp)} | set(expand))
    leet_hints = sorted(
        {a + b for a in "abcdefghijklmnopqrstuvwxyz" for b in "0134578@$!|"}
        | {b + a for a in "abcdefghijklmnopqrstuvwxyz" for b in "0134578@$!|"}
    )
    import ahocorasick_rs

    # One character class: sre looks BMP characters up in a bitmap, but a class holding astral characters
    # degrades to a linear scan, so astral characters are covered by one range and take the slow path.
    bmp = "".join(re.escape(c) for c in needs_chars if ord(c) < 0x10000)
    decimal = "".join(
        re.escape(chr(cp)) for cp in range(0x10000) if chr(cp).isdecimal()
    )  # what ``\d`` matches
    cased = "".join(re.escape(chr(cp)) for cp in range(0x10000) if chr(cp).lower() != chr(cp))
    _TABLES = _Tables(
        one_to_one=one,
        expand=expand,
        needs=ahocorasick_rs.AhoCorasick(needs_chars + leet_hints),
        needs_count=len(needs_chars),
        ascii_plain=not any(c.isascii() for c in needs_chars),
        needs_re=re.compile(rf"[{bmp}\ud800-\udfff\U00010000-\U0010ffff]"),
        plain_re=re.compile(rf"[{bmp}{_SEP[1:-1]}\n{decimal}@$!|’\ud800-\udfff\U00010000-\U0010ffff]"),
        needs_digit_re=re.compile(rf"[{bmp}{decimal}@$!|’\ud800-\udfff\U00010000-\U0010ffff]"),
        plain_no_digit_re=re.compile(rf"[{bmp}{_SEP[1:-1]}\n@$!|’\ud800-\udfff\U00010000-\U0010ffff]"),
        plain_cased_re=re.compile(
            rf"[{bmp}{cased}{_SEP[1:-1]}\n{decimal}@$!|’\ud800-\udfff\U00010000-\U0010ffff]"
        ),
        cased_no_digit_re=re.compile(rf"[{bmp}{cased}{_SEP[1:-1]}\n@$!|’\ud800-\udfff\U00010000-\U0010ffff]"),
    )
    return _TABLES


# Separators collapsed between CJK characters (not clause punctuation, quotes or field bars).
# Spaces, dashes, dots, symbols and emoji (not clause punctuation, quotes or field bars).
_SEP_BMP = (
    r" \t\r\u3000\-_.·・*~/\\+=#^`@&$<>\u2010-\u2015\u2022\u2027\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff"
)
_SEP = rf"[{_SEP_BMP}\U0001f000-\U0001faff]"
_SEP_ANY = re.compile(_SEP)
# A separator (or line break) right after a CJK character or a single Latin letter: what _CJK_SEP and
# _SINGLE_LATIN_GATE both start with. Begins with a character class, so sre scans for it fast.
# (Any astral character stands in for the emoji separators: a class with astral ranges is tested range by
# range, a BMP class with one astral tail by bitmap.)
# The letter case is widened to "a letter not after [a-z0-9_]" (a superset, so still a safe gate; cheaper).
_SEP_NEIGHBOUR = re.compile(
    rf"[{_SEP_BMP}\n\U00010000-\U0010ffff](?<=[{_CJK}a-z0-9].)(?<![a-z0-9_][a-z].)", re.DOTALL
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_CJK_SEP = re.compile(rf"[{_CJK}]((?:{_SEP}|\n)+)(?=[{_CJK}])|(?<![0-9.])[0-9]((?:{_SEP})+)(?=[{_CJK}])")
# Three single letters with separators between them (g u a r...): ``\b[a-z][ -_.·*/]+[a-z][ -_.·*/]+[a-z]\b``,
# written to start at the first separator (a character class, which sre scans for fast).
_SINGLE_LATIN_GATE = re.compile(r"[ \-_.·*/](?<=(?<!\w)[a-z].)[ \-_.·*/]*[a-z][ \-_.·*/]+[a-z]\b")
_SINGLE_LATIN = re.compile(r"(?<![a-z0-9'’])[a-z](?:[ \-_.·*/]+[a-z](?![a-z0-9])){2,}")
_SINGLE_LATIN_SEP = re.compile(r"[ \-_.·*/]+")
_SHORT_LINE = re.compile(r"\n[ \t]*([^\n \t]{1,2})[ \t]*(?=\n|$)")
# A letter next to a digit or leet symbol; written to start with a character class (sre scans for it fast).
_LEET_HINT = re.compile(r"[0-9@$!|](?:(?<=[a-z].)|(?=[a-z]))")
_ASCII_LEET_OR_DIGIT = re.compile(r"[0-9@$!|]")
_APOSTROPHE = re.compile(r"(?<=[a-z])’(?=[a-z])")
_LEET_TOKEN = re.compile(r"[a-z0-9@$!|]+")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"}
)


class Shadow:
    """A normalised copy of ``original``; ``offsets`` is None when the mapping is the identity.

    (A plain slotted class rather than a frozen dataclass: one is built per check, on the hot path.)
    """

    __slots__ = ("text", "original", "offsets", "digit_free")

    def __init__(
        self, text: str, original: str, offsets: tuple[int, ...] | None, digit_free: bool = False
    ) -> None:
        self.text = text
        self.original = original
        self.offsets = offsets
        self.digit_free = digit_free  # True: known to hold no digit (``\d``); False: not known

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a shadow span to the smallest original span that produced it."""
        if self.offsets is None:
            return start, end
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def _remove_spans(
    text: str, offsets: list[int] | None, spans: list[tuple[int, int]]
) -> tuple[str, list[int]]:
    if offsets is None:
        offsets = list(range(len(text)))
    pieces: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    for s, e in spans:
        pieces.append(text[pos:s])
        new_offsets.extend(offsets[pos:s])
        pos = e
    pieces.append(text[pos:])
    new_offsets.extend(offsets[pos:])
    return "".join(pieces), new_offsets


def normalize(text: str, leet_words: frozenset[str] = frozenset()) -> Shadow:
    """Return the shadow of ``text`` (see the module docstring); never raises on any ``str``."""
    shadow, offsets, digit_free = shadow_parts(text, leet_words)
    return Shadow(shadow, text, offsets, digit_free)


def shadow_parts(
    text: str, leet_words: frozenset[str] = frozenset()
) -> tuple[str, tuple[int, ...] | None, bool]:
    """``normalize`` as a tuple (text, offsets, digit_free): the chat gate reads these before any ``Shadow``
    is built (most chat lines never need one)."""
    t = _TABLES or tables()
    first = 0  # no character before this index is in ``plain_re``
    if not text.isascii():
        # The common Chinese chat line: nothing to lower-case, map, separate, start a line or read as leetspeak,
        # so every step below is the identity. Otherwise no character before the match is any of those.
        m = t.plain_cased_re.search(text)
        if m is None:
            return text, None, True
        first = m.start()
        # Digits but nothing else of interest (1万元起购): the identity unless a digit is leetspeak.
        if (
            text[first].isdecimal()
            and t.cased_no_digit_re.search(text, first) is None
            and not (leet_words and _LEET_HINT.search(text, first) is not None)
        ):
            return text, None, False
    lowered = text.lower()
    if lowered == text:  # keep the caller's string: the automaton reuses its cached UTF-8 form
        lowered = text
    if len(lowered) == len(text):
        # The common chat line. Without any character that maps, separates, starts a line or can be leetspeak
        # (digits, @$!|), every step below is the identity: one regex search decides it.
        if lowered.isascii():
            if t.ascii_plain and _ASCII_LEET_OR_DIGIT.search(lowered) is None:
                if "\n" not in lowered and _SINGLE_LATIN_GATE.search(lowered) is None:
                    return lowered, None, True
        else:
            m = t.plain_re.search(lowered, first)
            if m is None:
                return lowered, None, True
            first = m.start()
            # Digits but nothing else of interest (1万元起购): the identity unless a digit is leetspeak.
            if (
                lowered[first].isdecimal()
                and t.plain_no_digit_re.search(lowered, first) is None
                and not (
                    leet_words
                    and _LEET_HINT.search(lowered, first) is not None  # (its lookbehind sees before first)
                )
            ):
                return lowered, None, False
            # Separators but nothing to map, no digit, no line break, and no separator after a CJK character or
            # a single letter (Good question — the fee): nothing collapses either.
            if (
                "\n" not in lowered
                and t.needs_digit_re.search(lowered, first) is None
                and _SEP_NEIGHBOUR.search(lowered, first) is None
            ):
                return lowered, None, True
    offsets: list[int] | None = None
    leet_hint = False
    slow = len(lowered) != len(text)
    translate = False
    digit_free = False
    if not slow and t.needs_digit_re.search(lowered, first) is None:
        digit_free = True  # nothing to map, no digit, no leetspeak
    elif not slow and ((t.ascii_plain and lowered.isascii()) or t.needs_re.search(lowered, first) is None):
        # Nothing to map (plain simplified Chinese or English): the automaton below would only find leetspeak
        # hints, which matter only with risk words to undo them in.
        leet_hint = bool(leet_words) and _LEET_HINT.search(lowered) is not None
    elif not slow:
        n = t.needs_count
        try:
            needs = t.needs.find_matches_as_indexes(lowered, overlapping=True)
        except UnicodeEncodeError:  # lone surrogates (e.g. from JSON "\ud800"): replace them one for one
            fixed, fixed_offsets, _ = shadow_parts(_SURROGATE.sub("\ufffd", text), leet_words)
            return fixed, fixed_offsets, False
        for idx, a, _ in needs:
            if idx >= n:
                leet_hint = True
            elif lowered[a] in t.expand:
                slow = True
                break
            else:
                translate = True
    if slow:
        pieces: list[str] = []
        offsets = []
        expand = t.expand
        one = t.one_to_one
        for i, c in enumerate(text):
            f = expand.get(c)
            if f is None:
                f = one.get(ord(c), c)
                if f == c and c.lower() != c:
                    f = _fold_char(c, {}) if len(c.lower()) != 1 else one.get(ord(c.lower()), c.lower())
            pieces.append(f)
            offsets.extend([i] * len(f))
        shadow = _SURROGATE.sub("\ufffd", "".join(pieces))
    elif translate:
        shadow = lowered.translate(t.one_to_one)
    else:
        shadow = lowered
    if slow or translate:
        leet_hint = bool(_LEET_HINT.search(shadow))

    # Leetspeak inside risk words (r1sk, guar@nteed): length-preserving.
    if leet_words and leet_hint:
        chars = None
        for m in _LEET_TOKEN.finditer(shadow):
            token = m.group()
            if token.isalpha() or token.isdigit():
                continue
            plain = token.translate(_LEET)
            if plain in leet_words or plain.rstrip("s") in leet_words:
                if chars is None:
                    chars = list(shadow)
                chars[m.start() : m.end()] = plain
        if chars is not None:
            shadow = "".join(chars)

    # An apostrophe written as a closing quote (can’t, it’s): length-preserving.
    if "’" in shadow:
        shadow = _APOSTROPHE.sub("'", shadow)

    # Separator collapse.
    removals: list[tuple[int, int]] = []
    if "\n" in shadow:
        for m in _SHORT_LINE.finditer(shadow):
            removals.append((m.start(), m.start(1)))
            end = m.end() + 1 if m.end() < len(shadow) else m.end()
            removals.append((m.end(1), end))
    # ASCII text has no CJK separators to collapse (and the single-letter gate needs no gate of its own);
    # otherwise both need a separator right after a CJK character or after a single letter.
    ascii_text = shadow.isascii()
    has_sep = ascii_text or _SEP_NEIGHBOUR.search(shadow) is not None
    if has_sep and not ascii_text:
        for m in _CJK_SEP.finditer(shadow):
            g = m.lastindex or 1
            removals.append((m.start(g), m.end(g)))
    if has_sep and _SINGLE_LATIN_GATE.search(shadow):
        for m in _SINGLE_LATIN.finditer(shadow):
            for sm in _SINGLE_LATIN_SEP.finditer(m.group()):
                removals.append((m.start() + sm.start(), m.start() + sm.end()))
    if removals:
        removals.sort()
        merged: list[tuple[int, int]] = []
        for s, e in removals:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        shadow, offsets = _remove_spans(shadow, offsets, merged)
    return shadow, tuple(offsets) if offsets is not None else None, digit_free


guard_module_regexes(globals())
