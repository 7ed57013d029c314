"""Tampering is evident even to a database user (issue 18 §2).

- PostgreSQL refuses UPDATE, DELETE and TRUNCATE of audit events and moving the chain head back (triggers);
- the chain head is anchored outside the database with an HMAC: a history rewritten with every hash recomputed
  (what an owner who disabled the triggers can do) passes the chain check but not the anchors, and a forged,
  edited or removed anchor line is named;
- chat lines are sealed into the chain as per-session Merkle roots: an edited, deleted or late line is named.
"""

import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.db.utils import DatabaseError

from compliance.anchoring import anchor_path, anchor_write, anchors_verify
from compliance.models import AuditChainHead, AuditEvent
from compliance.services.audit import audit_event_hash, audit_record, audit_verify
from studio.chat_seal import chat_seal, chat_seal_due, chat_seals_verify, merkle_root
from studio.models import ChatMessage
from studio.services.room import chat_remove, chat_send
from studio.services.sessions import session_end
from tests.factories import R4_CARD, ProductFactory, make_customer, make_live, make_session
from tests.support.audit import AUDIT_TRUNCATE_TRIGGERS, audit_guard_lifted, set_triggers
from tests.support.counters import forget_counters
from tests.support.markers import requires_postgresql


@pytest.fixture
def chain(officer):
    return [
        audit_record(event_type="test.event", actor=officer, subject=None, data={"n": n}) for n in range(6)
    ]


def _refused(sql: str, params=()) -> str:
    with pytest.raises(DatabaseError) as caught, transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)
    return str(caught.value)


@requires_postgresql  # the append-only triggers exist on PostgreSQL only (SQLite: no-op)
@pytest.mark.django_db
def test_postgresql_refuses_to_change_or_remove_audit_rows(chain):
    assert "append-only" in _refused(
        "UPDATE compliance_auditevent SET data = '{}' WHERE id = %s", [chain[2].pk]
    )
    assert "append-only" in _refused("DELETE FROM compliance_auditevent WHERE id = %s", [chain[2].pk])
    assert "only moves forward" in _refused(
        "UPDATE compliance_auditchainhead SET last_seq = 1, last_hash = 'x'"
    )
    assert "only moves forward" in _refused("DELETE FROM compliance_auditchainhead")
    with transaction.atomic():
        set_triggers(
            AUDIT_TRUNCATE_TRIGGERS, "ENABLE"
        )  # the test database lets flushes through; production does not
        assert "append-only" in _refused("TRUNCATE compliance_auditevent CASCADE")
        set_triggers(AUDIT_TRUNCATE_TRIGGERS, "DISABLE")
    assert AuditEvent.objects.count() == 6 and audit_verify() == []
    audit_record(event_type="test.event", actor=None, subject=None, data={"n": 6})  # appending still works
    assert AuditChainHead.objects.get().last_seq == 7 and audit_verify() == []


def _rewrite_from(seq: int, data: dict) -> None:
    """An owner with the triggers disabled edits one event and recomputes every later hash and the head."""
    with audit_guard_lifted():
        prev_hash = AuditEvent.objects.get(seq=seq - 1).hash if seq > 1 else "0" * 64
        for event in AuditEvent.objects.filter(seq__gte=seq).order_by("seq"):
            if event.seq == seq:
                event.data = data
            event.prev_hash = prev_hash
            event.hash = audit_event_hash(
                seq=event.seq,
                at=event.at,
                event_type=event.event_type,
                actor_id=event.actor_id,
                actor_name=event.actor_name,
                subject_type=event.subject_type,
                subject_id=event.subject_id,
                data=event.data,
                prev_hash=event.prev_hash,
            )
            AuditEvent.objects.filter(pk=event.pk).update(
                data=event.data, prev_hash=event.prev_hash, hash=event.hash
            )
            prev_hash = event.hash
        AuditChainHead.objects.filter(id=1).update(last_hash=prev_hash)


@pytest.mark.django_db
def test_anchors_catch_a_history_rewritten_with_every_hash_recomputed(chain, officer, capsys):
    first = anchor_write()
    assert first["seq"] == 6 and anchor_write() is None  # nothing new: no line
    audit_record(event_type="test.event", actor=officer, subject=None, data={"n": 6})
    second = anchor_write()
    assert second["prev_mac"] == first["mac"] and second["seq"] == 7
    call_command("audit_verify")
    assert "2 anchor(s)" in capsys.readouterr().out

    _rewrite_from(3, {"n": "approved"})
    assert audit_verify() == []  # the chain alone is fooled
    problems = anchors_verify()
    assert [(p.kind, p.seq) for p in problems] == [("edited", 6), ("edited", 7)]
    with pytest.raises(CommandError, match="tampered"):
        call_command("audit_verify")
    assert "no longer has the hash anchored" in capsys.readouterr().err


@pytest.mark.django_db
def test_a_forged_edited_or_removed_anchor_and_a_cut_chain_are_named(chain, officer, settings):
    anchor_write()
    audit_record(event_type="test.event", actor=officer, subject=None, data={"n": 6})
    anchor_write()
    audit_record(event_type="test.event", actor=officer, subject=None, data={"n": 7})
    anchor_write()
    path = anchor_path()
    lines = path.read_text().splitlines()
    assert anchors_verify() == []

    edited = json.loads(lines[1])
    edited["hash"] = "f" * 64
    path.write_text("\n".join([lines[0], json.dumps(edited), lines[2]]) + "\n")
    assert [p.kind for p in anchors_verify()] == ["anchor"]
    path.write_text("\n".join([lines[0], lines[2]]) + "\n")  # a checkpoint removed from the middle
    assert "does not follow" in anchors_verify()[0].message
    path.write_text("\n".join(lines) + "\n")
    settings.AUDIT_ANCHOR_KEY = "another key"
    assert len(anchors_verify()) == 3  # without the key nothing verifies (and nothing can be forged)
    settings.AUDIT_ANCHOR_KEY = "test-anchor-key"

    with audit_guard_lifted():  # the newest events cut off, the head moved back to match
        cut = AuditEvent.objects.get(seq=6)
        AuditEvent.objects.filter(seq__gt=6).delete()
        AuditChainHead.objects.filter(id=1).update(last_seq=6, last_hash=cut.hash)
    assert audit_verify() == []
    assert [(p.kind, p.seq) for p in anchors_verify()] == [("deleted", 7), ("deleted", 8)]


@pytest.mark.django_db
def test_chat_lines_are_sealed_and_a_changed_line_is_named(rm, officer):
    forget_counters()
    live_session = make_live(
        make_session(
            rm,
            {
                "r2": ProductFactory(risk_level="R2"),
                "r4": ProductFactory(
                    risk_level="R4", type="fund", benchmark_min=None, benchmark_max=None, card_text=R4_CARD
                ),
            },
        ),
        officer,
    )
    customer, other = make_customer("seal-c1"), make_customer("seal-c2")  # within the chat rate limit
    sid = live_session.pk
    ids = [
        chat_send(session_id=sid, user=customer if n < 3 else other, text=f"第{n}条", ref=f"s{n}")["id"]
        for n in range(5)
    ]
    assert chat_seal_due() == 1
    seal = AuditEvent.objects.get(event_type="chat.sealed", subject_id=str(sid))
    assert seal.data["count"] == 5 and seal.data["to_id"] == ids[-1] and not seal.data["final"]
    assert chat_seal(session_id=sid) is None  # nothing new
    more = chat_send(session_id=sid, user=rm, text="大家好，欢迎来到直播间。", ref="s6")["id"]
    chat_remove(session_id=sid, actor=rm, message_id=ids[0])  # a removal is an event, not an edit
    session_end(session=live_session, actor=rm)
    final = AuditEvent.objects.filter(event_type="chat.sealed", subject_id=str(sid)).order_by("seq").last()
    assert final.data == {**final.data, "from_id": ids[-1], "to_id": more, "count": 1, "final": True}
    assert chat_seals_verify() == [] and audit_verify() == []

    with transaction.atomic():
        ChatMessage.objects.filter(pk=ids[2]).update(text="保本保收益")
        [problem] = chat_seals_verify(session_ids=[sid])
        assert f"..{ids[-1]} no longer match their seal" in problem.message
        assert problem.seq == seal.seq
        transaction.set_rollback(True)
    with transaction.atomic():
        ChatMessage.objects.filter(pk=ids[4]).delete()
        assert "4 line(s) now, 5 sealed" in chat_seals_verify(session_ids=[sid])[0].message
        transaction.set_rollback(True)
    late = ChatMessage.objects.create(
        session_id=sid,
        author=customer,
        author_role="customer",
        author_name="x",
        text="事后补的",
        status="published",
    )
    [problem] = chat_seals_verify(session_ids=[sid])
    assert f"chat line {late.pk} was added after" in problem.message
    with pytest.raises(CommandError):
        call_command("audit_verify", "--session", str(sid))


def test_the_merkle_root_commits_to_every_leaf_and_its_order():
    a, b, c = (bytes([n]) * 32 for n in range(3))
    assert merkle_root([a, b, c]) != merkle_root([b, a, c]) != merkle_root([a, b])
    assert merkle_root([a]) == a.hex() and len(merkle_root([])) == 64
