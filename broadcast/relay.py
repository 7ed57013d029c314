"""The browser path: one ffmpeg per broadcasting RM, fed the MediaRecorder's WebM chunks on stdin and
pushing FLV into the same gated ingest as OBS (with a short-lived internal key).

Chromium's MediaRecorder emits H.264 in WebM, which is copied into FLV as it is; its Opus audio is
transcoded to AAC (RTMP and HLS carry AAC), which costs little. A browser that can only emit VP8/VP9
gets the picture re-encoded to H.264 (``-preset veryfast``): the CPU figures are in docs/video.md.
"""

import asyncio
import contextlib
import shutil
import time

CHUNK_LIMIT = 4 * 1024 * 1024  # one MediaRecorder slice (250 ms) is far smaller; larger is refused
DRAIN_TIMEOUT = 5.0


def video_is_h264(mime: str) -> bool:
    mime = mime.lower()
    return "h264" in mime or "avc1" in mime


def ffmpeg_command(push_url: str, mime: str) -> list[str]:
    ffmpeg = shutil.which("ffmpeg") or "ffmpeg"
    video = (
        ["-c:v", "copy"]
        if video_is_h264(mime)
        else [
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-tune",
            "zerolatency",
            "-g",
            "50",
            "-pix_fmt",
            "yuv420p",
            "-b:v",
            "1500k",
            "-maxrate",
            "1800k",
            "-bufsize",
            "3000k",
        ]
    )
    return [
        ffmpeg,
        "-hide_banner",
        "-loglevel",
        "error",
        "-fflags",
        "+genpts",
        "-f",
        "matroska",
        "-i",
        "pipe:0",
        *video,
        "-c:a",
        "aac",
        "-b:a",
        "96k",
        "-ar",
        "44100",
        "-f",
        "flv",
        push_url,
    ]


class BrowserRelay:
    """The ffmpeg of one browser broadcast. ``feed`` applies back-pressure; ``stop`` is idempotent."""

    def __init__(self, push_url: str, mime: str) -> None:
        self.command = ffmpeg_command(push_url, mime)
        self.transcoding = not video_is_h264(mime)
        self.process: asyncio.subprocess.Process | None = None
        self.bytes_in = 0
        self.started_at = 0.0
        self.errors: list[str] = []
        self._stderr_task: asyncio.Task | None = None

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            *self.command,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        self.started_at = time.monotonic()
        self._stderr_task = asyncio.create_task(self._read_stderr())

    async def _read_stderr(self) -> None:
        assert self.process and self.process.stderr
        async for line in self.process.stderr:
            self.errors = [*self.errors[-9:], line.decode(errors="replace").strip()]

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.returncode is None

    async def feed(self, chunk: bytes) -> bool:
        """Write one chunk; False when ffmpeg has gone (the ingest refused or cut the stream)."""
        if not self.running or self.process.stdin is None:
            return False
        try:
            self.process.stdin.write(chunk)
            await asyncio.wait_for(self.process.stdin.drain(), DRAIN_TIMEOUT)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            return False
        self.bytes_in += len(chunk)
        return True

    async def wait(self) -> int:
        assert self.process is not None
        return await self.process.wait()

    async def stop(self) -> None:
        if self.process is None:
            return
        if self.process.stdin is not None and not self.process.stdin.is_closing():
            self.process.stdin.close()
        try:
            await asyncio.wait_for(self.process.wait(), 5)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()
            await self.process.wait()
        if self._stderr_task is not None:
            self._stderr_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._stderr_task
