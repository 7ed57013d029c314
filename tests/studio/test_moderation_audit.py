"""Every action that changes what customers see or what officers decided is an audit event (issue 18 §3),
live moderation included, and an officer finds it in the audit log (admin and API) under the session."""

import pytest
from django.test import Client

from compliance.models import AuditEvent
from compliance.services.audit import audit_verify
from studio.services.room import (
    card_push,
    chat_pin,
    chat_release,
    chat_remove,
    chat_send,
    question_answer,
    question_ask,
    room_slow_mode_set,
    user_mute,
)
from studio.services.sessions import session_update
from tests.factories import make_customer
from tests.support.counters import forget_counters

MODERATION = {
    "chat.rejected",
    "chat.held",
    "chat.released",
    "chat.removed",
    "chat.pinned",
    "chat.unpinned",
    "user.muted",
    "user.unmuted",
    "room.slow_mode",
    "card.pushed",
    "question.answered",
    "session.updated",
}


@pytest.mark.django_db
def test_live_moderation_is_on_the_audit_trail_and_in_the_officers_log(live_session, rm, officer):  # noqa: F811
    forget_counters()
    sid = live_session.pk
    customer = make_customer("mod-c1")
    rejected = chat_send(session_id=sid, user=rm, text="保本保收益，稳赚不赔")
    held = chat_send(session_id=sid, user=rm, text="这款产品收益最高，错过再等一年")
    assert (rejected["status"], held["status"]) == ("rejected", "held")
    chat_release(message_id=held["id"], officer=officer)
    line = chat_send(session_id=sid, user=customer, text="请问起购金额？", ref="m1")
    chat_pin(session_id=sid, actor=rm, message_id=line["id"])
    chat_pin(session_id=sid, actor=rm, message_id=None)
    chat_remove(session_id=sid, actor=rm, message_id=line["id"])
    chat_remove(session_id=sid, actor=rm, message_id=line["id"])  # a no-op is not an event
    user_mute(session_id=sid, actor=rm, user_id=customer.pk, minutes=5)
    user_mute(session_id=sid, actor=rm, user_id=customer.pk, minutes=0)
    room_slow_mode_set(session_id=sid, actor=rm, seconds=10)
    product = live_session.featured_products.order_by("id").first()
    push = card_push(session_id=sid, actor=rm, product_id=product.pk, ref="c1")
    question = question_ask(session_id=sid, user=customer, text="R2适合我吗？", ref="q1")
    question_answer(session_id=sid, actor=rm, question_id=question.pk)
    session_update(session=live_session, actor=rm, qa_enabled=False)

    events = {e.event_type: e for e in AuditEvent.objects.filter(event_type__in=MODERATION)}
    assert set(events) == MODERATION
    assert AuditEvent.objects.filter(event_type="chat.removed").count() == 1
    assert events["chat.rejected"].data["findings"] and events["chat.rejected"].actor_id == rm.pk
    assert (
        events["chat.released"].actor_id == officer.pk
        and events["chat.released"].data["message_id"] == held["id"]
    )
    assert events["user.muted"].data == {**events["user.muted"].data, "user_id": customer.pk, "minutes": 5}
    assert events["room.slow_mode"].data["seconds"] == 10 and events["room.slow_mode"].data["previous"] == 0
    assert (
        events["card.pushed"].data["card_id"] == push.pk
        and len(events["card.pushed"].data["card_sha256"]) == 64
    )
    assert events["session.updated"].data["settings"] == {"qa_enabled": False}
    assert audit_verify() == []

    officer.is_staff = True
    officer.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(officer)
    listing = client.get(f"/admin/compliance/auditevent/?session={sid}")
    assert listing.status_code == 200
    page = listing.content.decode()
    for event_type in MODERATION:
        assert event_type in page, event_type
    api = client.get(f"/api/audit/?session={sid}&page_size=200").json()
    seen = {row["event_type"] for row in api["results"]}
    assert MODERATION <= seen and "session.live" in seen
