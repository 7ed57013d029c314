"""Clients that act as a persona: the API (token-free, forced authentication) and a browser (session cookie)."""

from django.test import Client
from rest_framework.test import APIClient


def api_as(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def browser_as(user=None) -> Client:
    """A browser-like client (session cookie), for pages and share links."""
    client = Client()
    if user is not None:
        client.force_login(user)
    return client
