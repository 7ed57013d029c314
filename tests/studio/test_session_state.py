from datetime import timedelta

import pytest
from django.utils import timezone

from core.exceptions import Conflict
from studio.lifecycle import session_state_transition
from studio.models import LiveSession, SessionState, Studio


@pytest.fixture
def session(rm):
    studio = Studio.objects.create(owner=rm, name="S")
    return LiveSession.objects.create(
        studio=studio, title="T", scheduled_start=timezone.now() + timedelta(days=1)
    )


@pytest.mark.django_db
def test_a_session_walks_the_happy_path_and_is_stamped(session):
    for state in (SessionState.IN_REVIEW, SessionState.APPROVED, SessionState.LIVE, SessionState.ENDED):
        session_state_transition(session=session, to=state)
    stored = LiveSession.objects.get(pk=session.pk)
    assert stored.state == SessionState.ENDED
    assert stored.started_at is not None and stored.ended_at >= stored.started_at


@pytest.mark.django_db
@pytest.mark.parametrize("target", [SessionState.LIVE, SessionState.APPROVED, SessionState.ENDED])
def test_a_draft_cannot_skip_review(session, target):
    with pytest.raises(Conflict) as caught:
        session_state_transition(session=session, to=target)
    assert caught.value.code == "invalid_state"
    assert LiveSession.objects.get(pk=session.pk).state == SessionState.DRAFT


@pytest.mark.django_db
def test_repeating_a_transition_is_harmless(session):
    session_state_transition(session=session, to=SessionState.IN_REVIEW)
    session_state_transition(session=session, to=SessionState.IN_REVIEW)
    assert LiveSession.objects.get(pk=session.pk).state == SessionState.IN_REVIEW
