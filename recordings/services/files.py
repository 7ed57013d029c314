"""Where recordings and replays are stored (Django's ``storages["recordings"]``), addressed by content, and the
scratch directories the slow steps work in."""

from __future__ import annotations

import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import Storage, storages

from recordings import media
from recordings.errors import StorageUnavailable
from recordings.models import Replay
from studio.models import LiveSession

#: nginx-rtmp's ``record_unique on`` appends the recording's start (Unix seconds) to the file name.
UNIQUE_SUFFIX = re.compile(r"-(\d{9,11})\.flv$")


def recordings_storage() -> Storage:
    return storages["recordings"]


@contextmanager
def workdir():
    root = settings.RECORDINGS_WORKDIR
    if root:
        Path(root).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rec-", dir=root or None) as path:
        yield Path(path)


def file_store(local: Path, key: str, size: int) -> str:
    """Save ``local`` under ``key`` (content-addressed); a file already there with that size is kept."""
    storage = recordings_storage()
    try:
        if storage.exists(key) and storage.size(key) == size:
            return key
        with open(local, "rb") as handle:
            saved = storage.save(key, File(handle, name=Path(key).name))
    except OSError as exc:
        raise StorageUnavailable(str(exc)) from exc
    return saved


def file_local(key: str, workdir: Path) -> Path:
    """A local path to the stored file: the file itself on a filesystem storage, else a downloaded copy."""
    storage = recordings_storage()
    try:
        return Path(storage.path(key))
    except NotImplementedError:
        target = workdir / Path(key).name
        try:
            with storage.open(key, "rb") as source, open(target, "wb") as out:
                while chunk := source.read(media.CHUNK):
                    out.write(chunk)
        except OSError as exc:
            raise StorageUnavailable(str(exc)) from exc
        return target


def stored_sha256(key: str) -> str | None:
    """Hash the stored bytes again; ``None`` when the file is gone."""
    storage = recordings_storage()
    try:
        with storage.open(key, "rb") as handle:
            return media.sha256_stream(handle)
    except FileNotFoundError:
        return None


def replay_for(session: LiveSession) -> Replay:
    replay, _ = Replay.objects.get_or_create(session=session)
    return replay
