"""What the recordings add to a session's evidence bundle (``audience/evidence.py`` calls this; audience sits
above recordings, so the import points the right way).

- ``recordings.json``: every recording (hash, duration, size, storage key, source) and the replay decision
  (reviewed file's hash, approved hash, published hash, cut lists, reviewed moments), each file re-hashed now
  (``sha256_verified``), and whether each file is inside the bundle or only referenced by its hash;
- ``timeline.json``: chat lines, card pushes, officer actions and stream start/stop on one server clock, with
  offsets into the recording;
- ``recordings/part-<n>.mp4`` and ``recordings/replay-published.mp4``: the files themselves, while their total
  stays under ``EVIDENCE_RECORDING_MAX_BYTES``; beyond that they are listed by hash and storage key only.
"""

import json

from django.conf import settings

from recordings.models import RecordingStatus, ReplayState
from recordings.selectors import recordings_manifest, session_timeline
from recordings.services import recordings_storage, stored_sha256
from studio.models import LiveSession


def _dump(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=str).encode("utf-8")


def _read(key: str) -> bytes:
    with recordings_storage().open(key, "rb") as handle:
        return handle.read()


def recording_evidence_files(session: LiveSession) -> dict[str, bytes]:
    manifest = recordings_manifest(session)
    budget = settings.EVIDENCE_RECORDING_MAX_BYTES
    files: dict[str, bytes] = {}
    for entry in manifest["recordings"]:
        entry["included_as"] = None
        if entry["status"] != RecordingStatus.READY:
            entry["sha256_verified"] = None
            continue
        entry["sha256_verified"] = stored_sha256(entry["storage_key"]) == entry["sha256"]
        if entry["bytes"] is not None and entry["bytes"] <= budget:
            name = f"recordings/part-{entry['part']}.mp4"
            files[name] = _read(entry["storage_key"])
            budget -= entry["bytes"]
            entry["included_as"] = name
    replay = manifest["replay"]
    if replay and replay["state"] == ReplayState.PUBLISHED and replay["published_key"]:
        replay["published_sha256_verified"] = (
            stored_sha256(replay["published_key"]) == replay["published_sha256"]
        )
        replay["included_as"] = None
        if replay["published_key"] != replay["source_key"]:
            size = recordings_storage().size(replay["published_key"])
            if size <= budget:
                files["recordings/replay-published.mp4"] = _read(replay["published_key"])
                replay["included_as"] = "recordings/replay-published.mp4"
    manifest["size_limit_bytes"] = settings.EVIDENCE_RECORDING_MAX_BYTES
    manifest["note"] = (
        "Files over the size limit are not in this bundle: fetch them from the recordings store by "
        "storage_key and compare their SHA-256 with sha256 (also in audit.json, recording.stored)."
    )
    return {"recordings.json": _dump(manifest), "timeline.json": _dump(session_timeline(session)), **files}
