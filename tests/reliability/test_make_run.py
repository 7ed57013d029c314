"""``make run`` stops and starts cleanly (issue 18), on a copy of the checkout with ports of its own.

Each test runs what ``make run`` runs (``bin/with_services.py python bin/run.py``: the embedded Redis, migrate,
demo data, then Daphne, the worker and beat under bin/supervise.py) in a temporary copy of the repository
with SQLite, so its ``.run/`` and database are its own, and checks from outside:

- SIGTERM under HTTP load stops every process it started, the embedded Redis included, within seconds;
  a Redis already on the embedded port (someone else's) is neither used nor touched;
- after a SIGKILL of both runners (with_services.py and run.py), a new run starts and serves, and SIGINT
  (Ctrl-C) stops it all.
"""

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import redis

from tests.support.process import ROOT, free_port

pytestmark = [pytest.mark.faults, pytest.mark.timeout(300)]

IGNORE = shutil.ignore_patterns(
    ".venv",
    ".git",
    ".run",
    "__pycache__",
    "*.sqlite3",
    "artifacts",
    "staticfiles",
    ".pytest_cache",
    ".ruff_cache",
    "*.egg-info",
    ".secret_key",
    ".audit_anchor_key",
)
STOP_SECONDS = 12


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def descendants(pid: int) -> set[int]:
    tree, found, todo = _children(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        return (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]) != "Z"
    except OSError:
        return False


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def health(port: int) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=3) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return 0


class MakeRun:
    """``make run`` in a copy of the checkout; everything it started is stopped at the end, whatever happens."""

    def __init__(self, copy: Path, *, port: int, redis_port: int) -> None:
        self.copy, self.port, self.redis_port = copy, port, redis_port
        self.process: subprocess.Popen | None = None
        self.seen: set[int] = set()
        self.runs = 0

    def start(self) -> None:
        self.runs += 1
        env = {
            key: value
            for key, value in os.environ.items()
            # Not the test run's metrics directory either: make run empties the one it is given.
            if key not in {"REDIS_URL", "DATABASE_URL", "DJANGO_SETTINGS_MODULE", "PROMETHEUS_MULTIPROC_DIR"}
        }
        env.update(
            PORT=str(self.port),
            EMBEDDED_REDIS_PORT=str(self.redis_port),
            DEBUG="true",
            DEMO_PASSWORD="make-run-test",
            PYTHONPATH=str(self.copy),
            DATABASE_URL=f"sqlite:///{self.copy / 'db.sqlite3'}",
            LOG_LEVEL="WARNING",
            FLOWER_PORT=str(free_port()),
        )
        self.log = open(self.copy / f"make-run-{self.runs}.log", "wb")  # noqa: SIM115 - closed in stop_all
        self.process = subprocess.Popen(
            [sys.executable, "bin/with_services.py", sys.executable, "bin/run.py"],
            cwd=self.copy,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_healthy(self, timeout: float = 150) -> None:
        deadline = time.monotonic() + timeout
        while health(self.port) != 200:
            self.remember()
            if self.process.poll() is not None:
                raise AssertionError(f"make run exited ({self.process.returncode}):\n{self.output()[-3000:]}")
            if time.monotonic() > deadline:
                raise AssertionError(f"make run did not become healthy:\n{self.output()[-3000:]}")
            time.sleep(0.5)
        self.remember()

    def remember(self) -> set[int]:
        if self.process is not None:
            self.seen |= descendants(self.process.pid) | {self.process.pid}
        return self.seen

    def output(self) -> str:
        return "".join(
            (self.copy / f"make-run-{n}.log").read_text(errors="replace") for n in range(1, self.runs + 1)
        )

    def left_running(self) -> list[str]:
        return [f"{pid} {cmdline(pid)}" for pid in sorted(self.seen) if alive(pid)]

    def stop_all(self) -> None:
        for pid in self.remember():
            if alive(pid):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        if self.process is not None and self.process.poll() is None:
            self.process.wait(10)
        self.log.close()


@pytest.fixture
def make_run(tmp_path):
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT, copy, ignore=IGNORE)
    runner = MakeRun(copy, port=free_port(), redis_port=free_port())
    yield runner
    runner.stop_all()


def _wait_gone(runner: MakeRun, seconds: float) -> float:
    started = time.monotonic()
    while runner.left_running() and time.monotonic() - started < seconds:
        time.sleep(0.1)
    return time.monotonic() - started


def test_sigterm_under_load_stops_everything_and_a_strangers_redis_is_left_alone(make_run, own_redis):
    make_run.redis_port = own_redis.port  # someone else's Redis already listens where the embedded one would
    make_run.start()
    make_run.wait_healthy()
    output = make_run.output()
    assert f"Port {own_redis.port} is in use by a process this runner did not start" in output
    stranger = redis.Redis.from_url(own_redis.url)
    assert stranger.dbsize() == 0, "the stack wrote into a Redis it did not start"
    embedded = [pid for pid in make_run.seen if "redis-server" in cmdline(pid)]
    assert len(embedded) == 1 and f":{own_redis.port}" not in cmdline(embedded[0])
    processes = [cmdline(pid) for pid in make_run.seen]
    assert (
        any("daphne" in c for c in processes)
        and any("worker" in c for c in processes)
        and any(" beat " in c for c in processes)
        and any(" flower " in c for c in processes)
    )

    stop_load = threading.Event()
    answered = []

    def load() -> None:
        while not stop_load.is_set():
            answered.append(health(make_run.port))

    threads = [threading.Thread(target=load, daemon=True) for _ in range(6)]
    for thread in threads:
        thread.start()
    time.sleep(2)
    assert answered.count(200) > 5, "the load reached the server"
    make_run.remember()
    make_run.process.send_signal(signal.SIGTERM)
    took = _wait_gone(make_run, 30)
    stop_load.set()
    for thread in threads:
        thread.join(5)
    assert not make_run.left_running(), make_run.left_running()
    assert took < STOP_SECONDS, f"stopping took {took:.1f} s"
    assert make_run.process.wait(5) is not None
    assert own_redis.process.poll() is None and stranger.ping(), "the stranger's Redis is untouched"
    assert health(make_run.port) == 0


def test_a_new_run_starts_after_the_runners_were_killed_and_ctrl_c_stops_it(make_run):
    make_run.start()
    make_run.wait_healthy()
    runners = [
        pid for pid in make_run.seen if "bin/run.py" in cmdline(pid) or "with_services" in cmdline(pid)
    ]
    assert len(runners) >= 2
    for pid in runners:
        os.kill(pid, signal.SIGKILL)  # no clean-up of any kind by the runners
    assert _wait_gone(make_run, 30) < 20, (
        f"left running after kill -9 of the runners: {make_run.left_running()}"
    )

    make_run.start()  # the same checkout, .run/ and database
    make_run.wait_healthy(timeout=90)
    make_run.remember()
    make_run.process.send_signal(signal.SIGINT)  # what Ctrl-C sends (here to the runner only)
    took = _wait_gone(make_run, 30)
    assert not make_run.left_running(), make_run.left_running()
    assert took < STOP_SECONDS, f"stopping took {took:.1f} s"
    assert (
        "Stopping the embedded Redis an earlier run left" not in make_run.output()
    )  # it had died with its runner
