"""Client → server frames of the live room (DESIGN.md, "WebSocket protocol"), validated strictly.

Parsing is separate from the consumer so that every malformed frame becomes one ``error`` frame
with a clear message and the socket stays open.
"""

from typing import Annotated, Any, Literal

from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from core.exceptions import ApplicationError
from studio.errors import StudioError
from studio.models import CHAT_TEXT_MAX_CHARS

MAX_FRAME_BYTES = 4096
MAX_TEXT_CHARS = CHAT_TEXT_MAX_CHARS
REACTION_KINDS = ("like", "heart", "clap", "flower")

Ref = Annotated[str, Field(min_length=1, max_length=64)]
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT_CHARS)]
Id = Annotated[int, Field(ge=1, le=2**62)]


class _Frame(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)
    ref: Ref | None = None


class ChatSend(_Frame):
    type: Literal["chat.send"]
    text: Text


class QaAsk(_Frame):
    type: Literal["qa.ask"]
    text: Text


class QaUpvote(_Frame):
    type: Literal["qa.upvote"]
    question_id: Id


class QaAnswer(_Frame):
    """Host: answer a question. With ``text`` the answer is a line of the host, checked and gated like any
    (shown under the question once published); without, the question is only marked answered."""

    type: Literal["qa.answer"]
    question_id: Id
    text: Text | None = None


class QaDismiss(_Frame):
    """Host: take a question off the list (off-topic, already covered); it stays on record."""

    type: Literal["qa.dismiss"]
    question_id: Id


class QaMerge(_Frame):
    """Host: ``question_id`` duplicates ``into_id``; its votes join the kept question."""

    type: Literal["qa.merge"]
    question_id: Id
    into_id: Id


class Reaction(_Frame):
    type: Literal["reaction"]
    kind: Literal[REACTION_KINDS]  # type: ignore[valid-type]


class CardOpen(_Frame):
    type: Literal["card.open"]
    card_id: Id


class Resume(_Frame):
    type: Literal["resume"]
    last_seq: Annotated[int, Field(ge=0, le=2**62)]


class CardPush(_Frame):
    type: Literal["card.push"]
    product_id: Id


class ChatPin(_Frame):
    type: Literal["chat.pin"]
    message_id: Id | None  # null unpins


class ChatRemove(_Frame):
    type: Literal["chat.remove"]
    message_id: Id


class ChatRelease(_Frame):
    """Host: publish a viewer's line the audience pack held (RM lines are released by officers only)."""

    type: Literal["chat.release"]
    message_id: Id


class QaRelease(_Frame):
    """Host: publish a viewer's question the audience pack held."""

    type: Literal["qa.release"]
    question_id: Id


class UserMute(_Frame):
    type: Literal["user.mute"]
    user_id: Id
    minutes: Annotated[int, Field(ge=0, le=24 * 60)]  # 0 lifts the mute


class RoomSlowMode(_Frame):
    type: Literal["room.slow_mode"]
    seconds: Annotated[int, Field(ge=0, le=3600)]


class SessionEnd(_Frame):
    type: Literal["session.end"]


InboundFrame = Annotated[
    ChatSend | QaAsk | QaUpvote | QaAnswer | QaDismiss | QaMerge | Reaction | CardOpen | Resume | CardPush
    | ChatPin | ChatRemove | ChatRelease | QaRelease | UserMute | RoomSlowMode | SessionEnd,
    Field(discriminator="type"),
]
_adapter: TypeAdapter = TypeAdapter(InboundFrame)
FRAME_TYPES = frozenset(
    model.model_fields["type"].annotation.__args__[0]
    for model in (ChatSend, QaAsk, QaUpvote, QaAnswer, QaDismiss, QaMerge, Reaction, CardOpen, Resume, CardPush,
                  ChatPin, ChatRemove, ChatRelease, QaRelease, UserMute, RoomSlowMode, SessionEnd)
)


class FrameError(ApplicationError):
    code = StudioError.MALFORMED


def frame_parse(content: Any) -> _Frame:
    """Validate one decoded JSON frame; raise ``FrameError`` with a readable message otherwise."""
    if not isinstance(content, dict):
        raise FrameError("A frame must be a JSON object with a 'type'.")
    frame_type = content.get("type")
    if not isinstance(frame_type, str):
        raise FrameError("A frame must have a string 'type'.", details=_ref_detail(content))
    if frame_type not in FRAME_TYPES:
        raise FrameError(f"Unknown frame type {frame_type[:40]!r}.", code=StudioError.UNKNOWN_TYPE,
                         details=_ref_detail(content))
    text = content.get("text")
    if isinstance(text, str) and len(text) > MAX_TEXT_CHARS:
        raise FrameError(_("The text is too long: at most %(limit)d characters.") % {"limit": MAX_TEXT_CHARS},
                         code=StudioError.TOO_LONG,
                         details={**_ref_detail(content), "limit": MAX_TEXT_CHARS, "length": len(text)})
    try:
        return _adapter.validate_python(content)
    except ValidationError as exc:
        problems = [
            {"field": ".".join(str(part) for part in err["loc"][1:]) or "type", "problem": err["msg"]}
            for err in exc.errors(include_url=False, include_input=False)
        ]
        summary = "; ".join(f"{p['field']}: {p['problem']}" for p in problems[:3])
        raise FrameError(f"Malformed {frame_type} frame: {summary}.",
                         details={**_ref_detail(content), "problems": problems}) from None


def _ref_detail(content: dict) -> dict:
    ref = content.get("ref")
    return {"ref": ref} if isinstance(ref, str) and 0 < len(ref) <= 64 else {}


# ---------------------------------------------------------------------------------------------
# Server → client frames that are built from stored rows (services, selectors and the fan-out).


def chat_message_frame(message) -> dict:
    """``chat.message`` for a published line. ``text`` is raw: renderers must escape it."""
    return {
        "type": "chat.message",
        "seq": message.seq,
        "id": message.id,
        "author": message.author_name,
        "author_id": message.author_id,
        "role": message.author_role,
        "text": message.text,
        "at": (message.published_at or message.created_at).isoformat(),
    }


def chat_removed_frame(message) -> dict:
    return {"type": "chat.removed", "seq": message.removed_seq, "id": message.id}


def question_answer_frame(line) -> dict | None:
    """The host's answer under a question: only once the line is published and not removed."""
    if line is None or line.seq is None or line.removed_at is not None:
        return None
    return {"id": line.id, "author": line.author_name, "text": line.text,
            "at": (line.published_at or line.created_at).isoformat()}


def question_frame(question, *, answer=None) -> dict:
    """A question as viewers see it. ``answer`` is the answer line when the caller has it loaded
    (``question.answer_line``); ``author_id`` lets a client hide the upvote on the viewer's own question."""
    return {
        "id": question.id,
        "author": question.author_name,
        "author_id": question.author_id,
        "text": question.text,
        "upvotes": question.upvotes,
        "answered": question.answered_at is not None,
        "answer": question_answer_frame(answer),
        "at": question.created_at.isoformat(),
    }


def card_frame(push) -> tuple[dict, dict]:
    """A pushed card as every viewer sees it, and the product facts each viewer's suitability needs.

    ``push.product`` is read: select it with the push.
    """
    product = push.product
    card = {
        "id": push.pk, "product_id": product.pk, "code": product.code, "name": product.name,
        "type": product.type, "issuer": product.issuer, "risk_level": product.risk_level,
        "benchmark_min": str(product.benchmark_min) if product.benchmark_min is not None else None,
        "benchmark_max": str(product.benchmark_max) if product.benchmark_max is not None else None,
        "text": push.card_text, "pushed_at": push.created_at.isoformat(),
    }
    facts = {
        "risk_level": product.risk_level, "status": product.status,
        "sale_start": product.sale_start.isoformat() if product.sale_start else None,
        "sale_end": product.sale_end.isoformat() if product.sale_end else None,
    }
    return card, facts
