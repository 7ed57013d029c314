"""Claims split over time: a wider inline window, and the whole host transcript re-scanned as one text."""

from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.test import Client
from django.utils import timezone

from compliance.claim_window import window_findings
from compliance.models import AuditEvent
from studio.models import ChatMessage, PostHocStatus, TranscriptFinding, TranscriptScan
from studio.services.sessions import session_end
from studio.tasks import transcripts_scan_live_task
from studio.transcript_scan import lines_spanned, transcript_join, transcript_scan
from tests.factories import PASSWORD

db = database_sync_to_async
FILLERS = ["大家好", "欢迎新进来的朋友", "我们继续看", "稍等一下"]


# ------------------------------------------------------------------------------------------------
# Pure parts


def test_lines_are_mapped_back_from_the_joined_text():
    text, spans = transcript_join([(1, "这款产品是保", []), (2, "本的", []), (3, "大家好", [])])
    assert text == "这款产品是保\n本的\n大家好"
    assert [s.message_id for s in lines_spanned(spans, 5, 8)] == [1, 2]
    assert [s.message_id for s in lines_spanned(spans, 9, 12)] == [3]
    assert lines_spanned(spans, 6, 7) == []  # the line break alone


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["保", *FILLERS[:2]], "本"),  # one character per line, two fillers between
        (["这款产品保", *FILLERS[:3]], "本保收益"),  # halves with fillers between
        (["稳", FILLERS[0], "赚", FILLERS[1], "不"], "赔"),  # fragments with fillers between each
    ],
)
def test_the_inline_window_catches_claims_split_with_fillers(earlier, text):
    assert {f.code for f in window_findings(earlier, text)} & {
        "promise.capital_guarantee",
        "promise.guaranteed_return",
    }


def test_the_inline_window_leaves_clean_lines_alone():
    assert (
        window_findings(
            ["各位观众晚上好", "今天介绍两款产品", "理财非存款、产品有风险、投资须谨慎"],
            "有问题可以在评论区提问",
        )
        == []
    )


# ------------------------------------------------------------------------------------------------
# In the room


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_halves_31_seconds_apart_with_fillers_are_rejected_inline(live_session, rm, room):
    host = await room(live_session.pk, rm)
    await host.send({"type": "chat.send", "text": "这款产品保", "ref": "1"})
    first = await host.ack("1")
    assert first["status"] == "published"
    await db(ChatMessage.objects.filter(pk=first["id"]).update)(
        created_at=timezone.now() - timedelta(seconds=31)
    )
    for n, filler in enumerate(FILLERS[:2]):
        await host.send({"type": "chat.send", "text": filler, "ref": f"f{n}"})
        assert (await host.ack(f"f{n}"))["status"] == "published"
    await host.send({"type": "chat.send", "text": "本", "ref": "2"})
    second = await host.ack("2")
    assert second["status"] == "rejected"
    assert "promise.capital_guarantee" in {f["code"] for f in second["findings"]}


async def _split_beyond_the_window(host) -> list[int]:
    """A claim whose halves are further apart in time than the inline window: each half passes inline."""
    await host.send({"type": "chat.send", "text": "这款产品是保", "ref": "a"})
    first = await host.ack("a")
    await db(ChatMessage.objects.filter(pk=first["id"]).update)(
        created_at=timezone.now() - timedelta(minutes=10)
    )
    await host.send({"type": "chat.send", "text": "本的", "ref": "b"})
    second = await host.ack("b")
    assert first["status"] == second["status"] == "published"
    return [first["id"], second["id"]]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_the_final_scan_after_the_end_queues_what_inline_missed(
    live_session, rm, officer, room, celery_worker
):
    host = await room(live_session.pk, rm)
    ids = await _split_beyond_the_window(host)
    await host.send({"type": "chat.send", "text": "保本保收益", "ref": "c"})  # caught inline: not again
    assert (await host.ack("c"))["status"] == "rejected"
    await db(session_end)(session=live_session, actor=rm)

    @db
    def wait_for_scan():
        import time

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if TranscriptScan.objects.filter(session=live_session, final=True).exists():
                return list(TranscriptFinding.objects.filter(session=live_session))
            time.sleep(0.2)
        raise AssertionError("the final transcript scan did not run")

    [finding] = await wait_for_scan()
    assert finding.code == "promise.capital_guarantee" and finding.status == PostHocStatus.OPEN
    assert sorted(await db(lambda: list(finding.lines.values_list("pk", flat=True)))()) == ids
    assert finding.first_line_id == ids[0] and "保\n本" in finding.excerpt
    assert await db(
        AuditEvent.objects.filter(event_type="chat.posthoc_finding", subject_id=str(finding.pk)).exists
    )()
    # Idempotent: a second final scan (a redelivery) adds nothing.
    assert (await db(transcript_scan)(session_id=live_session.pk, final=True)) == {
        "skipped": "final scan done"
    }

    @db
    def officer_reviews():
        client = Client()
        assert client.login(username=officer.username, password=PASSWORD)
        url = "/admin/studio/transcriptfinding/"
        page = client.get(url)
        body = page.content.decode()
        assert page.status_code == 200 and "promise.capital_guarantee" in body and "这款产品是保" in body
        assert "事后" in body  # Chinese first: the queue's title
        client.post(url, {"action": "confirm_findings", "_selected_action": [finding.pk]})
        rm_client = Client()
        assert rm_client.login(username=rm.username, password=PASSWORD)
        assert rm_client.get(url).status_code in (302, 403)
        return TranscriptFinding.objects.get(pk=finding.pk)

    reviewed = await officer_reviews()
    assert reviewed.status == PostHocStatus.CONFIRMED and reviewed.reviewed_by_id == officer.pk


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_the_periodic_scan_covers_live_sessions_with_new_host_lines(
    live_session, rm, room, celery_worker
):
    host = await room(live_session.pk, rm)
    await _split_beyond_the_window(host)
    result = await db(lambda: transcripts_scan_live_task.delay().get(timeout=20))()
    assert result == {"scanned": 1, "new": 1}
    # Nothing new said: the next round skips the session.
    assert await db(lambda: transcripts_scan_live_task.delay().get(timeout=20))() == {"scanned": 0, "new": 0}
    assert await db(TranscriptFinding.objects.filter(session=live_session).count)() == 1
