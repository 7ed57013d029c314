"""HTTP API routes of the studio app, mounted under /api/."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
