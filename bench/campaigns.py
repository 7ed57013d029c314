#!/usr/bin/env python
"""Banks at scale: the campaign ranking board and a branch roll-up over 571 studios, 10,000 sessions and
1,000,000 visits.

    python bench/campaigns.py [--studios 571] [--sessions 10000] [--visits 1000000] [--runs 30] [--explain]

Seeds the PostgreSQL database named by ``--database-url`` or ``DATABASE_URL`` (migrated here; rows are
added under a fresh institution each run, so run it against a scratch database) with COPY and large
``bulk_create`` batches: one institution of 40 branches, one RM and studio per ``--studios``, ``--sessions``
sessions (one per studio in a campaign, a third of them on air, the rest spread over the last 90 days and
ended), ``--visits`` audience visits spread over the sessions (half of the on-air ones still connected),
chat lines, questions, concurrency samples, card pushes, interest and leads. Then it times, ``--runs``
times each, ``campaign_board`` (the board API's query work) and ``branch_rollup`` for the largest branch
over 30 days, and prints p50/p95. ``--explain`` prints EXPLAIN ANALYZE of the heaviest queries.

The last line is one JSON object: studios, sessions, visits, board_p95_ms, rollup_p95_ms (and more).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRANCHES = 40
BATCH = 5000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studios", type=int, default=571)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--database-url")
    args = parser.parse_args()
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit(
            "bench/campaigns.py seeds with COPY: set DATABASE_URL (or --database-url) to a PostgreSQL database"
        )
    os.environ.setdefault("DEBUG", "true")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    world = seed(args.studios, args.sessions, args.visits)
    seeded_s = time.perf_counter() - started
    print(
        f"seeded in {seeded_s:.1f} s: {json.dumps({k: v for k, v in world.items() if isinstance(v, int)})}",
        flush=True,
    )
    figures = measure(world, args.runs, explain=args.explain)
    print(
        json.dumps(
            {
                "studios": args.studios,
                "sessions": world["sessions"],
                "visits": world["visits"],
                **figures,
                "seed_seconds": round(seeded_s, 1),
            }
        )
    )


def _copy(table: str, columns: list[str], rows) -> int:
    from django.db import connection

    count = 0
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def seed(studios: int, sessions: int, visits: int) -> dict:
    from django.contrib.auth.models import Group, User
    from django.db import connection, transaction
    from django.utils import timezone

    from accounts.models import RMProfile
    from campaigns.models import Campaign, CampaignSession
    from organisations.models import Branch, Institution, Membership
    from products.models import Product, ProductStatus
    from studio.models import LiveSession, SessionState, Studio

    rng = random.Random(21)
    now = timezone.now()
    tag = f"b{int(time.time())}"
    with transaction.atomic():
        bank = Institution.objects.create(code=tag, name=f"压测银行 {tag}")
        branches = Branch.objects.bulk_create(
            [Branch(institution=bank, code=f"br{i:02d}", name=f"第{i + 1}支行") for i in range(BRANCHES)]
        )
        users = User.objects.bulk_create(
            [User(username=f"{tag}-rm{i:04d}", password="!") for i in range(studios)], batch_size=BATCH
        )
        rm_group = Group.objects.get(name="rm")
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=u.pk, group_id=rm_group.pk) for u in users], batch_size=BATCH
        )
        RMProfile.objects.bulk_create(
            [
                RMProfile(
                    user=u,
                    display_name=f"经理{i:04d}",
                    branch=branches[i % BRANCHES].name,
                    licence_number=f"{tag}-{i:05d}",
                )
                for i, u in enumerate(users)
            ],
            batch_size=BATCH,
        )
        Membership.objects.bulk_create(
            [
                Membership(user=u, institution=bank, branch=branches[i % BRANCHES], role="rm")
                for i, u in enumerate(users)
            ],
            batch_size=BATCH,
        )
        head = User.objects.create(username=f"{tag}-head", password="!")
        Membership.objects.create(user=head, institution=bank, role="head_office")
        studio_rows = Studio.objects.bulk_create(
            [Studio(owner=u, name=f"{u.username} 演播室") for u in users], batch_size=BATCH
        )
        products = Product.objects.bulk_create(
            [
                Product(
                    code=f"{tag}-P{i}",
                    name=f"压测理财{i}号",
                    type="wmp",
                    issuer="压测",
                    risk_level=f"R{i + 1}",
                    status=ProductStatus.ON_SALE,
                    card_text="理财非存款、产品有风险、投资须谨慎。",
                )
                for i in range(3)
            ]
        )
        template_studio = Studio.objects.create(owner=head, name="总行活动模板")
        template = LiveSession.objects.create(
            studio=template_studio,
            title="理财周",
            scheduled_start=now,
            state=SessionState.APPROVED,
            visibility="invite_only",
        )
        campaign = Campaign.objects.create(
            institution=bank,
            name="理财周",
            starts_on=now.date(),
            ends_on=(now + timedelta(days=7)).date(),
            title="理财周",
            created_by=head,
            template_session=template,
        )
        on_air = studios // 3
        session_objs = []
        for i, studio in enumerate(studio_rows):  # the campaign: one session per studio today
            live = i < on_air
            session_objs.append(
                LiveSession(
                    studio=studio,
                    title="理财周",
                    scheduled_start=now - timedelta(minutes=40),
                    state=SessionState.LIVE if live else SessionState.ENDED,
                    started_at=now - timedelta(minutes=40 if live else 200),
                    ended_at=None if live else now - timedelta(minutes=120),
                )
            )
        for i in range(sessions - studios):  # history: the last 90 days, ended
            start = now - timedelta(days=rng.uniform(1, 90))
            session_objs.append(
                LiveSession(
                    studio=studio_rows[i % studios],
                    title=f"日常直播 {i}",
                    scheduled_start=start,
                    state=SessionState.ENDED,
                    started_at=start,
                    ended_at=start + timedelta(hours=1),
                )
            )
        session_objs = LiveSession.objects.bulk_create(session_objs, batch_size=BATCH)
        campaign_sessions = session_objs[:studios]
        CampaignSession.objects.bulk_create(
            [
                CampaignSession(
                    campaign=campaign, session=s, rm_id=users[i].pk, branch=branches[i % BRANCHES]
                )
                for i, s in enumerate(campaign_sessions)
            ],
            batch_size=BATCH,
        )

        per_session = visits // len(session_objs)
        extra = visits - per_session * len(session_objs)

        def visit_rows():
            for index, session in enumerate(session_objs):
                start = session.started_at
                n = per_session + (1 if index < extra else 0)
                still_on = session.state == SessionState.LIVE
                for v in range(n):
                    joined = start + timedelta(seconds=rng.randint(0, 2400))
                    left = (
                        None if still_on and v % 2 == 0 else joined + timedelta(seconds=rng.randint(30, 1800))
                    )
                    if left is not None and still_on and left > now:
                        left = now
                    yield (
                        session.pk,
                        f"g:{tag}:{index}:{v % (n // 2 + 1)}",
                        None,
                        "customer" if v % 3 else "guest",
                        "",
                        joined,
                        left,
                        False,
                    )

        visit_count = _copy(
            "audience_visit",
            [
                "session_id",
                "viewer_key",
                "user_id",
                "role",
                "process",
                "joined_at",
                "left_at",
                "closed_by_sweep",
            ],
            visit_rows(),
        )

        def chat_rows():
            for session in campaign_sessions:
                for k in range(20):
                    host = k % 5 == 0
                    status = "held" if host and k % 10 == 0 else "published"
                    yield (
                        session.pk,
                        users[0].pk if host else head.pk,
                        "owner" if host else "customer",
                        "n",
                        "",
                        f"第{k}句",
                        status,
                        "[]",
                        "[]",
                        None,
                        now,
                        now,
                        None,
                    )

        chat = _copy(
            "studio_chatmessage",
            [
                "session_id",
                "author_id",
                "author_role",
                "author_name",
                "ref",
                "text",
                "status",
                "findings",
                "masked",
                "seq",
                "created_at",
                "updated_at",
                "published_at",
            ],
            chat_rows(),
        )

        def sample_rows():
            for session in campaign_sessions:
                base = int(session.started_at.timestamp() // 10)
                for k in range(60):
                    yield (
                        session.pk,
                        base + k,
                        session.started_at + timedelta(seconds=10 * k),
                        rng.randint(10, 90),
                        rng.randint(10, 95),
                    )

        samples = _copy(
            "audience_concurrencysample", ["session_id", "bucket", "at", "viewers", "sockets"], sample_rows()
        )
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO studio_cardpush (session_id, product_id, pushed_by_id, ref, card_text, "
                "created_at, updated_at) SELECT s.id, %s, st.owner_id, '', 'card', now(), now() "
                "FROM studio_livesession s JOIN studio_studio st ON st.id = s.studio_id "
                "WHERE s.id = ANY(%s)",
                [products[0].pk, [s.pk for s in campaign_sessions]],
            )
        connection.cursor().execute("ANALYZE")
    return {
        "campaign": campaign,
        "branch": branches[0],
        "sessions": len(session_objs),
        "visits": visit_count,
        "chat_lines": chat,
        "samples": samples,
    }


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 1)


def measure(world: dict, runs: int, *, explain: bool) -> dict:
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from campaigns.selectors import branch_rollup, campaign_board

    def board():
        return campaign_board(campaign=world["campaign"])

    def rollup():
        now = timezone.now()
        return branch_rollup(
            branch=world["branch"], since=now - timedelta(days=30), until=now + timedelta(days=1)
        )

    figures = {}
    for name, fn in (("board", board), ("rollup", rollup)):
        fn()  # warm
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            result = fn()
            times.append((time.perf_counter() - t0) * 1000)
        figures[f"{name}_p50_ms"] = _p(times, 0.5)
        figures[f"{name}_p95_ms"] = _p(times, 0.95)
        figures[f"{name}_rows"] = (
            len(result.get("sessions", []))
            if isinstance(result.get("sessions"), list)
            else result.get("sessions")
        )
        with CaptureQueriesContext(connection) as captured:
            fn()
        figures[f"{name}_queries"] = len(captured.captured_queries)
        if explain:
            slowest = sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[:3]
            for query in slowest:
                with connection.cursor() as cursor:
                    cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + query["sql"])
                    print(
                        f"--- {name}: {query['time']} s\n{query['sql'][:400]}\n"
                        + "\n".join(row[0] for row in cursor.fetchall()),
                        flush=True,
                    )
        reset_queries()
    return figures


if __name__ == "__main__":
    main()
