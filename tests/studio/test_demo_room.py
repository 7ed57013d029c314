"""Demo data opens on a working room: rm1's approved session is live with an R2 and an R4 product."""

import pytest
from django.core.management import call_command

from compliance.selectors import gate_is_open
from studio.models import LiveSession, SessionState


@pytest.mark.django_db
def test_demo_data_has_a_live_session_of_rm1_and_stays_idempotent(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "demo-pass-1")
    call_command("demo_data")
    call_command("demo_data")
    [session] = LiveSession.objects.filter(studio__owner__username="rm1")
    assert session.state == SessionState.LIVE and gate_is_open(session)
    assert sorted(p.risk_level for p in session.featured_products.all()) == ["R2", "R4"]
    # Approved by the officer through the gate, never by its author.
    assert set(session.submissions.values_list("status", flat=True)) == {"approved"}
