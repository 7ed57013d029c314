"""Writes of the recordings app: register and process recordings, prepare, publish, cut or withhold replays,
count replay views, verify stored files and purge what outlived its retention.

Every state change is an audit event on the compliance hash chain, carrying the file hashes. The slow parts
(ffmpeg, hashing, storage) run outside transactions; the row is then locked and written only if nobody
finished first, so each service is idempotent and a Celery redelivery or retry does no harm (the work is
repeated, its result written once). Files are addressed by content (``…-<sha256 prefix>.mp4``), so a rerun
stores nothing new.

Storage is Django's ``storages["recordings"]`` (``RECORDINGS_STORAGE_*`` settings; see docs/recordings.md).

One module per sub-domain, over the shared storage helpers (``files``): ``recordings``, ``replays`` and
``retention``. Their public names are re-exported here: callers import ``recordings.services``.
"""

from recordings.services.files import UNIQUE_SUFFIX, recordings_storage, stored_sha256
from recordings.services.recordings import recording_from_ingest, recording_process, recording_register
from recordings.services.replays import (
    replay_cut,
    replay_legal_hold_set,
    replay_prepare,
    replay_publish,
    replay_view_record,
    replay_withhold,
    replays_prepare_due,
)
from recordings.services.retention import recordings_purge_expired, recordings_verify

__all__ = [
    "UNIQUE_SUFFIX",
    "recording_from_ingest",
    "recording_process",
    "recording_register",
    "recordings_purge_expired",
    "recordings_storage",
    "recordings_verify",
    "replay_cut",
    "replay_legal_hold_set",
    "replay_prepare",
    "replay_publish",
    "replay_view_record",
    "replay_withhold",
    "replays_prepare_due",
    "stored_sha256",
]
