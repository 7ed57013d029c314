"""The fan-out benchmark works end to end (a tiny run; figures are not judged here, only that it measures).

``bench/fanout.py`` starts its own Redis, a SQLite database and Daphne running the real project, drives real
WebSocket viewers and an RM sender through the live room and through the bare floor server, and prints one
JSON object last. This test runs it with a handful of viewers at one low rate.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    "viewers",
    "processes",
    "max_deliveries_per_s",
    "p99_ms_at_max",
    "lost",
    "rss_kb_per_conn",
    "bare_max_deliveries_per_s",
    "ratio",
    "load_average",
}


def _run(*args: str) -> tuple[dict, str]:
    completed = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "fanout.py"),
            "--no-pin",
            "--duration",
            "1",
            "--drain",
            "2",
            "--rates",
            "4",
            *args,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=170,
    )
    output = completed.stdout
    assert completed.returncode == 0, output[-3000:] + completed.stderr[-3000:]
    return json.loads(output.strip().splitlines()[-1]), output


@pytest.mark.timeout(200)
def test_bench_delivers_every_line_to_every_viewer_of_the_project_and_the_floor():
    # Two rooms of 6 viewers, each room split across two Daphne processes; 4 lines/s in all for 1 s.
    result, output = _run("--viewers", "12", "--processes", "2", "--rooms", "2", "--churn", "2")

    assert set(result) == KEYS
    assert result["viewers"] == 12 and result["processes"] == 2
    assert result["max_deliveries_per_s"] == pytest.approx(24, rel=0.3), output
    assert result["bare_max_deliveries_per_s"] == pytest.approx(24, rel=0.3), output
    assert result["lost"] == 0, output
    assert result["ratio"] == pytest.approx(1, rel=0.3)
    # Same order on both processes, nothing twice, and viewers that reconnected with resume missed nothing.
    assert "out of order: 0, seq/line mismatches between viewers: 0, duplicates: 0" in output
    assert "statuses: {'published':" in output
    assert "reconnected with resume: 2" in output


@pytest.mark.timeout(200)
def test_connect_storm_times_every_viewer_of_the_project_and_the_floor():
    completed = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "fanout.py"), "--no-pin", "--connect-storm", "40"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=170,
    )
    output = completed.stdout
    assert completed.returncode == 0, output[-3000:] + completed.stderr[-3000:]
    result = json.loads(output.strip().splitlines()[-1])

    assert {"viewers", "connect_s", "bare_connect_s", "ratio"} <= set(result)
    assert result["viewers"] == 40 and result["failed"] == {"ours": 0, "bare": 0}, output
    assert result["connect_s"] > 0 and result["bare_connect_s"] > 0
    assert result["ratio"] == pytest.approx(result["bare_connect_s"] / result["connect_s"], abs=0.002)
    assert output.count("greeted 40") == 2, output  # every viewer got its first frame, on both servers
