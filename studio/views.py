"""Browser pages: the RM dashboard, session editor and live console, and the customer pages.

The pages are thin: they fetch the session through ``studio.access`` (a page the caller may not see is a
404, as in the API), render what a first paint needs, and hand ids to small ES modules in
``static/js/`` that talk to the JSON API and the live-room WebSocket. No page has inline script
(core.middleware sends a Content-Security-Policy that forbids it): data reaches the modules through
data-* attributes.
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.urls import Resolver404, resolve

from accounts.roles import Role, has_role
from core.exceptions import ApplicationError
from studio.access import access_session
from studio.admission import admit_request
from studio.models import LiveSession, SessionState, Visibility
from studio.room_open import admission_token_for


def _require_role(request, role: Role) -> None:
    # Someone of another role gets the same answer as for a page that does not exist.
    if not has_role(request.user, role):
        raise Http404


def _session_or_404(request, session_id: int, *, for_write: bool = False) -> LiveSession:
    """The session, if this browser may see it: owners for writes; viewers by the room's rules, where an
    invite-only room also admits a browser that opened one of its share links or an invited customer."""
    if not for_write:
        admit_request(request, session_id)
    try:
        return access_session(request.user, session_id, for_write=for_write)
    except ApplicationError as exc:
        raise Http404 from exc


def _host(session: LiveSession) -> dict:
    owner = session.studio.owner
    profile = getattr(owner, "rm_profile", None)
    if profile is None:
        return {"name": owner.get_username(), "branch": "", "licence_number": ""}
    return {"name": profile.display_name, "branch": profile.branch, "licence_number": profile.licence_number}


def _reminders_api_exists(session_id: int) -> bool:
    """The "remind me" button works once the reminders endpoint is mounted; until then it is disabled."""
    try:
        resolve(f"/api/sessions/{session_id}/reminders/")
    except Resolver404:
        return False
    return True


@login_required
def rm_dashboard(request):
    _require_role(request, Role.RM)
    return render(request, "studio/dashboard.html", {"role": Role.RM.value})


@login_required
def session_editor(request, session_id: int | None = None):
    _require_role(request, Role.RM)
    if session_id is not None:
        _session_or_404(request, session_id, for_write=True)
    return render(request, "studio/editor.html", {"role": Role.RM.value, "session_id": session_id})


@login_required
def live_console(request, session_id: int):
    _require_role(request, Role.RM)
    session = _session_or_404(request, session_id, for_write=True)
    return render(
        request,
        "studio/console.html",
        {
            "role": Role.RM.value,
            "session": session,
            "admit": admission_token_for(request.user, session, request.session.session_key),
        },
    )


@login_required
def customer_home(request):
    sessions = (
        LiveSession.objects.filter(
            state__in=[SessionState.LIVE, SessionState.APPROVED], visibility=Visibility.PUBLIC
        )
        .select_related("studio__owner__rm_profile")
        .order_by("-state", "scheduled_start")[:50]
    )
    return render(request, "watch/home.html", {"role": Role.CUSTOMER.value, "sessions": sessions})


def session_landing(request, session_id: int):
    session = _session_or_404(request, session_id)
    return render(
        request,
        "watch/landing.html",
        {
            "role": Role.CUSTOMER.value if has_role(request.user, Role.CUSTOMER) else "",
            "session": session,
            "host": _host(session),
            "invite": request.GET.get("invite", "")[:64],
            "reminders_available": _reminders_api_exists(session.pk),
        },
    )


def live_room(request, session_id: int):
    session = _session_or_404(request, session_id)
    return render(
        request,
        "watch/room.html",
        {
            "role": Role.CUSTOMER.value if has_role(request.user, Role.CUSTOMER) else "",
            "session": session,
            "host": _host(session),
            "invite": request.GET.get("invite", "")[:64],
            "admit": admission_token_for(request.user, session, request.session.session_key),
        },
    )
