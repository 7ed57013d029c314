"""Anchor the audit chain outside the database: keyed checkpoints of the chain head in a separate store.

The chain (``compliance.services.audit.audit_record``) proves that events were not edited, inserted or deleted
*unless* whoever changed them also rebuilt every later hash and the head, which anyone who can write the
table can do. So every few minutes (beat: ``compliance.audit_anchor``) the head is written out as a
checkpoint::

    {"v": 1, "at": "...", "seq": 1234, "hash": "<head hash>", "key_id": "<8 hex>", "prev_mac": "...", "mac": "..."}

one JSON line appended to ``settings.AUDIT_ANCHOR_PATH`` (a file that should live on other storage than the
database: a WORM bucket mount, another host's share) and logged on the ``cloudstudio.audit.anchor`` logger
(ship it to syslog / a log archive for a second copy). ``mac`` is HMAC-SHA256 with ``AUDIT_ANCHOR_KEY`` (from
the environment, never the database) over the other fields; ``prev_mac`` chains the checkpoints, so one
cannot be dropped from the middle of the file unnoticed, and without the key none can be forged.

``anchors_verify`` checks each checkpoint's MAC and link, and that the database still holds, at that ``seq``,
an event with that hash: a rewritten history no longer matches the checkpoints taken before the rewrite.
Events after the newest checkpoint (at most one interval) are protected by the chain alone.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from compliance.models import AuditChainHead, AuditEvent
from compliance.services.audit import AuditProblem, canonical_json

logger = logging.getLogger("cloudstudio.audit.anchor")

GENESIS_HASH = "0" * 64


class AnchorKeyMissing(RuntimeError):
    """No ``AUDIT_ANCHOR_KEY``: checkpoints can be neither written nor checked."""


@dataclass(frozen=True)
class Anchor:
    line: int
    record: dict

    @property
    def seq(self) -> int:
        return int(self.record.get("seq", -1))


def _key() -> bytes:
    key = settings.AUDIT_ANCHOR_KEY
    if not key:
        raise AnchorKeyMissing(
            "AUDIT_ANCHOR_KEY is not set: the audit chain cannot be anchored or its anchors checked."
        )
    return key.encode("utf-8")


def key_id(key: bytes) -> str:
    """A public name for the key (not the key): tells which key a checkpoint needs after a rotation."""
    return hashlib.sha256(b"cloudstudio-anchor-key-id:" + key).hexdigest()[:8]


def _mac(key: bytes, record: dict) -> str:
    body = {name: value for name, value in record.items() if name != "mac"}
    return hmac.new(key, canonical_json(body).encode("utf-8"), hashlib.sha256).hexdigest()


def anchor_path() -> Path:
    return Path(settings.AUDIT_ANCHOR_PATH)


def _last_line(handle) -> str:
    """The file's last non-empty line, read from the end (the file grows for years)."""
    handle.seek(0, os.SEEK_END)
    end = handle.tell()
    chunk, data = 4096, b""
    position = end
    while position > 0:
        step = min(chunk, position)
        position -= step
        handle.seek(position)
        data = handle.read(step) + data
        lines = [line for line in data.split(b"\n") if line.strip()]
        if len(lines) >= 2 or (position == 0 and lines):
            return lines[-1].decode("utf-8")
    return ""


def anchor_write(*, force: bool = False) -> dict | None:
    """Append a checkpoint of the current chain head, unless the head has not moved since the last one.

    Reads the committed head (no lock: a checkpoint of a slightly older head is just as good). The file is
    locked while appending, so two writers never interleave. Returns the record written, or ``None``.
    """
    key = _key()
    head = AuditChainHead.objects.filter(id=1).first()
    seq, digest = (head.last_seq, head.last_hash) if head else (0, GENESIS_HASH)
    path = anchor_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            last = _last_line(handle)
            previous = json.loads(last) if last else {}
            if previous and previous.get("seq") == seq and previous.get("hash") == digest and not force:
                return None
            record = {
                "v": 1,
                "at": timezone.now().isoformat(timespec="seconds"),
                "seq": seq,
                "hash": digest,
                "key_id": key_id(key),
                "prev_mac": previous.get("mac", ""),
            }
            record["mac"] = _mac(key, record)
            handle.seek(0, os.SEEK_END)
            handle.write((json.dumps(record, sort_keys=True) + "\n").encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    logger.info("audit anchor %s", json.dumps(record, sort_keys=True))
    return record


def anchors_read(path: Path | None = None) -> list[Anchor]:
    path = path or anchor_path()
    if not path.exists():
        return []
    anchors = []
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                try:
                    anchors.append(Anchor(number, json.loads(raw)))
                except json.JSONDecodeError:
                    anchors.append(Anchor(number, {"unreadable": raw.strip()[:80]}))
    return anchors


def anchors_verify(*, path: Path | None = None) -> list[AuditProblem]:
    """Check every checkpoint in the anchor store against the key and against the database's chain."""
    key = _key()
    path = path or anchor_path()
    problems: list[AuditProblem] = []
    anchors = anchors_read(path)
    prev_mac, prev_seq = "", -1
    wanted = {anchor.seq for anchor in anchors if anchor.seq > 0}
    stored = dict(AuditEvent.objects.filter(seq__in=wanted).values_list("seq", "hash")) if wanted else {}
    head = AuditChainHead.objects.filter(id=1).first()
    head_seq = head.last_seq if head else 0
    for anchor in anchors:
        where = f"{path.name} line {anchor.line}"
        record = anchor.record
        if "mac" not in record or not hmac.compare_digest(str(record["mac"]), _mac(key, record)):
            problems.append(
                AuditProblem(
                    "anchor",
                    None,
                    record.get("seq"),
                    f"{where}: checkpoint is not signed by the current anchor key "
                    f"(forged, edited or another key_id {record.get('key_id')!r})",
                )
            )
            prev_mac, prev_seq = str(record.get("mac", "")), anchor.seq  # judge the next line on its own link
            continue
        if record.get("prev_mac", "") != prev_mac:
            problems.append(
                AuditProblem(
                    "anchor",
                    None,
                    anchor.seq,
                    f"{where}: checkpoint does not follow the one before it "
                    "(a checkpoint was removed or the store was spliced)",
                )
            )
        if anchor.seq < prev_seq:
            problems.append(
                AuditProblem("anchor", None, anchor.seq, f"{where}: checkpoint goes back in the chain")
            )
        if anchor.seq > 0:
            if anchor.seq > head_seq:
                problems.append(
                    AuditProblem(
                        "deleted",
                        None,
                        anchor.seq,
                        f"{where}: the chain was anchored at seq {anchor.seq} but the database's "
                        f"head is at seq {head_seq}: events were removed",
                    )
                )
            elif stored.get(anchor.seq) != record.get("hash"):
                problems.append(
                    AuditProblem(
                        "edited",
                        None,
                        anchor.seq,
                        f"{where}: the event at seq {anchor.seq} no longer has the hash anchored "
                        f"at {record.get('at')}: history before it was rewritten",
                    )
                )
        prev_mac, prev_seq = record["mac"], anchor.seq
    return problems
