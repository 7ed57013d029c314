"""The live room's WebSocket consumer: parse, authorise, dispatch to a service, answer. Nothing else.

``ws/sessions/<session_id>/`` — authenticated by the Django session cookie (guests may watch when the
session allows it); origin (scheme, host and port) checked by ``core.middleware.WebSocketOriginValidator``. An
invite-only session needs ``?invite=<code>``. ``?admit=<token>`` (the signed admission token the page
carries and ``session.state`` hands back, ``studio.room_open``) saves the connect a database read of who
the viewer is; it never decides whether they may watch. A socket that may not watch is closed with 4403, the
same for a session that does not exist.

Every frame is a JSON object with ``type``; a client frame may carry ``ref`` (unique per sender) and
is answered with ``ack {ref, ...}`` or ``error {ref, code, message, details}``. A frame resent with
the same ``ref`` is not applied twice (chat, questions and card pushes are stored under a unique
``(author, ref)``). Frames over 4 KB are refused (``frame_too_large``); malformed or unknown frames
get ``error`` (``malformed`` / ``unknown_type``) and the socket stays open. (About 600 lines, most of them the
protocol's contract below and one small adapter per frame type; the logic is in ``studio.services.room``.)

Client → server
- ``chat.send {text}`` → ``ack {ref, id, status, seq}``; ``status`` is ``published`` | ``held`` |
  ``rejected``; the host's ack carries ``findings`` and, when rejected, ``reason`` and ``suggestion``;
  a customer's ack carries ``masked`` kinds and the stored ``text`` when personal data was masked.
- ``qa.ask {text}`` → ``ack {ref, id}``; ``qa.upvote {question_id}`` (once per user, never one's own);
  host: ``qa.answer {question_id, text?}`` answers in words (a host line, checked and gated like any: the ack
  is the line's, with ``question_id``) or, without text, marks it answered; ``qa.dismiss {question_id}``;
  ``qa.merge {question_id, into_id}`` (a duplicate joins the kept question with its voters).
- ``reaction {kind}`` with ``kind`` in like | heart | clap | flower (no ack unless ``ref`` is given).
- ``card.open {card_id}`` (signed in) → ``ack``; records who opened which pushed card, and when.
- ``resume {last_seq}`` → every sequenced frame after ``last_seq`` in order (runs of lines as
  ``chat.batch``, removals as ``chat.removed``), then ``ack {ref, last_seq}``, then live. Frames
  that arrive meanwhile are held and sent after the replay. Lines that already reached the socket
  live since it connected may be sent again: clients drop a ``seq`` they have seen. Connecting with
  ``?last_seq=N`` does the same atomically at connect, before any live frame.
- Host only: ``card.push {product_id}``, ``chat.pin {message_id|null}``, ``chat.remove {message_id}``,
  ``chat.release {message_id}`` and ``qa.release {question_id}`` (a viewer's line or question the audience
  pack held),
  ``user.mute {user_id, minutes}`` (0 lifts), ``room.slow_mode {seconds}``, ``session.end``.

Server → client
- ``session.state {state, seq, viewers, slow_mode_seconds, qa_enabled, pinned, questions, shelf, reactions,
  you, admit}`` on connect (``seq``: lines after it come live; ``you``: role and user id; ``shelf``: the cards
  pushed so far as ``card.pushed`` frames for this viewer, newest first; ``reactions``: the counts so far;
  ``viewers`` counts the audience, not the host or staff; ``admit``: the admission token to reconnect with;
  to the host ``muted_users [{user_id, until}]``, to a muted viewer ``muted_until``);
  ``session.state {state, seq}``
  when the state changes.
- ``chat.message {seq, id, author, author_id, role, text, at}``; ``chat.batch {messages}`` (several
  ``chat.message`` in seq order, when the room is busy); ``chat.removed {seq, id}``;
  ``chat.pinned {message|null}``; to the host only, ``chat.removed {id, by: host|officer}`` for a held line
  (never seen by viewers) that was removed. ``text`` is raw user input: clients must escape it.
- ``qa.asked {question}``, ``qa.upvoted {question_id, upvotes}``, ``qa.answered {question_id, answer?}``,
  ``qa.answer_removed {question_id, answer_id}`` (the answer line was removed), ``qa.dismissed {question_id}``,
  ``qa.merged {question_id, into, upvotes}``, where
  ``question`` is ``{id, author, author_id, text, upvotes, answered, answer, at}`` and ``answer`` the host's
  published answer ``{id, author, text, at}`` or null.
- ``reactions {counts}`` (at most once a second), ``presence {viewers}`` (at most every 2 s).
- ``card.pushed {card, can_act, reason, reason_code}`` computed for this viewer's risk profile.
- ``room.slow_mode {seconds, qa_enabled}``; ``user.muted {until|null}`` to the muted user only.
- ``chat.held {kind: chat|qa, id, author, text, codes, at}`` to the host only: a viewer's line or question
  the audience screening held; the sender's ``ack`` has ``status: held`` and a ``notice``.
- ``ack``, ``error {ref, code, message, details}``.
- ``server.restart {reconnect_in_ms}`` then a close with code 1012 when the process is being stopped
  (``studio.drain``): reconnect after that delay, with ``?last_seq``; another process takes over.
"""

import asyncio
import json
import logging
import time
from collections import deque
from collections.abc import Callable
from urllib.parse import parse_qs

from asgiref.sync import sync_to_async
from channels.exceptions import StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer
from channels.layers import get_channel_layer
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import InterfaceError, OperationalError
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header
from redis.exceptions import RedisError

from accounts.addresses import scope_client_address
from accounts.roles import Role
from core import ratelimit
from core.db import persistent_database_sync_to_async
from core.events import broadcasts_collected, broadcasts_send
from core.exceptions import ApplicationError, NotFound
from observability import metrics
from observability.logs import context as log_context
from studio import admission, attendance, protocol, selectors
from studio.access import Viewer, access_session, session_may_watch, viewer_of
from studio.chat_ingest import chat_ingest_for
from studio.errors import StudioError
from studio.fanout import encode, frames_for, hub_for
from studio.room_open import (
    admission_token_issue,
    admission_token_viewer,
    room_read_changed_by,
    room_reads,
    room_reads_invalidate,
)
from studio.screening import held_notice
from studio.services.room import (
    ChatLine,
    card_open,
    card_push,
    chat_pin,
    chat_release,
    chat_remove,
    question_answer,
    question_ask,
    question_dismiss,
    question_merge,
    question_release,
    question_upvote,
    room_slow_mode_set,
    user_mute,
)
from studio.services.sessions import session_end
from studio.wire import deliver, wire_of

logger = logging.getLogger(__name__)

CLOSE_FORBIDDEN = 4403
# The database or Redis briefly unreachable: the frame was not applied (or, if its commit went through, a
# resend with the same ref is answered from the stored row).
TRANSIENT_ERRORS = (OperationalError, InterfaceError, RedisError, ConnectionError, TimeoutError)
REACTIONS_PER_SECOND = 10
# ``resume`` replays from the database: bounded per socket and per client address, guests more strictly
# (issue 17: 20 guest sockets sending resume {last_seq: 0} in a loop moved 674 MB in 35 s). (count, seconds)
RESUME_PER_SOCKET = {"guest": (2, 60), "member": (6, 60)}
RESUME_PER_ADDRESS = {"guest": (10, 60), "member": (60, 60)}
# A replay sends at most the room's latest this many sequenced frames; older lines are in the paged
# transcript (``GET /api/sessions/<id>/messages/``), and the ``ack`` says where the replay started.
REPLAY_MAX_EVENTS = {"guest": 200, "member": 500}


def _error(code: str, message: str, *, ref: str | None = None, details: dict | None = None) -> dict:
    return {"type": "error", "ref": ref, "code": str(code), "message": message, "details": details or {}}


def _has_lone_surrogate(content) -> bool:
    """Whether a decoded frame holds a lone surrogate (a ``\\ud800`` escape), which no reply, row or other
    socket can carry. Iterative: the frame may be nested as deep as the JSON parser allows."""
    stack = [content]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


# Each adapter unpacks one frame into one service call (run in a worker thread) and returns the ack body;
# ``chat.send`` goes through the group commit instead (``studio.chat_ingest``, in ``_apply``).
# The socket's user carries the code that admitted it to an invite-only room (``studio.admission.admit`` at
# connect), which ``access_session`` consults: no adapter passes a code.
def _qa_ask(user, session_id, frame) -> dict:
    question = question_ask(session_id=session_id, user=user, text=frame.text, ref=frame.ref)
    if question.status == "held":
        return {"id": question.pk, "status": "held", "notice": held_notice()}
    return {"id": question.pk, "status": "published"}


def _qa_upvote(user, session_id, frame) -> dict:
    question = question_upvote(session_id=session_id, user=user, question_id=frame.question_id)
    return {"id": question.pk, "upvotes": question.upvotes}


def _qa_answer(user, session_id, frame) -> dict:
    return question_answer(
        session_id=session_id, actor=user, question_id=frame.question_id, text=frame.text, ref=frame.ref
    )


def _qa_dismiss(user, session_id, frame) -> dict:
    return {"id": question_dismiss(session_id=session_id, actor=user, question_id=frame.question_id).pk}


def _qa_merge(user, session_id, frame) -> dict:
    kept = question_merge(
        session_id=session_id, actor=user, question_id=frame.question_id, into_id=frame.into_id
    )
    return {"id": kept.pk, "upvotes": kept.upvotes}


def _card_open(user, session_id, frame) -> dict:
    return {"id": card_open(session_id=session_id, user=user, card_id=frame.card_id).push_id}


def _card_push(user, session_id, frame) -> dict:
    return {"id": card_push(session_id=session_id, actor=user, product_id=frame.product_id, ref=frame.ref).pk}


def _chat_pin(user, session_id, frame) -> dict:
    message = chat_pin(session_id=session_id, actor=user, message_id=frame.message_id)
    return {"id": message.pk if message else None}


def _chat_remove(user, session_id, frame) -> dict:
    return {"id": chat_remove(session_id=session_id, actor=user, message_id=frame.message_id).pk}


def _chat_release(user, session_id, frame) -> dict:
    return {"id": chat_release(message_id=frame.message_id, officer=user, session_id=session_id).pk}


def _qa_release(user, session_id, frame) -> dict:
    return {"id": question_release(question_id=frame.question_id, actor=user, session_id=session_id).pk}


def _user_mute(user, session_id, frame) -> dict:
    mute = user_mute(session_id=session_id, actor=user, user_id=frame.user_id, minutes=frame.minutes)
    return {"until": mute.until.isoformat() if mute else None}


def _room_slow_mode(user, session_id, frame) -> dict:
    return {
        "seconds": room_slow_mode_set(
            session_id=session_id, actor=user, seconds=frame.seconds
        ).slow_mode_seconds
    }


def _session_end(user, session_id, frame) -> dict:
    return {"state": session_end(session=access_session(user, session_id), actor=user).state}


HANDLERS: dict[str, Callable] = {
    "qa.ask": _qa_ask,
    "qa.upvote": _qa_upvote,
    "qa.answer": _qa_answer,
    "qa.dismiss": _qa_dismiss,
    "qa.merge": _qa_merge,
    "card.open": _card_open,
    "card.push": _card_push,
    "chat.pin": _chat_pin,
    "chat.remove": _chat_remove,
    "chat.release": _chat_release,
    "qa.release": _qa_release,
    "user.mute": _user_mute,
    "room.slow_mode": _room_slow_mode,
    "session.end": _session_end,
}


def _socket_language(scope) -> str:
    """The page's language for this socket: the language cookie, else ``Accept-Language``, else the default."""
    headers = dict(scope.get("headers") or ())
    cookies = headers.get(b"cookie", b"").decode("latin-1")
    for part in cookies.split(";"):
        name, _sep, value = part.strip().partition("=")
        if name == settings.LANGUAGE_COOKIE_NAME and value:
            try:
                return translation.get_supported_language_variant(value)
            except LookupError:
                break
    for code, _quality in parse_accept_lang_header(
        headers.get(b"accept-language", b"").decode("latin-1")[:200]
    ):
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def _session_key(scope) -> str | None:
    session = scope.get("session")
    return getattr(session, "session_key", None) if session is not None else None


def _may_watch_and_who(user, session, invite_code: str, known: Viewer | None) -> Viewer:
    """On the database thread: the one watch rule for a signed-in user (their roles may need reading), and who
    they are unless a token said so. Raises ``NotFound`` as ``access_session`` does."""
    if not session_may_watch(user, session, invite_code=invite_code):
        raise NotFound("Session not found.")
    return known if known is not None else viewer_of(user, session)


#: How long the shared part of ``session.state`` (below) is reused: as long as a room read is.
STATE_SHARED_SECONDS = 1.0
_state_parts: dict[tuple, tuple[float, dict, list, str]] = {}


def _state_shared(snapshot: dict, shelf: list, viewer: Viewer, own: dict) -> str | None:
    """The members of ``session.state`` that viewers who see the room alike share, as JSON text without its
    braces, or ``None`` when this viewer's view is their own (the host sees who is muted, a muted viewer until
    when).

    A join storm encoded the same snapshot and shelf once per connect (~2 % of a server's samples); now once per
    room read (``studio.room_open``), shelf wording (the viewer's suitability) and language, for at most
    ``STATE_SHARED_SECONDS``, so a mute running out or a product's sale ending shows within that second."""
    if viewer.is_owner or viewer.user_id in (snapshot.get("mutes") or {}):
        return None
    key = (id(snapshot), id(shelf), viewer.suitability_key, translation.get_language())
    moment = time.monotonic()
    cached = _state_parts.get(key)
    if cached is not None and moment - cached[0] < STATE_SHARED_SECONDS and cached[1] is snapshot:
        return cached[3]
    now = timezone.now()
    view = selectors.snapshot_for_viewer(snapshot, viewer, now=now)
    view["shelf"] = selectors.shelf_frames(shelf, profile=viewer.profile, now=now)
    for name in ("type", *own):
        view.pop(name, None)
    text = encode(view)[1:-1]
    if len(_state_parts) > 256:
        _state_parts.clear()
    _state_parts[key] = (moment, snapshot, shelf, text)  # holds the read: its id is not reused meanwhile
    return text


def session_state_text(snapshot: dict, shelf: list, viewer: Viewer, own: dict) -> str:
    """The encoded ``session.state`` for ``viewer``: the room's part (shared when it can be) and ``own``, the
    viewer's own members (seq, viewers, reactions, you, admit)."""
    shared = _state_shared(snapshot, shelf, viewer, own)
    if shared is None:
        now = timezone.now()
        return encode(
            {
                "type": "session.state",
                **selectors.snapshot_for_viewer(snapshot, viewer, now=now),
                "shelf": selectors.shelf_frames(shelf, profile=viewer.profile, now=now),
                **own,
            }
        )
    return '{"type":"session.state",' + shared + "," + encode(own)[1:]


class LiveRoomConsumer(AsyncWebsocketConsumer):
    """One viewer's socket. Room traffic reaches it through the process's fan-out hub, not a channel.

    ``as_asgi(layer=...)`` gives the consumer its own channel-layer instance: tests use it to run two
    "server processes" (two layers, two hubs) in one test process.
    """

    layer = None

    def __init__(self, *args, layer=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.layer = layer

    async def __call__(self, scope, receive, send):
        # No channel per socket: the hub holds one subscription per room per process and writes to
        # ``base_send`` directly. (AsyncConsumer.__call__ would subscribe a channel for every viewer.)
        self.scope = scope
        self.channel_layer = self.layer or get_channel_layer(self.channel_layer_alias)
        self.base_send = send
        self.wire = wire_of(send)  # Daphne's protocol: the hub writes pre-built frames to it directly
        self.session_id: int | None = None
        self.viewer = None
        self.room = None
        self.replaying = False
        self.replay_buffer: list[dict] = []
        self.skip_upto = 0
        self._reaction_window = (0.0, 0)
        self._resumes: deque[float] = deque()
        self.visit_id: int | None = None
        self.query_invite = ""  # the code the socket came with (?invite=)
        self.language = _socket_language(scope)  # errors are written in the viewer's language
        self._admission_timer: asyncio.TimerHandle | None = None
        self.admit_token = ""  # handed back in session.state: the client reconnects with it
        try:
            # One message at a time, as channels' ``await_many_dispatch([receive], ...)`` did, without its task and
            # ``asyncio.wait`` per message (the connect is one): this socket listens to nothing else.
            while True:
                await self.dispatch(await receive())
        except StopConsumer:
            pass
        finally:
            # A viewer gone while connect() still sends its first frames never gets websocket.disconnect:
            # leave the room here (idempotent), or the hub would keep writing to a dead socket.
            await self.disconnect(None)

    async def dispatch(self, message):
        # Skips AsyncConsumer.dispatch's aclose_old_connections() thread hop per message
        # (PERFORMANCE-NOTES.md); all ORM work goes through persistent_database_sync_to_async (core/db.py).
        handler = getattr(self, message["type"].replace(".", "_"), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def send_frame(self, frame: dict) -> None:
        # Straight to Daphne's socket when it is open and nothing is queued before it, as the fan-out writes
        # (studio.wire): the session.state, acks and errors skip the per-message ASGI dispatch and framing too.
        await deliver(self, {"type": "websocket.send", "text": encode(frame)}, [])

    # -- connection ----------------------------------------------------------------------------

    async def connect(self):
        query = parse_qs(self.scope.get("query_string", b"").decode("latin-1"))
        invite = (query.get("invite") or [""])[0][:64]
        self.query_invite = invite
        admitted_until = None
        last_seq = self._int_or_none((query.get("last_seq") or [None])[0])
        admit = (query.get("admit") or [""])[0][:1024]
        try:
            session_id = int(self.scope["url_route"]["kwargs"]["session_id"])
            # The room's part is one read shared by every connect of this burst (studio.room_open).
            hub = hub_for(self.channel_layer)
            session, snapshot, shelf = await room_reads().read(session_id, reuse=session_id in hub.rooms)
            if session is None:
                raise NotFound("Session not found.")
            try:
                self.viewer = await self._admit(session, invite, admit)
                admission.admit(self.scope.get("user"), session.pk, invite)
            except ApplicationError:
                # An invite-only room: this browser may have redeemed a share link or been invited.
                redeemed, admitted_until = (
                    ("", None) if invite else await admission.room_invite_code(self.scope, session_id)
                )
                if not redeemed:
                    raise
                self.viewer = await self._admit(session, redeemed, admit)
                admission.admit(self.scope.get("user"), session.pk, redeemed)
        except (ApplicationError, ValueError, KeyError):
            metrics.connect("refused")
            await self.close(CLOSE_FORBIDDEN)
            return
        await self.accept()
        metrics.connect("accepted")
        self.session_id = session.pk
        self._admission_schedule(admitted_until)
        hub = hub_for(self.channel_layer)
        # Joined in replay mode: live lines wait until the socket has its session.state (and, with
        # ?last_seq=, its replay), so session.state is always the first frame.
        self.room, live_after = await hub.join(self.session_id, self, replay=True)
        try:
            self.visit_id = await attendance.room_joined(
                self.scope, self.session_id, self.viewer, hub.process_key
            )
            own = {
                "seq": live_after,
                "viewers": await hub.viewers_now(self.session_id),
                "reactions": await attendance.reaction_totals(self.session_id),
                "you": {"user_id": self.viewer.user_id, "role": self.viewer.role, "name": self.viewer.name},
                **({"admit": self.admit_token} if self.admit_token else {}),
            }
            await deliver(
                self,
                {"type": "websocket.send", "text": session_state_text(snapshot, shelf, self.viewer, own)},
                [],
            )
        except BaseException:
            await self.room.finish_replay(self, live_after)
            raise
        await self._replay(last_seq if last_seq is not None else live_after, upto=live_after)

    async def _admit(self, session, invite_code: str, admit: str) -> Viewer:
        """May this socket watch ``session``, and who is it: no database trip for a guest, nor for a customer
        with a valid admission token (``studio.room_open``); one trip otherwise. Raises ``NotFound``."""
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            if not session_may_watch(user or AnonymousUser(), session, invite_code=invite_code):
                raise NotFound("Session not found.")
            return Viewer(None, "guest", "guest", None)
        known = admission_token_viewer(
            admit, session_id=session.pk, user=user, session_key=_session_key(self.scope)
        )
        if known is not None and known.role == "customer":
            # A customer's watch rule needs only their roles, which the token names: no trip.
            user._role_names = frozenset({Role.CUSTOMER.value})
            if not session_may_watch(user, session, invite_code=invite_code):
                raise NotFound("Session not found.")
            self.admit_token = admit
            return known
        viewer = await persistent_database_sync_to_async(_may_watch_and_who)(
            user, session, invite_code, known
        )
        self.admit_token = (
            admit
            if known is not None
            else admission_token_issue(
                session_id=session.pk, viewer=viewer, session_key=_session_key(self.scope)
            )
        )
        return viewer

    # -- admission: a grant ends, the socket goes ----------------------------------------------------

    def _admission_schedule(self, until) -> None:
        """Check the admission again when the share link that admitted this socket expires."""
        if self._admission_timer is not None:
            self._admission_timer.cancel()
            self._admission_timer = None
        if until is None:
            return
        delay = max(0.0, (until - timezone.now()).total_seconds()) + 0.5
        loop = asyncio.get_running_loop()
        self._admission_timer = loop.call_later(delay, lambda: loop.create_task(self.admission_recheck()))

    async def admission_recheck(self) -> None:
        """The room's grants changed (a link revoked, the visibility changed) or this socket's link expired:
        close it with 4403 unless its admission still holds. The host and officers always stay."""
        if self.room is None or self.viewer is None or self.viewer.role in ("owner", "officer"):
            return
        allowed, until = await admission.room_admission_check(self.scope, self.session_id, self.query_invite)
        if self.room is None:
            return
        if allowed:
            self._admission_schedule(until)
            return
        with translation.override(self.language):
            await self.send_frame(_error(StudioError.NOT_FOUND, _("You may no longer watch this room.")))
        await self.close(CLOSE_FORBIDDEN)
        await self.disconnect(CLOSE_FORBIDDEN)

    async def disconnect(self, code):
        if self._admission_timer is not None:
            self._admission_timer.cancel()
            self._admission_timer = None
        if self.room is not None:
            await hub_for(self.channel_layer).leave(self.session_id, self)
            self.room = None
            await attendance.room_left(self.visit_id)

    async def websocket_disconnect(self, message):
        await self.disconnect(message.get("code"))
        raise StopConsumer()

    @staticmethod
    def _int_or_none(value) -> int | None:
        try:
            number = int(value)
        except (TypeError, ValueError):
            return None
        return number if number >= 0 else None

    # -- frames ----------------------------------------------------------------------------------

    async def receive(self, text_data=None, bytes_data=None):
        if self.room is None:
            return
        if text_data is None:
            await self.send_frame(_error(StudioError.MALFORMED, "Frames are JSON text, not binary."))
            return
        if (
            len(text_data) > protocol.MAX_FRAME_BYTES
            or len(text_data.encode("utf-8")) > protocol.MAX_FRAME_BYTES
        ):
            await self.send_frame(
                _error(
                    StudioError.FRAME_TOO_LARGE, f"A frame may be at most {protocol.MAX_FRAME_BYTES} bytes."
                )
            )
            return
        try:
            content = json.loads(text_data)
        except (ValueError, RecursionError):  # RecursionError: nesting deeper than the parser's stack
            await self.send_frame(_error(StudioError.MALFORMED, "The frame is not valid JSON."))
            return
        if "\\u" in text_data and _has_lone_surrogate(content):
            await self.send_frame(
                _error(StudioError.MALFORMED, "The frame is not valid Unicode (a lone surrogate).")
            )
            return
        with translation.override(self.language):
            await self._handle(content)

    async def _handle(self, content) -> None:
        ref = None
        try:
            frame = protocol.frame_parse(content)
            ref = frame.ref
            if frame.type == "resume":
                await self._resume(frame)
            elif frame.type == "reaction":
                await self._reaction(frame)
            else:
                result = await self._apply(frame)
                await self.send_frame({"type": "ack", "ref": ref, **result})
        except ApplicationError as exc:
            ref = ref or exc.details.get("ref")
            details = {k: v for k, v in exc.details.items() if k != "ref"}
            await self.send_frame(_error(exc.code, exc.message, ref=ref, details=details))
        except TRANSIENT_ERRORS:
            logger.warning("live room %s: storage unreachable", self.session_id, exc_info=True)
            await self.send_frame(
                _error(
                    StudioError.UNAVAILABLE,
                    "The room cannot reach its storage just now. Send the frame again "
                    "with the same ref in a moment: it is never applied twice.",
                    ref=ref,
                )
            )
        except Exception:
            logger.exception("live room %s: frame failed", self.session_id)
            await self.send_frame(_error("server_error", "The server could not handle this frame.", ref=ref))

    async def _apply(self, frame) -> dict:
        """Run the frame's service on the database thread; send what it committed to the room from here.

        Events are published after the service's transaction committed (stored before broadcast), also when
        the service raised after a commit, and before the sender's ``ack``. A change to what connects read is
        applied to this process's room reads before the ``ack`` too: a host who reloads right after muting
        someone reads the mute, without waiting for the event to come back through Redis.
        """
        if frame.type == "chat.send":  # group commit with the process's other lines (studio.chat_ingest)
            return await chat_ingest_for(self.channel_layer).send(
                ChatLine(
                    session_id=self.session_id,
                    user=self.scope.get("user"),
                    text=frame.text,
                    ref=frame.ref,
                    language=self.language,
                    log_ids=log_context(),
                )
            )
        with broadcasts_collected() as collected:
            try:
                return await persistent_database_sync_to_async(HANDLERS[frame.type])(
                    self.scope.get("user"), self.session_id, frame
                )
            finally:
                if any(room_read_changed_by(event) for _group, event in collected):
                    room_reads_invalidate(self.session_id)
                await broadcasts_send(self.channel_layer, collected)

    async def _reaction(self, frame) -> None:
        """Count a reaction locally; the hub aggregates and broadcasts at most once a second."""
        second = int(time.monotonic())
        window, count = self._reaction_window
        count = count + 1 if window == second else 1
        self._reaction_window = (second, count)
        if count > REACTIONS_PER_SECOND:
            raise ApplicationError(_("Too many reactions."), code=StudioError.RATE_LIMITED)
        self.room.local_reactions[frame.kind] += 1
        await attendance.reaction_counted(self.session_id, frame.kind)
        if frame.ref:
            await self.send_frame({"type": "ack", "ref": frame.ref})

    def _audience_class(self) -> str:
        return "guest" if self.viewer is None or self.viewer.user_id is None else "member"

    async def _resume_allowed(self) -> None:
        """Raise ``RateLimited`` past this socket's or this address's budget of ``resume`` frames."""
        kind = self._audience_class()
        limit, window = RESUME_PER_SOCKET[kind]
        now = time.monotonic()
        while self._resumes and self._resumes[0] <= now - window:
            self._resumes.popleft()
        if len(self._resumes) >= limit:
            retry = round(self._resumes[0] + window - now, 1)
            raise ratelimit.RateLimited(
                f"Too many resumes on this connection: at most {limit} every {window} s.",
                details={"retry_after": retry, "limit": limit, "window_seconds": window},
            )
        limit, window = RESUME_PER_ADDRESS[kind]
        await sync_to_async(ratelimit.hit, thread_sensitive=False)(
            f"resume:{kind}:{scope_client_address(self.scope)}", limit=limit, window_seconds=window
        )
        self._resumes.append(now)

    async def _resume(self, frame) -> None:
        await self._resume_allowed()
        upto = await self.room.begin_replay(self)
        start = await self._replay(frame.last_seq, upto=upto)
        ack = {"type": "ack", "ref": frame.ref, "last_seq": upto}
        if start > frame.last_seq:
            ack["replayed_from"] = start  # older frames are in the transcript API
        await self.send_frame(ack)

    async def _replay(self, last_seq: int, *, upto: int) -> int:
        """Send the sequenced frames in ``(last_seq, upto]`` from the database, then what came meanwhile.

        At most ``REPLAY_MAX_EVENTS`` of the latest frames are sent; returns the seq the replay started after.
        """
        last_seq = max(last_seq, upto - REPLAY_MAX_EVENTS[self._audience_class()])
        try:
            if upto > last_seq:
                items = await persistent_database_sync_to_async(selectors.room_events)(
                    session_id=self.session_id, after_seq=last_seq, upto_seq=upto
                )
                for start in range(0, len(items), 200):
                    for replayed in frames_for(items[start : start + 200]):
                        await self.send_frame(replayed)
        finally:
            await self.room.finish_replay(self, max(upto, last_seq))
        return last_seq
