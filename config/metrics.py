"""``/metrics``: Prometheus text of this host's processes plus queue depths read at scrape time. Not public.

Who may read it (``metrics_access``): a request with ``Authorization: Bearer <METRICS_TOKEN>`` (when a token is
set), or one whose client address (the TCP peer, or the address the trusted proxies name: ``NUM_PROXIES``) is in
``METRICS_ALLOWED_NETWORKS`` (default: loopback only). A request that came through a proxy the settings do not
count (``X-Forwarded-For`` present while ``NUM_PROXIES`` is 0) never gets in by the network rule, so a reverse
proxy on the same host cannot make the endpoint public. Refused: 401 with ``WWW-Authenticate: Bearer`` when a
token is set, else 403; the body says nothing more.

What is computed here, not kept by the processes: rows and keys that are the truth whichever process wrote them
(held lines, the review queue, streams on air, the Celery queue). Each source that fails (database or Redis down)
reports ``cloudstudio_scrape_source_up{source} 0`` and the rest still answers. Prometheus should scrape one
Daphne per host (each sums the whole host's processes); these gauges are the same from every host, so
aggregate them with ``max`` (docs/operations.md).
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from collections.abc import Iterator
from datetime import datetime

import redis
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_safe
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric

from accounts.addresses import client_ip
from broadcast.selectors import stream_ingest_stats
from compliance.selectors import review_queue_stats
from observability.exposition import CONTENT_TYPE, render
from studio.selectors import held_line_queue_stats

logger = logging.getLogger(__name__)

# kombu's Redis transport keeps a queue's messages of priority p > 0 under "<queue>\x06\x16<p>".
_PRIORITY_SEP = "\x06\x16"
_PRIORITY_STEPS = (0, 3, 6, 9)


def _bearer_ok(request: HttpRequest) -> bool:
    token = settings.METRICS_TOKEN
    if not token:
        return False
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode())


def _network_ok(request: HttpRequest) -> bool:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    if forwarded and settings.NUM_PROXIES == 0:
        return False
    try:
        address = ipaddress.ip_address(client_ip(request.META.get("REMOTE_ADDR"), forwarded))
    except ValueError:
        return False
    if address.version == 6 and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(
        address in ipaddress.ip_network(network, strict=False)
        for network in settings.METRICS_ALLOWED_NETWORKS
    )


def metrics_access(request: HttpRequest) -> HttpResponse | None:
    """``None`` when ``request`` may read the metrics, else the refusal to send."""
    if _bearer_ok(request) or _network_ok(request):
        return None
    if settings.METRICS_TOKEN:
        response = HttpResponse("unauthorized\n", status=401, content_type="text/plain")
        response.headers["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    return HttpResponse("forbidden\n", status=403, content_type="text/plain")


def _age(since: datetime | None, now: datetime) -> float:
    return max(0.0, (now - since).total_seconds()) if since else 0.0


class ScrapeTimeCollector:
    """Gauges read from PostgreSQL and Redis at each scrape (a handful of indexed counts and one LLEN per queue)."""

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "cloudstudio_scrape_source_up",
            "1 when the source answered this scrape (database, redis).",
            labels=["source"],
        )
        try:
            yield from self._database(timezone.now())
            up.add_metric(["database"], 1)
        except Exception:
            logger.warning("metrics: the database part of the scrape failed", exc_info=True)
            up.add_metric(["database"], 0)
        try:
            yield self._celery_queues()
            up.add_metric(["redis"], 1)
        except Exception:
            logger.warning("metrics: the Redis part of the scrape failed", exc_info=True)
            up.add_metric(["redis"], 0)
        yield up

    def _database(self, now: datetime) -> list[Metric]:
        room = held_line_queue_stats()
        review = review_queue_stats()
        video = stream_ingest_stats()
        gauges: list[Metric] = [
            GaugeMetricFamily(
                "cloudstudio_live_sessions", "Sessions on air (state live).", value=room["live_sessions"]
            ),
            GaugeMetricFamily(
                "cloudstudio_held_lines",
                "Held RM chat lines of live rooms waiting for an officer (the surveillance queue).",
                value=room["held_lines"],
            ),
            GaugeMetricFamily(
                "cloudstudio_held_line_oldest_age_seconds",
                "Age of the oldest held line in the surveillance queue (0 when empty).",
                value=_age(room["held_oldest"], now),
            ),
            GaugeMetricFamily(
                "cloudstudio_posthoc_findings_open",
                "Open findings of the transcript re-scan waiting for an officer.",
                value=room["posthoc_open"],
            ),
            GaugeMetricFamily(
                "cloudstudio_posthoc_finding_oldest_age_seconds",
                "Age of the oldest open transcript finding (0 when none).",
                value=_age(room["posthoc_oldest"], now),
            ),
        ]
        depth = GaugeMetricFamily(
            "cloudstudio_review_queue",
            "Undecided submissions by status (pending/checking: engine; flagged/passed: officer).",
            labels=["status"],
        )
        age = GaugeMetricFamily(
            "cloudstudio_review_queue_oldest_age_seconds",
            "Age of the oldest undecided submission by status (0 when none).",
            labels=["status"],
        )
        for status, (count, oldest) in sorted(review.items()):
            depth.add_metric([status], count)
            age.add_metric([status], _age(oldest, now))
        streams = GaugeMetricFamily(
            "cloudstudio_streams",
            "Streams of live sessions by what the ingest last said (idle, live, cut...).",
            labels=["state"],
        )
        for state, count in sorted(video["states"].items()):
            streams.add_metric([state], count)
        stale = GaugeMetricFamily(
            "cloudstudio_stream_update_oldest_age_seconds",
            "Seconds since the least recent ingest update of a stream on air (the ingest re-asks every few seconds).",
            value=_age(video["oldest_update"], now),
        )
        return [*gauges, depth, age, streams, stale]

    def _celery_queues(self) -> Metric:
        queues = [settings.CELERY_TASK_DEFAULT_QUEUE]
        gauge = GaugeMetricFamily(
            "cloudstudio_celery_queue_length",
            "Tasks waiting in the broker, per queue (not yet taken by a worker).",
            labels=["queue"],
        )
        client = redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_timeout=1, socket_connect_timeout=1)
        try:
            with client.pipeline(transaction=False) as pipe:
                for queue in queues:
                    for step in _PRIORITY_STEPS:
                        pipe.llen(queue if step == 0 else f"{queue}{_PRIORITY_SEP}{step}")
                lengths = pipe.execute()
        finally:
            client.close()
        for index, queue in enumerate(queues):
            gauge.add_metric(
                [queue], sum(lengths[index * len(_PRIORITY_STEPS) : (index + 1) * len(_PRIORITY_STEPS)])
            )
        return gauge


@require_safe
def metrics(request: HttpRequest) -> HttpResponse:
    refusal = metrics_access(request)
    if refusal is not None:
        return refusal
    return HttpResponse(render([ScrapeTimeCollector()]), content_type=CONTENT_TYPE)
