#!/usr/bin/env python
"""Audience benchmark: what attendance, the 10-second sampler, the analytics and the evidence bundle cost.

    python bench/audience.py [--viewers 5000] [--lines 20000] [--database-url URL] [--redis-url URL]

Uses a fresh SQLite database in a temporary directory (migrated here) unless ``--database-url`` names one
(e.g. an empty PostgreSQL database: the run adds rows to it), and ``REDIS_URL``/``--redis-url`` for Redis.
Builds one live session with ``--viewers`` audience visits (half still connected), ``--lines`` chat lines
over an hour, 360 ten-second samples and 10 card pushes, then times:

- ``attendance_join`` + ``attendance_leave`` one at a time, and the same 500 sockets through
  ``attendance_record_batch`` as the live room's per-process buffer writes them (per socket);
- ``concurrency_sample`` (one beat tick) with the open visits;
- ``session_analytics`` (the JSON report) and the CSV rows;
- ``evidence_bundle_build`` (the zip), and its size.

The last line is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--viewers", type=int, default=5000)
    parser.add_argument("--lines", type=int, default=20000)
    parser.add_argument("--database-url")
    parser.add_argument("--redis-url")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="bench-audience-")
    os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{tmp}/bench.sqlite3"
    if args.redis_url:
        os.environ["REDIS_URL"] = args.redis_url
    os.environ.setdefault("DEBUG", "true")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    print(json.dumps(run(args.viewers, args.lines)))


def run(viewers: int, lines: int) -> dict:
    from django.contrib.auth.models import User
    from django.utils import timezone

    from audience.evidence import evidence_bundle_build
    from audience.models import ConcurrencySample, Visit
    from audience.selectors import analytics_csv_rows, session_analytics
    from audience.services.attendance import (
        attendance_join,
        attendance_leave,
        attendance_record_batch,
        concurrency_sample,
    )
    from compliance.services.rule_packs import rule_packs_load
    from studio.models import CardPush, ChatMessage, LiveSession
    from studio.services.sessions import session_create, studio_create
    from tests.factories import ProductFactory, make_compliance_officer, make_customer, make_rm

    rule_packs_load()
    suffix = str(int(time.time()))
    rm, officer = make_rm(f"bench-rm-{suffix}"), make_compliance_officer(f"bench-officer-{suffix}")
    products = [ProductFactory(risk_level="R2"), ProductFactory(risk_level="R4")]
    studio = studio_create(owner=rm, name="bench studio")
    session = session_create(
        studio=studio,
        actor=rm,
        title="bench",
        scheduled_start=timezone.now(),
        featured_product_ids=[p.pk for p in products],
    )
    start = timezone.now() - timedelta(hours=1)
    LiveSession.objects.filter(pk=session.pk).update(
        state="live", started_at=start
    )  # bench fixture, not a path
    session.refresh_from_db()
    customers = [make_customer(f"bench-c{n}-{suffix}", level=f"C{n % 5 + 1}") for n in range(200)]

    visits = []
    for n in range(viewers):
        user = customers[n % len(customers)] if n % 3 else None
        joined = start + timedelta(seconds=(n * 3600) // viewers)
        left = None if n % 2 else joined + timedelta(minutes=10)
        visits.append(
            Visit(
                session=session,
                viewer_key=f"u:{user.pk}" if user else f"g:bench{n}",
                user=user,
                role="customer" if user else "guest",
                process="bench:1",
                joined_at=joined,
                left_at=left,
            )
        )
    Visit.objects.bulk_create(visits, batch_size=2000)
    ChatMessage.objects.bulk_create(
        [
            ChatMessage(
                session=session,
                author=customers[n % len(customers)],
                author_role="customer",
                author_name="c",
                text=f"第{n}条消息",
                status="published",
                seq=n + 1,
            )
            for n in range(lines)
        ],
        batch_size=2000,
    )
    created = list(ChatMessage.objects.filter(session=session).order_by("id").values_list("id", flat=True))
    for n in range(0, len(created), 50):  # spread the lines over the hour
        ChatMessage.objects.filter(pk__in=created[n : n + 50]).update(
            created_at=start + timedelta(seconds=(n * 3600) // max(lines, 1))
        )
    ConcurrencySample.objects.bulk_create(
        [
            ConcurrencySample(
                session=session,
                bucket=int(start.timestamp()) // 10 + n,
                viewers=n % 300,
                sockets=n % 300,
                at=start + timedelta(seconds=10 * n),
            )
            for n in range(360)
        ]
    )
    CardPush.objects.bulk_create(
        [CardPush(session=session, product=products[n % 2], pushed_by=rm, card_text="x") for n in range(10)]
    )
    CardPush.objects.filter(session=session).update(created_at=start + timedelta(minutes=30))

    t0 = time.perf_counter()
    for n in range(500):
        visit_id = attendance_join(
            session_id=session.pk, viewer_key=f"g:pair{n}", user_id=None, role="guest", process="bench:2"
        )
        attendance_leave(visit_id=visit_id)
    join_leave_ms = (time.perf_counter() - t0) / 500 * 1000
    now = timezone.now()
    joins = [
        {
            "session_id": session.pk,
            "viewer_key": f"g:batch{n}",
            "user_id": None,
            "role": "guest",
            "process": "bench:3",
            "token": f"bench-{suffix}-{n}",
            "at": now,
        }
        for n in range(500)
    ]
    t0 = time.perf_counter()
    attendance_record_batch(joins=joins, leaves=[])
    attendance_record_batch(joins=[], leaves=[(j["token"], now) for j in joins])
    batched_join_leave_ms = (time.perf_counter() - t0) / 500 * 1000

    t0 = time.perf_counter()
    sampled = concurrency_sample()
    sample_ms = (time.perf_counter() - t0) * 1000

    t0 = time.perf_counter()
    data = session_analytics(session=session)
    analytics_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    rows = analytics_csv_rows(data)
    csv_ms = (time.perf_counter() - t0) * 1000

    LiveSession.objects.filter(pk=session.pk).update(state="ended", ended_at=timezone.now())
    session.refresh_from_db()
    t0 = time.perf_counter()
    _, body = evidence_bundle_build(session=session, officer=User.objects.get(pk=officer.pk))
    evidence_ms = (time.perf_counter() - t0) * 1000
    return {
        "viewers": viewers,
        "lines": lines,
        "open_viewers_sampled": sampled.get(session.pk),
        "join_leave_ms": round(join_leave_ms, 2),
        "batched_join_leave_ms": round(batched_join_leave_ms, 3),
        "sample_ms": round(sample_ms, 1),
        "analytics_ms": round(analytics_ms, 1),
        "csv_rows": len(rows),
        "csv_ms": round(csv_ms, 1),
        "evidence_ms": round(evidence_ms, 1),
        "evidence_bytes": len(body),
        "unique_viewers": data["attendance"]["unique_viewers"],
        "peak_concurrent": data["attendance"]["peak_concurrent"],
    }


if __name__ == "__main__":
    main()
