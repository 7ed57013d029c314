"""Pinyin and homophone spellings of core phrases, generated when a pack is compiled (rules.md §4.6–4.7)."""

from __future__ import annotations

import itertools
from functools import lru_cache

from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT


def _is_hanzi(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


@lru_cache(maxsize=1)
def homophone_pool() -> dict[str, tuple[str, ...]]:
    """Toneless syllable → common characters (GB2312 level 1) that can be read that way."""
    pool: dict[str, set[str]] = {}
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                c = bytes([hi, lo]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            readings = PINYIN_DICT.get(ord(c), "")
            syl = _strip_tone(readings.split(",")[0])  # the primary reading only
            if syl:
                pool.setdefault(syl, set()).add(c)
    return {k: tuple(sorted(v)) for k, v in pool.items()}


_TONE = str.maketrans(
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ",
    "aaaaeeeeiiiioooouuuuvvvvvnnnm",
)


def _strip_tone(reading: str) -> str:
    return reading.strip().translate(_TONE)


def syllables(phrase: str) -> list[str]:
    return [s.replace("ü", "v") for s in lazy_pinyin(phrase, style=Style.NORMAL, errors="default")]


def pinyin_variants(phrase: str) -> tuple[list[str], list[str]]:
    """Spellings of ``phrase``: (full or mixed pinyin/Hanzi spellings, initials-only spellings).

    "保本" → ["baoben", "bao ben", "b本", "bao本", "保ben", "保b", ...], ["bb"].
    """
    chars = list(phrase)
    if not chars or len(chars) > 5 or not all(_is_hanzi(c) for c in chars):
        return [], []
    syls = syllables(phrase)
    if len(syls) != len(chars):
        return [], []
    full = ["".join(syls), " ".join(syls)]
    mixed: list[str] = []
    if len(chars) <= 4:
        for choice in itertools.product((0, 1, 2), repeat=len(chars)):
            if all(x == 0 for x in choice) or all(x == 1 for x in choice) or all(x == 2 for x in choice):
                continue
            if 0 not in choice:  # Latin only but mixing initials and syllables: too noisy
                continue
            parts = [chars[i] if x == 0 else syls[i] if x == 1 else syls[i][0] for i, x in enumerate(choice)]
            mixed.append("".join(parts))
    initials = ["".join(s[0] for s in syls)] if len(chars) >= 2 else []
    return full + mixed, initials


def is_word(text: str) -> bool:
    """True when ``text`` is a word of the pinyin phrase dictionary (威信, 报喜): not an evasion spelling."""
    return text in PHRASES_DICT


# The most frequent characters of modern Chinese (roughly the top 500). A homophone spelling generated for the
# whole lexicon that puts one of these in place of the original (稳收益 → 问收益) reads as ordinary text far
# more often than as an evasion, so it is not generated; the core ``pinyin`` phrases keep every homophone.
_COMMON = frozenset(
    "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过"
    "家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从知使点业本把性应"
    "开它合因由些外政四社义平形相全表间样关各重新线内数正反明原或但质气第向命变条结解问意建月系很情最立代想已通并"
    "提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接较组计别她手角期根论运农指"
    "几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受"
    "联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科"
    "张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深"
    "难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯"
    "院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
)


@lru_cache(maxsize=8192)
def lexicon_variants(phrase: str) -> tuple[str, ...]:
    """Pinyin and homophone spellings of a lexicon phrase (no initials-only forms), leaving out spellings
    that are themselves dictionary words or put a very common character in place of the original."""
    if not 3 <= len(phrase) <= 5 or not all(_is_hanzi(c) for c in phrase):
        return ()
    syls = syllables(phrase)
    # Full pinyin only (baozhengshouyi, bao zheng shou yi); the mixed pinyin/Hanzi forms multiply by 3 per
    # character and are generated for the core ``pinyin`` phrases, where evasions concentrate.
    out = ["".join(syls), " ".join(syls)] if len(syls) == len(phrase) else []
    out += [
        h
        for h in homophones(phrase)
        if not is_word(h) and not any(a != b and a in _COMMON for a, b in zip(h, phrase, strict=True))
    ]
    return tuple(dict.fromkeys(out))


def homophones(phrase: str) -> list[str]:
    """Homophone spellings of ``phrase``: one distinct character replaced, everywhere it occurs.

    "保本保息" → "宝本宝息", ...; "无风险" → "吴风险", ...; "稳赚" → "稳转", "稳砖", ...
    """
    chars = list(phrase)
    if len(chars) < 2 or not all(_is_hanzi(c) for c in chars):
        return []
    syls = syllables(phrase)
    if len(syls) != len(chars):
        return []
    pool = homophone_pool()
    out: list[str] = []
    for original in dict.fromkeys(chars):
        syl = syls[chars.index(original)]
        for c in pool.get(syl, ()):
            if c != original:
                out.append(phrase.replace(original, c))
    return out
