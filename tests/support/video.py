"""Real nginx-rtmp and ffmpeg for tests: an ingest per test in a temporary directory, publishers, waits."""

import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from broadcast import ingest
from broadcast.models import IngestEvent

UPDATE_INTERVAL = 2  # the ingest re-asks every 2 s in tests, so a cut must come within about that
FRAGMENT = 1


@dataclass(frozen=True)
class VideoPorts:
    """Ports reserved for the test run's ingests, known to the Daphne subprocess before it starts."""

    rtmp: int
    http: int

    def env(self) -> dict[str, str]:
        return {
            "BROADCAST_RTMP_PORT": str(self.rtmp),
            "BROADCAST_HTTP_PORT": str(self.http),
            "BROADCAST_UPDATE_INTERVAL": str(UPDATE_INTERVAL),
            "BROADCAST_DEMO_CAMERA": "false",
        }


def _port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


class Ingest:
    """nginx with the rtmp module, rendered from the project's template, calling back ``callback_base_url``."""

    def __init__(self, run_dir: Path, ports: VideoPorts, callback_base_url: str) -> None:
        self.config = ingest.IngestConfig(
            run_dir=run_dir,
            rtmp_port=ports.rtmp,
            http_port=ports.http,
            callback_base_url=callback_base_url,
            update_interval=UPDATE_INTERVAL,
            fragment=FRAGMENT,
        )
        self.process: subprocess.Popen | None = None
        self.rtmp_url = f"rtmp://127.0.0.1:{ports.rtmp}/live"
        self.http_url = f"http://127.0.0.1:{ports.http}"

    def start(self) -> "Ingest":
        deadline = time.monotonic() + 10
        while _port_open(self.config.rtmp_port) or _port_open(
            self.config.http_port
        ):  # a previous test's nginx
            if time.monotonic() > deadline:
                raise RuntimeError("the ingest ports stay busy")
            time.sleep(0.1)
        self.process = ingest.start(self.config)
        deadline = time.monotonic() + 10
        while not (_port_open(self.config.rtmp_port) and _port_open(self.config.http_port)):
            if self.process.poll() is not None or time.monotonic() > deadline:
                log = self.config.run_dir / "nginx-error.log"
                raise RuntimeError(f"nginx did not start: {log.read_text() if log.exists() else ''}")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def settle(self, timeout: float = 10.0) -> None:
        """Wait for the callbacks of the publishes that ended to be answered (record done is the last), so the
        table flush after a test does not race a callback's write in the server."""
        accepted = IngestEvent.objects.filter(kind="publish_accepted")
        wait_until(
            lambda: IngestEvent.objects.filter(kind="record_done").count() >= accepted.count(),
            timeout=timeout,
        )
        time.sleep(0.3)

    def hls_dir(self, public_id: str) -> Path:
        return self.config.hls_path / public_id

    def segments(self, public_id: str) -> list[str]:
        playlist = self.hls_dir(public_id) / "index.m3u8"
        if not playlist.exists():
            return []
        return [line for line in playlist.read_text().splitlines() if line.endswith(".ts")]


def ffmpeg_publish(url: str, *, seconds: float = 30, log: Path | None = None) -> subprocess.Popen:
    """ffmpeg publishing a moving test pattern with a tone (H.264 + AAC, a key frame every second)."""
    ffmpeg = shutil.which("ffmpeg")
    assert ffmpeg, "ffmpeg is not installed: run `make video-tools`"
    command = [
        ffmpeg,
        "-hide_banner",
        "-loglevel",
        "error",
        "-re",
        "-f",
        "lavfi",
        "-i",
        f"testsrc2=size=320x180:rate=15:duration={seconds}",
        "-f",
        "lavfi",
        "-i",
        f"sine=frequency=440:duration={seconds}",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-tune",
        "zerolatency",
        "-g",
        "15",
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "aac",
        "-b:a",
        "64k",
        "-f",
        "flv",
        url,
    ]
    return subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=open(log, "wb") if log else subprocess.DEVNULL,
    )  # noqa: SIM115


def wait_until(predicate, *, timeout: float, step: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())
