"""Writes for everything said and shown in a live room: chat, moderation, Q&A, product cards.

Every chat line goes through here. Services check who acts (through ``studio.access``), own the
transaction, and broadcast small events to the room's group only after commit
(``core.events.broadcast_on_commit``). The fan-out (``studio.fanout``) turns those events into frames for
each server process's sockets. Room services take the session's id: each reads the session once, under
the row lock where the room's sequence is involved, and that read is also its access check.

Room events on the channel layer (group ``room_group(session_id)``):
- ``room.seq {seq, frame}``: a frame of the room's ordered sequence (``chat.message``, ``chat.removed``);
  the fan-out delivers them in ``seq`` order, filling gaps from the database.
- ``room.frame {frame}``: any other frame, the same for every viewer.
- ``room.card {card, product}``: a product card; the fan-out computes ``can_act`` per viewer.
- ``room.user {user_id, frame}``: a frame for one user's sockets only.

A line held, released or removed while held is also announced to the officers' live view of held lines
(``studio.held_lines.held_queue_changed``, group ``officers.held``).

The services live in one module per sub-domain, sharing ``rules`` (the row lock, the room's sequence and its
checks): ``chat`` (ingest), ``moderation``, ``questions`` and ``cards``. Their public names are re-exported here:
callers import ``studio.services.room``.
"""

from studio.services.room.cards import CARD_OPEN_RATE_LIMIT, card_open, card_push
from studio.services.room.chat import (
    ENGINE_WINDOW_LINES,
    ENGINE_WINDOW_SECONDS,
    ChatLine,
    chat_ack,
    chat_send,
    chat_send_many,
)
from studio.services.room.moderation import (
    chat_pin,
    chat_release,
    chat_remove,
    room_settings_broadcast,
    room_slow_mode_set,
    user_mute,
)
from studio.services.room.questions import (
    question_answer,
    question_ask,
    question_dismiss,
    question_merge,
    question_release,
    question_upvote,
)
from studio.services.room.rules import CHAT_RATE_LIMIT, CHAT_RATE_WINDOW_SECONDS

__all__ = [
    "CARD_OPEN_RATE_LIMIT",
    "CHAT_RATE_LIMIT",
    "CHAT_RATE_WINDOW_SECONDS",
    "ENGINE_WINDOW_LINES",
    "ENGINE_WINDOW_SECONDS",
    "ChatLine",
    "room_settings_broadcast",
    "card_open",
    "card_push",
    "chat_ack",
    "chat_pin",
    "chat_release",
    "chat_remove",
    "chat_send",
    "chat_send_many",
    "question_answer",
    "question_ask",
    "question_dismiss",
    "question_merge",
    "question_release",
    "question_upvote",
    "room_slow_mode_set",
    "user_mute",
]
