"""Multiprocess mode: another process's counts are summed into this one's scrape; a dead process's per-process
gauges disappear (also when it was killed and cleaned up nothing), its counters stay in the sums."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.observability.helpers import scrape, value

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import os, sys
from observability import metrics
metrics.viewer_joined(); metrics.viewer_joined(); metrics.room_opened()
metrics.chat_line("held", "customer")
print(os.getpid(), flush=True)
if sys.argv[1] == "killed":
    os._exit(0)  # no atexit: as if SIGKILLed
"""


def run_child(how: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, how],
        cwd=ROOT,
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return int(result.stdout.strip())


def series_of(pid: int) -> list[str]:
    return [
        name for name in os.listdir(os.environ["PROMETHEUS_MULTIPROC_DIR"]) if name.endswith(f"_{pid}.db")
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("how", ["exited", "killed"])
def test_a_gone_process_leaves_its_counters_and_takes_its_gauges(client, how):
    before = value(scrape(client), "cloudstudio_chat_lines_total", verdict="held", role="customer")

    pid = run_child(how)
    text = client.get("/metrics").content.decode()

    assert f'pid="{pid}"' not in text  # its viewers and rooms are gone with it
    assert not [name for name in series_of(pid) if name.startswith("gauge_live")]
    after = value(scrape(client), "cloudstudio_chat_lines_total", verdict="held", role="customer")
    assert after == before + 1  # what it counted stays counted
