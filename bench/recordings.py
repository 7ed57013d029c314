"""Recording cost on this machine: a 10-minute 720p broadcast (generated) through the recordings pipeline.

Prints the time of each step the Celery task runs (remux -c copy with faststart, ffprobe, SHA-256, store through
the storage API), of a cut (keyframes + concat copy), and the storage per hour. The clip is encoded once, like
an RM's encoder would (H.264 at the given bitrate, AAC 128k, keyframe every 2 s), and cached in .run/.

    .venv/bin/python bench/recordings.py [--minutes 10] [--bitrate 2500k]
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recordings import media  # noqa: E402


def clip(minutes: int, bitrate: str) -> Path:
    path = ROOT / ".run" / f"bench-{minutes}min-720p-{bitrate}.flv"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        started = time.monotonic()
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
                "testsrc2=size=1280x720:rate=25",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:sample_rate=44100",
                "-t",
                str(minutes * 60),
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-b:v",
                bitrate,
                "-maxrate",
                bitrate,
                "-bufsize",
                bitrate,
                "-g",
                "50",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-b:a",
                "128k",
                "-f",
                "flv",
                str(path),
            ],
            check=True,
        )
        print(
            f"generated {path.name} in {time.monotonic() - started:.1f} s (encoding, not part of the pipeline)"
        )
    return path


def timed(label: str, fn):
    cpu0, t0 = os.times(), time.monotonic()
    value = fn()
    cpu1, wall = os.times(), time.monotonic() - t0
    child = (cpu1.children_user + cpu1.children_system) - (cpu0.children_user + cpu0.children_system)
    own = (cpu1.user + cpu1.system) - (cpu0.user + cpu0.system)
    print(f"{label:<32} {wall:7.2f} s wall  {child + own:7.2f} s CPU")
    return value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=int, default=10)
    parser.add_argument("--bitrate", default="2500k")
    args = parser.parse_args()
    source = clip(args.minutes, args.bitrate)
    work = Path(tempfile.mkdtemp(prefix="rec-bench-"))
    try:
        mp4 = work / "recording.mp4"
        total0 = time.monotonic()
        timed("remux to MP4 (-c copy, faststart)", lambda: media.remux_to_mp4(source, mp4))
        duration = timed("ffprobe duration", lambda: media.probe_duration(mp4))
        timed("SHA-256", lambda: media.sha256_file(mp4))
        store = work / "store"
        store.mkdir()
        timed("store (filesystem copy)", lambda: shutil.copyfile(mp4, store / "recording.mp4"))
        total = time.monotonic() - total0
        keys = timed("keyframes (ffprobe)", lambda: media.keyframe_times(mp4))
        kept, _ = media.cut_plan(duration=duration, keyframes=keys, cuts=[(60, 120)])
        timed(
            "cut 60 s out (concat -c copy)",
            lambda: media.concat_copy(
                [media.Piece(mp4, a, b) for a, b in kept], work / "cut.mp4", workdir=work
            ),
        )
        size = mp4.stat().st_size
        print(f"duration {duration:.1f} s, FLV {source.stat().st_size / 1e6:.1f} MB, MP4 {size / 1e6:.1f} MB")
        print(f"pipeline total {total:.2f} s for {duration / 60:.1f} min ({duration / total:.0f}x real time)")
        print(f"storage per hour: {size / duration * 3600 / 1e9:.2f} GB at {args.bitrate} video + 128k audio")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
