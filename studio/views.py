"""Browser pages: the RM dashboard, session editor and live console, and the customer pages.

The pages are thin shells: they check who may open them and hand ids to small ES modules in
``static/js/`` that talk to the JSON API and the live-room WebSocket, so every permission rule stays in
one place (the API and the consumer). No page has inline script (core.middleware sends a
Content-Security-Policy that forbids it): data reaches the modules through data-* attributes.
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from accounts.roles import Role, has_role


def _require_role(request, role: Role) -> None:
    # Someone of another role gets the same answer as for a page that does not exist.
    if not has_role(request.user, role):
        raise Http404


@login_required
def rm_dashboard(request):
    _require_role(request, Role.RM)
    return render(request, "studio/dashboard.html", {"role": Role.RM.value})


@login_required
def session_editor(request, session_id: int | None = None):
    _require_role(request, Role.RM)
    return render(request, "studio/editor.html", {"role": Role.RM.value, "session_id": session_id})


@login_required
def live_console(request, session_id: int):
    _require_role(request, Role.RM)
    return render(request, "studio/console.html", {"role": Role.RM.value, "session_id": session_id})


@login_required
def customer_home(request):
    return render(request, "watch/home.html", {"role": Role.CUSTOMER.value})


def session_landing(request, session_id: int):
    return render(request, "watch/landing.html", {"session_id": session_id})


def live_room(request, session_id: int):
    return render(request, "watch/room.html", {"session_id": session_id})
