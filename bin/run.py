#!/usr/bin/env python
"""``make run``: migrate, load demo data once, print where to go, then supervise every Procfile process.

``bin/supervise.py`` starts the Procfile's lines, restarts one that crashes and stops them all on SIGTERM,
SIGINT or SIGHUP (see its docstring for why it replaced honcho).
"""

import os
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from supervise import Supervisor, die_with_parent, parse_procfile

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
RUN_DIR = ROOT / ".run"


def kept_secret(variable: str | None, file_name: str) -> str:
    """``variable`` from the environment, or one generated on the first run and kept (git-ignored) for the next."""
    if variable and os.environ.get(variable):
        return os.environ[variable]
    stored = RUN_DIR / file_name
    if not stored.exists():
        stored.write_text(secrets.token_urlsafe(9), encoding="utf-8")
        stored.chmod(0o600)
    return stored.read_text(encoding="utf-8").strip()


def demo_password() -> str:
    return kept_secret("DEMO_PASSWORD", "demo_password")


def fresh_metrics_dir() -> str:
    """The directory every process of this run writes its metrics into (prometheus_client's multiprocess mode),
    emptied first: the previous run's processes are gone, and their files would be summed with this run's."""
    path = Path(os.environ.get("PROMETHEUS_MULTIPROC_DIR") or RUN_DIR / "metrics")
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return str(path)


def wait_healthy(
    url: str, *, timeout: float = 180.0, interval: float = 0.5, stop: threading.Event | None = None
) -> bool:
    """Poll ``url`` (``/healthz``) until it answers 200; False on timeout or when ``stop`` is set.

    ``/healthz`` answers 503 while the database, Redis or the worker are still starting; a newcomer who
    opens the printed address then sees an error, so the address is printed only once this returns True.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not (stop and stop.is_set()):
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        time.sleep(interval)
    return False


def announce_when_healthy(
    url: str, password: str, *, flower: str = "", timeout: float = 180.0
) -> threading.Thread:
    """In the background: wait for ``/healthz``, then print where to go (or say why not)."""

    def run() -> None:
        if wait_healthy(f"{url}healthz", timeout=timeout):
            print(
                f"\nCloud Studio is ready: {url}  (API docs {url}api/docs/, health {url}healthz, metrics {url}metrics, "
                f"admin {url}admin/)\n"
                + (f"Flower (Celery): {flower}\n" if flower else "")
                + "Demo logins: rm1, rm2 (RMs), officer1, officer2 (compliance), product1 (product desk), "
                "manager1 (branch), head1 (head office), c1, c2, c3, c5 (customers; c3's assessment has expired)"
                f" — password: {password}\nCtrl-C (or SIGTERM) stops everything.\n",
                flush=True,
            )
        else:
            print(
                f"\nCloud Studio did not become healthy within {timeout:.0f} s: see {url}healthz and the "
                "logs above.\n",
                flush=True,
            )

    thread = threading.Thread(target=run, name="announce", daemon=True)
    thread.start()
    return thread


def main() -> int:
    os.chdir(ROOT)
    RUN_DIR.mkdir(
        exist_ok=True
    )  # always: beat's schedule, logs and pid files live here, DEMO_PASSWORD or not
    bin_dir = str(Path(PYTHON).parent)  # the venv's daphne and celery, for the Procfile
    env = {
        **os.environ,
        "DEMO_PASSWORD": demo_password(),
        "PORT": os.environ.get("PORT", "8000"),
        "PATH": os.pathsep.join([bin_dir, os.environ.get("PATH", "")]),
    }
    env.setdefault("DEBUG", "true")
    # Flower (the Celery queue view, docs/operations.md): loopback only, behind basic auth. Flower reads every
    # FLOWER_* variable as an option (and stops at an unknown one), so the password has no variable of its own.
    env.setdefault("FLOWER_PORT", "5555")
    env.setdefault("FLOWER_BASIC_AUTH", f"ops:{kept_secret(None, 'flower_password')}")
    # Each Procfile process may get its own PORT: the ingest's callbacks must reach the web process's.
    env.setdefault("BROADCAST_CALLBACK_BASE_URL", f"http://127.0.0.1:{env['PORT']}")
    supervisor = Supervisor(
        parse_procfile((ROOT / os.environ.get("PROCFILE", "Procfile")).read_text(encoding="utf-8")),
        env=env,
        cwd=ROOT,
        run_dir=RUN_DIR,
        stop_timeout=float(os.environ.get("SUPERVISOR_STOP_TIMEOUT", "8")),
    )
    supervisor.clean_leftovers()  # a SIGKILLed earlier run's processes must not hold the port or the database
    env["PROMETHEUS_MULTIPROC_DIR"] = fresh_metrics_dir()  # after: no process of an earlier run writes there
    # Until the supervisor takes over, SIGTERM and SIGHUP stop the setup steps as Ctrl-C does.
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.default_int_handler)
    try:
        for step in (["manage.py", "migrate", "--noinput"], ["manage.py", "demo_data"]):
            subprocess.run([PYTHON, *step], check=True, env=env, preexec_fn=die_with_parent)
    except KeyboardInterrupt:
        return 130
    url = f"http://127.0.0.1:{env['PORT']}/"
    print("\nStarting Cloud Studio; its address follows once /healthz answers 200 …\n", flush=True)
    flower = (
        f"http://127.0.0.1:{env['FLOWER_PORT']}/ — {env['FLOWER_BASIC_AUTH'].split(',')[0]} (user:password)"
    )
    announce_when_healthy(url, env["DEMO_PASSWORD"], flower=flower)
    return supervisor.run()


if __name__ == "__main__":
    sys.exit(main())
