"""Required literals of a regex: sets of strings such that every match contains one string of each.

``required_groups(re.compile("本金[^，]{0,6}(不会|没有)亏"))`` is (("不会亏", "没有亏"), ("本金",)): a text holding
no string of one set cannot match, so a pattern triggered by a phrase need not be searched. The analysis walks the
parsed regex (sre's parser) and is conservative: anything it does not understand (flags, classes of many
characters, back references) contributes no requirement, and a regex it cannot bound gets no set.
"""

from __future__ import annotations

import re
import unicodedata
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


# A module's regexes this long (word classes, frames) go behind a gate (``gated``); shorter ones cost less than it.
_GATE_MIN_LENGTH = 300
# Fewer alternatives than this are not worth the rewrite's parsing (a pack compiles thousands of regexes).
_FACTOR_MIN = 4


@lru_cache(maxsize=32768)
def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the first-character guard when it helps (``first_char_guard``).

    Cached without re's 512-entry limit: a pack's ~6,000 regexes are compiled again, unchanged, for every pack
    derived from it in the same process (the database copy of a repository pack, an officer's edit, a back-test
    draft), and parsing them was ~80 % of such a recompile (2 s of CPU each)."""
    guarded = first_char_guard(pattern, flags)
    return re.compile(guarded if guarded is not None else pattern, flags)


def guard_module_regexes(namespace: dict[str, Any]) -> None:
    """Recompile each compiled regex among a module's globals (or in a tuple of them) with its alternations
    written as tries (``factor_alternations``) and its first-character guard (``compile_guarded``), in place:
    called once at the end of a module that searches whole texts."""
    for name, value in list(namespace.items()):
        guarded = _guarded(value)
        if guarded is not value:
            namespace[name] = guarded


# The module and frame regexes rewritten by ``guard_module_regexes``, each with its pattern as written (the tests
# compare their matches).
REWRITTEN: dict[tuple[str, int], str] = {}


def _guarded(value: Any) -> Any:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        written = pattern = value.pattern
        factored = factor_alternations(pattern, value.flags) if pattern.count("|") >= _FACTOR_MIN else None
        pattern = factored or pattern
        guarded = first_char_guard(pattern, value.flags)
        if guarded is not None or factored is not None:
            value = re.compile(guarded or pattern, value.flags)
            REWRITTEN[(value.pattern, value.flags)] = written
        if len(pattern) >= _GATE_MIN_LENGTH:
            return gated(value)
        return value
    if type(value) is tuple:
        items = tuple(_guarded(x) for x in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    return value


# ---------------------------------------------------------------------------------------------------
# Alternations as tries: the same regex, with literal alternatives that share a first character factored.
#
# sre tries the alternatives of an alternation one by one at every position it reaches, so a word class of
# 200 phrases costs 200 tests per position (on an English line, where every letter may start one, 10-20 µs a
# search). ``a…|b…|a…`` is rewritten as ``a(?:…|…)|b…`` (recursively): the same matches, spans and groups.

_BRANCH_FLAGS = re.IGNORECASE | re.LOCALE | re.VERBOSE | re.DEBUG
_AT = {
    sre.AT_BEGINNING: "^",
    sre.AT_BEGINNING_STRING: r"\A",
    sre.AT_END: "$",
    sre.AT_END_STRING: r"\Z",
    sre.AT_BOUNDARY: r"\b",
    sre.AT_NON_BOUNDARY: r"\B",
}
_FLAG_LETTERS: tuple[tuple[int, str], ...] = (
    (re.IGNORECASE, "i"),
    (re.LOCALE, "L"),
    (re.MULTILINE, "m"),
    (re.DOTALL, "s"),
    (re.VERBOSE, "x"),
    (re.ASCII, "a"),
)


class _Unsupported(Exception):
    """A construct the rewrite leaves alone (back references, conditionals, case folding)."""


def _plain(sub: Any) -> list[tuple[Any, Any]]:
    """A parsed regex (sre's SubPattern) as plain lists and tuples, refusing what the rewrite does not handle."""
    out: list[tuple[Any, Any]] = []
    for op, av in sub:
        if op is sre.BRANCH:
            av = (None, [_plain(b) for b in av[1]])
        elif op is sre.SUBPATTERN:
            group, add_flags, del_flags, p = av
            if add_flags or del_flags:
                raise _Unsupported
            av = (group, 0, 0, _plain(p))
        elif op in _REPEATS:
            av = (av[0], av[1], _plain(av[2]))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            av = (av[0], _plain(av[1]))
        elif op is sre.ATOMIC_GROUP:
            av = _plain(av)
        elif op is sre.IN:
            av = tuple(av)
        elif op in (sre.GROUPREF, sre.GROUPREF_EXISTS, sre.GROUPREF_IGNORE):
            raise _Unsupported
        elif op not in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.AT):
            raise _Unsupported
        out.append((op, av))
    return out


def _char(code: int) -> str:
    c = chr(code)
    if c.isalnum() and c.isprintable() and not unicodedata.combining(c):
        return c
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


_CATEGORY_TEXT = {v: k for k, v in _CATEGORIES.items()}


def _unparse(seq: list[tuple[Any, Any]], names: dict[int, str], bare: bool = True) -> str:
    """The regex text of ``seq``; ``bare``: a lone alternation needs no group of its own (the whole pattern, a
    group's or a lookaround's body), unlike one that is an alternative of another."""
    if bare and len(seq) == 1 and seq[0][0] is sre.BRANCH:
        return "|".join(_unparse(b, names, False) for b in seq[0][1][1])
    return "".join(_unparse_node(op, av, names) for op, av in seq)


def _unparse_node(op: Any, av: Any, names: dict[int, str]) -> str:
    if op is sre.LITERAL:
        return _char(av)
    if op is sre.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is sre.ANY:
        return "."
    if op is sre.AT:
        return _AT[av]
    if op is sre.IN:
        parts = []
        for item_op, item_av in av:
            if item_op is sre.NEGATE:
                parts.append("^")
            elif item_op is sre.LITERAL:
                parts.append(_char(item_av))
            elif item_op is sre.RANGE:
                parts.append(f"{_char(item_av[0])}-{_char(item_av[1])}")
            elif item_op is sre.CATEGORY and item_av in _CATEGORIES:
                parts.append(_CATEGORIES[item_av])
            else:
                raise _Unsupported
        return "[" + "".join(parts) + "]"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_unparse(b, names, False) for b in av[1]) + ")"
    if op is sre.SUBPATTERN:
        group, _, _, p = av
        if group is None:
            return "(?:" + _unparse(p, names) + ")"
        return ("(?P<" + names[group] + ">" if group in names else "(") + _unparse(p, names) + ")"
    if op is sre.ATOMIC_GROUP:
        return "(?>" + _unparse(av, names) + ")"
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        direction, p = av
        head = {(sre.ASSERT, 1): "(?=", (sre.ASSERT, -1): "(?<=", (sre.ASSERT_NOT, 1): "(?!"}
        return head.get((op, direction), "(?<!") + _unparse(p, names) + ")"
    if op in _REPEATS:
        low, high, p = av
        if len(p) == 1 and p[0][0] in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN, sre.ATOMIC_GROUP):
            body = _unparse(p, names)
        elif len(p) == 1 and p[0][0] is sre.SUBPATTERN and p[0][1][0] is not None:
            body = _unparse(p, names)
        else:
            body = "(?:" + _unparse(p, names) + ")"
        if (low, high) == (0, sre.MAXREPEAT):
            suffix = "*"
        elif (low, high) == (1, sre.MAXREPEAT):
            suffix = "+"
        elif (low, high) == (0, 1):
            suffix = "?"
        elif high == sre.MAXREPEAT:
            suffix = f"{{{low},}}"
        elif low == high:
            suffix = f"{{{low}}}"
        else:
            suffix = f"{{{low},{high}}}"
        if op is sre.MIN_REPEAT:
            suffix += "?"
        elif op is sre.POSSESSIVE_REPEAT:
            suffix += "+"
        return body + suffix
    raise _Unsupported


def _first_set(seq: list[tuple[Any, Any]]) -> frozenset[int] | None:
    """The characters a match of ``seq`` can start with, or None when unknown (or it can match nothing)."""
    for op, av in seq:
        if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # consumes nothing
        if op is sre.LITERAL:
            return frozenset((av,))
        if op is sre.IN:
            chars: set[int] = set()
            for item_op, item_av in av:
                if item_op is sre.LITERAL:
                    chars.add(item_av)
                elif item_op is sre.RANGE and item_av[1] - item_av[0] < _WIDE_RANGE:
                    chars.update(range(item_av[0], item_av[1] + 1))
                else:
                    return None
            return frozenset(chars)
        if op is sre.SUBPATTERN:
            return _first_set(av[3])
        if op is sre.BRANCH:
            out: set[int] = set()
            for b in av[1]:
                f = _first_set(b)
                if f is None:
                    return None
                out |= f
            return frozenset(out)
        if op in _REPEATS and av[0] > 0:
            return _first_set(av[2])
        return None
    return None


def _has_groups(seq: list[tuple[Any, Any]]) -> bool:
    for op, av in seq:
        if op is sre.SUBPATTERN and (av[0] is not None or _has_groups(av[3])):
            return True
        if op is sre.BRANCH and any(_has_groups(b) for b in av[1]):
            return True
        if op in _REPEATS and _has_groups(av[2]):
            return True
        if op in (sre.ASSERT, sre.ASSERT_NOT) and _has_groups(av[1]):
            return True
        if op is sre.ATOMIC_GROUP and _has_groups(av):
            return True
    return False


def _factor_seq(seq: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for op, av in seq:
        if op is sre.BRANCH:
            alts = _factor_branch(av[1])
            if len(alts) == 1:
                out.extend(alts[0])  # one alternative left: a plain sequence
            else:
                out.append((op, (None, alts)))
        elif op is sre.SUBPATTERN:
            out.append((op, (av[0], 0, 0, _factor_seq(av[3]))))
        elif op in _REPEATS:
            out.append((op, (av[0], av[1], _factor_seq(av[2]))))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            out.append((op, (av[0], _factor_seq(av[1]))))
        elif op is sre.ATOMIC_GROUP:
            out.append((op, _factor_seq(av)))
        else:
            out.append((op, av))
    return out


def _factor_branch(alts: list[list[tuple[Any, Any]]]) -> list[list[tuple[Any, Any]]]:
    """Alternatives opening with the same literal, brought together and the literal factored out.

    sre tries alternatives in order and takes the first that leads to a match, so an alternative may move before
    an earlier one only when the two cannot both match at one position: it opens with a literal the other's first
    characters exclude. Alternatives with capturing groups stay where they are (group numbers follow the text).
    """
    slots: list[tuple[int | None, list[list[tuple[Any, Any]]]]] = []
    firsts: list[frozenset[int] | None] = []  # per slot: the first characters of all its alternatives
    for alt in alts:
        lit = alt[0][1] if alt and alt[0][0] is sre.LITERAL else None
        placed = False
        if lit is not None and not _has_groups(alt):
            for j in range(len(slots) - 1, -1, -1):
                if slots[j][0] == lit:
                    slots[j][1].append(alt)
                    placed = True
                    break
                f = firsts[j]
                if f is None or lit in f:
                    break  # cannot move before this one
        if not placed:
            slots.append((lit, [alt]))
            firsts.append(_first_set(alt))
    out: list[list[tuple[Any, Any]]] = []
    for lit, group in slots:
        if len(group) == 1:
            out.append(_factor_seq(group[0]))
            continue
        inner = _factor_branch([a[1:] for a in group])
        if len(inner) == 1:
            out.append([(sre.LITERAL, lit), *inner[0]])
        else:
            out.append([(sre.LITERAL, lit), (sre.SUBPATTERN, (None, 0, 0, [(sre.BRANCH, (None, inner))]))])
    return out


@lru_cache(maxsize=32768)
def factor_alternations(pattern: str, flags: int = 0) -> str | None:
    """``pattern`` with its alternations of literal-led alternatives written as tries, or None when nothing
    changes or the pattern uses what the rewrite leaves alone (case folding, back references, inline flags).

    Checked on the way: the pattern rebuilt from its parse without the rewrite must parse back to the same tree
    (so the rebuilding itself loses nothing), else None."""
    try:
        parsed = sre_parse.parse(pattern, flags)
        if parsed.state.flags & _BRANCH_FLAGS:
            return None
        names = {gid: name for name, gid in parsed.state.groupdict.items()}
        tree = _plain(parsed)
        if _plain(sre_parse.parse(_unparse(tree, names), flags)) != tree:
            return None
        # Inline global flags ((?m) at the start) are part of the parse state, not of the tree: written back.
        inline = "".join(letter for flag, letter in _FLAG_LETTERS if parsed.state.flags & flag & ~flags)
        factored = (f"(?{inline})" if inline else "") + _unparse(_factor_seq(tree), names)
        if _plain(sre_parse.parse(factored, flags)) == tree:
            return None
        if sre_parse.parse(factored, flags).state.flags != parsed.state.flags:
            return None
    except (_Unsupported, re.error, RecursionError, KeyError):
        return None
    return factored


# ---------------------------------------------------------------------------------------------------
# Gated regexes: a long alternation behind one search for the strings its alternatives require.

# The most a gate may cost (``_cost``: its strings weighed by how common they are): a gate that nearly every text
# passes only adds a search.
_GATE_COST = 300.0


def _trie_pattern(strings: set[str] | frozenset[str]) -> str:
    """An alternation that finds any of ``strings``, written as a trie (no string of the set holds another)."""
    trie: dict[str, Any] = {}
    for x in sorted(strings):
        node = trie
        for ch in x:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(ch) + walk(rest) for ch, rest in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return walk(trie)


def _rank(c: frozenset[str]) -> tuple[bool, float, list[str]]:
    return (not _telling(c), _cost(c), sorted(c))


@lru_cache(maxsize=4096)
def gate_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds, chosen alternative by alternative (the rarest set
    each names); None when an alternative names none or the union is too common to rule much out."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    items = list(parsed)
    while items and (items[0][0] in _ZERO_WIDTH or (len(items) == 1 and items[0][0] is sre.SUBPATTERN)):
        # A lookahead or anchor first (the first-character guard) consumes nothing: the match is the rest's.
        items = items[1:] if items[0][0] in _ZERO_WIDTH else list(items[0][1][3])
    alternatives = items[0][1][1] if len(items) == 1 and items[0][0] is sre.BRANCH else [items]
    analysis = _Analysis(())
    union: set[str] = set()
    for alt in alternatives:
        exact, required = analysis.sequence(alt)
        candidates: list[frozenset[str]] = [
            _minimal(c) for c in ([exact] if exact is not None else []) + required if _usable(c)
        ]
        if not candidates:
            return None
        best: frozenset[str] = min(candidates, key=_rank)
        union |= best
    union = set(_minimal(union))
    if not union or _cost(union) > _GATE_COST:
        return None
    return frozenset(union)


class GatedRegex:
    """A compiled regex behind a gate: a text holding none of the strings its matches need (``gate_strings``)
    cannot match, which one search of a trie decides, remembered for the last text (the detectors search one
    text many times). Answers as the regex itself would: ``search``, ``match``, ``fullmatch``, ``finditer``,
    ``findall``; anything else goes to the regex."""

    __slots__ = ("regex", "gate", "_memo")

    def __init__(self, regex: re.Pattern[str], gate: Any) -> None:
        self.regex = regex
        self.gate = gate
        self._memo: tuple[str | None, bool] = (None, False)  # one tuple: read and written whole (threads)

    def _open(self, string: str) -> bool:
        memo = self._memo
        if memo[0] is string:
            return memo[1]
        ok = self.gate(string) is not None
        self._memo = (string, ok)
        return ok

    def search(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.regex.search(string, *args, **kwargs) if self._open(string) else None

    def match(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.regex.match(string, *args, **kwargs) if self._open(string) else None

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.regex.fullmatch(string, *args, **kwargs) if self._open(string) else None

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return self.regex.finditer(string, *args, **kwargs) if self._open(string) else iter(())

    def findall(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        return self.regex.findall(string, *args, **kwargs) if self._open(string) else []

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groups, sub, split…
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"GatedRegex({self.regex!r})"


def gated(regex: re.Pattern[str]) -> re.Pattern[str] | GatedRegex:
    """``regex`` behind its gate (``GatedRegex``), or itself when no gate can be named."""
    strings = gate_strings(regex.pattern, regex.flags)
    if strings is None:
        return regex
    return GatedRegex(regex, re.compile(_trie_pattern(strings)).search)
