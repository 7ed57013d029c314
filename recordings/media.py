"""ffmpeg and ffprobe, as the recordings need them: remux, duration, keyframes, concatenate-and-cut, SHA-256.

Nothing here re-encodes: every write is ``-c copy``, so a 10-minute broadcast remuxes in about a second and
the picture in the MP4 is the one the ingest received, byte for byte in its packets. Cuts therefore fall on
keyframes (``cut_plan`` widens each requested range to the next keyframe so nothing requested survives).
No Django here either: the functions take paths and return plain values, so they can be tested and timed
alone. ``MediaError`` is permanent (the input is bad); a missing ffmpeg binary is a deployment fault.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1024 * 1024


class MediaError(Exception):
    """ffmpeg or ffprobe could not read or write the file: retrying will not help."""


def _binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} is not installed (make install-media installs Debian's ffmpeg)")
    return path


def _run(args: list[str], *, timeout: float) -> str:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise MediaError(f"{Path(args[0]).name} timed out after {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise MediaError(f"{Path(args[0]).name} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def sha256_file(path: Path | str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_stream(handle) -> str:
    """SHA-256 of an open binary file object (a Django storage file), read in 1 MiB chunks."""
    digest = hashlib.sha256()
    while chunk := handle.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def remux_to_mp4(source: Path, target: Path, *, timeout: float = 600) -> None:
    """Copy the streams of ``source`` (FLV from the ingest) into an MP4 with its index up front (faststart)."""
    _run(
        [
            _binary("ffmpeg"),
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-i",
            str(source),
            "-map",
            "0",
            "-c",
            "copy",
            "-movflags",
            "+faststart",
            "-f",
            "mp4",
            str(target),
        ],
        timeout=timeout,
    )


def probe_duration(path: Path) -> float:
    """The container's duration in seconds, as ffprobe reads it."""
    out = _run(
        [_binary("ffprobe"), "-v", "error", "-show_entries", "format=duration", "-of", "json", str(path)],
        timeout=60,
    )
    try:
        return float(json.loads(out)["format"]["duration"])
    except (KeyError, ValueError, TypeError) as exc:
        raise MediaError(f"ffprobe found no duration in {path.name}") from exc


def keyframe_times(path: Path) -> list[float]:
    """Presentation times (s) of the video keyframes: the only places a ``-c copy`` cut may resume."""
    out = _run(
        [
            _binary("ffprobe"),
            "-v",
            "error",
            "-select_streams",
            "v:0",
            "-skip_frame",
            "nokey",
            "-show_entries",
            "frame=pts_time",
            "-of",
            "json",
            str(path),
        ],
        timeout=300,
    )
    times = sorted(
        {
            round(float(f["pts_time"]), 6)
            for f in json.loads(out).get("frames", [])
            if f.get("pts_time") not in (None, "N/A")
        }
    )
    return times or [0.0]


@dataclass(frozen=True)
class Piece:
    """A kept stretch of one input file, in that file's own seconds (``end`` None: to its end)."""

    path: Path
    start: float
    end: float | None


def cut_plan(
    *, duration: float, keyframes: list[float], cuts: list[tuple[float, float]]
) -> tuple[list[tuple[float, float | None]], list[tuple[float, float]]]:
    """Which stretches of a file of ``duration`` to keep so that every requested cut is gone.

    Returns ``(kept, effective_cuts)``. A kept stretch must start on a keyframe (the copy starts decoding
    there), so each cut's end moves forward to the next keyframe; its start stays where asked (a copy may stop
    anywhere). Overlapping cuts merge. ``effective_cuts`` is what the audited cut list records.
    """
    merged: list[list[float]] = []
    for start, end in sorted((max(0.0, float(a)), min(duration, float(b))) for a, b in cuts):
        if end <= start:
            continue
        resume = next((k for k in keyframes if k >= end - 1e-6), duration)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], resume)
        else:
            merged.append([start, resume])
    kept: list[tuple[float, float | None]] = []
    position = 0.0
    for start, resume in merged:
        if start > position + 1e-3:
            kept.append((position, start))
        position = resume
    if position < duration - 1e-3:
        kept.append((position, None))
    return kept, [(round(a, 3), round(b, 3)) for a, b in merged]


def concat_copy(pieces: list[Piece], target: Path, *, workdir: Path, timeout: float = 900) -> None:
    """Join ``pieces`` (several parts, or stretches of one) into one faststart MP4 without re-encoding."""
    listing = workdir / "concat.txt"
    lines = ["ffconcat version 1.0"]
    for piece in pieces:
        lines.append("file '" + str(piece.path).replace("'", "'\\''") + "'")
        if piece.start > 0:
            lines.append(f"inpoint {piece.start:.6f}")
        if piece.end is not None:
            lines.append(f"outpoint {piece.end:.6f}")
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _run(
        [
            _binary("ffmpeg"),
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-f",
            "concat",
            "-safe",
            "0",
            "-i",
            str(listing),
            "-map",
            "0",
            "-c",
            "copy",
            "-movflags",
            "+faststart",
            "-f",
            "mp4",
            str(target),
        ],
        timeout=timeout,
    )
