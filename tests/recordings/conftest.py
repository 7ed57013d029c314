"""Recordings fixtures: the real ingest (``tests.support.video``) and FLV files made by ffmpeg, as the ingest
(nginx-rtmp ``record all``) writes them: H.264 + AAC in FLV, a keyframe every second."""

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings

from tests.support.video_fixtures import callback_server, ingest  # noqa: F401 - the real nginx-rtmp ingest


def make_flv(path: Path, seconds: float, *, size: str = "320x240", rate: int = 25) -> Path:
    """A test-pattern broadcast of ``seconds`` as the ingest records it."""
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"testsrc=size={size}:rate={rate}",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=440:sample_rate=44100",
            "-t",
            str(seconds),
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-g",
            str(rate),
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-b:a",
            "64k",
            "-f",
            "flv",
            str(path),
        ],
        check=True,
        timeout=120,
    )
    return path


@pytest.fixture
def ingest_dir(tmp_path):
    """Where the 'ingest' leaves its recordings (the worker reads them by path, as on one host)."""
    directory = tmp_path / "ingest"
    directory.mkdir()
    return directory


@pytest.fixture(autouse=True)
def _empty_recordings_store():
    root = Path(settings.RECORDINGS_ROOT)
    shutil.rmtree(root, ignore_errors=True)
    yield
    shutil.rmtree(root, ignore_errors=True)


def wait_for(predicate, *, timeout=60.0, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError("condition not reached in time")
