"""Q&A: customers ask and upvote, the host answers (a host chat line through ``chat_send``), dismisses and merges;
a question the audience pack held waits for the host or an officer."""

from django.contrib.auth.models import AnonymousUser, User
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext

from compliance.screening import (
    audience_findings,
)
from compliance.services.audit import audit_record
from core import ratelimit
from core.events import broadcast_on_commit
from core.exceptions import Conflict, Forbidden, NotFound
from studio.access import (
    LoginRequired,
    access_session,
    access_session_as_host,
    display_name,
)
from studio.errors import StudioError
from studio.lifecycle import room_group
from studio.masking import mask_personal_data
from studio.models import (
    ChatMessage,
    LiveSession,
    MessageStatus,
    Question,
    QuestionUpvote,
)
from studio.protocol import (
    question_answer_frame,
    question_frame,
)
from studio.screening import held_frame
from studio.services.room.chat import chat_send
from studio.services.room.rules import (
    CHAT_RATE_LIMIT,
    CHAT_RATE_WINDOW_SECONDS,
    may_moderate,
    require_live,
    require_not_muted,
    require_speaker,
)
from studio.text import text_clean


def question_ask(
    *, session_id: int, user: User | AnonymousUser, text: str, ref: str | None = None
) -> Question:
    """A customer asks a question (masked, rate-limited like chat); broadcast ``qa.asked``. Idempotent per ref."""
    session = access_session(user, session_id)
    if require_speaker(session, user):
        raise Forbidden(
            gettext("The host answers questions; customers ask them."), code=StudioError.FORBIDDEN
        )
    if ref:
        existing = Question.objects.filter(session=session, author=user, ref=ref).first()
        if existing is not None:
            return existing
    require_live(session)
    if not session.qa_enabled:
        raise Conflict(gettext("Questions are turned off in this room."), code=StudioError.QA_DISABLED)
    require_not_muted(session, user)
    text = text_clean(text)
    ratelimit.hit(
        f"qa:{session.pk}:{user.pk}", limit=CHAT_RATE_LIMIT, window_seconds=CHAT_RATE_WINDOW_SECONDS
    )
    text, masked = mask_personal_data(text)
    findings = audience_findings(text)
    try:
        with transaction.atomic():
            question = Question.objects.create(
                session=session,
                author=user,
                author_name=display_name(user),
                ref=ref or "",
                text=text,
                masked=masked,
                findings=findings,
                status=MessageStatus.HELD if findings else MessageStatus.PUBLISHED,
            )
            if not findings:
                broadcast_on_commit(
                    room_group(session.pk),
                    {
                        "type": "room.frame",
                        "frame": {"type": "qa.asked", "question": question_frame(question)},
                    },
                )
            else:
                broadcast_on_commit(
                    room_group(session.pk),
                    {
                        "type": "room.user",
                        "user_id": session.studio.owner_id,
                        "frame": held_frame(question, kind="qa"),
                    },
                )
    except IntegrityError:
        return Question.objects.get(session=session, author=user, ref=ref)
    return question


def question_upvote(*, session_id: int, user: User | AnonymousUser, question_id: int) -> Question:
    """One upvote per user per question (a second one is refused); broadcast ``qa.upvoted``."""
    session = access_session(user, session_id)
    if not user.is_authenticated:
        raise LoginRequired(gettext("Sign in to upvote."))
    require_live(session)
    question = Question.objects.filter(
        pk=question_id, session=session, status=MessageStatus.PUBLISHED, dismissed_at__isnull=True
    ).first()
    if question is None:
        raise NotFound(gettext("Question not found."))
    if question.author_id == user.pk:
        raise Conflict(gettext("You cannot upvote your own question."), code=StudioError.OWN_QUESTION)
    try:
        with transaction.atomic():
            QuestionUpvote.objects.create(question=question, user=user)
            Question.objects.filter(pk=question.pk).update(
                upvotes=F("upvotes") + 1
            )  # atomic under concurrency
            question.refresh_from_db(fields=["upvotes"])
            broadcast_on_commit(
                room_group(session.pk),
                {
                    "type": "room.frame",
                    "frame": {"type": "qa.upvoted", "question_id": question.pk, "upvotes": question.upvotes},
                },
            )
    except IntegrityError:
        raise Conflict(
            gettext("You have already upvoted this question."), code=StudioError.ALREADY_UPVOTED
        ) from None
    return question


@transaction.atomic
def question_release(
    *, question_id: int, actor: User | AnonymousUser, session_id: int | None = None
) -> Question:
    """The host or an officer releases a question the audience pack held; broadcast ``qa.asked``. Idempotent."""
    question = Question.objects.select_related("session__studio").filter(pk=question_id).first()
    if question is None or (session_id is not None and question.session_id != session_id):
        raise NotFound(gettext("Question not found."))
    if not may_moderate(question.session, actor):
        raise Forbidden(
            gettext("Only the host or a compliance officer releases a held question."),
            code=StudioError.FORBIDDEN,
        )
    question = Question.objects.select_for_update().get(pk=question_id)
    if question.status == MessageStatus.PUBLISHED:
        return question
    question.status, question.reviewed_by, question.reviewed_at = (
        MessageStatus.PUBLISHED,
        actor,
        timezone.now(),
    )
    question.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
    broadcast_on_commit(
        room_group(question.session_id),
        {"type": "room.frame", "frame": {"type": "qa.asked", "question": question_frame(question)}},
    )
    return question


def question_answer(
    *,
    session_id: int,
    actor: User | AnonymousUser,
    question_id: int,
    text: str | None = None,
    ref: str | None = None,
) -> dict:
    """The host answers a question; returns the ``ack`` body. Idempotent per ``ref``.

    Without ``text`` the question is only marked answered. With ``text`` the answer is one of the host's chat
    lines, sent through ``chat_send``: checked inline by the engine (with the host's recent lines), rejected,
    held for an officer or published like any host line, and recorded as the question's ``answer_line``. A
    published answer marks the question answered and broadcasts ``qa.answered {question_id, answer}``; a held
    one does so when an officer releases the line (``chat_release``); a rejected one changes nothing. The ack
    is the line's (``id`` is the line's, ``question_id`` the question's).
    """
    with transaction.atomic():
        session = access_session_as_host(actor, session_id)
        question = (
            Question.objects.select_for_update()
            .filter(
                pk=question_id, session=session, status=MessageStatus.PUBLISHED, dismissed_at__isnull=True
            )
            .first()
        )
        if question is None:
            raise NotFound(gettext("Question not found."))
        if text is None:
            if question.answered_at is None:
                question.answered_at = timezone.now()
                question.save(update_fields=["answered_at", "updated_at"])
                audit_record(
                    event_type="question.answered",
                    actor=actor,
                    subject=question,
                    data={"session_id": session.pk, "question_id": question.pk},
                )
                broadcast_on_commit(
                    room_group(session.pk),
                    {"type": "room.frame", "frame": {"type": "qa.answered", "question_id": question.pk}},
                )
            return {"id": question.pk, "question_id": question.pk, "status": MessageStatus.PUBLISHED}
        ack = chat_send(session_id=session.pk, user=actor, text=text, ref=ref)
        if ack["status"] == MessageStatus.REJECTED:
            return {**ack, "question_id": question.pk}
        line = ChatMessage.objects.get(pk=ack["id"])
        question.answer_line = line
        fields = ["answer_line", "updated_at"]
        if line.status == MessageStatus.PUBLISHED and question.answered_at is None:
            question.answered_at = line.published_at or timezone.now()
            fields.append("answered_at")
        question.save(update_fields=fields)
        audit_record(
            event_type="question.answered",
            actor=actor,
            subject=question,
            data={
                "session_id": session.pk,
                "question_id": question.pk,
                "message_id": line.pk,
                "status": line.status,
            },
        )
        if line.status == MessageStatus.PUBLISHED:
            _answer_broadcast(question, line)
    return {**ack, "question_id": question.pk}


def _answer_broadcast(question: Question, line: ChatMessage) -> None:
    broadcast_on_commit(
        room_group(question.session_id),
        {
            "type": "room.frame",
            "frame": {
                "type": "qa.answered",
                "question_id": question.pk,
                "answer": question_answer_frame(line),
            },
        },
    )


def answers_published(line: ChatMessage) -> None:
    """A held answer line was released: the questions it answers are answered now (rare: one query)."""
    for question in Question.objects.select_for_update().filter(answer_line=line, answered_at__isnull=True):
        question.answered_at = line.published_at
        question.save(update_fields=["answered_at", "updated_at"])
        _answer_broadcast(question, line)


def answers_removed(line: ChatMessage) -> None:
    """A published answer line was removed: every viewer drops it from the questions it answered, live
    (``qa.answer_removed``); the snapshot leaves it out too (``question_answer_frame``). The question keeps its
    ``answer_line`` on record and stays answered; the host may answer it again."""
    for question_id in Question.objects.filter(answer_line=line).values_list("pk", flat=True):
        broadcast_on_commit(
            room_group(line.session_id),
            {
                "type": "room.frame",
                "frame": {"type": "qa.answer_removed", "question_id": question_id, "answer_id": line.pk},
            },
        )


def _open_question(session: LiveSession, question_id: int) -> Question:
    question = (
        Question.objects.select_for_update()
        .filter(pk=question_id, session=session, status=MessageStatus.PUBLISHED)
        .first()
    )
    if question is None:
        raise NotFound(gettext("Question not found."))
    return question


@transaction.atomic
def question_dismiss(*, session_id: int, actor: User | AnonymousUser, question_id: int) -> Question:
    """The host takes a question off the list (off-topic, covered); it stays on record. Broadcast
    ``qa.dismissed {question_id}``. Idempotent."""
    session = access_session_as_host(actor, session_id)
    question = _open_question(session, question_id)
    if question.dismissed_at is None:
        question.dismissed_at, question.dismissed_by = timezone.now(), actor
        question.save(update_fields=["dismissed_at", "dismissed_by", "updated_at"])
        audit_record(
            event_type="question.dismissed",
            actor=actor,
            subject=question,
            data={"session_id": session.pk, "question_id": question.pk},
        )
        broadcast_on_commit(
            room_group(session.pk),
            {"type": "room.frame", "frame": {"type": "qa.dismissed", "question_id": question.pk}},
        )
    return question


@transaction.atomic
def question_merge(
    *, session_id: int, actor: User | AnonymousUser, question_id: int, into_id: int
) -> Question:
    """The host marks ``question_id`` a duplicate of ``into_id``: it leaves the list and its voters count for
    the kept question (each voter once: the kept question's ``upvotes`` becomes the number of distinct users who
    upvoted it or a question merged into it). Broadcast ``qa.merged {question_id, into, upvotes}``. Idempotent.
    Returns the kept question."""
    session = access_session_as_host(actor, session_id)
    if question_id == into_id:
        raise Conflict(gettext("A question cannot be merged into itself."), code=StudioError.INVALID_STATE)
    first, second = sorted((question_id, into_id))  # lock both rows in one order
    rows = {q.pk: q for q in (_open_question(session, first), _open_question(session, second))}
    duplicate, kept = rows[question_id], rows[into_id]
    if duplicate.merged_into_id == kept.pk:
        return kept
    if kept.dismissed_at is not None or duplicate.dismissed_at is not None:
        raise Conflict(gettext("Only questions on the list can be merged."), code=StudioError.INVALID_STATE)
    now = timezone.now()
    duplicate.merged_into, duplicate.dismissed_at, duplicate.dismissed_by = kept, now, actor
    duplicate.save(update_fields=["merged_into", "dismissed_at", "dismissed_by", "updated_at"])
    Question.objects.filter(merged_into=duplicate).update(merged_into=kept, updated_at=now)
    family = Question.objects.filter(Q(pk=kept.pk) | Q(merged_into=kept))
    kept.upvotes = QuestionUpvote.objects.filter(question__in=family).values("user").distinct().count()
    kept.save(update_fields=["upvotes", "updated_at"])
    audit_record(
        event_type="question.merged",
        actor=actor,
        subject=duplicate,
        data={
            "session_id": session.pk,
            "question_id": duplicate.pk,
            "into": kept.pk,
            "upvotes": kept.upvotes,
        },
    )
    broadcast_on_commit(
        room_group(session.pk),
        {
            "type": "room.frame",
            "frame": {
                "type": "qa.merged",
                "question_id": duplicate.pk,
                "into": kept.pk,
                "upvotes": kept.upvotes,
            },
        },
    )
    return kept
