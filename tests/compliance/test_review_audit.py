"""The audit trail is append-only and hash-chained; ``audit_verify`` names every tampered event."""

import pytest
from django.core.management import CommandError, call_command

from compliance.models import AuditChainHead, AuditEvent
from compliance.services.audit import audit_event_hash, audit_record, audit_verify
from tests.support.audit import audit_guard_lifted


@pytest.fixture
def chain(officer):
    return [
        audit_record(event_type="test.event", actor=officer, subject=None, data={"n": n, "text": "保本 <b>"})
        for n in range(5)
    ]


def kinds(problems):
    return sorted((p.kind, p.event_id) for p in problems)


@pytest.mark.django_db
def test_events_link_to_their_predecessor_and_verify_clean(chain, capsys):
    assert [e.seq for e in chain] == [1, 2, 3, 4, 5]
    assert chain[0].prev_hash == "0" * 64
    assert all(b.prev_hash == a.hash for a, b in zip(chain, chain[1:], strict=False))
    assert AuditChainHead.objects.get().last_hash == chain[-1].hash
    assert audit_verify() == []
    call_command("audit_verify")
    assert "chain intact" in capsys.readouterr().out


@pytest.mark.django_db
def test_an_edited_event_is_named(chain):
    with audit_guard_lifted():
        AuditEvent.objects.filter(pk=chain[2].pk).update(data={"n": 99})
    assert kinds(audit_verify()) == [("edited", chain[2].pk)]
    with pytest.raises(CommandError):
        call_command("audit_verify")


@pytest.mark.django_db
def test_an_edit_with_a_recomputed_hash_is_still_caught_by_the_next_link(chain):
    event = AuditEvent.objects.get(pk=chain[1].pk)
    event.data = {"n": 42}
    event.hash = audit_event_hash(
        seq=event.seq,
        at=event.at,
        event_type=event.event_type,
        actor_id=event.actor_id,
        actor_name=event.actor_name,
        subject_type="",
        subject_id="",
        data=event.data,
        prev_hash=event.prev_hash,
    )
    with audit_guard_lifted():
        AuditEvent.objects.filter(pk=event.pk).update(data=event.data, hash=event.hash)
    assert kinds(audit_verify()) == [("edited", chain[1].pk)]


@pytest.mark.django_db
def test_a_deleted_event_is_reported_with_its_neighbours(chain, capsys):
    with audit_guard_lifted():
        AuditEvent.objects.filter(pk=chain[2].pk).delete()
    problems = audit_verify()
    assert kinds(problems) == [("deleted", None)]
    assert "seq 3..3" in problems[0].message and str(chain[3].pk) in problems[0].message
    with pytest.raises(CommandError):
        call_command("audit_verify")
    assert "DELETED" in capsys.readouterr().err


@pytest.mark.django_db
def test_deleting_the_newest_event_is_caught_by_the_head(chain):
    with audit_guard_lifted():
        AuditEvent.objects.filter(pk=chain[-1].pk).delete()
    assert kinds(audit_verify()) == [("deleted", None)]


@pytest.mark.django_db
def test_an_inserted_event_is_named_even_with_a_valid_hash(chain):
    last = chain[-1]
    fake = dict(
        seq=last.seq + 1,
        at=last.at,
        event_type="submission.approved",
        actor_id=None,
        actor_name="",
        subject_type="",
        subject_id="",
        data={},
        prev_hash=last.hash,
    )
    forged = AuditEvent.objects.create(**fake, hash=audit_event_hash(**fake))
    assert kinds(audit_verify()) == [("inserted", forged.pk)]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_appends_never_fork_the_chain():
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection

    def append(worker: int) -> None:
        try:
            for n in range(10):
                audit_record(
                    event_type="test.concurrent", actor=None, subject=None, data={"w": worker, "n": n}
                )
        finally:
            connection.close()

    before = AuditEvent.objects.count()
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(append, range(8)))

    seqs = list(AuditEvent.objects.order_by("seq").values_list("seq", flat=True))
    assert len(seqs) == before + 80 and seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    assert audit_verify() == []
