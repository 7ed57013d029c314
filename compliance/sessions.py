"""The live sessions compliance gates, reached without importing the studio app above it.

Compliance sits below studio (pyproject's import-linter layers), yet its records are about sessions:
``Submission.session``, ``Notification.session`` and ``LegalHold.session`` name ``"studio.LiveSession"`` by
string, as Django's lazy relations allow. This module is the one place that resolves those names at call time
(through the app registry, as the foreign keys themselves do), and the one seam through which compliance
moves a session's state: the transition studio registers at start-up (``StudioConfig.ready`` registers
``studio.lifecycle.session_state_transition``). The session states are the gate's vocabulary, so their enum
lives here and ``studio.models`` uses it.

Type hints name studio's models under ``TYPE_CHECKING`` only; import-linter ignores those imports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from studio.models import LiveSession, Studio


class SessionState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    APPROVED = "approved", _("Approved")
    LIVE = "live", _("Live")
    ENDED = "ended", _("Ended")


def session_model() -> type[LiveSession]:
    """Studio's ``LiveSession`` model (what ``Submission.session`` points at)."""
    return apps.get_model("studio", "LiveSession")


def studio_model() -> type[Studio]:
    """Studio's ``Studio`` model (a session's ``studio``)."""
    return apps.get_model("studio", "Studio")


def is_studio_owner(user: Any, studio: Studio) -> bool:
    """Does ``user`` (signed in) own ``studio``? A studio's owner is the host of every session in it."""
    return bool(user is not None and user.is_authenticated and studio.owner_id == user.pk)


def is_session_host(user: Any, session: LiveSession) -> bool:
    """The one "is this the host" check: ``user`` is signed in and owns the studio ``session`` is run from.

    Used by every access function and service (``studio.access`` re-exports it for the apps above).
    """
    return is_studio_owner(user, session.studio)


_transitions: list[Callable[..., Any]] = []


def session_transition_register(transition: Callable[..., Any]) -> None:
    """Register ``transition(*, session, to)``: the state machine that moves a locked session (idempotent)."""
    if transition not in _transitions:
        _transitions.append(transition)


def session_transition(*, session: LiveSession, to: str) -> LiveSession:
    """Move ``session`` to state ``to`` through the registered state machine (raises its ``Conflict``)."""
    if not _transitions:
        raise RuntimeError("No session state machine is registered (studio's AppConfig.ready registers it).")
    return _transitions[-1](session=session, to=to)
