#!/usr/bin/env python
"""``make run``: migrate, load demo data once, print where to go, then run every process with honcho."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def demo_password() -> str:
    """DEMO_PASSWORD, or one generated on the first run and kept (git-ignored) for the next runs."""
    if os.environ.get("DEMO_PASSWORD"):
        return os.environ["DEMO_PASSWORD"]
    stored = ROOT / ".run" / "demo_password"
    stored.parent.mkdir(exist_ok=True)
    if not stored.exists():
        stored.write_text(secrets.token_urlsafe(9), encoding="utf-8")
        stored.chmod(0o600)
    return stored.read_text(encoding="utf-8").strip()


def main() -> int:
    os.chdir(ROOT)
    bin_dir = str(Path(PYTHON).parent)  # the venv's daphne and celery, for the Procfile
    env = {**os.environ, "DEMO_PASSWORD": demo_password(), "PORT": os.environ.get("PORT", "8000"),
           "PATH": os.pathsep.join([bin_dir, os.environ.get("PATH", "")])}
    env.setdefault("DEBUG", "true")
    # honcho gives each process its own PORT: the ingest's callbacks must reach the web process's.
    env.setdefault("BROADCAST_CALLBACK_BASE_URL", f"http://127.0.0.1:{env['PORT']}")
    for step in (["manage.py", "migrate", "--noinput"], ["manage.py", "demo_data"]):
        subprocess.run([PYTHON, *step], check=True, env=env)
    url = f"http://127.0.0.1:{env['PORT']}/"
    print(
        f"\nCloud Studio: {url}  (API docs {url}api/docs/, health {url}healthz, admin {url}admin/)\n"
        f"Demo logins: rm1, rm2 (RMs), officer1 (compliance), c1, c2, c3, c5 (customers; c3's assessment has "
        f"expired) — password: {env['DEMO_PASSWORD']}\nCtrl-C stops everything.\n",
        flush=True,
    )
    honcho = str(Path(bin_dir) / "honcho")
    return subprocess.call([honcho, "-f", "Procfile", "start"], env=env)


if __name__ == "__main__":
    sys.exit(main())
