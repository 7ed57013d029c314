"""``/metrics``: Prometheus text through Django's real middleware stack, protected by token or network."""

from datetime import timedelta

import pytest
from django.test import AsyncClient
from django.utils import timezone

from broadcast.models import IngestState, Stream
from broadcast.tokens import callback_secret
from compliance.models import Submission, SubmissionStatus
from config.celery import app as celery_app
from products.tasks import product_sale_windows_close_task
from studio.models import ChatMessage, LiveSession, MessageStatus, SessionState
from tests.factories import make_session
from tests.observability.helpers import parse, scrape, value

TOKEN = "t0ken-for-the-metrics-scraper"
OUTSIDE = "203.0.113.9"


# -- who may read it ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_loopback_reads_the_metrics_without_a_token(client):
    samples = scrape(client)  # the test client's REMOTE_ADDR is 127.0.0.1; the default networks are loopback
    assert value(samples, "cloudstudio_scrape_source_up", source="database") == 1
    assert value(samples, "cloudstudio_scrape_source_up", source="redis") == 1


@pytest.mark.django_db
def test_an_address_outside_the_allowed_networks_is_refused_without_a_token(client, settings):
    settings.METRICS_TOKEN = ""
    response = client.get("/metrics", REMOTE_ADDR=OUTSIDE)
    assert response.status_code == 403
    assert b"cloudstudio" not in response.content


@pytest.mark.django_db
def test_with_a_token_set_an_outside_scraper_needs_exactly_that_bearer_token(client, settings):
    settings.METRICS_TOKEN = TOKEN
    refused = client.get("/metrics", REMOTE_ADDR=OUTSIDE)
    assert refused.status_code == 401 and refused["WWW-Authenticate"] == 'Bearer realm="metrics"'
    assert (
        client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION=f"Bearer {TOKEN}x").status_code == 401
    )
    assert client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION=f"Basic {TOKEN}").status_code == 401

    samples = scrape(client, REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert ("cloudstudio_live_sessions", ()) in samples


@pytest.mark.django_db
def test_an_allowed_network_reads_without_the_token_and_others_are_refused(client, settings):
    settings.METRICS_TOKEN = TOKEN
    settings.METRICS_ALLOWED_NETWORKS = ["10.20.0.0/16"]
    assert client.get("/metrics", REMOTE_ADDR="10.20.3.4").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="10.21.3.4").status_code == 401
    assert client.get("/metrics").status_code == 401  # loopback is no longer listed


@pytest.mark.django_db
def test_a_reverse_proxy_on_the_same_host_does_not_make_the_metrics_public(client, settings):
    # nginx on loopback forwards a public client: REMOTE_ADDR is 127.0.0.1, but the request came through a proxy.
    settings.NUM_PROXIES = 0
    assert client.get("/metrics", HTTP_X_FORWARDED_FOR=OUTSIDE).status_code == 403
    # Counted as a proxy, the address it names is the one checked.
    settings.NUM_PROXIES = 1
    assert client.get("/metrics", HTTP_X_FORWARDED_FOR=OUTSIDE).status_code == 403
    settings.METRICS_ALLOWED_NETWORKS = ["127.0.0.0/8", "10.0.0.0/8"]
    assert client.get("/metrics", HTTP_X_FORWARDED_FOR=f"{OUTSIDE}, 10.1.2.3").status_code == 200


@pytest.mark.django_db
def test_only_reads_are_allowed(client):
    assert client.post("/metrics").status_code == 405


@pytest.mark.django_db
async def test_the_asgi_path_answers_with_a_request_id(settings):
    response = await AsyncClient().get("/metrics", headers={"X-Request-ID": "scrape-0001"})
    assert response.status_code == 200 and response["X-Request-ID"] == "scrape-0001"
    assert ("cloudstudio_live_sessions", ()) in parse(response.content.decode())


# -- what it says --------------------------------------------------------------------------------------------------


def _line(
    session: LiveSession, author, status: str, *, minutes_ago: float = 0, removed: bool = False
) -> ChatMessage:
    line = ChatMessage.objects.create(
        session=session,
        author=author,
        author_role="host",
        author_name="rm",
        text="…",
        status=status,
        removed_at=timezone.now() if removed else None,
    )
    ChatMessage.objects.filter(pk=line.pk).update(created_at=timezone.now() - timedelta(minutes=minutes_ago))
    return line


@pytest.mark.django_db
def test_held_lines_of_live_rooms_are_counted_with_the_age_of_the_oldest(client, on_air, rm, products):
    _line(on_air, rm, MessageStatus.HELD, minutes_ago=5)
    _line(on_air, rm, MessageStatus.HELD, minutes_ago=1)
    _line(on_air, rm, MessageStatus.HELD, minutes_ago=30, removed=True)  # rejected by an officer: not waiting
    _line(on_air, rm, MessageStatus.PUBLISHED, minutes_ago=60)
    ended = make_session(rm, products, title="ended")
    LiveSession.objects.filter(pk=ended.pk).update(state=SessionState.ENDED)
    _line(ended, rm, MessageStatus.HELD, minutes_ago=90)  # not in a live room: not in the queue

    samples = scrape(client)

    assert value(samples, "cloudstudio_live_sessions") == 1
    assert value(samples, "cloudstudio_held_lines") == 2
    assert 5 * 60 - 5 <= value(samples, "cloudstudio_held_line_oldest_age_seconds") <= 5 * 60 + 60


@pytest.mark.django_db
def test_the_review_queue_is_counted_per_status_with_the_age_of_the_oldest(client, on_air, rm):
    # on_air's own submissions are approved (decided): not in the queue.
    for status, hours in (
        (SubmissionStatus.PENDING, 2),
        (SubmissionStatus.FLAGGED, 3),
        (SubmissionStatus.FLAGGED, 1),
    ):
        sub = Submission.objects.create(
            kind="script", text="x", sha256="0" * 64, author=rm, session=on_air, status=status
        )
        Submission.objects.filter(pk=sub.pk).update(created_at=timezone.now() - timedelta(hours=hours))
    withdrawn = Submission.objects.create(
        kind="script",
        text="y",
        sha256="1" * 64,
        author=rm,
        session=on_air,
        status=SubmissionStatus.FLAGGED,
        withdrawn_at=timezone.now(),
    )
    assert withdrawn.pk

    samples = scrape(client)

    assert value(samples, "cloudstudio_review_queue", status="pending") == 1
    assert value(samples, "cloudstudio_review_queue", status="flagged") == 2
    assert value(samples, "cloudstudio_review_queue", status="checking") == 0
    assert (
        3 * 3600 - 10
        <= value(samples, "cloudstudio_review_queue_oldest_age_seconds", status="flagged")
        <= 3 * 3600 + 60
    )


@pytest.mark.django_db
def test_streams_of_live_sessions_report_their_ingest_state_and_staleness(client, on_air):
    Stream.objects.create(
        session=on_air,
        public_id="pub-1",
        state=IngestState.LIVE,
        last_update_at=timezone.now() - timedelta(seconds=40),
    )

    samples = scrape(client)

    assert value(samples, "cloudstudio_streams", state="live") == 1
    assert value(samples, "cloudstudio_streams", state="cut") == 0
    assert 39 <= value(samples, "cloudstudio_stream_update_oldest_age_seconds") <= 100


@pytest.mark.django_db
def test_tasks_waiting_in_the_broker_are_counted(client, settings, no_celery_worker):
    celery_app.control.purge()
    try:
        for _ in range(3):
            product_sale_windows_close_task.delay()
        samples = scrape(client)
        assert (
            value(samples, "cloudstudio_celery_queue_length", queue=settings.CELERY_TASK_DEFAULT_QUEUE) == 3
        )
    finally:
        celery_app.control.purge()


@pytest.mark.django_db
def test_redis_down_still_answers_with_the_database_part(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    samples = scrape(client)
    assert value(samples, "cloudstudio_scrape_source_up", source="redis") == 0
    assert value(samples, "cloudstudio_scrape_source_up", source="database") == 1
    assert ("cloudstudio_held_lines", ()) in samples


@pytest.mark.django_db
def test_requests_are_counted_by_django_prometheus(client):
    before = value(
        scrape(client),
        "django_http_requests_total_by_view_transport_method_total",
        view="healthz",
        transport="http",
        method="GET",
    )
    client.get("/healthz")
    after = value(
        scrape(client),
        "django_http_requests_total_by_view_transport_method_total",
        view="healthz",
        transport="http",
        method="GET",
    )
    assert after == before + 1


@pytest.mark.django_db
def test_ingest_callbacks_are_counted_by_call_and_answer(client):
    before = value(
        scrape(client), "cloudstudio_ingest_callbacks_total", call="publish", answer="unknown_stream"
    )
    response = client.post(
        "/broadcast/ingest/publish/",
        {"name": "no-such-stream", "key": "k"},
        HTTP_X_INGEST_SECRET=callback_secret(),
    )
    assert response.status_code == 403 and response.content == b"unknown_stream"
    after = value(
        scrape(client), "cloudstudio_ingest_callbacks_total", call="publish", answer="unknown_stream"
    )
    assert after == before + 1
