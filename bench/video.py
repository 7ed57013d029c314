#!/usr/bin/env python
"""Live-video benchmark (issue 14): the ingest with K publishers and V HLS viewers, and the browser path's
transcode cost.

    python bench/video.py --publishers 20 --viewers 2000 [--duration 30] [--procs 2] [--quick]

Starts its own nginx-rtmp from the project's template (``broadcast/nginx.conf.template``) on free loopback
ports in a temporary directory, with the callbacks answered 200 by a stub (this measures the ingest and
HLS delivery; the gate's own cost is a few small queries per publisher every few seconds). Then:

1. K publishers: ffmpeg looping a pre-encoded 640x360 H.264/AAC clip with ``-c copy`` (publishing costs
   little; the server does no transcoding). Publish-to-first-segment: from ffmpeg's start until the
   stream's playlist lists its first (and second) segment.
2. Ingest CPU per publisher: the nginx processes' CPU time (``/proc``) over a window with only publishers.
3. V viewers (asyncio, in ``--procs`` load processes), each polling its stream's signed playlist every
   target duration and fetching each new segment over a keep-alive connection, as hls.js does: p50/p99
   segment fetch time (request to last byte), errors, and nginx's CPU meanwhile.
4. The browser path: the relay's own ffmpeg command (``broadcast/relay.py``) on 20 s of 1280x720 25 fps
   video as Chromium's MediaRecorder sends it (H.264 + Opus: picture copied, audio to AAC), and as a
   VP8-only browser would (picture re-encoded): CPU seconds per second of video = cores per broadcasting RM.

The last line is one JSON object with the figures. The load processes share the machine with nginx: on a
small machine the load generator can be the limit; its CPU is printed too.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

from broadcast import ingest, relay, tokens  # noqa: E402
from tests.support.process import free_port  # noqa: E402

CLK = os.sysconf("SC_CLK_TCK")


class _Allow(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / CLK


def nginx_pids(master: int) -> list[int]:
    children = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout.split()
    return [master, *map(int, children)]


def make_clip(path: Path, *, seconds: int, size: str, args: list[str], audio: list[str]) -> Path:
    subprocess.run(
        [
            shutil.which("ffmpeg"),
            "-y",
            "-hide_banner",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            f"testsrc2=size={size}:rate=25:duration={seconds}",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency=440:duration={seconds}",
            *args,
            *audio,
            str(path),
        ],
        check=True,
    )
    return path


# ------------------------------------------------------------------ viewers (load processes)


async def _request(reader, writer, path: str) -> bytes:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    headers = head.decode("latin-1").lower()
    if "transfer-encoding: chunked" in headers:
        body = bytearray()
        while True:
            size = int((await reader.readline()).strip(), 16)
            if size == 0:
                await reader.readline()
                break
            body += await reader.readexactly(size)
            await reader.readline()
    else:
        length = int(re.search(r"content-length: (\d+)", headers).group(1))
        body = await reader.readexactly(length)
    if status != 200:
        raise RuntimeError(f"HTTP {status}")
    return bytes(body)


async def _viewer(port: int, playlist: str, until: float, fetches: list, errors: list) -> None:
    seen: set[str] = set()
    base = playlist.rsplit("/", 1)[0]
    reader = writer = None
    while time.monotonic() < until:
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            text = (await _request(reader, writer, playlist)).decode()
            target = float(re.search(r"#EXT-X-TARGETDURATION:(\d+)", text).group(1))
            segments = [line for line in text.splitlines() if ".ts?" in line]
            fresh = (
                [s for s in segments if s not in seen][-2:]
                if not seen
                else [s for s in segments if s not in seen]
            )
            for segment in fresh:
                started = time.monotonic()
                await _request(reader, writer, f"{base}/{segment}")
                fetches.append(time.monotonic() - started)
                seen.add(segment)
            await asyncio.sleep(target)
        except (OSError, RuntimeError, asyncio.IncompleteReadError, AttributeError, ValueError) as exc:
            errors.append(type(exc).__name__)
            if writer is not None:
                writer.close()
            writer = None
            await asyncio.sleep(1)
    if writer is not None:
        writer.close()


def _load_process(port: int, playlists: list[str], seconds: float, out) -> None:
    async def main():
        fetches, errors = [], []
        until = time.monotonic() + seconds
        tasks = []
        for i, playlist in enumerate(playlists):
            tasks.append(asyncio.create_task(_viewer(port, playlist, until, fetches, errors)))
            if i % 50 == 49:
                await asyncio.sleep(0.05)  # ramp up, as viewers arrive over seconds
        await asyncio.gather(*tasks)
        return fetches, errors

    started = time.process_time()
    fetches, errors = asyncio.run(main())
    out.put((fetches, errors, time.process_time() - started))


# ------------------------------------------------------------------ the browser path


def transcode_cost(workdir: Path, seconds: int = 20) -> dict:
    results = {}
    clips = {
        "h264_opus_copy": (
            "video/webm;codecs=h264,opus",
            make_clip(
                workdir / "chromium-h264.mkv",
                seconds=seconds,
                size="1280x720",
                args=[
                    "-c:v",
                    "libx264",
                    "-preset",
                    "veryfast",
                    "-profile:v",
                    "baseline",
                    "-b:v",
                    "1500k",
                    "-g",
                    "25",
                ],
                audio=["-c:a", "libopus", "-b:a", "96k"],
            ),
        ),
        "vp8_opus_transcode": (
            "video/webm;codecs=vp8,opus",
            make_clip(
                workdir / "browser-vp8.webm",
                seconds=seconds,
                size="1280x720",
                args=[
                    "-c:v",
                    "libvpx",
                    "-deadline",
                    "realtime",
                    "-cpu-used",
                    "8",
                    "-b:v",
                    "1500k",
                    "-g",
                    "25",
                ],
                audio=["-c:a", "libopus", "-b:a", "96k"],
            ),
        ),
    }
    for name, (mime, clip) in clips.items():
        command = relay.ffmpeg_command(str(workdir / f"{name}.flv"), mime)
        with open(clip, "rb") as source:
            process = subprocess.Popen(command, stdin=source)
            _, status, usage = os.wait4(process.pid, 0)
        cpu = usage.ru_utime + usage.ru_stime
        results[name] = round(cpu / seconds, 3)
        print(
            f"browser path {name}: {cpu:.2f} CPU-s for {seconds} s of 720p25 video = "
            f"{cpu / seconds:.3f} cores per broadcasting RM (exit {status >> 8})",
            flush=True,
        )
    return results


# ------------------------------------------------------------------ main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--publishers", type=int, default=20)
    parser.add_argument("--viewers", type=int, default=2000)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of viewer load")
    parser.add_argument("--procs", type=int, default=2, help="viewer load processes")
    parser.add_argument("--fragment", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="3 publishers, 100 viewers, 10 s")
    args = parser.parse_args()
    if args.quick:
        args.publishers, args.viewers, args.duration = 3, 100, 10.0
    if not (shutil.which("ffmpeg") and Path(ingest.RTMP_MODULE).exists()):
        sys.exit("needs nginx with libnginx-mod-rtmp and ffmpeg: run `make video-tools`")

    workdir = Path(tempfile.mkdtemp(prefix="bench-video-"))
    stub = ThreadingHTTPServer(("127.0.0.1", 0), _Allow)
    threading.Thread(target=stub.serve_forever, daemon=True).start()
    config = ingest.IngestConfig(
        run_dir=workdir / "video",
        rtmp_port=free_port(),
        http_port=free_port(),
        callback_base_url=f"http://127.0.0.1:{stub.server_address[1]}",
        update_interval=3,
        fragment=args.fragment,
    )
    nginx = ingest.start(config)
    publishers: list[subprocess.Popen] = []
    try:
        time.sleep(0.5)
        clip = make_clip(
            workdir / "clip.mp4",
            seconds=10,
            size="640x360",
            args=[
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-b:v",
                "400k",
                "-g",
                "50",
                "-pix_fmt",
                "yuv420p",
            ],
            audio=["-c:a", "aac", "-b:a", "64k"],
        )
        ids = [f"{i:020x}" for i in range(1, args.publishers + 1)]
        starts, first, second = {}, {}, {}
        for public_id in ids:
            starts[public_id] = time.monotonic()
            publishers.append(
                subprocess.Popen(
                    [
                        shutil.which("ffmpeg"),
                        "-hide_banner",
                        "-loglevel",
                        "error",
                        "-re",
                        "-stream_loop",
                        "-1",
                        "-i",
                        str(clip),
                        "-c",
                        "copy",
                        "-f",
                        "flv",
                        f"rtmp://127.0.0.1:{config.rtmp_port}/live/{public_id}?key=bench",
                    ],
                    stdin=subprocess.DEVNULL,
                )
            )
        deadline = time.monotonic() + 30
        while len(second) < len(ids) and time.monotonic() < deadline:
            for public_id in ids:
                playlist = config.hls_path / public_id / "index.m3u8"
                if public_id in second or not playlist.exists():
                    continue
                count = playlist.read_text().count(".ts")
                now = time.monotonic()
                if count >= 1 and public_id not in first:
                    first[public_id] = now - starts[public_id]
                if count >= 2:
                    second[public_id] = now - starts[public_id]
            time.sleep(0.05)
        alive = sum(p.poll() is None for p in publishers)
        print(
            f"{args.publishers} publishers ({alive} alive): publish→first segment p50 "
            f"{statistics.median(first.values()):.2f} s, max {max(first.values()):.2f} s; "
            f"→ second segment (hls.js starts) max {max(second.values()):.2f} s",
            flush=True,
        )

        pids = nginx_pids(nginx.pid)
        cpu0, t0 = cpu_seconds(pids), time.monotonic()
        time.sleep(10)
        ingest_cpu = (cpu_seconds(pids) - cpu0) / (time.monotonic() - t0)
        print(
            f"ingest CPU with {args.publishers} publishers, no viewers: {ingest_cpu * 100:.1f} % of a core "
            f"= {ingest_cpu * 100 / args.publishers:.2f} % per publisher",
            flush=True,
        )

        expires = int(time.time()) + 3600
        playlists = [
            f"/live/{ids[i % len(ids)]}/index.m3u8?e={expires}&t="
            f"{tokens.playback_token(ids[i % len(ids)], expires)}"
            for i in range(args.viewers)
        ]
        out = multiprocessing.Queue()
        shares = [playlists[i :: args.procs] for i in range(args.procs)]
        loaders = [
            multiprocessing.Process(target=_load_process, args=(config.http_port, share, args.duration, out))
            for share in shares
        ]
        cpu0, t0 = cpu_seconds(pids), time.monotonic()
        for loader in loaders:
            loader.start()
        results = [out.get() for _ in loaders]
        for loader in loaders:
            loader.join()
        nginx_cpu = (cpu_seconds(pids) - cpu0) / (time.monotonic() - t0)
        fetches = sorted(f for r in results for f in r[0])
        errors = [e for r in results for e in r[1]]
        load_cpu = sum(r[2] for r in results) / args.duration
        p50 = fetches[len(fetches) // 2] * 1000 if fetches else None
        p99 = fetches[int(len(fetches) * 0.99)] * 1000 if fetches else None
        print(
            f"{args.viewers} HLS viewers for {args.duration:.0f} s: {len(fetches)} segment fetches, p50 "
            f"{p50:.1f} ms, p99 {p99:.1f} ms, {len(errors)} errors {sorted(set(errors))}; nginx CPU "
            f"{nginx_cpu * 100:.0f} % of a core; load generator CPU {load_cpu * 100:.0f} % (of {args.procs} procs)",
            flush=True,
        )
        alive = sum(p.poll() is None for p in publishers)
    finally:
        for publisher in publishers:
            publisher.terminate()
        for publisher in publishers:
            publisher.wait()
        nginx.terminate()
        nginx.wait()
        stub.shutdown()
    browser = transcode_cost(workdir)
    shutil.rmtree(workdir, ignore_errors=True)
    print(
        json.dumps(
            {
                "publishers": args.publishers,
                "publishers_alive_at_end": alive,
                "viewers": args.viewers,
                "publish_to_first_segment_s_max": round(max(first.values()), 2),
                "publish_to_second_segment_s_max": round(max(second.values()), 2),
                "ingest_cpu_pct_per_publisher": round(ingest_cpu * 100 / args.publishers, 2),
                "segment_fetch_p50_ms": round(p50, 1),
                "segment_fetch_p99_ms": round(p99, 1),
                "segment_fetches": len(fetches),
                "viewer_errors": len(errors),
                "nginx_cpu_pct_with_viewers": round(nginx_cpu * 100),
                "loadgen_cpu_pct": round(load_cpu * 100),
                "browser_path_cores_per_rm": browser,
            }
        )
    )


if __name__ == "__main__":
    main()
