"""Rule packs: plain data (YAML in the repository, or rebuilt from the database) compiled for matching.

``load_pack_data(name)`` returns a JSON-serialisable dict; ``compile_pack(data)`` turns such a dict into a
``CompiledPack`` (an Aho-Corasick automaton over every phrase, trigger and exclusion, plus the regexes),
cached by content hash so that recompiling unchanged data is cheap. ``get_pack(name)`` is the compiled
repository pack.

It is longer than most modules (~680 lines) because loading, validating, merging included files and compiling
are one contract: the officer's rule editor and back-test compile the same dicts, so the checks live beside the
compiler rather than in a second module that could drift from it.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick_rs
import yaml

from .literals import compile_guarded, gated, required_groups
from .model import LinearModel, model_for
from .normalize import normalize
from .phonetics import homophones, lexicon_variants, pinyin_variants
from .types import KINDS, SEVERITIES, PackError

PACK_DIR = Path(__file__).resolve().parent / "packs"

# Entry flags on automaton phrases.
PROTECTED_OK = 1  # allowed when the attached product is principal-protected
INITIALS = 2  # pinyin initials (bb, wfx): needs a financial context; reported as review
HOMOPHONE = 4  # generated homophone spelling
LEFT_B = 8  # starts with a Latin letter or digit: needs a word boundary on the left
RIGHT_B = 16  # ends with a Latin letter or digit: needs a word boundary on the right
EXTRA = 32  # from a bank word list

LEX, TRIG, EXCL, SIG = 0, 1, 2, 3

MACROS = {
    "{C}": r"[^，,。!！?？;；\n|｜]",
    "{S}": r"[^。!！?？;；\n]",
    "{N}": r"(?:(?<![\d.])\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万点]+)",
}

# Signals: phrases whose presence lets a built-in detector run at all (keeps clean chat lines cheap).
SIGNALS = {
    "figure": [
        "%",
        "百分之",
        "个点",
        "个百分点",
        "个半点",
        "个多点",
        "涨个",
        "赚个",
        "个多百分点",
        "percent",
        "per cent",
        "point",
        # English figures said without a unit (figures._EN_BARE_FWD, _EN_LABELLED_BARE): "benchmark's 3.1 to 4.2",
        # "lands closer to four and a quarter".
        "benchmark",
        "and a half",
        "and a quarter",
        "three-quarters",
        "three quarters",
        "north of",
        "closer to",
        "upwards of",
        "walk away with",
        "end up with",
        "ends up",
        "lands",
        "clears",
        "honest read",
        "基准",
        "做到",
        "拿到",
        "达到",
        "跑到",
        "冲到",
        "摸到",
        "能到",
        "涨到",
        "冲击",
        "年化",
    ],
    "level": [
        "风险等级是",
        "风险等级为",
        "风险等级：",
        "风险等级:",
        "风险级别是",
        "风险评级是",
        "r-1",
        "r-2",
        "r-3",
        "r-4",
        "r-5",
        "r‐1",
        "r‐2",
        "r‐3",
        "r‐4",
        "r‐5",
        "r1",
        "r2",
        "r3",
        "r4",
        "r5",
        "pr1",
        "pr2",
        "pr3",
        "pr4",
        "pr5",
        "r 1",
        "r 2",
        "r 3",
        "r 4",
        "r 5",
        "一级",
        "二级",
        "三级",
        "四级",
        "五级",
        "低风险",
        "中风险",
        "高风险",
        "中等风险",
        "on our scale",
        "on the scale",
        "on our risk scale",
        "on its scale",
        "risk scale",
        "point scale",
        "risk level",
        "risk rating",
        "risk category",
        "risk:",
        "risk-wise",
        "risk wise",
        "risk :",
        "moderate-risk",
        "moderate risk",
        "medium-risk",
        "medium risk",
        "low-risk",
        "low risk",
        "low-moderate risk",
        "moderate-high risk",
        "medium-high risk",
    ],
    "best": ["最好", "最高", "best"],
    "kind": ["混合", "股票型", "纯债", "债券型", "债基", "理财产品"],
    "code": ["代码", "编码", "产品号", "基金号"],
    "term": [
        "持有满",
        "开放一次",
        "最短持有",
        "存款是",
        "理财是",
        "产品是",
        "这款是",
        "这期是",
        "期限为",
        "持有期",
        "封闭期",
        "定开",
        "定期开放",
        "锁定期",
        "期限",
        "就能赎回",
        "就可以赎回",
        "就能取",
        "就能卖",
        "-day",
        "-month",
        "-year",
        "-week",
        "day product",
        "month product",
        "year product",
        "day deal",
        "month deal",
        "year deal",
        "day term",
        "month term",
        "year term",
        "term is",
        "term of",
        "holding period is",
        "holding period of",
    ],
    "title": [
        "client",
        "customer",
        "investor",
        "mr",
        "mrs",
        "ms",
        "dr",
        "thanks to",
        "thank you",
        "shout",
        "congrat",
        "welcome",
        "@",
        "balance",
        "$",
        "street",
        "avenue",
        "401(k)",
    ],
    "liquidity": [
        "随时",
        "什么时候",
        "任何时候",
        "啥时候",
        "想取",
        "想用就",
        "随取",
        "随用随",
        "要用就取",
        "用钱就取",
        "随存",
        "灵活",
        "限制",
        "门槛",
        "提前赎回",
        "说一声",
        "打个招呼",
        "随时能用",
        "withdraw",
        "access your money",
        "lock",
        "restriction",
        "whenever",
        "take it out",
        "anytime",
        "any time",
        "money out",
        "out early",
        "out sooner",
        "penalty",
        "no charge",
        "charge you",
        "费用",
        "免费",
        "手续费",
        "fee",
        "free",
        "就能赎回",
        "可以赎回",
        "帮您赎回",
        "帮你赎回",
        "赎出",
        "领取",
        "领出",
        "取出",
        "提前",
        "申赎",
        "没有时间限制",
        "surrender fee",
        "surrender charge",
        "no fees",
        "no charges",
        "拿出来",
        "取出来",
        "申请赎回",
        "可以赎回",
        "能赎回",
        "很灵活",
        "申购费",
        "赎回费",
        "零成本",
        "零费率",
        "不收",
        "without paying",
        "call me if",
        "flexible",
        "negotiable",
        "need out",
        "out early",
        "something out",
        "any time",
        "anytime",
        "formality",
        "get out",
        "pull out",
        "cash out",
        "get you out",
        "redeem",
        "penalty",
        "surrender",
        "中途",
        "退出",
        "我来安排",
        "全程",
        "一分钱",
        "锁死",
        "锁住",
        "锁不住",
        "特批",
        "fully liquid",
        "any day",
        "daily liquidity",
        "exception",
        "released",
        "processed",
        "early",
        "liquid",
        "zero cost",
        "costs nothing",
        # packs/english_r10b.yaml: the lock-up waved off in chat English (no penalties if you dip into it, nothing's
        # tied up, money comes back next day, a way out early, take it when you want).
        "penalties",
        "tied up",
        "comes back",
        "next day",
        "dip into",
        "without losing",
        "way out",
        "when you want",
        "when you like",
        "goes through",
        "go through",
        "it says",
        "scare you",
        "money back",
        "questions asked",
        "as you please",
        "at will",
        "access to",
        "non-issue",
        "locked",
        "cost you nothing",
        # packs/meaning.yaml: the lock-up denied in other words (流动性很好, 不会被锁死, 找我走绿色通道).
        "流动性",
        "灵活性",
        "变现",
        "被锁",
        "不用锁",
        "不会锁",
        "套住",
        "套死",
        "当活期",
        "当成活期",
        "形同虚设",
        "走个形式",
        "摆设",
        "没有损失",
        "没有任何损失",
        "没损失",
        "零损失",
        "无损",
        "不扣",
        "放满",
        "拿满",
        "等满",
        "不用等",
        "不必等",
        "无需等",
        "不需要等",
        "不用放",
        "不用持有",
        "不用拿满",
        "等到期",
        "那么久",
        "卖掉",
        "转让",
        "找我",
        "跟我说",
        "联系我",
        "想办法",
        "通道",
        "通融",
        "不影响",
        "原则上",
        "按理说",
        "规定上",
        "总有办法",
        "有的是办法",
        "您懂的",
        "你懂的",
        "都行",
        "没有锁定",
        "没有封闭",
        "无锁定",
        "没锁定",
        "没有任何锁定",
        "t+0",
        "今天赎",
        "今天卖",
        "实时到账",
        "秒到账",
        "想取",
        "想赎",
        "想卖",
        "写着",
        "写的是",
        "名字里",
        "名义上",
        "理论上",
        "当天",
        "第二天",
        "马上",
    ],
}

# Rule fields holding regex lists, compiled into ``CompiledRule.regexes`` for the built-in detectors.
REGEX_LIST_FIELDS = (
    "disclaimers",
    "best_only",
    "worst",
    "lockup",
    "liquidity",
    "liquidity_en",
    "fees",
    "periods",
    "exclude_sentence",
    "absolute",
    "recommend_re",
    "refuse_re",
    "lockup_denial",
    "push_past_en",
    "redirect_en",
    "other_product_en",
)

DETECTION_LIST_FIELDS = ("lexicon", "lexicon_protected_ok", "pinyin", "pinyin_exclude", "exclude")


_MACRO_NAME = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def pack_macros(settings: dict[str, Any]) -> dict[str, str]:
    """The built-in macros plus the pack's word classes (``settings.macros``: NAME → regex, may use others)."""
    macros = dict(MACROS)
    for name, value in (settings.get("macros") or {}).items():
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", str(name)):
            raise PackError(f"settings.macros: bad macro name {name!r} (upper case letters, digits, _)")
        macros["{" + str(name) + "}"] = "(?:" + str(value) + ")"
    return macros


_BRACES = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def expand_braces(text: str) -> list[str]:
    """Trigger shorthand: ``{没有|没}{|任何}亏`` → 没有亏, 没有任何亏, 没亏, 没任何亏 (alternatives in braces)."""
    m = _BRACES.search(text)
    if m is None:
        return [text]
    out: list[str] = []
    for alt in m.group(1).split("|"):
        out.extend(expand_braces(text[: m.start()] + alt + text[m.end() :]))
    return out


def _expand(regex: str, macros: dict[str, str] = MACROS) -> str:
    for _ in range(4):  # word classes may be built from other word classes
        if "{" not in regex:
            break
        regex = _MACRO_NAME.sub(lambda m: macros.get(m.group(0), m.group(0)), regex)
    return regex


def _compile_re(regex: str, where: str, macros: dict[str, str] = MACROS) -> re.Pattern[str]:
    try:
        return compile_guarded(_expand(regex, macros))
    except re.error as exc:
        raise PackError(f"{where}: bad regular expression {regex!r}: {exc}") from None


# ---------------------------------------------------------------------------------------------------
# Loading


# libyaml's parser when PyYAML was built with it: the same safe subset, ~10x faster. The pure-Python one took
# ~1 s of a process's warm-up compile, which a fresh server process runs beside its first join storm.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKey(yaml.YAMLError):
    def __init__(self, key: Any, line: int) -> None:
        super().__init__(f"duplicate key {key!r} on line {line}")
        self.key, self.line = key, line


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """The safe loader (libyaml's parser when available), refusing a key given twice in one mapping: plain
    YAML keeps the last value, so a rule written twice would silently lose its first half."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # << merges: keys they bring may be overridden
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
                seen.add(key)
            except TypeError:  # an unhashable key: the base constructor reports it
                continue
            if duplicate:
                raise _DuplicateKey(key, key_node.start_mark.line + 1)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_UniqueKeyLoader)  # noqa: S506 - a safe loader, the C one when available
    except FileNotFoundError:
        raise PackError(f"rule pack file not found: {path}") from None
    except _DuplicateKey as exc:
        raise PackError(f"{path.name}: {exc}") from None
    except yaml.YAMLError as exc:
        raise PackError(f"{path.name}: invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise PackError(f"{path.name}: the top level must be a mapping")
    return data


def read_word_list(path: Path) -> list[list[str]]:
    """Read a bank word list: ``phrase<TAB>code`` per line, ``#`` comments; returns [[phrase, code], ...]."""
    entries: list[list[str]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
                raise PackError(f"{path.name}:{lineno}: expected 'phrase<TAB>code', got {line!r}")
            entries.append([parts[0].strip(), parts[1].strip()])
    return entries


def _merge_rule(into: dict[str, Any], extra: dict[str, Any]) -> None:
    """Add an included file's rule data: lists are appended, anything else fills in what is missing."""
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(into.get(key), list):
            into[key] = into[key] + [v for v in value if v not in into[key]]
        elif isinstance(value, dict) and isinstance(into.get(key), dict):
            merged = copy.deepcopy(into[key])  # warnings: {any_en: [...]}: each list is appended too
            _merge_rule(merged, value)
            into[key] = merged
        elif key not in into:
            into[key] = copy.deepcopy(value)


def _read_base(name: str) -> dict[str, Any]:
    """A base file with the files it lists under ``include`` merged in (claims.yaml into common.yaml)."""
    base = _read_yaml(PACK_DIR / name)
    rules = base.setdefault("rules", {}) or {}
    settings = base.setdefault("settings", {}) or {}
    for inc in base.get("include") or []:
        part = _read_yaml(PACK_DIR / inc)
        for key, value in (part.get("settings") or {}).items():
            if isinstance(value, dict) and isinstance(settings.get(key), dict):
                settings[key] = {**settings[key], **value}
            elif isinstance(value, list) and isinstance(settings.get(key), list):
                settings[key] = settings[key] + [v for v in value if v not in settings[key]]
            else:
                settings[key] = value
        for code, rule in (part.get("rules") or {}).items():
            _merge_rule(rules.setdefault(code, {}), rule or {})
    base["rules"], base["settings"] = rules, settings
    return base


@lru_cache(maxsize=8)
def _load_pack_data_cached(name: str) -> str:
    if not re.fullmatch(r"[a-z0-9_-]+", name or ""):
        raise PackError(f"unknown rule pack {name!r}")
    path = PACK_DIR / f"{name}.yaml"
    if not path.exists():
        raise PackError(f"unknown rule pack {name!r}")
    pack = _read_yaml(path)
    base = _read_base(pack["base"]) if pack.get("base") else {"rules": {}, "settings": {}}
    language = pack.get("language", "zh")
    overrides = pack.get("rules") or {}
    rules = []
    for code, rule in (base.get("rules") or {}).items():
        merged = {"code": code, **copy.deepcopy(rule), **copy.deepcopy(overrides.get(code) or {})}
        lang = "zh" if language == "zh" else "en"
        merged["message"] = merged.get(f"message_{lang}") or merged.get("message_en", "")
        merged["suggestion"] = merged.get(f"suggestion_{lang}") or merged.get("suggestion_en", "")
        merged.setdefault("enabled", True)
        rules.append(merged)
    for code, rule in overrides.items():
        if code not in (base.get("rules") or {}):
            rules.append({"code": code, "enabled": True, **copy.deepcopy(rule)})
    extra: list[list[str]] = []
    for rel in pack.get("word_lists") or []:
        p = PACK_DIR / rel
        if p.exists():
            extra.extend(read_word_list(p))
    data = {
        "name": pack.get("name", name),
        "version": str(pack.get("version", "0")),
        "language": language,
        "auto_publish_kinds": list(pack.get("auto_publish_kinds") or []),
        "settings": {**(base.get("settings") or {}), **(pack.get("settings") or {})},
        "rules": rules,
        "extra_words": extra,
    }
    return json.dumps(data, ensure_ascii=False)


def load_pack_data(name: str) -> dict[str, Any]:
    """The repository pack ``name`` ("cn" or "us") as plain JSON-serialisable data (a fresh copy)."""
    data: dict[str, Any] = json.loads(_load_pack_data_cached(name))
    return data


# ---------------------------------------------------------------------------------------------------
# Compiling


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    code: str
    regex: re.Pattern[str]
    protected_ok: bool
    negatable: bool
    figure: bool
    short_window: bool
    digits: int  # > 0: run only when the text has a run of at least this many digits
    inner_negation_ok: bool  # negators inside the match are part of the phrase (亏不了, 千万别买)
    needs: tuple[str, ...]  # signals that must be present for the pattern to run ("figure", "digit")


@dataclass(frozen=True)
class CompiledRule:
    code: str
    severity: str
    kinds: frozenset[str]
    message: str
    suggestion: str
    negatable: bool
    data: dict[str, Any]
    regexes: dict[str, Any] = field(default_factory=dict)  # named regexes for the built-in detectors


@dataclass(frozen=True)
class CompiledPack:
    name: str
    version: str
    language: str
    digest: str
    auto_publish_kinds: tuple[str, ...]
    rules: dict[str, CompiledRule]
    settings: dict[str, Any]
    automaton: Any
    entries: tuple[tuple[tuple[int, Any, int], ...], ...]
    patterns: tuple[CompiledPattern, ...]
    untriggered: tuple[int, ...]
    always: tuple[int, ...]  # untriggered patterns without a digits gate
    leet_words: frozenset[str]
    phrase_count: int
    # Per pattern, the bound ``search`` of a regex for each set of strings every match holds one of
    # (``literals.py``): a triggered pattern whose text holds no string of one set is not searched.
    required: tuple[tuple[Any, ...], ...] = ()
    # The same sets for long texts, where one scan beats a search per set: an automaton over every required
    # string, and per pattern its sets as frozensets of that automaton's key indices (None: a set with a single
    # character, tested by its ``required`` search instead).
    required_keys: tuple[tuple[frozenset[int] | None, ...], ...] = ()
    required_scan: Any = None
    triggers: tuple[tuple[str, ...], ...] = ()  # per pattern, the phrases that let it run
    # Per automaton key, for the chat gate (``evaluate.quiet``): the patterns it triggers, or None when it is
    # also a lexicon phrase or a signal (a line holding it needs the full run).
    gate: tuple[tuple[int, ...] | None, ...] = ()
    # Per automaton key that triggers patterns, the bound ``search`` of one regex over a required set of each
    # (``_gate_filter``): no match, and none of them can match (None when one of them has no such set).
    gate_filters: tuple[Any, ...] = ()
    searches: tuple[Any, ...] = ()  # each pattern's bound ``regex.search``
    model: LinearModel | None = None  # the statistical last layer (settings.stat_model), review only
    # The kinds the model runs on (``settings.stat_model.kinds``, default all); none without a model.
    model_kinds: frozenset[str] = frozenset()

    def rule(self, code: str) -> CompiledRule | None:
        return self.rules.get(code)


_COMPILED: OrderedDict[str, CompiledPack] = OrderedDict()
_COMPILED_MAX = 16


def _flags_for(phrase: str) -> int:
    flags = 0
    if phrase and (phrase[0].isascii() and phrase[0].isalnum()):
        flags |= LEFT_B
    if phrase and (phrase[-1].isascii() and phrase[-1].isalnum()):
        flags |= RIGHT_B
    return flags


def _regex_list(rule: dict[str, Any], key: str, macros: dict[str, str] = MACROS) -> Any:
    """A rule's regex list as one regex, behind a gate when its alternatives each need a string
    (``literals.gated``: a text with none of them is answered without searching)."""
    items = rule.get(key)
    if not items:
        return None
    if isinstance(items, str):
        items = [items]
    regex = "|".join(f"(?:{_expand(x, macros)})" for x in items)
    return gated(_compile_re(regex, f"{rule['code']}.{key}", macros))


def compile_pack(data: dict[str, Any]) -> CompiledPack:
    """Compile pack data (the shape ``load_pack_data`` returns); cached by content hash."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise PackError("pack data must be a mapping with a 'rules' list")
    try:
        blob = json.dumps(data, sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise PackError(f"pack data must be JSON-serialisable: {exc}") from None
    digest = hashlib.sha256(blob.encode()).hexdigest()
    cached = _COMPILED.get(digest)
    if cached is not None:
        _COMPILED.move_to_end(digest)
        return cached
    pack = _compile(data, digest)
    _COMPILED[digest] = pack
    while len(_COMPILED) > _COMPILED_MAX:
        _COMPILED.popitem(last=False)
    return pack


def _compile(data: dict[str, Any], digest: str) -> CompiledPack:
    language = data.get("language", "zh")
    settings = data.get("settings") or {}
    if not settings:
        settings = _default_settings()
    macros = pack_macros(settings)
    rules: dict[str, CompiledRule] = {}
    phrase_entries: dict[str, list[tuple[int, Any, int]]] = {}
    patterns: list[CompiledPattern] = []
    untriggered: list[int] = []
    leet_words: set[str] = set()

    def add(phrase: str, entry: tuple[int, Any, int]) -> None:
        norm = normalize(phrase).text.strip()
        if not norm:
            return
        flags = _flags_for(norm)
        phrase_entries.setdefault(norm, []).append((entry[0], entry[1], entry[2] | flags))

    for i, raw in enumerate(data["rules"]):
        if not isinstance(raw, dict) or not raw.get("code"):
            raise PackError(f"rule #{i + 1} has no code")
        code = str(raw["code"])
        if code in rules:
            raise PackError(f"duplicate rule code {code!r}")
        if raw.get("enabled", True) is False:
            continue
        severity = raw.get("severity", "review")
        if severity not in SEVERITIES:
            raise PackError(f"{code}: severity must be one of {', '.join(SEVERITIES)}, got {severity!r}")
        kinds = raw.get("kinds") or list(KINDS)
        bad = [k for k in kinds if k not in KINDS]
        if bad:
            raise PackError(f"{code}: unknown kinds {bad}")
        for key in DETECTION_LIST_FIELDS:
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
                raise PackError(f"{code}.{key} must be a list of strings")
        negatable = bool(raw.get("negatable", True))
        rule = CompiledRule(
            code=code,
            severity=severity,
            kinds=frozenset(kinds),
            message=str(
                raw.get("message") or raw.get(f"message_{'zh' if language == 'zh' else 'en'}") or code
            ),
            suggestion=str(
                raw.get("suggestion") or raw.get(f"suggestion_{'zh' if language == 'zh' else 'en'}") or ""
            ),
            negatable=negatable,
            data=raw,
        )
        rules[code] = rule
        protected_set = set(raw.get("lexicon_protected_ok", []))
        stop = set(raw.get("pinyin_exclude") or [])
        core_set = set(raw.get("pinyin", []))
        for phrase in raw.get("lexicon", []):
            add(phrase, (LEX, code, 0))
        for phrase in raw.get("lexicon_protected_ok", []):
            add(phrase, (LEX, code, PROTECTED_OK))
        # Every Chinese phrase of three or more characters also gets its pinyin and homophone spellings
        # (rules.md §4.6–4.7: 加我威信, 吴风险); two-character phrases only when listed under ``pinyin``
        # (a two-character homophone is too often an ordinary word).
        for phrase in raw.get("lexicon", []) + raw.get("lexicon_protected_ok", []):
            if phrase in core_set or len(phrase) < 3:
                continue
            flag = PROTECTED_OK if phrase in protected_set else 0
            for sp in lexicon_variants(phrase):
                if not any(w in sp for w in stop):
                    add(sp, (LEX, code, flag | HOMOPHONE))
        for core in raw.get("pinyin", []):
            flag = PROTECTED_OK if core in protected_set else 0
            spellings, initials = pinyin_variants(core)
            for sp in spellings:
                add(sp, (LEX, code, flag))
            for sp in initials:
                add(sp, (LEX, code, flag | INITIALS))
            for sp in homophones(core):
                if not any(w in sp for w in stop):
                    add(sp, (LEX, code, flag | HOMOPHONE))
        for phrase in raw.get("exclude", []):
            add(phrase, (EXCL, code, 0))
        for j, pat in enumerate(raw.get("patterns", []) or []):
            if not isinstance(pat, dict) or not isinstance(pat.get("re"), str):
                raise PackError(f"{code}.patterns[{j}] needs a 're' string")
            cp = CompiledPattern(
                code=code,
                regex=_compile_re(pat["re"], f"{code}.patterns[{j}]", macros),
                protected_ok=bool(pat.get("protected_ok", False)),
                negatable=bool(pat.get("negatable", negatable)),
                figure=bool(pat.get("figure", False)),
                short_window=bool(pat.get("short_window", False)),
                digits=int(pat.get("digits", 0)),
                inner_negation_ok=bool(pat.get("inner_negation_ok", False)),
                needs=tuple(pat.get("needs") or ()),
            )
            unknown = [n for n in cp.needs if n not in SIGNALS and n != "digit"]
            if unknown:
                raise PackError(f"{code}.patterns[{j}]: unknown signals in 'needs': {unknown}")
            idx = len(patterns)
            patterns.append(cp)
            triggers = pat.get("any") or []
            if not triggers:
                untriggered.append(idx)  # gated by ``digits`` or always run
            for t in [x for trig in triggers for x in expand_braces(str(trig))]:
                norm = normalize(str(t)).text
                if norm:
                    phrase_entries.setdefault(norm, []).append((TRIG, idx, 0))
        for key in REGEX_LIST_FIELDS:
            compiled = _regex_list(raw, key, macros)
            if compiled is not None:
                rule.regexes[key] = compiled
        names = raw.get("names") or {}
        if names.get("surnames_zh") and names.get("titles_zh"):
            rule.regexes["name_zh"] = re.compile(
                f"[{re.escape(names['surnames_zh'])}][\u4e00-\u9fff]{{1,2}}(?:{'|'.join(map(re.escape, names['titles_zh']))})"
            )
        for key in ("amount_zh", "amount_en"):
            if names.get(key):
                rule.regexes[key] = _compile_re(names[key], f"{code}.names.{key}", macros)
        warnings = raw.get("warnings") or {}
        for ptype, items in warnings.items():
            rule.regexes[f"warn_{ptype}"] = _regex_list({"code": code, "w": items}, "w", macros)
        for phrase in raw.get("lexicon", []) + raw.get("lexicon_protected_ok", []):
            for word in re.findall(r"[a-z]{3,}", phrase.lower()):
                leet_words.add(word)

    for phrase, code in data.get("extra_words") or []:
        if code not in rules:
            if any(r.get("code") == code for r in data["rules"]):
                continue  # the rule is disabled
            raise PackError(f"word list entry {phrase!r}: unknown rule code {code!r}")
        add(phrase, (LEX, code, EXTRA))

    for name, words in SIGNALS.items():
        for w in words:
            flags = LEFT_B if w[:1].isascii() and w[:1].isalpha() else 0  # prefixes: "fee" also finds "fees"
            phrase_entries.setdefault(w, []).append((SIG, name, flags))
    for rule in rules.values():
        titles = (rule.data.get("names") or {}).get("titles_zh") or []
        for w in titles:
            phrase_entries.setdefault(w, []).append((SIG, "title", 0))
        for key in ("recommend", "refuse", "understate_zh", "understate_en"):
            for w in [x for item in rule.data.get(key) or [] for x in expand_braces(str(item))]:
                norm = normalize(w).text
                if norm:
                    name = "understate" if key.startswith("understate") else key
                    phrase_entries.setdefault(norm, []).append((SIG, name, _flags_for(norm)))

    triggers_of: dict[int, list[str]] = {}
    for key, key_entries in phrase_entries.items():
        for etype, target, _ in key_entries:
            if etype == TRIG:
                triggers_of.setdefault(target, []).append(key)
    triggers = tuple(tuple(triggers_of.get(i, ())) for i in range(len(patterns)))
    groups = [required_groups(p.regex, t) for p, t in zip(patterns, triggers, strict=True)]
    for i, p in enumerate(patterns):
        # A pattern that needs a digit holds one in every text it runs on: a required set of its own, so the chat
        # gate rules it out for a line without digits even when its regex yields no required string.
        if "digit" in p.needs and len(groups[i]) < 2:
            groups[i] = (*groups[i], _DIGIT_STRINGS)
    # For long texts, one scan for every required string, except the sets holding a single character (收, 不, a
    # digit): those are in most long texts and their matches filled two thirds of a 5,000-character script's scan;
    # a search for one of them stops at the first (``required``), so they are tested that way there.
    required_index: dict[str, int] = {}
    for pattern_groups in groups:
        for group in pattern_groups[:2]:
            if min(map(len, group)) > 1:
                for x in group:
                    required_index.setdefault(x, len(required_index))
    keys = list(phrase_entries)
    automaton = _automaton(keys) if keys else None
    entries = tuple(tuple(phrase_entries[k]) for k in keys)
    gate = tuple(_gate_entry(e) for e in entries)
    model = model_for(settings, language)
    return CompiledPack(
        name=str(data.get("name", "")),
        version=str(data.get("version", "")),
        language=language,
        digest=digest,
        auto_publish_kinds=tuple(data.get("auto_publish_kinds") or ()),
        rules=rules,
        settings=settings,
        automaton=automaton,
        entries=entries,
        patterns=tuple(patterns),
        untriggered=tuple(untriggered),
        always=tuple(i for i in untriggered if patterns[i].digits == 0),
        leet_words=frozenset(leet_words),
        phrase_count=len(keys),
        required=tuple(tuple(_any_of(group).search for group in g[:2]) for g in groups),
        required_keys=tuple(
            tuple(
                frozenset(required_index[x] for x in group) if min(map(len, group)) > 1 else None
                for group in g[:2]
            )
            for g in groups
        ),
        required_scan=_automaton(list(required_index)) if required_index else None,
        triggers=triggers,
        gate=gate,
        gate_filters=tuple(_gate_filter(key, pids, groups) for key, pids in zip(keys, gate, strict=True)),
        searches=tuple(p.regex.search for p in patterns),
        model=model,
        model_kinds=(
            frozenset((settings.get("stat_model") or {}).get("kinds") or KINDS)
            if model is not None
            else frozenset()
        ),
    )


_DIGIT_STRINGS = tuple("0123456789０１２３４５６７８９")


def _automaton(keys: list[str]) -> Any:
    """An Aho-Corasick automaton over ``keys`` in the contiguous layout: the same matches as the default one, in
    less than half its memory (13 MB rather than 30 for the CN pack with a 10,000-word bank list), scanned as fast."""
    return ahocorasick_rs.AhoCorasick(keys, implementation=ahocorasick_rs.Implementation.ContiguousNFA)


@lru_cache(maxsize=8192)
def _any_of(strings: tuple[str, ...]) -> re.Pattern[str]:
    """A regex that finds any of ``strings``, written as a trie: sre tries the branches of an alternation one
    by one, so shared prefixes are tested once (cached: recompiles share most of them)."""
    trie: dict[str, Any] = {}
    for x in strings:
        node = trie
        for ch in x:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(_trie_regex(trie))


def _trie_regex(node: dict[str, Any]) -> str:
    """The alternation of the strings below ``node`` (``""`` marks a string's end)."""
    if "" in node:
        return ""  # a string ends here: finding the prefix is enough, whatever follows
    branches = [re.escape(ch) + _trie_regex(rest) for ch, rest in sorted(node.items())]
    if len(branches) <= 1:
        return "".join(branches)
    return "(?:" + "|".join(branches) + ")"


def _gate_filter(key: str, pids: tuple[int, ...] | None, groups: list[tuple[tuple[str, ...], ...]]) -> Any:
    """For each pattern ``key`` triggers, its rarest required set that ``key`` does not already hold a string of;
    one regex over them all (None when a pattern has no such set)."""
    if not pids:
        return None
    strings: set[str] = set()
    for pid in pids:
        group = next((g for g in groups[pid] if not any(x in key for x in g)), None)
        if group is None:
            return None
        strings.update(group)
    return _any_of(tuple(sorted(strings))).search


def _gate_entry(entries: tuple[tuple[int, Any, int], ...]) -> tuple[int, ...] | None:
    if any(etype not in (TRIG, EXCL) for etype, _, _ in entries):
        return None
    return tuple(target for etype, target, _ in entries if etype == TRIG)


def _default_settings() -> dict[str, Any]:
    return _read_base("common.yaml").get("settings") or {}


@lru_cache(maxsize=8)
def _get_pack_cached(name: str) -> CompiledPack:
    return compile_pack(load_pack_data(name))


def get_pack(name: str) -> CompiledPack:
    """The compiled repository pack ``name`` (cached for the life of the process)."""
    return _get_pack_cached(name)
