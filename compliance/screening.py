"""Screening text with the engine outside the publishing gate: chat lines, the script editor, warm-up.

Three things live here because they share one cache: the compiled form of each rule pack, per process, keyed
by the pack's content digest (``pack_compiled``), and nowhere else. ``text_check`` runs the engine on a text with
the active pack and stores nothing; ``audience_findings`` screens what customers type in a live room with the
audience pack; ``chat_pack_for_owner`` and ``chat_line_findings`` are the inline check of the host's lines,
read together with their recent lines (``claim_window``); ``engine_warm`` compiles the packs before the first
line needs them.

Customers' lines are not marketing, so the RM packs (cn, us) do not apply to them; but a viewer can post a
fraud lure, a private handle, a link, or pose as staff, and every other viewer would read it. The audience
pack (``compliance/engine/packs/audience.yaml``, versioned in the database like the others so officers can
edit and back-test it) finds those. A line with nothing in it costs a few microseconds (``bench/ingest.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from time import perf_counter
from typing import Any

from compliance import claim_window
from compliance.errors import ComplianceError
from compliance.models import RulePack
from compliance.services.rule_packs import (
    AUDIENCE_PACK,
    pack_active_cached,
    pack_for_author,
    pack_name_for,
    pack_names_for_author,
)
from core.exceptions import ApplicationError
from observability import metrics
from products.models import Product

#: The one cache of compiled packs in a process: content digest -> the engine's compiled pack.
_compiled_cache: dict[str, Any] = {}


def pack_compiled(pack: RulePack):
    """The engine's compiled form of ``pack`` (cached per process by content digest)."""
    compiled = _compiled_cache.get(pack.digest)
    if compiled is None:
        from compliance.engine import compile_pack

        compiled = compile_pack(pack.data)
        if len(_compiled_cache) > 32:
            _compiled_cache.clear()
        _compiled_cache[pack.digest] = compiled
    return compiled


@dataclass(frozen=True)
class CheckResult:
    pack: RulePack
    findings: list  # compliance.engine.Finding

    def to_dict(self) -> dict:
        return {
            "pack": {"name": self.pack.name, "version": self.pack.version},
            "findings": [finding_as_dict(f) for f in self.findings],
        }


def finding_as_dict(finding: Any) -> dict:
    return {
        "code": finding.code,
        "severity": str(getattr(finding.severity, "value", finding.severity)),
        "start": finding.start,
        "end": finding.end,
        "excerpt": finding.excerpt,
        "message": finding.message,
        "suggestion": finding.suggestion,
    }


def text_check(
    *,
    text: str,
    kind: str,
    products: Sequence[Product] | Sequence[dict] = (),
    customer_risk: str | None = None,
    pack_name: str | None = None,
) -> CheckResult:
    """Run the engine on ``text`` with the active pack; stores nothing. Safe for hot paths (chat)."""
    from compliance.engine import check

    pack = pack_active_cached(pack_name or pack_name_for())
    facts = [p.facts() if isinstance(p, Product) else p for p in products]
    try:
        findings = check(
            text, kind=kind, products=facts, customer_risk=customer_risk, pack=pack_compiled(pack)
        )
    except ValueError as exc:  # the engine's EngineError: bad kind, product facts or customer risk
        raise ApplicationError(str(exc), code=ComplianceError.INVALID_INPUT) from exc
    return CheckResult(pack=pack, findings=list(findings))


def audience_findings(text: str) -> list[dict]:
    """The audience pack's ``block``/``review`` findings on a customer's (already masked) text, as stored dicts."""
    started = perf_counter()
    result = text_check(text=text, kind="chat", pack_name=AUDIENCE_PACK)
    metrics.engine_checked("audience", perf_counter() - started)
    return [
        finding_as_dict(f)
        for f in result.findings
        if str(getattr(f.severity, "value", f.severity)) in ("block", "review")
    ]


def engine_warm() -> None:
    """Compile the active rule pack in this process before the first host line needs it.

    Compiling takes a second or more once per process; the fan-out calls this in a worker thread when
    a process opens its first room, so the first inline check (and the DB thread it runs on) does not
    wait for it. Closes this thread's database connections afterwards.

    It only reads: with no active pack in the database (a new install, or tables a test has just emptied) it
    does nothing, and the first line loads the packs from their files, because a process that is only starting
    must not write rows behind the back of whoever is filling the database.
    """
    from django.db import connections

    try:
        if not RulePack.objects.filter(is_active=True).exists():
            return
        text_check(text="欢迎来到直播间", kind="chat")
        audience_findings("欢迎来到直播间")  # viewers' lines pass the audience pack
    finally:
        connections.close_all()


# The active pack row holds the whole pack as JSON (milliseconds to load): host lines look up only the
# active version's digest and reuse its compiled form, so a rule change still applies from the next line.
# This index maps (active digest, active base digest) to (label, digest); the compiled pack itself is the one
# in ``_compiled_cache``.
_chat_packs: dict[tuple, tuple[str, str]] = {}


def chat_pack_for_owner(owner_id: int | None = None) -> tuple[str, Any]:
    """``(label, compiled pack)`` for lines in ``owner_id``'s rooms: their institution's (``pack_for_author``).

    Keyed by the active digests of the pack and of its base (one query): a derived ``<base>+<code>``
    pack is rebuilt as soon as its base pack gets a new version, not only when the words change.
    """
    name, base = pack_names_for_author(owner_id)
    digests = dict(
        RulePack.objects.filter(name__in={name, base}, is_active=True).values_list("name", "digest")
    )
    key = (digests.get(name), digests.get(base))
    hit = _chat_packs.get(key) if None not in key else None
    compiled = _compiled_cache.get(hit[1]) if hit is not None else None
    if hit is not None and compiled is not None:
        return hit[0], compiled
    pack = pack_for_author(owner_id)
    compiled = pack_compiled(pack)
    if len(_chat_packs) > 8:
        _chat_packs.clear()
    base_digest = pack.digest if base == name else digests.get(base)
    _chat_packs[(pack.digest, base_digest)] = (pack.label, pack.digest)
    return pack.label, compiled


def chat_pack_versions(owner_id: int | None) -> tuple[str, object, list[tuple[str, str]]]:
    """``chat_pack_for_owner`` with what it was derived from: ``(label, compiled, [(name, active digest), ...])``.

    For callers that keep the pack longer than one line (``studio.room_facts``): they must check that those
    digests are still the active ones before each use, so that a new pack version applies from the next line.
    The digests are read before and after the pack: a version activated meanwhile (or a derived pack made by
    this very call) reads again, so the digests returned are never newer than the compiled pack.
    """
    name, base = pack_names_for_author(owner_id)

    def active() -> dict[str, str]:
        return dict(
            RulePack.objects.filter(name__in={name, base}, is_active=True).values_list("name", "digest")
        )

    before = active()
    for _attempt in range(3):
        label, compiled = chat_pack_for_owner(owner_id)
        after = active()
        if after == before:
            break
        before = after
    return label, compiled, sorted(after.items())


def chat_line_findings(
    earlier: Sequence[str], text: str, *, owner_id: int | None, products: Iterable[Mapping[str, Any]]
) -> tuple[str, list[dict]]:
    """The inline check of a host's line read together with their recent lines (``earlier``, oldest first).

    Uses the owner's active rule pack (compiled once per process) and the featured products' facts; returns
    the pack's label and the findings that reach into this line, as stored dicts.
    """
    label, pack = chat_pack_for_owner(owner_id)
    findings = claim_window.window_findings(
        list(earlier), text, products=claim_window.as_products(products), pack=pack
    )
    return label, [finding_as_dict(finding) for finding in findings]


def line_findings(text: str, *, products: Iterable[Mapping[str, Any]]) -> list[dict]:
    """One line alone, with the default pack and ``products``' facts, as stored dicts (a customer's line to pin)."""
    from compliance import engine

    findings = engine.check_window(
        [text], kind="chat", pack=chat_pack_for_owner()[1], products=list(products)
    )
    return [finding_as_dict(finding) for finding in findings]
