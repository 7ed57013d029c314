"""Reminders: "remind me" over the API, and the beat task that sends each reminder exactly once, 15 minutes
before the start, by e-mail and as an in-app notice, also when several runs overlap (threads in this process,
and two real Celery worker processes working the same queue)."""

import threading
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.db import connections
from django.utils import timezone

from audience.models import Reminder
from audience.services.reminders import reminder_subscribe, reminders_send_due
from audience.tasks import reminders_send_due_task
from compliance.models import Notification
from config.celery import app as celery_app
from tests.factories import make_customer, make_session, session_make_approved
from tests.support.clients import api_as
from tests.support.process import ROOT, CeleryWorkerProcess

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _upcoming(rm, officer, products, *, minutes: int):
    return session_make_approved(
        make_session(rm, products, scheduled_start=timezone.now() + timedelta(minutes=minutes)), officer
    )


def _subscribers(session, count: int, *, prefix: str = "sub") -> list:
    users = []
    for n in range(count):
        user = make_customer(f"{prefix}{n}", level="C3")
        user.email = f"{prefix}{n}@example.com"
        user.save(update_fields=["email"])
        reminder_subscribe(session_id=session.pk, user=user)
        users.append(user)
    return users


def test_remind_me_api(rm, other_rm, officer, products, customer):
    session = _upcoming(rm, officer, products, minutes=60)
    url = f"/api/sessions/{session.pk}/reminders/"
    as_customer = api_as(customer)
    assert as_customer.get(url).json() == {"subscribed": False, "sent_at": None}
    assert as_customer.post(url).status_code == 201
    assert as_customer.post(url).status_code == 200  # twice: still one reminder
    assert Reminder.objects.filter(session=session, user=customer).count() == 1
    assert as_customer.get(url).json()["subscribed"] is True
    assert as_customer.delete(url).status_code == 204
    assert as_customer.delete(url).status_code == 404
    assert not Reminder.objects.exists()

    assert api_as(rm).post(url).status_code == 403 and api_as(other_rm).post(url).status_code == 403
    assert api_as().post(url).status_code == 403
    draft = make_session(rm, products)
    assert as_customer.post(f"/api/sessions/{draft.pk}/reminders/").status_code == 404  # not visible
    assert as_customer.post("/api/sessions/999999/reminders/").status_code == 404


def test_nothing_is_sent_before_the_15_minute_mark(rm, officer, products):
    session = _upcoming(rm, officer, products, minutes=40)
    subscribers = _subscribers(session, 2)
    assert reminders_send_due() == 0
    assert reminders_send_due(now=timezone.now() + timedelta(minutes=26)) == 2
    assert len(mail.outbox) == 2
    # The in-app notice is in the customer's notifications.
    [notice] = api_as(subscribers[0]).get("/api/notifications/").json()["results"]
    assert notice["kind"] == "session_reminder" and notice["session_id"] == session.pk
    assert session.title in notice["message"]


def test_both_periodic_tasks_are_scheduled_and_registered():
    import audience.tasks  # noqa: F401 - registers the tasks as the worker's autodiscovery does

    schedule = {entry["task"]: entry["schedule"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert schedule["audience.concurrency_sample"] == 10.0
    assert schedule["audience.reminders_send_due"] <= 60.0  # a reminder goes out within a minute of its mark
    assert {"audience.concurrency_sample", "audience.reminders_send_due"} <= set(celery_app.tasks)


def test_concurrent_runs_send_each_reminder_exactly_once(rm, officer, products):
    session = _upcoming(rm, officer, products, minutes=10)
    users = _subscribers(session, 30)
    no_mail = make_customer("no-address", level="C3")  # no e-mail address: in-app notice only
    reminder_subscribe(session_id=session.pk, user=no_mail)
    barrier = threading.Barrier(4)
    counts = []

    def run():
        try:
            barrier.wait()
            counts.append(reminders_send_due())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sum(counts) == 31
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in users)
    assert mail.outbox[0].subject == f"直播提醒：{session.title}"
    assert Notification.objects.filter(kind="session_reminder", session=session).count() == 31
    assert not Reminder.objects.filter(sent_at__isnull=True).exists()
    assert Reminder.objects.get(user=no_mail).emailed is False
    assert reminders_send_due() == 0  # a retried task finds everything sent
    assert len(mail.outbox) == 30


def test_a_refused_mail_is_retried_by_the_next_run_and_sent_once(rm, officer, products, settings):
    session = _upcoming(rm, officer, products, minutes=5)
    _subscribers(session, 1)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens: the mail server refuses
    assert reminders_send_due() == 0
    reminder = Reminder.objects.get()
    assert reminder.sent_at is None and not Notification.objects.exists(), "the failed attempt left nothing"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert reminders_send_due() == 1 and len(mail.outbox) == 1
    assert Notification.objects.count() == 1


def test_a_started_session_long_ago_is_not_reminded(rm, officer, products):
    session = _upcoming(rm, officer, products, minutes=5)
    _subscribers(session, 1)
    assert reminders_send_due(now=timezone.now() + timedelta(minutes=30)) == 0


def test_two_worker_processes_running_the_task_at_once_send_each_reminder_once(
    rm, officer, products, no_celery_worker, tmp_path
):
    session = _upcoming(rm, officer, products, minutes=12)
    users = _subscribers(session, 40)
    (ROOT / ".run").mkdir(exist_ok=True)
    # The shared worker harness, with settings that write e-mail to files in ``tmp_path``.
    mail_env = {"DJANGO_SETTINGS_MODULE": "tests.audience.worker_settings", "EMAIL_FILE_PATH": str(tmp_path)}
    workers = [CeleryWorkerProcess(name=f"reminder-worker-{n}", env=mail_env) for n in "ab"]
    try:
        for worker in workers:
            worker.start()
        # Two beat processes (or a retry) enqueue the same tick's task: four runs over two processes.
        results = [reminders_send_due_task.delay() for _ in range(4)]
        counts = [result.get(timeout=60) for result in results]
    finally:
        for worker in workers:
            worker.stop()
    assert sum(counts) == 40
    sent_mail = "".join(path.read_text(encoding="utf-8") for path in tmp_path.iterdir())
    assert sent_mail.count(f"{settings.PUBLIC_BASE_URL}/watch/{session.pk}/") == 40
    for user in users:
        assert sent_mail.count(f"To: {user.email}\n") == 1
    assert Notification.objects.filter(kind="session_reminder").count() == 40
    assert Reminder.objects.filter(sent_at__isnull=False).count() == 40


def test_the_reminder_e_mail_carries_an_absolute_link_and_the_studio_time_saying_its_zone(
    rm, officer, products, settings
):
    """Newcomers (issue 19): a relative ``/watch/<id>/`` cannot be opened from a mail client."""
    settings.PUBLIC_BASE_URL = "https://studio.bank.example"
    start = timezone.now().replace(second=0, microsecond=0) + timedelta(minutes=10)
    session = _upcoming(rm, officer, products, minutes=10)
    session.scheduled_start = start
    session.save(update_fields=["scheduled_start"])
    user = make_customer("mailed", level="C3")
    user.email = "mailed@example.com"
    user.save(update_fields=["email"])
    Reminder.objects.create(session=session, user=user)
    mail.outbox.clear()

    assert reminders_send_due() == 1

    body = mail.outbox[0].body
    assert f"https://studio.bank.example/watch/{session.pk}/" in body
    local = timezone.localtime(start)
    assert f"{local:%Y-%m-%d %H:%M}（中国标准时间 UTC+08:00）" in body
    assert "Watch" not in body and "starts at" not in body  # Chinese, not English


def test_a_reminder_without_a_public_base_url_fails_clearly_instead_of_mailing_a_relative_link(
    rm, officer, products, settings, caplog
):
    settings.PUBLIC_BASE_URL = ""
    session = _upcoming(rm, officer, products, minutes=10)
    user = make_customer("unmailed", level="C3")
    user.email = "unmailed@example.com"
    user.save(update_fields=["email"])
    Reminder.objects.create(session=session, user=user)
    mail.outbox.clear()
    assert reminders_send_due() == 0
    assert mail.outbox == []
    assert "PUBLIC_BASE_URL is not set" in caplog.text  # the log names the setting
    assert Reminder.objects.get(user=user).sent_at is None  # sent once the setting is fixed
