"""Records are deleted only by policy (issue 18 §1): PROTECT and no admin delete; retention past 3 years by a
beat task that skips legal holds and audits what it deleted; holds set and lifted by officers with a reason."""

from datetime import date, timedelta

import pytest
from django.conf import settings
from django.contrib.admin.sites import site as admin_site
from django.db.models import ProtectedError
from django.test import Client
from django.utils import timezone

from audience.models import Visit
from audience.services.attendance import attendance_join
from compliance.errors import ComplianceError
from compliance.models import AuditEvent, Decision, Finding, LegalHold, Submission
from compliance.retention import legal_hold_lift, legal_hold_set, retention_apply, session_on_hold
from compliance.services.audit import audit_verify
from compliance.tasks import retention_apply_task
from core.exceptions import ApplicationError, Conflict, Forbidden
from studio.chat_seal import chat_seals_verify
from studio.models import CardOpen, CardPush, ChatMessage, LiveSession, Question, RoomMute, Studio
from studio.services.room import card_open, chat_release, chat_send, question_ask, question_merge, user_mute
from studio.services.sessions import session_create, session_end
from tests.factories import make_customer
from tests.support.world import build_world

YEARS_4 = timedelta(days=4 * 365)


def _full_session(world):
    """The world's live session with a record of every kind, then ended (final chat seal)."""
    live = world.sessions["live"]
    rm, customer, officer = world.user("rm_own"), world.user("customer"), world.user("officer")
    chat_send(session_id=live.pk, user=rm, text="保本保收益，稳赚不赔")  # rejected
    held = chat_send(session_id=live.pk, user=rm, text="这款产品收益最高，错过再等一年")
    chat_release(message_id=held["id"], officer=officer)
    kept = question_ask(session_id=live.pk, user=customer, text="赎回要几天到账？")
    duplicate = question_ask(session_id=live.pk, user=customer, text="赎回多久能到账？")
    question_merge(
        session_id=live.pk, actor=rm, question_id=duplicate.pk, into_id=kept.pk
    )  # a row pointing at a row
    user_mute(session_id=live.pk, actor=rm, user_id=customer.pk, minutes=1)
    card_open(session_id=live.pk, user=customer, card_id=world.card_id)
    attendance_join(session_id=live.pk, viewer_key="k1", user_id=customer.pk, role="customer")
    session_end(session=live, actor=rm)
    return LiveSession.objects.get(pk=live.pk)


def _age(session, by: timedelta):
    moment = timezone.now() - by
    LiveSession.objects.filter(pk=session.pk).update(
        ended_at=moment,
        updated_at=moment,
        scheduled_start=moment,
        started_at=moment if session.started_at else None,
    )


@pytest.mark.django_db
def test_nothing_shown_or_decided_can_be_deleted_outside_the_policy():
    world = build_world(prefix="protect")
    session = _full_session(world)
    for instance in (
        session,
        Submission.objects.filter(session=session).first(),
        world.products["r2"],
        CardPush.objects.get(pk=world.card_id),
    ):
        with pytest.raises(ProtectedError):
            instance.delete()
    with pytest.raises(ProtectedError):
        world.user("customer").delete()  # their lines, opens and mutes are records too
    assert ChatMessage.objects.filter(session=session).count() >= 3

    superuser = make_customer("protect-root")
    superuser.is_staff = superuser.is_superuser = True
    superuser.save()
    request = type("R", (), {"user": superuser})()
    for model in (LiveSession, Studio, CardPush, ChatMessage, Submission, AuditEvent, LegalHold):
        assert not admin_site._registry[model].has_delete_permission(request, None), model
    client = Client()
    client.force_login(superuser)
    client.post(f"/admin/studio/livesession/{session.pk}/delete/", {"post": "yes"})
    client.post(
        "/admin/studio/livesession/",
        {"action": "delete_selected", "_selected_action": [session.pk], "post": "yes"},
    )
    assert LiveSession.objects.filter(pk=session.pk).exists()


@pytest.mark.django_db
def test_retention_deletes_only_what_is_past_retention_and_not_on_hold_and_audits_it():
    assert settings.RECORDS_RETENTION_DAYS == 3 * 365 + 1
    world = build_world(prefix="retain")
    officer = world.user("officer")
    old = _full_session(world)
    lines, submissions = (
        ChatMessage.objects.filter(session=old).count(),
        Submission.objects.filter(session=old),
    )
    finding_ids = list(Finding.objects.filter(submission__in=submissions).values_list("pk", flat=True))
    assert lines >= 3 and submissions.count() >= 2  # the world's lines + ours; script and announcement
    _age(old, YEARS_4)
    recent = world.sessions["ended"]
    _age(recent, timedelta(days=2 * 365))
    draft = world.sessions["draft"]  # never went live: kept as long from its last change
    _age(draft, YEARS_4)
    rm_other = world.user("rm_other")
    held_by_rm = session_create(
        studio=world.other_studio, actor=rm_other, title="旧场次", scheduled_start=timezone.now()
    )
    _age(held_by_rm, YEARS_4)
    held_by_period = session_create(
        studio=world.other_studio, actor=rm_other, title="旧场次二", scheduled_start=timezone.now()
    )
    _age(held_by_period, YEARS_4 + timedelta(days=30))
    rm_hold = legal_hold_set(officer=officer, reason="监管问询 2026-17", rm=rm_other)
    day = timezone.localdate(timezone.now() - YEARS_4 - timedelta(days=30))
    legal_hold_set(
        officer=officer, reason="诉讼保全", starts_on=day - timedelta(days=1), ends_on=day + timedelta(days=1)
    )
    assert session_on_hold(held_by_rm) and session_on_hold(held_by_period) and not session_on_hold(old)

    result = retention_apply()

    assert result["sessions"] == 2  # the old live one and the old draft
    assert not LiveSession.objects.filter(pk__in=[old.pk, draft.pk]).exists()
    assert LiveSession.objects.filter(pk__in=[recent.pk, held_by_rm.pk, held_by_period.pk]).count() == 3
    assert not ChatMessage.objects.filter(session_id=old.pk).exists()
    assert not Question.objects.filter(session_id=old.pk).exists()  # merged duplicates included
    assert not Finding.objects.filter(pk__in=finding_ids).exists()
    assert not Visit.objects.filter(session_id=old.pk).exists() and not CardOpen.objects.filter(
        push_id=world.card_id
    )
    assert not RoomMute.objects.filter(session_id=old.pk).exists() and not Question.objects.filter(
        session_id=old.pk
    )
    purged = AuditEvent.objects.get(event_type="records.purged", subject_id=str(old.pk))
    deleted = purged.data["deleted"]
    assert deleted["studio.ChatMessage"] == lines and deleted["studio.LiveSession"] == 1
    assert {
        "compliance.Submission",
        "compliance.Decision",
        "studio.CardPush",
        "studio.CardOpen",
        "audience.Visit",
        "studio.Question",
        "studio.RoomMute",
        "audience.ShareLink",
    } <= set(deleted)
    assert purged.data["chat_seals"] and purged.data["retention_days"] == 3 * 365 + 1
    assert Decision.objects.filter(submission__session_id=old.pk).count() == 0
    # What remains verifies: the chain, and the seals of sessions still there (the purged one is skipped).
    assert audit_verify() == [] and chat_seals_verify() == []
    assert retention_apply() == {"sessions": 0, "rows": 0}  # idempotent

    legal_hold_lift(hold=rm_hold, officer=officer, reason="问询已结案")
    assert retention_apply()["sessions"] == 1
    assert not LiveSession.objects.filter(pk=held_by_rm.pk).exists()
    assert LiveSession.objects.filter(pk=held_by_period.pk).exists()  # the date-range hold still stands


@pytest.mark.django_db
def test_legal_holds_are_set_and_lifted_only_by_officers_with_a_reason():
    world = build_world(prefix="hold")
    officer, rm = world.user("officer"), world.user("rm_own")
    session = world.sessions["ended"]
    with pytest.raises(Forbidden):
        legal_hold_set(officer=rm, reason="x", session=session)
    with pytest.raises(ApplicationError) as missing:
        legal_hold_set(officer=officer, reason="  ", session=session)
    assert missing.value.code == ComplianceError.REASON_REQUIRED
    with pytest.raises(ApplicationError):
        legal_hold_set(officer=officer, reason="两个目标", session=session, rm=rm)
    with pytest.raises(ApplicationError):
        legal_hold_set(officer=officer, reason="倒序", starts_on=date(2026, 5, 2), ends_on=date(2026, 5, 1))

    hold = legal_hold_set(officer=officer, reason="客户投诉调查", session=session)
    event = AuditEvent.objects.get(event_type="legal_hold.set", subject_id=str(hold.pk))
    assert (
        event.actor_id == officer.pk
        and event.data["reason"] == "客户投诉调查"
        and event.data["session_id"] == session.pk
    )
    with pytest.raises(Forbidden):
        legal_hold_lift(hold=hold, officer=rm, reason="x")
    with pytest.raises(ApplicationError):
        legal_hold_lift(hold=hold, officer=officer, reason="")
    lifted = legal_hold_lift(hold=hold, officer=officer, reason="调查结束")
    assert lifted.lifted_by == officer and lifted.lift_reason == "调查结束"
    assert AuditEvent.objects.filter(event_type="legal_hold.lifted", subject_id=str(hold.pk)).count() == 1
    with pytest.raises(Conflict):
        legal_hold_lift(hold=hold, officer=officer, reason="再次")


@pytest.mark.django_db
def test_officers_set_and_lift_holds_in_the_admin():
    world = build_world(prefix="holdadmin")
    officer = world.user("officer")
    officer.is_staff = True
    officer.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(officer)
    session = world.sessions["ended"]
    response = client.post(
        "/admin/compliance/legalhold/add/", {"scope": "session", "session": session.pk, "reason": "监管调阅"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    hold = LegalHold.objects.get(session=session)
    assert hold.set_by == officer and AuditEvent.objects.filter(event_type="legal_hold.set").exists()
    assert (
        client.post("/admin/compliance/legalhold/add/", {"scope": "rm", "reason": "缺少目标"}).status_code
        == 200
    )
    response = client.post(f"/admin/compliance/legalhold/{hold.pk}/change/", {"lift_reason": "调阅完毕"})
    assert response.status_code == 302
    hold.refresh_from_db()
    assert hold.lifted_at is not None and hold.lifted_by == officer
    assert AuditEvent.objects.filter(event_type="legal_hold.lifted", actor_id=officer.pk).exists()
    rm_client = Client()
    rm_client.force_login(world.user("rm_own"))
    assert rm_client.get("/admin/compliance/legalhold/add/").status_code in (302, 403)


def test_retention_is_one_of_the_periodic_tasks():
    schedule = settings.CELERY_BEAT_SCHEDULE
    assert schedule["compliance-retention"]["task"] == "compliance.retention_apply"
    assert schedule["compliance-audit-anchor"]["task"] == "compliance.audit_anchor"
    assert schedule["compliance-chat-seal"]["task"] == "compliance.chat_seal_due"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_retention_task_runs_on_a_real_worker(celery_worker):
    world = build_world(prefix="retaintask")
    old = world.sessions["ended"]
    _age(old, YEARS_4)
    assert retention_apply_task.delay().get(timeout=60)["sessions"] >= 1
    assert not LiveSession.objects.filter(pk=old.pk).exists()
    assert AuditEvent.objects.filter(event_type="records.purged", subject_id=str(old.pk)).exists()
