"""Required literals of a regex: sets of strings such that every match contains one string of each.

``required_groups(re.compile("本金[^，]{0,6}(不会|没有)亏"))`` is (("不会亏", "没有亏"), ("本金",)): a text holding
no string of one set cannot match, so a pattern triggered by a phrase need not be searched. The analysis walks the
parsed regex (sre's parser) and is conservative: anything it does not understand (flags, classes of many
characters, back references) contributes no requirement, and a regex it cannot bound gets no set.
"""

from __future__ import annotations

import re
from functools import lru_cache

# sre's parser and its opcodes (Python 3.11+; the public sre_parse module is deprecated).
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Most strings in a requirement: each set becomes one alternation regex, searched before the pattern. Products
# and unions of sets only grow, so a larger set is never needed on the way.
_CAP = 48
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# How often a string is expected in a text, by its length: a set of frequent strings rarely rules a pattern out.
_HANZI_COST = {1: 12.0, 2: 1.0}
_LATIN_COST = {1: 24.0, 2: 8.0, 3: 2.0}

# Each node is summarised as (exact, required): ``exact`` the finite set of strings the node matches when it
# is that simple, else None; ``required`` sets each of which holds a string every match of the node contains.
_Summary = tuple[set[str] | None, list[set[str]]]


def _usable(c: set[str] | frozenset[str] | None) -> bool:
    return c is not None and 0 < len(c) <= _CAP and "" not in c


def _telling(c: set[str] | frozenset[str]) -> bool:
    """Not a set a text nearly always holds: no lone space, digit or punctuation mark."""
    return all(len(x) > 1 or x.isalpha() for x in c)


def _cost(c: set[str] | frozenset[str]) -> float:
    """How often a text is expected to hold one of the strings: their number, weighed by how short they are."""
    return sum(
        (_LATIN_COST if x.isascii() else _HANZI_COST).get(len(x), 0.5 if x.isascii() else 0.3) for x in c
    )


def _minimal(c: set[str]) -> frozenset[str]:
    """The strings of ``c`` that hold no other one: a text holds one of ``c`` exactly when it holds one of these."""
    kept: list[str] = []
    for x in sorted(c, key=len):  # only a shorter string can be held in another
        if not any(y in x for y in kept):
            kept.append(x)
    return frozenset(kept)


def _prefixes(c: set[str], length: int | None) -> set[str]:
    return c if length is None else {x[:length] for x in c}


def _product(a: set[str], b: set[str]) -> set[str] | None:
    return {x + y for x in a for y in b} if len(a) * len(b) <= _CAP else None


class _Analysis:
    """The requirement analysis of one pattern; ``triggers`` (the phrases that let it run) make a set that every
    trigger already holds a string of worthless: it is present whenever the pattern runs."""

    def __init__(self, triggers: tuple[str, ...]) -> None:
        self.triggers = triggers
        self.joined = "\0".join(triggers)  # one substring test per string rather than one per trigger

    def implied(self, c: set[str] | frozenset[str]) -> bool:
        return bool(self.triggers) and all(any(x in t for x in c) for t in self.triggers)

    def touched(self, c: set[str]) -> bool:
        """A trigger holds one of the strings: where that trigger fires, the set tells nothing."""
        return any(x in self.joined for x in c)

    def best(self, candidates: list[set[str]]) -> set[str] | None:
        usable = [c for c in candidates if _usable(c)]
        if not usable:
            return None
        return min(usable, key=lambda c: (self.touched(c), not _telling(c), _cost(c), sorted(c)))

    def sequence(self, items: Any) -> _Summary:
        run: set[str] = {""}  # the exact strings of the current run of exact nodes
        candidates: list[set[str]] = []
        all_exact = True
        for op, av in items:
            exact, required = self.node(op, av)
            joined = _product(run, exact) if exact is not None else None
            if joined is not None:
                run = joined
                continue
            if exact is not None and "" not in run:
                # Too many strings to go on exactly: what every match holds is still the last character of the
                # run followed by the node (会|将会|必然 then 出现|迎来: 会出现, 然迎来, …), a rarer set than either.
                joined = _product({x[-1] for x in run}, exact)
                if joined is not None:
                    all_exact = False
                    candidates.append(run)
                    run = joined
                    continue
            all_exact = False
            candidates.append(run)
            run = exact if exact is not None else {""}
            candidates.extend(required)
        if all_exact:
            return run, []
        candidates.append(run)
        return None, [c for c in candidates if _usable(c)]

    def node(self, op: Any, av: Any) -> _Summary:
        if op is sre.LITERAL:
            return {chr(av)}, []
        if op in _ZERO_WIDTH:
            return {""}, []  # matches no text of its own
        if op is sre.IN:
            chars: set[str] = set()
            for item_op, item_av in av:
                if item_op is sre.LITERAL:
                    chars.add(chr(item_av))
                elif item_op is sre.RANGE and item_av[1] - item_av[0] < 6:
                    chars.update(map(chr, range(item_av[0], item_av[1] + 1)))
                else:  # negated, a category (\d, \w), a wide range
                    return None, []
            return (chars, []) if len(chars) <= _CAP else (None, [])
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            return (None, []) if add_flags or del_flags else self.sequence(sub)
        if op is sre.ATOMIC_GROUP:
            return self.sequence(av)
        if op is sre.BRANCH:
            branches = [self.sequence(b) for b in av[1]]
            if all(exact is not None for exact, _ in branches):
                union = set().union(*(exact for exact, _ in branches if exact is not None))
                if len(union) <= _CAP:
                    return union, []
            chosen = []
            for exact, req in branches:
                best = self.best(([exact] if exact is not None else []) + req)
                if best is None:
                    return None, []  # a branch without a requirement: the alternation has none
                chosen.append(best)
            for length in (None, 6, 4, 3, 2, 1):  # too many strings: their first characters are held too
                required = _minimal(set().union(*(_prefixes(c, length) for c in chosen)))
                if _usable(required):
                    return None, [set(required)]
            return None, []
        if op in _REPEATS:
            low, high, sub = av
            if low == 0:
                if high == 1:  # optional: its strings or nothing
                    exact, _ = self.sequence(sub)
                    if exact is not None and len(exact) < _CAP:
                        return exact | {""}, []
                return None, []
            exact, req = self.sequence(sub)
            if exact is not None and low == high:
                out: set[str] | None = {""}
                for _ in range(low):
                    out = _product(out, exact) if out is not None else None
                if out is not None:
                    return out, []
            return None, ([exact] if exact is not None else []) + req
        return None, []  # any character, a category, a back reference


@lru_cache(maxsize=4096)
def _groups(pattern: str, flags: int, triggers: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Cached: the two packs share most patterns, and an edited pack recompiles."""
    analysis = _Analysis(triggers)
    exact, required = analysis.sequence(sre_parse.parse(pattern, flags))
    candidates = {_minimal(c) for c in ([exact] if exact is not None else []) + required if _usable(c)}
    useful = sorted(
        (c for c in candidates if _telling(c) and not analysis.implied(c)),
        key=lambda c: (_cost(c), sorted(c)),
    )
    return tuple(tuple(sorted(c)) for c in useful)


def required_groups(regex: re.Pattern[str], triggers: tuple[str, ...] = ()) -> tuple[tuple[str, ...], ...]:
    """Sets of strings such that every match of ``regex`` holds a string of each, the rarest first: a text
    holding no string of one set cannot match. Empty when none can be named. With ``triggers`` (the phrases
    that let the pattern run), a set every trigger already holds a string of is left out."""
    if regex.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(regex.pattern, str):
        return ()
    return _groups(regex.pattern, regex.flags, tuple(triggers))


# ---------------------------------------------------------------------------------------------------
# First characters: a guard that lets a search skip, in one test, the positions no match can start at.

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


# Classes a guard may name: a guard that lets most characters of a text through costs more than it saves.
_NARROW_CATEGORIES = {sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE}
_WIDE_RANGE = 256


class _Unbounded(Exception):
    """The first characters of a node cannot be named as a class."""


def _class_char(code: int) -> str:
    c = chr(code)
    if c.isalnum():
        return c  # letters, digits and Hanzi mean themselves in a class
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _first(items: Any, out: list[str]) -> bool:
    """Add to ``out`` the class items of every character a match of the sequence ``items`` can start with;
    True when the sequence can match the empty string (then what follows it can start the match too)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a lookaround or an anchor consumes nothing: the next node starts the match
        if op is sre.LITERAL:
            out.append(_class_char(av))
            return False
        if op is sre.IN:
            for item_op, item_av in av:
                if item_op is sre.LITERAL:
                    out.append(_class_char(item_av))
                elif item_op is sre.RANGE and item_av[1] - item_av[0] < _WIDE_RANGE:
                    out.append(f"{_class_char(item_av[0])}-{_class_char(item_av[1])}")
                elif item_op is sre.CATEGORY and item_av in _NARROW_CATEGORIES:
                    out.append(_CATEGORIES[item_av])
                else:  # a negated class, \w, a block of Hanzi: most characters pass, so no guard
                    raise _Unbounded
            return False
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unbounded
            if not _first(sub, out):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _first(av, out):
                return False
        elif op is sre.BRANCH:
            nullable = False
            for branch in av[1]:
                nullable = _first(branch, out) or nullable
            if not nullable:
                return False
        elif op in _REPEATS:
            low, _high, sub = av
            if not _first(sub, out) and low > 0:
                return False
        else:  # any character, a negated literal, a back reference, a conditional
            raise _Unbounded
    return True


@lru_cache(maxsize=16)
def _base_flags(flags: int) -> int:
    return int(sre_parse.parse("", flags).state.flags)


@lru_cache(maxsize=8192)
def first_char_guard(pattern: str, flags: int = 0) -> str | None:
    """``pattern`` behind a lookahead naming the characters every match starts with, or None when the guard
    would not help: sre already scans for a literal prefix or a first-character set of its own (a guard would
    hide it), the pattern can match the empty string, or its first characters cannot be put in a class.

    sre tries the whole pattern at each position of the text; a pattern whose first node is an alternation of
    classes, repeats or lookbehinds gets no prefix scan, and on a long script each failed try costs the
    alternation's every branch. ``(?=[…])(?:pattern)`` matches exactly what the pattern matches (the same
    spans, groups and group numbers: the lookahead consumes nothing and captures nothing), but a position
    whose character cannot start a match fails at the first test.
    """
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE) or parsed.state.flags != _base_flags(flags):
        return None  # case folding, or global inline flags (which must stay at the very start)
    if parsed.getwidth()[0] == 0:
        return None
    prefix, _skip, _all = sre_compile._get_literal_prefix(parsed, parsed.state.flags)
    if prefix or sre_compile._get_charset_prefix(parsed, parsed.state.flags):
        return None
    items: list[str] = []
    try:
        if _first(parsed, items):
            return None
    except _Unbounded:
        return None
    return "(?=[" + "".join(dict.fromkeys(items)) + "])(?:" + pattern + ")"


@lru_cache(maxsize=32768)
def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the first-character guard when it helps (``first_char_guard``).

    Cached without re's 512-entry limit: a pack's ~6,000 regexes are compiled again, unchanged, for every pack
    derived from it in the same process (the database copy of a repository pack, an officer's edit, a back-test
    draft), and parsing them was ~80 % of such a recompile (2 s of CPU each)."""
    guarded = first_char_guard(pattern, flags)
    return re.compile(guarded if guarded is not None else pattern, flags)


def guard_module_regexes(namespace: dict[str, Any]) -> None:
    """Recompile each compiled regex among a module's globals (or in a tuple of them) with its first-character
    guard (``compile_guarded``), in place: called once at the end of a module that searches whole texts."""
    for name, value in list(namespace.items()):
        guarded = _guarded(value)
        if guarded is not value:
            namespace[name] = guarded


def _guarded(value: Any) -> Any:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        pattern = first_char_guard(value.pattern, value.flags)
        return value if pattern is None else re.compile(pattern, value.flags)
    if type(value) is tuple:
        items = tuple(_guarded(x) for x in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    return value
