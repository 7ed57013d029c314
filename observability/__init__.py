"""Metrics and structured logs of every process (Daphne, Celery worker, beat): low in the layering.

Importable by every app (it imports none of them): ``observability.metrics`` holds the metric catalogue and the
one-line hooks the hot paths call; ``observability.logs`` the log format and the per-request context;
``observability.middleware`` binds that context for HTTP requests and WebSocket connections;
``observability.celery`` carries it into Celery tasks and times them. docs/operations.md describes them.
"""
