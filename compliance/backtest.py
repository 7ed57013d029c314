"""Measuring and back-testing rule packs, for officers in admin.

- ``labelled_eval``: score a labelled JSON-lines corpus (the corpus format, ``expect`` labels) with a pack
  version, by the same function as ``python -m compliance.engine --eval`` (per-code precision and recall,
  recall over expected codes, clean precision).
- ``backtest_start`` / ``backtest_run``: run a pack version (usually a draft) over what was archived in a
  date range — RM chat lines and submissions for the RM packs, viewers' lines and questions for the
  audience pack — next to the active version of the same pack, and count per code the findings the
  candidate adds (new) and drops (vanished), with a few examples each. A Celery job with progress.

Both only read archived content and store nothing but the run's own row: a back-test changes no verdict.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import DatabaseError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from accounts.roles import is_officer
from compliance.engine import check
from compliance.engine.__main__ import LANG_PACK, evaluate
from compliance.errors import ComplianceError
from compliance.models import BacktestRun, BacktestStatus, RulePack, Submission
from compliance.screening import pack_compiled
from compliance.services.audit import audit_record
from compliance.services.review import submission_products
from compliance.services.rule_packs import AUDIENCE_PACK, pack_active
from compliance.tasks import backtest_run_task
from core.exceptions import ApplicationError, Forbidden

logger = logging.getLogger(__name__)

MAX_EVAL_ITEMS = 5000
MAX_RANGE_DAYS = 366
EXAMPLES_PER_CODE = 5
PROGRESS_EVERY = 50
#: A run left "running" this long is presumed dead (its worker was killed) and may be claimed again.
RECLAIM_AFTER = timedelta(minutes=15)
REPORTED = ("block", "review")


def _require_officer(actor: AbstractBaseUser) -> None:
    if not is_officer(actor, superuser_too=True):
        raise Forbidden(
            "Only compliance officers measure and back-test rule packs.", code=ComplianceError.NOT_COMPLIANCE
        )


# ---------------------------------------------------------------------------------------------------------
# Labelled corpus


def eval_items_parse(raw: bytes | str) -> list[dict]:
    """Parse an uploaded JSON-lines corpus; raises ``ApplicationError`` naming the first bad line."""
    text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    items = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ApplicationError(
                f"Line {lineno}: not valid JSON ({exc.msg}).", code=ComplianceError.INVALID_CORPUS
            ) from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ApplicationError(
                f'Line {lineno}: each line needs a JSON object with a "text".',
                code=ComplianceError.INVALID_CORPUS,
            )
        if not isinstance(item.get("expect", []), list):
            raise ApplicationError(
                f'Line {lineno}: "expect" must be a list of codes.', code=ComplianceError.INVALID_CORPUS
            )
        items.append(item)
    if not items:
        raise ApplicationError("The file has no items.", code=ComplianceError.INVALID_CORPUS)
    if len(items) > MAX_EVAL_ITEMS:
        raise ApplicationError(
            f"At most {MAX_EVAL_ITEMS} items per file.", code=ComplianceError.INVALID_CORPUS
        )
    return items


def labelled_eval(*, items: list[dict], pack: RulePack | None, actor: AbstractBaseUser) -> dict[str, Any]:
    """Score ``items`` with ``pack`` (or, when None, each item by its ``lang`` with that pack's active version).

    Returns the ``--eval`` result: ``per_code`` (precision, recall, tp, fp, fn), ``misses`` and ``summary``
    (``recall_violating``, ``precision_clean``, ``items``). Stores nothing; audited (what was measured).
    """
    _require_officer(actor)
    if pack is not None:
        groups = {pack.label: (pack, items)}
    else:
        groups = {}
        for item in items:
            name = LANG_PACK.get(item.get("lang") or "zh", "cn")
            groups.setdefault(name, [None, []])[1].append(item)
        groups = {name: (pack_active(name), group) for name, (_, group) in groups.items()}
    try:
        results = [(evaluate(group, pack_compiled(version)), group) for version, group in groups.values()]
    except ValueError as exc:  # the engine's EngineError / PackError on a bad item
        raise ApplicationError(
            f"The engine refused an item: {exc}", code=ComplianceError.INVALID_CORPUS
        ) from exc
    merged = _merge(results)
    merged["packs"] = [version.label for version, _ in groups.values()]
    audit_record(
        event_type="rulepack.evaluated",
        actor=actor,
        subject=pack,
        data={"packs": merged["packs"], "summary": merged["summary"]},
    )
    return merged


def _merge(results: list[tuple[dict, list[dict]]]) -> dict[str, Any]:
    """One ``--eval`` result from several (one per pack), with the totals recomputed from the counts."""
    if len(results) == 1:
        return results[0][0]
    counts: dict[str, dict[str, int]] = {}
    misses: list[dict] = []
    clean = clean_ok = 0
    for result, group in results:
        for code, row in result["per_code"].items():
            total = counts.setdefault(code, {"tp": 0, "fp": 0, "fn": 0})
            for key in total:
                total[key] += row[key]
        misses += result["misses"]
        group_clean = sum(1 for item in group if not item.get("expect"))
        clean += group_clean
        clean_ok += round(result["summary"]["precision_clean"] * group_clean)
    per_code = {}
    for code, row in sorted(counts.items()):
        tp, fp, fn = row["tp"], row["fp"], row["fn"]
        per_code[code] = {
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None,
            **row,
        }
    expected = sum(row["tp"] + row["fn"] for row in counts.values())
    found = sum(row["tp"] for row in counts.values())
    return {
        "per_code": per_code,
        "misses": misses,
        "summary": {
            "recall_violating": round(found / expected, 4) if expected else 1.0,
            "precision_clean": round(clean_ok / clean, 4) if clean else 1.0,
            "items": sum(len(group) for _, group in results),
        },
    }


# ---------------------------------------------------------------------------------------------------------
# Back-test over archived content


def backtest_start(*, pack: RulePack, date_from: date, date_to: date, actor: AbstractBaseUser) -> BacktestRun:
    """Record a back-test of ``pack`` against its pack's active version; after commit, enqueue the job."""
    _require_officer(actor)
    if date_from > date_to:
        raise ApplicationError("The start date is after the end date.", code=ComplianceError.INVALID_RANGE)
    if (date_to - date_from).days > MAX_RANGE_DAYS:
        raise ApplicationError(
            f"A back-test covers at most {MAX_RANGE_DAYS} days.", code=ComplianceError.INVALID_RANGE
        )
    baseline = pack_active(pack.name)
    with transaction.atomic():
        run = BacktestRun.objects.create(
            pack=pack, baseline=baseline, date_from=date_from, date_to=date_to, created_by=actor
        )
        audit_record(
            event_type="rulepack.backtest_started",
            actor=actor,
            subject=run,
            data={
                "pack": pack.label,
                "baseline": baseline.label,
                "from": date_from.isoformat(),
                "to": date_to.isoformat(),
            },
        )
        transaction.on_commit(lambda: backtest_run_task.delay(run.pk))
    return run


def _claim(run_id: int) -> bool:
    now = timezone.now()
    claimable = Q(status=BacktestStatus.PENDING) | Q(
        status=BacktestStatus.RUNNING, started_at__lt=now - RECLAIM_AFTER
    )
    return (
        BacktestRun.objects.filter(claimable, pk=run_id).update(
            status=BacktestStatus.RUNNING, started_at=now, done=0, updated_at=now
        )
        == 1
    )


#: What back-tests read besides submissions: the lines said in live rooms, from the app that owns them (studio
#: registers ``studio.selectors.backtest_lines`` at start-up; compliance sits below it and may not import it).
#: ``source(audience=..., day=...)`` returns ``[(kind, queryset)]`` of rows with ``text`` and ``session``.
_line_sources: list[Callable[..., list[tuple[str, QuerySet]]]] = []


def backtest_source_register(source: Callable[..., list[tuple[str, QuerySet]]]) -> None:
    """Register a source of lines for back-tests (idempotent)."""
    if source not in _line_sources:
        _line_sources.append(source)


def _sources(run: BacktestRun):
    """(querysets, item builder) for the run's pack: what the pack would have judged in the range."""
    day = {"created_at__date__gte": run.date_from, "created_at__date__lte": run.date_to}
    lines = [
        pair for source in _line_sources for pair in source(audience=run.pack.name == AUDIENCE_PACK, day=day)
    ]
    if run.pack.name == AUDIENCE_PACK:
        return lines
    return [
        *lines,
        ("submission", Submission.objects.filter(**day).select_related("product", "session").order_by("id")),
    ]


def _codes(findings) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in findings:
        if str(getattr(f.severity, "value", f.severity)) in REPORTED:
            out.setdefault(f.code, f.excerpt)
    return out


def backtest_run(*, run_id: int) -> dict[str, Any]:
    """Run back-test ``run_id`` (idempotent: only a pending run, or one whose worker died, is claimed)."""
    if not _claim(run_id):
        return {"skipped": True}
    run = BacktestRun.objects.select_related("pack", "baseline").get(pk=run_id)
    try:
        result = _compare(run)
    except DatabaseError:
        BacktestRun.objects.filter(pk=run_id).update(
            status=BacktestStatus.PENDING
        )  # the retry claims it again
        raise
    except Exception as exc:  # an engine or data problem: the officer sees it on the run's page
        logger.exception("back-test %s failed", run_id)
        BacktestRun.objects.filter(pk=run_id).update(
            status=BacktestStatus.FAILED, error=f"{type(exc).__name__}: {exc}", finished_at=timezone.now()
        )
        return {"failed": True}
    BacktestRun.objects.filter(pk=run_id).update(
        status=BacktestStatus.DONE, result=result, done=result["items"], finished_at=timezone.now()
    )
    return {"items": result["items"]}


def _compare(run: BacktestRun) -> dict[str, Any]:
    candidate, baseline = pack_compiled(run.pack), pack_compiled(run.baseline)
    sources = _sources(run)
    total = sum(qs.count() for _, qs in sources)
    BacktestRun.objects.filter(pk=run.pk).update(total=total)
    per_code: dict[str, dict[str, int]] = {}
    examples: dict[str, list[dict]] = {}
    counts = {kind: 0 for kind, _ in sources}
    facts_by_session: dict[int, list[dict]] = {}
    done = 0
    for kind, queryset in sources:
        for obj in queryset.iterator(chunk_size=500):
            if kind == "submission":
                text, check_kind, products = obj.text, obj.kind, submission_products(obj)
            else:
                text, check_kind = obj.text, "chat"
                if run.pack.name == AUDIENCE_PACK:
                    products = []
                else:
                    if obj.session_id not in facts_by_session:
                        facts_by_session[obj.session_id] = [
                            p.facts() for p in obj.session.featured_products.all()
                        ]
                    products = facts_by_session[obj.session_id]
            old = _codes(check(text, kind=check_kind, products=products, pack=baseline))
            new = _codes(check(text, kind=check_kind, products=products, pack=candidate))
            for code in old.keys() | new.keys():
                row = per_code.setdefault(code, {"baseline": 0, "candidate": 0, "new": 0, "vanished": 0})
                row["baseline"] += code in old
                row["candidate"] += code in new
                change = "new" if code not in old else "vanished" if code not in new else None
                if change is None:
                    continue
                row[change] += 1
                shown = examples.setdefault(code, [])
                if sum(1 for e in shown if e["change"] == change) < EXAMPLES_PER_CODE:
                    shown.append(
                        {
                            "change": change,
                            "kind": kind,
                            "id": obj.pk,
                            "text": text[:200],
                            "excerpt": new.get(code) or old.get(code) or "",
                        }
                    )
            counts[kind] += 1
            done += 1
            if done % PROGRESS_EVERY == 0:
                BacktestRun.objects.filter(pk=run.pk).update(done=done)
    return {"items": done, "counts": counts, "per_code": dict(sorted(per_code.items())), "examples": examples}
