"""The Celery application; configuration comes from Django settings (``CELERY_*``)."""

import functools
import logging.config
import os

from celery import Celery
from celery.signals import setup_logging
from celery.worker.consumer import Consumer
from django.conf import settings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

#: Seconds between a worker's attempts to reach the broker again after losing it (kombu's default grows
#: 2, 4, 6 … up to 30 s, so a worker came back up to half a minute after Redis did and ``/healthz`` said 503).
RECONNECT_INTERVAL_MAX = 1.0


class QuickReconnectConsumer(Consumer):
    """The worker's consumer, retrying a lost broker connection every second instead of backing off to 30 s."""

    def ensure_connected(self, conn):
        conn.ensure_connection = functools.partial(
            conn.ensure_connection, interval_start=0.2, interval_step=0.4, interval_max=RECONNECT_INTERVAL_MAX
        )
        return super().ensure_connected(conn)


@setup_logging.connect(dispatch_uid="config.celery.project_logging")
def project_logging(**kwargs) -> None:
    """The worker and beat log as Daphne does (``LOGGING``: JSON in production, with the task's request id);
    connecting this receiver also keeps Celery from installing its own handlers on the root logger."""
    logging.config.dictConfig(settings.LOGGING)


app = Celery("cloudstudio")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.worker_consumer = "config.celery:QuickReconnectConsumer"
app.autodiscover_tasks()
