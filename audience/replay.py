"""The customer's side of a replay: who is asking (invite code, share-link grant, viewer key) and what they see.

The review gate and the files belong to ``recordings``; this module only adds what the audience app knows
about a browser (its share-link grants and viewer key), so the API, the video and the page all admit the
same viewers through ``recordings.access.access_replay``.
"""

from accounts.models import CustomerProfile
from audience.services.attendance import viewer_key_for
from recordings.access import access_replay
from recordings.selectors import replay_customer_payload
from recordings.services import replay_view_record
from studio.admission import admit_request


def replay_admitted(request, session_id: int):
    """``(session, replay)`` when this browser may watch the published replay; else ``NotFound``."""
    admit_request(request, session_id)
    return access_replay(request.user, session_id)


def replay_view_count(request, session) -> None:
    """Count this browser's view of the replay (once a viewer and day), apart from live visits."""
    user = request.user
    if not request.session.session_key and not user.is_authenticated:
        request.session.save()  # a guest needs a session key: it is their viewer key
    replay_view_record(
        session=session, user=user, viewer_key=viewer_key_for(user, request.session.session_key)
    )


def replay_open(request, session_id: int) -> dict:
    session, replay = replay_admitted(request, session_id)
    user = request.user
    profile = CustomerProfile.objects.filter(user=user).first() if user.is_authenticated else None
    payload = replay_customer_payload(session=session, replay=replay, profile=profile)
    if request.GET.get("invite"):
        payload["video_url"] += "?invite=" + request.GET["invite"][:64]
    return payload
