"""The request id travels from an HTTP request into the Celery task it enqueues, on a real worker process that
logs JSON; the worker's task metrics reach ``/metrics`` of the test process (one multiprocess directory)."""

import json
import time

import pytest

from compliance.models import Submission
from config.celery import app as celery_app
from tests.factories import make_session
from tests.observability.helpers import scrape, value
from tests.support.process import CeleryWorkerProcess

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REVIEW = "compliance.submission_review"


@pytest.fixture
def json_worker(_celery_worker_process, transactional_db):
    """A worker of its own that logs JSON (as production does) into a log file of its own.

    The session's shared worker is stopped first: two consumers on the test queue would share the tasks.
    """
    _celery_worker_process.stop()
    worker = CeleryWorkerProcess(
        name="test-worker-json", env={"LOG_FORMAT": "json", "PROCESS_ROLE": "worker"}
    )
    worker.log_path.unlink(missing_ok=True)
    worker.start()
    yield worker
    worker.settle()
    worker.stop()


def json_lines(worker: CeleryWorkerProcess) -> list[dict]:
    lines = []
    for raw in worker.log_path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("{"):
            lines.append(json.loads(raw))  # every line the worker writes is one JSON object
    return lines


def wait_for(predicate, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError("condition not reached in time")


def test_a_submit_request_id_reaches_the_review_tasks_log_lines_on_the_worker(
    client, json_worker, rm, products
):
    session = make_session(rm, products)
    before = scrape(client)
    client.force_login(rm)

    response = client.post(f"/api/sessions/{session.pk}/submit/", HTTP_X_REQUEST_ID="submit-req-0042")

    assert response.status_code == 200 and response["X-Request-ID"] == "submit-req-0042"
    submissions = Submission.objects.count()  # the session's script and announcement, its products' cards
    assert submissions >= 2  # one review task each

    def review_lines():
        lines = [line for line in json_lines(json_worker) if line.get("task") == REVIEW]
        done = [line for line in lines if "succeeded" in line.get("message", "")]
        return lines if len(done) >= submissions else None

    lines = wait_for(review_lines)
    assert {line["request_id"] for line in lines} == {"submit-req-0042"}
    assert {line["user_id"] for line in lines} == {rm.pk}
    assert all(
        line["role"] == "worker" and isinstance(line["process"], int) and line["task_id"] for line in lines
    )

    # The worker's counts and timings are in the test process's scrape: the same multiprocess directory. They are
    # counted when the task has finished (task_postrun), just after its "succeeded" line and its result.
    def succeeded() -> float:
        return value(scrape(client), "cloudstudio_celery_tasks_total", task=REVIEW, outcome="succeeded")

    wait_for(
        lambda: (
            succeeded() - value(before, "cloudstudio_celery_tasks_total", task=REVIEW, outcome="succeeded")
            >= submissions
        )
    )
    after = scrape(client)
    for name in (
        "cloudstudio_celery_task_runtime_seconds_count",
        "cloudstudio_celery_task_queue_wait_seconds_count",
    ):
        assert value(after, name, task=REVIEW) - value(before, name, task=REVIEW) == submissions
    assert (
        value(after, "cloudstudio_celery_tasks_total", task=REVIEW, outcome="succeeded")
        - value(before, "cloudstudio_celery_tasks_total", task=REVIEW, outcome="succeeded")
    ) == submissions


def test_a_failing_task_is_counted_as_failed_and_logged_with_its_task_id(client, json_worker):
    before = value(scrape(client), "cloudstudio_celery_tasks_total", task=REVIEW, outcome="failed")

    result = celery_app.send_task(REVIEW, args=["not-a-number"])  # a permanent error (ValueError), no retry
    with pytest.raises(Exception):  # noqa: B017 - the worker's exception, re-raised by the result
        result.get(timeout=30)

    # Counted at task_postrun, just after the result is stored.
    wait_for(
        lambda: (
            value(scrape(client), "cloudstudio_celery_tasks_total", task=REVIEW, outcome="failed") > before
        )
    )
    assert (
        value(scrape(client), "cloudstudio_celery_tasks_total", task=REVIEW, outcome="failed") == before + 1
    )
    failed = wait_for(
        lambda: [
            line
            for line in json_lines(json_worker)
            if line.get("task_id") == result.id and line.get("level") == "error"
        ]
    )
    assert (
        "Traceback" in failed[0]["exception"] and "request_id" not in failed[0]
    )  # enqueued outside a request
