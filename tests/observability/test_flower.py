"""Flower, the Celery queue view: the Procfile's own line, on loopback, refusing anyone without the password."""

import base64
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from tests.support.process import free_port

ROOT = Path(__file__).resolve().parents[2]


def procfile_line(name: str) -> str:
    """The command of ``name`` in the Procfile that ``make run`` supervises."""
    for line in (ROOT / "Procfile").read_text(encoding="utf-8").splitlines():
        key, _, command = line.partition(":")
        if key.strip() == name:
            return command.strip()
    raise AssertionError(f"no {name} line in the Procfile")


def status(url: str, auth: str | None = None) -> int:
    request = urllib.request.Request(url)
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=3) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return 0


@pytest.fixture
def flower():
    command = procfile_line("flower")
    port = free_port()
    env = {
        **os.environ,
        "FLOWER_PORT": str(port),
        "FLOWER_BASIC_AUTH": "ops:flower-test-password",
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "REDIS_URL": settings.REDIS_URL,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    }
    process = subprocess.Popen(
        ["/bin/sh", "-c", f"exec {command}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while status(url + "/") == 0:
            assert process.poll() is None, "flower exited at start"
            assert time.monotonic() < deadline, "flower did not listen within 60 s"
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_flower_answers_only_with_the_password(flower):
    assert status(flower + "/") == 401
    assert status(flower + "/api/workers") == 401  # the API too
    assert status(flower + "/", auth="ops:wrong") == 401
    assert status(flower + "/", auth="ops:flower-test-password") == 200
    assert status(flower + "/api/workers", auth="ops:flower-test-password") == 200


def test_the_procfile_binds_flower_to_loopback_only():
    command = procfile_line("flower")
    assert "--address=127.0.0.1" in command and "$FLOWER_PORT" in command
