"""Browser pages: a share link's redirect into the room's landing page, and the RM's session report.

The report page is a shell: ``static/js/report.js`` reads ``/api/sessions/<id>/analytics/`` and draws
the charts as SVG (no inline script: the Content-Security-Policy forbids it).
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from accounts.roles import Role, has_role
from audience.access import access_session_report
from audience.errors import AudienceError
from audience.replay import replay_admitted, replay_view_count
from audience.services.admission import share_link_redeem
from core.exceptions import ApplicationError
from recordings.streaming import ranged_file_response
from studio.access import is_session_host
from studio.models import SessionState


def share_link_open(request, token: str):
    """Record the redemption, let this browser into the session, and go to its landing page."""
    try:
        link = share_link_redeem(token=token, user=request.user, request_session=request.session)
    except ApplicationError as exc:
        if exc.code == AudienceError.LINK_EXPIRED:
            return render(request, "audience/link_expired.html", status=410)
        raise Http404 from exc
    if link.session.state == SessionState.ENDED:  # redeemable after the end only for a published replay
        return redirect("session-replay", session_id=link.session_id)
    return redirect("session-landing", session_id=link.session_id)


def replay_room(request, session_id: int):
    """The replay page (phone width first): the video, the transcript following it, cards at their times."""
    try:
        session, _replay = replay_admitted(request, session_id)
    except ApplicationError as exc:
        raise Http404 from exc
    replay_view_count(request, session)
    return render(request, "watch/replay.html", {
        "role": Role.CUSTOMER.value if has_role(request.user, Role.CUSTOMER) else "",
        "session": session, "invite": request.GET.get("invite", "")[:64]})


def replay_video(request, session_id: int):
    """The published replay's MP4, with byte ranges; a 404 like a missing one while it is not published."""
    try:
        _session, replay = replay_admitted(request, session_id)
    except ApplicationError as exc:
        raise Http404 from exc
    return ranged_file_response(request, replay.published_key)


@login_required
def session_report(request, session_id: int):
    try:
        session = access_session_report(request.user, session_id)
    except ApplicationError as exc:
        raise Http404 from exc
    role = Role.RM.value if has_role(request.user, Role.RM) else ""
    can_share = (is_session_host(request.user, session)
                 and session.state in (SessionState.APPROVED, SessionState.LIVE))
    return render(request, "audience/report.html", {"session": session, "role": role, "can_share": can_share})
