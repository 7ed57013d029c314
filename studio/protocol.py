"""The live room's frames (DESIGN.md, "WebSocket protocol"): client → server validated strictly, server → client typed.

Parsing is separate from the consumer so that every malformed frame becomes one ``error`` frame
with a clear message and the socket stays open. Outbound frames are ``TypedDict``s (below): checked by
mypy where they are built, plain dicts at run time.
"""

from typing import Annotated, Any, Literal, Required, TypedDict, get_type_hints

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
    ChatSend
    | QaAsk
    | QaUpvote
    | QaAnswer
    | QaDismiss
    | QaMerge
    | Reaction
    | CardOpen
    | Resume
    | CardPush
    | ChatPin
    | ChatRemove
    | ChatRelease
    | QaRelease
    | UserMute
    | RoomSlowMode
    | SessionEnd,
    Field(discriminator="type"),
]
_adapter: TypeAdapter[Any] = TypeAdapter(InboundFrame)  # type: ignore[arg-type]  # an Annotated union
FRAME_TYPES = frozenset(
    model.model_fields["type"].annotation.__args__[0]  # type: ignore[union-attr]
    for model in (
        ChatSend,
        QaAsk,
        QaUpvote,
        QaAnswer,
        QaDismiss,
        QaMerge,
        Reaction,
        CardOpen,
        Resume,
        CardPush,
        ChatPin,
        ChatRemove,
        ChatRelease,
        QaRelease,
        UserMute,
        RoomSlowMode,
        SessionEnd,
    )
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
        raise FrameError(
            f"Unknown frame type {frame_type[:40]!r}.",
            code=StudioError.UNKNOWN_TYPE,
            details=_ref_detail(content),
        )
    text = content.get("text")
    if isinstance(text, str) and len(text) > MAX_TEXT_CHARS:
        raise FrameError(
            _("The text is too long: at most %(limit)d characters.") % {"limit": MAX_TEXT_CHARS},
            code=StudioError.TOO_LONG,
            details={**_ref_detail(content), "limit": MAX_TEXT_CHARS, "length": len(text)},
        )
    try:
        frame: _Frame = _adapter.validate_python(content)
        return frame
    except ValidationError as exc:
        problems = [
            {"field": ".".join(str(part) for part in err["loc"][1:]) or "type", "problem": err["msg"]}
            for err in exc.errors(include_url=False, include_input=False)
        ]
        summary = "; ".join(f"{p['field']}: {p['problem']}" for p in problems[:3])
        raise FrameError(
            f"Malformed {frame_type} frame: {summary}.",
            details={**_ref_detail(content), "problems": problems},
        ) from None


def _ref_detail(content: dict[str, Any]) -> dict[str, Any]:
    ref = content.get("ref")
    return {"ref": ref} if isinstance(ref, str) and 0 < len(ref) <= 64 else {}


# ---------------------------------------------------------------------------------------------
# Server → client frames, typed (issue 13). ``TypedDict``s: mypy checks every builder and call site that
# names one, and at run time a frame is still the plain dict it was — nothing is validated or converted per
# frame, and the fan-out encodes it once per room event as before. (msgspec Structs would encode faster, but
# a frame is encoded once per event for the whole room, not per viewer, and JSON was 1–2 % of a delivery;
# pydantic models would validate every outbound frame, a cost the inbound side pays only because it
# cannot trust its input.)


class ChatMessageFrame(TypedDict):
    type: Literal["chat.message"]
    seq: int
    id: int
    author: str
    author_id: int
    role: str
    text: str  # raw user input: renderers escape it
    at: str


class ChatBatchFrame(TypedDict):
    type: Literal["chat.batch"]
    messages: list[ChatMessageFrame]


class ChatRemovedFrame(TypedDict, total=False):
    type: Required[Literal["chat.removed"]]
    id: Required[int]
    seq: int  # a published line's removal takes a seq of the room
    by: str  # to the host only: who removed a held line (no seq: viewers never saw it)


class ChatPinnedFrame(TypedDict):
    type: Literal["chat.pinned"]
    message: ChatMessageFrame | None


class ChatHeldFrame(TypedDict):
    type: Literal["chat.held"]
    kind: Literal["chat", "qa"]
    id: int
    author: str
    text: str
    codes: list[str]
    at: str


class QuestionAnswer(TypedDict):
    """The host's published answer line under a question."""

    id: int
    author: str
    text: str
    at: str


class QuestionItem(TypedDict):
    id: int
    author: str
    author_id: int
    text: str
    upvotes: int
    answered: bool
    answer: QuestionAnswer | None
    at: str


class QaAskedFrame(TypedDict):
    type: Literal["qa.asked"]
    question: QuestionItem


class QaUpvotedFrame(TypedDict):
    type: Literal["qa.upvoted"]
    question_id: int
    upvotes: int


class QaAnsweredFrame(TypedDict, total=False):
    type: Required[Literal["qa.answered"]]
    question_id: Required[int]
    answer: QuestionAnswer | None  # when the host answered with a line


class QaAnswerRemovedFrame(TypedDict):
    """The host's answer line under a question was removed (``chat_remove``): clients drop it from the question."""

    type: Literal["qa.answer_removed"]
    question_id: int
    answer_id: int  # the removed line's id


class QaDismissedFrame(TypedDict):
    type: Literal["qa.dismissed"]
    question_id: int


class QaMergedFrame(TypedDict):
    type: Literal["qa.merged"]
    question_id: int
    into: int
    upvotes: int


class SessionStateFrame(TypedDict, total=False):
    type: Required[Literal["session.state"]]
    state: Required[str]
    seq: Required[int]
    # On connect only: the room's snapshot and who you are.
    viewers: int
    slow_mode_seconds: int
    qa_enabled: bool
    pinned: ChatMessageFrame | None
    questions: list[QuestionItem]
    shelf: list["CardPushedFrame"]
    reactions: dict[str, int]
    last_seq: int
    you: dict[str, Any]
    muted_users: list["MutedUser"]  # to the host only: the room's running mutes
    muted_until: str  # to a muted viewer only: their mute runs until then
    admit: str  # the admission token to reconnect with (studio.room_open)


class MutedUser(TypedDict):
    user_id: int
    until: str


class PresenceFrame(TypedDict):
    type: Literal["presence"]
    viewers: int


class ReactionsFrame(TypedDict):
    type: Literal["reactions"]
    counts: dict[str, int]


class CardPushedFrame(TypedDict):
    type: Literal["card.pushed"]
    card: dict[str, Any]
    can_act: bool
    reason: str
    reason_code: str


class RoomSlowModeFrame(TypedDict):
    type: Literal["room.slow_mode"]
    seconds: int
    qa_enabled: bool


class UserMutedFrame(TypedDict):
    type: Literal["user.muted"]
    until: str | None


class ServerRestartFrame(TypedDict):
    """Sent before a close with code 1012 when the process drains (``studio.drain``)."""

    type: Literal["server.restart"]
    reconnect_in_ms: int


class AckFrame(TypedDict, total=False):
    type: Required[Literal["ack"]]
    ref: Required[str | None]
    id: int | None
    status: str
    seq: int | None
    findings: list[dict[str, Any]]
    reason: str
    suggestion: str
    notice: str
    masked: list[str]
    text: str
    duplicate: bool
    upvotes: int
    question_id: int
    until: str | None
    seconds: int
    state: str
    last_seq: int
    replayed_from: int


class ErrorFrame(TypedDict):
    type: Literal["error"]
    ref: str | None
    code: str
    message: str
    details: dict[str, Any]


OutboundFrame = (
    ChatMessageFrame
    | ChatBatchFrame
    | ChatRemovedFrame
    | ChatPinnedFrame
    | ChatHeldFrame
    | QaAskedFrame
    | QaUpvotedFrame
    | QaAnsweredFrame
    | QaAnswerRemovedFrame
    | QaDismissedFrame
    | QaMergedFrame
    | SessionStateFrame
    | PresenceFrame
    | ReactionsFrame
    | CardPushedFrame
    | RoomSlowModeFrame
    | UserMutedFrame
    | ServerRestartFrame
    | AckFrame
    | ErrorFrame
)
#: Every outbound frame type, by its ``type`` (the protocol test checks the documented list against it).
OUTBOUND_FRAMES: dict[str, type] = {
    get_type_hints(frame)["type"].__args__[0]: frame for frame in OutboundFrame.__args__
}


# ---------------------------------------------------------------------------------------------
# Server → client frames that are built from stored rows (services, selectors and the fan-out).


def chat_message_frame(message: Any) -> ChatMessageFrame:
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


def chat_removed_frame(message: Any) -> ChatRemovedFrame:
    return {"type": "chat.removed", "seq": message.removed_seq, "id": message.id}


def question_answer_frame(line: Any) -> QuestionAnswer | None:
    """The host's answer under a question: only once the line is published and not removed."""
    if line is None or line.seq is None or line.removed_at is not None:
        return None
    return {
        "id": line.id,
        "author": line.author_name,
        "text": line.text,
        "at": (line.published_at or line.created_at).isoformat(),
    }


def question_frame(question: Any, *, answer: Any = None) -> QuestionItem:
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


def card_frame(push: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """A pushed card as every viewer sees it, and the product facts each viewer's suitability needs.

    ``push.product`` is read: select it with the push.
    """
    product = push.product
    card = {
        "id": push.pk,
        "product_id": product.pk,
        "code": product.code,
        "name": product.name,
        "type": product.type,
        "issuer": product.issuer,
        "risk_level": product.risk_level,
        "benchmark_min": str(product.benchmark_min) if product.benchmark_min is not None else None,
        "benchmark_max": str(product.benchmark_max) if product.benchmark_max is not None else None,
        "text": push.card_text,
        "pushed_at": push.created_at.isoformat(),
    }
    facts = {
        "risk_level": product.risk_level,
        "status": product.status,
        "sale_start": product.sale_start.isoformat() if product.sale_start else None,
        "sale_end": product.sale_end.isoformat() if product.sale_end else None,
    }
    return card, facts
