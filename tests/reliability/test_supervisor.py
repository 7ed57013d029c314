"""The supervisor of ``make run`` (bin/supervise.py), with real processes.

- A worker SIGKILLed in the middle of a review is restarted by the supervisor (the rest of the stack stays up),
  and the review resumes and completes well under a minute later, without waiting for the broker's 300 s
  visibility timeout: beat's ``compliance.checks_reclaim_dead`` hands the dead claim to the new worker.
- Any Procfile line runs (a shell line with quotes and ``;``, as nginx's is), and SIGTERM stops every process
  group, including one that ignores SIGTERM (SIGKILL after the stop timeout).
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

from compliance.models import AuditEvent, Submission, SubmissionStatus
from compliance.services.audit import audit_verify
from compliance.services.gate import session_content_submit
from config.celery import app as celery_app
from tests.factories import ProductFactory, make_review_session
from tests.support.daphne import process_env
from tests.support.process import ROOT

sys.path.insert(0, str(ROOT / "bin"))
from supervise import _is_simple, parse_procfile  # noqa: E402

pytestmark = [pytest.mark.faults, pytest.mark.timeout(150)]

DONE = (SubmissionStatus.PASSED, SubmissionStatus.FLAGGED, SubmissionStatus.APPROVED)


def _wait(predicate, *, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _pids(run_dir: Path) -> dict[str, int]:
    import json

    return {g["name"]: g["pgid"] for g in json.loads((run_dir / "supervisor.pids").read_text())["groups"]}


class SupervisorProcess:
    def __init__(self, procfile: str, tmp_path: Path, env: dict[str, str]) -> None:
        self.run_dir = tmp_path / "run"
        (tmp_path / "Procfile").write_text(procfile)
        self.log = tmp_path / "supervisor.log"
        with open(self.log, "wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, str(ROOT / "bin" / "supervise.py"), "-f", str(tmp_path / "Procfile")],
                cwd=ROOT,
                env={**env, "SUPERVISOR_RUN_DIR": str(self.run_dir), "SUPERVISOR_STOP_TIMEOUT": "3"},
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def groups(self, count: int) -> dict[str, int]:
        return _wait(
            lambda: (
                (self.run_dir / "supervisor.pids").exists()
                and len(_pids(self.run_dir)) == count
                and _pids(self.run_dir)
            ),
            timeout=20,
            what="the supervisor's pid file",
        )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def supervisor_factory(tmp_path):
    started: list[SupervisorProcess] = []

    def start(procfile: str, env: dict[str, str]) -> SupervisorProcess:
        supervisor = SupervisorProcess(procfile, tmp_path, env)
        started.append(supervisor)
        return supervisor

    yield start
    for supervisor in started:
        supervisor.stop()


def test_procfile_lines_are_parsed_and_shell_lines_are_not_execed():
    text = (
        "web: daphne -p $PORT x\n\n# note\ningest: nginx -c .run/nginx.conf -g 'daemon off;'\nboth: a && b\n"
    )
    assert parse_procfile(text) == [
        ("web", "daphne -p $PORT x"),
        ("ingest", "nginx -c .run/nginx.conf -g 'daemon off;'"),
        ("both", "a && b"),
    ]
    assert _is_simple("nginx -c .run/nginx.conf -g 'daemon off;'") and not _is_simple("a && b")


def test_sigterm_stops_every_group_even_one_that_ignores_it(supervisor_factory, tmp_path):
    marker = tmp_path / "ran"
    procfile = (
        f"quoted: sh -c 'trap \"\" TERM; echo up > {marker}; while true; do sleep 0.2; done'\n"
        "plain: sleep 600\n"
        "compound: sleep 600 | cat\n"
    )
    supervisor = supervisor_factory(procfile, dict(os.environ))
    groups = supervisor.groups(3)
    _wait(marker.exists, timeout=10, what="the quoted line to run")
    started = time.monotonic()
    supervisor.process.send_signal(signal.SIGTERM)
    assert supervisor.process.wait(timeout=15) == 0
    assert time.monotonic() - started < 6
    assert not [name for name, pgid in groups.items() if _alive(pgid)]
    assert "killed after 3 s: quoted" in supervisor.output()
    assert not (supervisor.run_dir / "supervisor.pids").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_killed_worker_is_restarted_and_its_review_resumes_well_under_a_minute(
    rm, no_celery_worker, supervisor_factory, tmp_path
):
    celery_app.control.purge()
    mark = tmp_path / "engine-started"
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    hostname = f"supervised-{time.time_ns()}@t"
    procfile = (
        f"worker: {sys.executable} -m celery -A tests.reliability.slow_engine_worker worker --pool solo "
        f"--loglevel INFO --queues {queue} --hostname {hostname} --without-gossip --without-mingle\n"
        f"beat: {sys.executable} -m celery -A config beat --loglevel INFO --schedule {tmp_path / 'beat-schedule'}\n"
        "idle: sleep 600\n"
    )
    # The broker's visibility timeout stays at its default (300 s): the resume must not wait for it.
    env = process_env(
        SLOW_ENGINE_MARK=str(mark),
        SLOW_ENGINE_SECONDS="120",
        AUDIT_ANCHOR_PATH=str(tmp_path / "anchors.jsonl"),
    )  # beat anchors here, not in .run/
    env.pop("CELERY_VISIBILITY_TIMEOUT", None)
    supervisor = supervisor_factory(procfile, env)
    groups = supervisor.groups(3)
    _wait(lambda: celery_app.control.ping(destination=[hostname], timeout=0.5), timeout=40, what="the worker")

    session = make_review_session(rm, products=[ProductFactory()])
    ids = [s.pk for s in session_content_submit(session=session, author=rm)]
    _wait(mark.exists, timeout=40, what="the first engine check to start")
    [caught] = _wait(
        lambda: list(Submission.objects.filter(pk__in=ids, status=SubmissionStatus.CHECKING)),
        timeout=10,
        what="a submission in checking",
    )

    os.kill(int(mark.read_text()), signal.SIGKILL)  # the worker process running the check
    killed_at = time.monotonic()
    _wait(
        lambda: Submission.objects.filter(pk__in=ids, status__in=DONE).count() == len(ids),
        timeout=90,
        what="every submission to be checked after the worker was killed",
    )
    resumed_in = time.monotonic() - killed_at
    print(f"review resumed and finished {resumed_in:.1f} s after the worker was killed")
    assert resumed_in < 40, f"took {resumed_in:.1f} s"

    after = _pids(supervisor.run_dir)
    assert after["worker"] != groups["worker"], "the worker was restarted under a new pid"
    assert after["beat"] == groups["beat"] and after["idle"] == groups["idle"], "nothing else was restarted"
    assert supervisor.process.poll() is None
    assert "worker exited with code -9; restarting" in supervisor.output()
    for sub in Submission.objects.filter(pk__in=ids):
        assert sub.check_count == 1
        assert AuditEvent.objects.filter(event_type="submission.checked", subject_id=str(sub.pk)).count() == 1
    assert audit_verify() == []
    supervisor.stop()
    celery_app.control.purge()
