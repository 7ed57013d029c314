"""``make run``'s demo camera: an ffmpeg test pattern published into rm1's live demo session.

It goes through the real gate (a short-lived internal key, the ingest's callbacks), so a newcomer sees a
moving picture at once, and sees it refused when the session ends. ``BROADCAST_DEMO_CAMERA=false`` turns
it off (the process then idles, so the process runner keeps the others running).
"""

import shutil
import signal
import socket
import subprocess
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from broadcast import services
from studio.demo import DEMO_SESSION_TITLE
from studio.models import LiveSession, SessionState


def demo_camera_command(push_url: str) -> list[str]:
    return [
        shutil.which("ffmpeg") or "ffmpeg",
        "-hide_banner",
        "-loglevel",
        "error",
        "-re",
        "-f",
        "lavfi",
        "-i",
        "testsrc2=size=640x360:rate=15",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=220:beep_factor=4",
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
        "-b:v",
        "600k",
        "-c:a",
        "aac",
        "-b:a",
        "64k",
        "-f",
        "flv",
        push_url,
    ]


class Command(BaseCommand):
    help = "Publish a moving test pattern into rm1's live demo session through the gated ingest."

    def handle(self, *args, **options):
        self.running = True
        self.child: subprocess.Popen | None = None
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        if not settings.BROADCAST_DEMO_CAMERA:
            self.stdout.write("demo camera: off (BROADCAST_DEMO_CAMERA=false)")
            while self.running:
                time.sleep(1)
            return
        while self.running:
            close_old_connections()
            session = (
                LiveSession.objects.filter(
                    title=DEMO_SESSION_TITLE, state=SessionState.LIVE, studio__owner__username="rm1"
                )
                .order_by("-id")
                .first()
            )
            if session is None or not self._ingest_up():
                self._sleep(5)
                continue
            url = services.stream_internal_push_url(session=session)
            self.stdout.write(
                f"demo camera: publishing into session {session.pk}",
            )
            self.stdout.flush()
            self.child = subprocess.Popen(demo_camera_command(url), stdin=subprocess.DEVNULL)
            self.child.wait()
            self.child = None
            self._sleep(5)  # refused or cut (session ended, gate closed, stopped): ask again later

    def _ingest_up(self) -> bool:
        with socket.socket() as probe:
            probe.settimeout(0.5)
            return probe.connect_ex(("127.0.0.1", settings.BROADCAST_RTMP_PORT)) == 0

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while self.running and time.monotonic() < deadline:
            time.sleep(0.2)

    def _stop(self, signum, frame) -> None:
        self.running = False
        if self.child is not None and self.child.poll() is None:
            self.child.terminate()
