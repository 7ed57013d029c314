"""The ingest's HTTP callbacks (nginx-rtmp ``on_publish`` / ``on_update`` / ``on_publish_done`` /
``on_record_done``, or any ingest speaking the same contract: docs/video.md).

``POST /broadcast/ingest/<call>/`` with nginx-rtmp's form fields (``name``, ``key``, ``clientid``, ``addr``,
``path``) and the shared secret in the ``X-Ingest-Secret`` header. 2xx lets the stream on air (or keeps it
there); 403 refuses or cuts it, with the reason as the body; a wrong or missing secret is a 404. nginx-rtmp
cannot send headers, so its notifications pass through a loopback-only location of the ingest's own HTTP
server that adds the header: the secret never appears in a URL, so no access log records it.
"""

import hmac
import logging

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from broadcast import services, tokens
from observability import metrics

logger = logging.getLogger(__name__)


def _fields(request: HttpRequest) -> dict:
    data = request.POST
    return {"name": data.get("name", ""), "client_id": data.get("clientid", "")}


def _refused(exc: services.IngestRefused) -> HttpResponse:
    return HttpResponse(exc.reason.value, status=403, content_type="text/plain")


def _publish(request: HttpRequest) -> HttpResponse:
    services.ingest_publish(
        **_fields(request), key=request.POST.get(services.KEY_PARAM, ""), addr=request.POST.get("addr", "")
    )
    return HttpResponse("ok", content_type="text/plain")


def _update(request: HttpRequest) -> HttpResponse:
    services.ingest_update(**_fields(request))
    return HttpResponse("ok", content_type="text/plain")


def _done(request: HttpRequest) -> HttpResponse:
    services.ingest_publish_done(**_fields(request))
    return HttpResponse("ok", content_type="text/plain")


def _record_done(request: HttpRequest) -> HttpResponse:
    services.ingest_record_done(**_fields(request), path=request.POST.get("path", ""))
    return HttpResponse("ok", content_type="text/plain")


CALLS = {"publish": _publish, "update": _update, "done": _done, "record": _record_done}


@csrf_exempt
@require_POST
def ingest_callback(request: HttpRequest, call: str) -> HttpResponse:
    secret = request.headers.get("X-Ingest-Secret", "")
    if not hmac.compare_digest(secret.encode(), tokens.callback_secret().encode()) or call not in CALLS:
        raise Http404
    try:
        response = CALLS[call](request)
    except services.IngestRefused as exc:
        metrics.ingest_callback(call, exc.reason.value)
        return _refused(exc)
    metrics.ingest_callback(call, "ok")
    return response
