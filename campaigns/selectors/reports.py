"""Reports for head office and branch managers: schedule grid, live board, evaluation, branch roll-up and their CSV.

Figures are grouped queries over the campaign's (or branch's) session ids, one per kind of fact, so a
board over hundreds of sessions costs a handful of index scans (see bench/campaigns.py and the note).
"""

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.db.models import Count, F, Max, Q, QuerySet, Sum
from django.db.models.functions import Coalesce, Now
from django.utils import timezone

from audience.models import CardInterest, ConcurrencySample, ReactionTally, Visit
from audience.services.attendance import AUDIENCE_ROLES
from campaigns.models import Campaign, CampaignSession
from organisations.models import Branch, Lead, LeadStatus
from organisations.selectors import is_branch_manager, membership_of
from studio.models import CardOpen, ChatMessage, LiveSession, MessageStatus, Question

HOST_ROLE = "owner"


def schedule_grid(*, campaign: Campaign) -> list[dict]:
    """Every session of the campaign across studios and branches, in time order."""
    links = (
        CampaignSession.objects.filter(campaign=campaign)
        .select_related("session__studio", "rm__rm_profile", "branch")
        .order_by("session__scheduled_start")
    )
    return [
        {
            "session_id": link.session_id,
            "title": link.session.title,
            "state": link.session.state,
            "state_label": link.session.get_state_display(),
            "scheduled_start": link.session.scheduled_start.isoformat(),
            "studio": link.session.studio.name,
            "rm": _rm_name(link.rm),
            "branch": link.branch.name if link.branch else "",
        }
        for link in links
    ]


def _rm_name(user: User) -> str:
    profile = getattr(user, "rm_profile", None)
    return profile.display_name if profile is not None else user.get_username()


def _by_session(qs, value) -> dict[int, int]:
    return {row["sid"]: row["v"] or 0 for row in qs.values(sid=F("session_id")).annotate(v=value).order_by()}


def session_facts(
    session_ids: list[int] | QuerySet, *, now: datetime | None = None, totals: bool = True
) -> dict[int, dict]:
    """Per session: viewers now, peak, engagement, card interest, leads, conversions and compliance health
    (held and rejected host lines, lines officers removed); with ``totals`` also unique viewers and watch
    seconds, which read every visit of the sessions (the report needs them; the live board does not)."""
    now = now or timezone.now()
    if isinstance(session_ids, QuerySet):  # a subquery: no long IN lists to compile, send and plan
        ids = session_ids
        facts: dict[int, dict] = defaultdict(dict)
    else:
        ids = list(session_ids)
        facts = {sid: {} for sid in ids}
    audience_visits = Visit.objects.filter(session_id__in=ids, role__in=AUDIENCE_ROLES)
    columns = {
        "viewers_now": _by_session(
            audience_visits.filter(left_at__isnull=True), Count("viewer_key", distinct=True)
        ),
        "peak": _by_session(ConcurrencySample.objects.filter(session_id__in=ids), Max("viewers")),
        "reactions": _by_session(ReactionTally.objects.filter(session_id__in=ids), Sum("count")),
        "questions": _by_session(Question.objects.filter(session_id__in=ids), Count("id")),
    }
    if totals:
        totals_rows = (
            audience_visits.values(sid=F("session_id"))
            .annotate(
                unique=Count("viewer_key", distinct=True),
                watch=Sum(Coalesce("left_at", Now()) - F("joined_at")),
            )
            .order_by()
        )
        columns["unique_viewers"] = {r["sid"]: r["unique"] for r in totals_rows}
        columns["watch_seconds"] = {
            r["sid"]: int(r["watch"].total_seconds()) if r["watch"] else 0 for r in totals_rows
        }
    chat = (
        ChatMessage.objects.filter(session_id__in=ids)
        .values(sid=F("session_id"))
        .annotate(
            audience_lines=Count("id", filter=~Q(author_role=HOST_ROLE) & Q(status=MessageStatus.PUBLISHED)),
            held=Count("id", filter=Q(author_role=HOST_ROLE, status=MessageStatus.HELD)),
            rejected=Count("id", filter=Q(author_role=HOST_ROLE, status=MessageStatus.REJECTED)),
            officer_stops=Count(
                "id", filter=Q(removed_at__isnull=False) & ~Q(removed_by=F("session__studio__owner"))
            ),
        )
        .order_by()
    )
    for row in chat:
        facts[row["sid"]].update({k: row[k] for k in ("audience_lines", "held", "rejected", "officer_stops")})
    interest = (
        CardInterest.objects.filter(push__session_id__in=ids)
        .values(sid=F("push__session_id"))
        .annotate(v=Count("id"))
        .order_by()
    )
    columns["card_interest"] = {r["sid"]: r["v"] for r in interest}
    opens = (
        CardOpen.objects.filter(push__session_id__in=ids)
        .values(sid=F("push__session_id"))
        .annotate(v=Count("id"))
        .order_by()
    )
    columns["cards_opened"] = {r["sid"]: r["v"] for r in opens}
    leads = (
        Lead.objects.filter(session_id__in=ids)
        .values(sid=F("session_id"))
        .annotate(leads=Count("id"), conversions=Count("id", filter=Q(status=LeadStatus.CONVERTED)))
        .order_by()
    )
    for row in leads:
        facts[row["sid"]].update(leads=row["leads"], conversions=row["conversions"])
    for name, values in columns.items():
        for sid, value in values.items():
            facts[sid][name] = value
    for row in facts.values():
        _with_defaults(row)
    return facts


_FACT_KEYS = (
    "viewers_now",
    "unique_viewers",
    "peak",
    "reactions",
    "questions",
    "watch_seconds",
    "audience_lines",
    "held",
    "rejected",
    "officer_stops",
    "card_interest",
    "cards_opened",
    "leads",
    "conversions",
)


def _with_defaults(row: dict) -> dict:
    """Zero for every fact a session has no row for, and engagement (lines, questions, reactions, cards opened)."""
    for key in _FACT_KEYS:
        row.setdefault(key, 0)
    row["engagement"] = row["audience_lines"] + row["questions"] + row["reactions"] + row["cards_opened"]
    return row


def _hours_on_air(session: dict, now: datetime) -> float:
    start = session["started_at"]
    if start is None:
        return 0.0
    end = session["ended_at"] or now
    return max((end - start).total_seconds() / 3600, 1 / 60)


def _rollup(rows: Iterable[dict], key: str) -> list[dict]:
    sums: dict[str, dict] = {}
    for row in rows:
        group = sums.setdefault(row[key], {key: row[key], "sessions": 0, "on_air": 0})
        group["sessions"] += 1
        group["on_air"] += row["state"] == "live"
        for name in (
            "viewers_now",
            "peak",
            "unique_viewers",
            "engagement",
            "card_interest",
            "held",
            "rejected",
            "officer_stops",
            "leads",
            "conversions",
            "watch_seconds",
        ):
            group[name] = group.get(name, 0) + row[name]
        group["hours"] = group.get("hours", 0.0) + row["hours"]
    for group in sums.values():
        hours = group.pop("hours") or 0
        group["incidents_per_hour"] = round((group["held"] + group["rejected"]) / hours, 2) if hours else 0.0
    return sorted(sums.values(), key=lambda g: (-g["viewers_now"], -g["engagement"], str(g[key])))


def _session_rows(links, now: datetime, *, totals: bool = True) -> list[dict]:
    sessions = list(
        links.values(
            "session_id",
            "session__title",
            "session__state",
            "session__started_at",
            "session__ended_at",
            "session__scheduled_start",
            "rm_id",
            "branch__name",
            "rm__rm_profile__display_name",
            "rm__username",
        )
    )
    facts = session_facts(links.values("session_id"), now=now, totals=totals)
    rows = []
    for s in sessions:
        base = {
            "session_id": s["session_id"],
            "title": s["session__title"],
            "state": s["session__state"],
            "rm": s["rm__rm_profile__display_name"] or s["rm__username"],
            "branch": s["branch__name"] or "",
            "scheduled_start": s["session__scheduled_start"].isoformat(),
        }
        hours = _hours_on_air(
            {"started_at": s["session__started_at"], "ended_at": s["session__ended_at"]}, now
        )
        row = {**base, **_with_defaults(facts[s["session_id"]]), "hours": hours}
        row["incidents_per_hour"] = round((row["held"] + row["rejected"]) / hours, 2) if hours else 0.0
        rows.append(row)
    return rows


def campaign_board(*, campaign: Campaign, user: User | None = None, now: datetime | None = None) -> dict:
    """The live ranking board: per session, RM and branch (a branch manager sees their branch only)."""
    now = now or timezone.now()
    links = CampaignSession.objects.filter(campaign=campaign)
    if user is not None and is_branch_manager(user):
        links = links.filter(branch_id=membership_of(user).branch_id)
    rows = _session_rows(links, now, totals=False)
    rows.sort(key=lambda r: (r["state"] != "live", -r["viewers_now"], -r["engagement"], r["session_id"]))
    return {
        "campaign": {"id": campaign.pk, "name": campaign.name},
        "at": now.isoformat(),
        "on_air": sum(r["state"] == "live" for r in rows),
        "viewers_now": sum(r["viewers_now"] for r in rows),
        "sessions": [{k: v for k, v in r.items() if k not in _NOT_ON_BOARD} for r in rows],
        "rms": _strip(_rollup(rows, "rm")),
        "branches": _strip(_rollup(rows, "branch")),
    }


_NOT_ON_BOARD = {"hours", "unique_viewers", "watch_seconds"}


def _strip(groups: list[dict]) -> list[dict]:
    return [{k: v for k, v in g.items() if k not in _NOT_ON_BOARD} for g in groups]


def _interest_breakdown(session_ids: list[int]) -> dict:
    by_product: dict[str, int] = defaultdict(int)
    by_segment: dict[str, int] = defaultdict(int)
    rows = CardInterest.objects.filter(push__session_id__in=session_ids).values_list(
        "push__product__name", "user__customer_profile__segments"
    )
    for product, segments in rows:
        by_product[product] += 1
        for segment in segments or ["(无标签)"]:
            by_segment[segment] += 1
    return {
        "by_product": dict(sorted(by_product.items(), key=lambda kv: -kv[1])),
        "by_segment": dict(sorted(by_segment.items(), key=lambda kv: -kv[1])),
    }


def _report(session_ids: list[int], rows: list[dict]) -> dict:
    reach = (
        Visit.objects.filter(session_id__in=session_ids, role__in=AUDIENCE_ROLES).aggregate(
            n=Count("viewer_key", distinct=True)
        )["n"]
        or 0
    )
    credited = (
        Lead.objects.filter(session_id__in=session_ids, status=LeadStatus.CONVERTED)
        .values(link=F("share_link_id"))
        .annotate(n=Count("id"))
        .order_by()
    )
    totals = {
        name: sum(r[name] for r in rows)
        for name in (
            "unique_viewers",
            "watch_seconds",
            "card_interest",
            "leads",
            "conversions",
            "held",
            "rejected",
            "officer_stops",
            "engagement",
        )
    }
    return {
        "reach": reach,
        **totals,
        "sessions": len(rows),
        "incidents": totals["held"] + totals["rejected"] + totals["officer_stops"],
        "interest": _interest_breakdown(session_ids),
        "conversions_by_share_link": {str(r["link"] or "direct"): r["n"] for r in credited},
    }


def campaign_evaluation(*, campaign: Campaign, user: User | None = None, now: datetime | None = None) -> dict:
    """The evaluation report: reach, unique viewers, watch time, interest by segment and product, leads and
    conversions (credited to session, RM, branch and share link), compliance incidents; with roll-ups."""
    now = now or timezone.now()
    links = CampaignSession.objects.filter(campaign=campaign)
    if user is not None and is_branch_manager(user):
        links = links.filter(branch_id=membership_of(user).branch_id)
    rows = _session_rows(links, now)
    return {
        "campaign": {
            "id": campaign.pk,
            "name": campaign.name,
            "starts_on": campaign.starts_on.isoformat(),
            "ends_on": campaign.ends_on.isoformat(),
        },
        **_report([r["session_id"] for r in rows], rows),
        "per_session": [{k: v for k, v in r.items() if k != "hours"} for r in rows],
        "rms": _rollup(rows, "rm"),
        "branches": _rollup(rows, "branch"),
    }


def branch_rollup(*, branch: Branch, since: datetime, until: datetime, now: datetime | None = None) -> dict:
    """A branch's figures over any date range: its RMs' sessions scheduled in [since, until)."""
    now = now or timezone.now()
    in_range = LiveSession.objects.filter(
        studio__owner__membership__branch=branch, scheduled_start__gte=since, scheduled_start__lt=until
    )
    sessions = list(
        in_range.values(
            "id",
            "title",
            "state",
            "started_at",
            "ended_at",
            "scheduled_start",
            "studio__owner_id",
            "studio__owner__rm_profile__display_name",
            "studio__owner__username",
        )
    )
    facts = session_facts(in_range.values("id"), now=now)
    rows = []
    for s in sessions:
        hours = _hours_on_air(s, now)
        rows.append(
            {
                "session_id": s["id"],
                "title": s["title"],
                "state": s["state"],
                "branch": branch.name,
                "rm": s["studio__owner__rm_profile__display_name"] or s["studio__owner__username"],
                "scheduled_start": s["scheduled_start"].isoformat(),
                **_with_defaults(facts[s["id"]]),
                "hours": hours,
            }
        )
    return {
        "branch": {"id": branch.pk, "name": branch.name},
        "since": since.isoformat(),
        "until": until.isoformat(),
        **_report([r["session_id"] for r in rows], rows),
        "rms": _rollup(rows, "rm"),
    }


def report_csv_rows(report: dict) -> list[list]:
    """One line per session, then the RM and branch roll-ups (the same columns)."""
    columns = [
        "unique_viewers",
        "peak",
        "watch_seconds",
        "engagement",
        "card_interest",
        "leads",
        "conversions",
        "held",
        "rejected",
        "officer_stops",
        "incidents_per_hour",
    ]
    out = [["level", "name", "branch", "rm", "state", *columns]]
    for row in report.get("per_session", []):
        out.append(
            ["session", row["title"], row["branch"], row["rm"], row["state"], *[row[c] for c in columns]]
        )
    for level, group in (("rm", "rms"), ("branch", "branches")):
        for row in report.get(group, []):
            out.append(
                [
                    level,
                    row[level],
                    row.get("branch", ""),
                    row.get("rm", ""),
                    "",
                    *[row.get(c, "") for c in columns],
                ]
            )
    return out


# ---------------------------------------------------------------------------------------------------------
# Books: the RM's customers, their 360° view, and segment-to-product matching


ROLLUP_DEFAULT_DAYS = 30


def default_range(now: datetime | None = None) -> tuple[datetime, datetime]:
    now = now or timezone.now()
    return now - timedelta(days=ROLLUP_DEFAULT_DAYS), now + timedelta(days=1)
