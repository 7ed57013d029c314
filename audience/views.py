"""Browser pages: a share link's redirect into the room's landing page, the RM's session report, and the
customer's inbox (invitations and reminders) and risk assessment status.

The report page is a shell: ``static/js/report.js`` reads ``/api/sessions/<id>/analytics/`` and draws
the charts as SVG (no inline script: the Content-Security-Policy forbids it).
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts.roles import Role, has_role
from audience import selectors
from audience.access import access_session_report
from audience.errors import AudienceError
from audience.replay import replay_admitted, replay_view_count
from audience.services.admission import share_link_redeem
from compliance.models import Notification
from compliance.services.notifications import notification_mark_read
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
    return render(
        request,
        "watch/replay.html",
        {
            "role": Role.CUSTOMER.value if has_role(request.user, Role.CUSTOMER) else "",
            "session": session,
            "invite": request.GET.get("invite", "")[:64],
        },
    )


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
    can_share = is_session_host(request.user, session) and session.state in (
        SessionState.APPROVED,
        SessionState.LIVE,
    )
    return render(request, "audience/report.html", {"session": session, "role": role, "can_share": can_share})


def _require_customer(request) -> None:
    if not has_role(request.user, Role.CUSTOMER):
        raise Http404  # another role gets the same answer as for a page that does not exist


@login_required
@require_http_methods(["GET", "POST"])
def customer_inbox(request):
    """The customer's invitations and reminders, worded in the page's language; POST marks them all read."""
    _require_customer(request)
    if request.method == "POST":
        for notification in Notification.objects.filter(
            recipient=request.user, kind__in=selectors.INBOX_KINDS, read_at__isnull=True
        ):
            notification_mark_read(notification=notification, user=request.user)
        return redirect("customer-inbox")
    items = selectors.inbox_list(user=request.user)
    return render(
        request,
        "watch/inbox.html",
        {"role": Role.CUSTOMER.value, "items": items, "unread": sum(1 for item in items if item["unread"])},
    )


@login_required
def customer_risk(request):
    """The customer's risk assessment: level, validity, and how to (re)assess when it is missing or expired."""
    _require_customer(request)
    return render(
        request,
        "watch/risk.html",
        {"role": Role.CUSTOMER.value, "risk": selectors.risk_status(user=request.user)},
    )
