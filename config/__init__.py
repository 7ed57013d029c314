"""Project configuration: settings, ASGI entry point, Celery app and root URLs."""

from config.celery import app as celery_app

__all__ = ["celery_app"]
