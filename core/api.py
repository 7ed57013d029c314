"""Guards every API shares: a JSON parser with a nesting limit, the range of accepted moments, and CSV cells
that a spreadsheet cannot run as formulas.

Issue 17: a body nested 50,000 deep made the JSON parser raise ``RecursionError`` (a 500 without signing
in), and a session scheduled in the year 0319 came back with Shanghai's local mean time offset
(``+08:05:43``), which is not RFC 3339. Both are refused here with a 400 in the API's error shape.
"""

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import IO, Any

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.parsers import JSONParser
from rest_framework.renderers import BaseRenderer

#: No request body of this API nests deeper than a few levels; 32 leaves room and stops amplification.
MAX_JSON_DEPTH = 32
#: Moments an RM or the product desk may give (schedules, sale windows): outside this they are typos, and
#: before 1901 Asia/Shanghai's offset is not a whole minute.
FIRST_YEAR, LAST_YEAR = 2000, 2100


def json_depth_exceeds(value: Any, limit: int) -> bool:
    """Whether ``value`` (decoded JSON) nests deeper than ``limit``; iterative, so any depth is safe."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


class BoundedJSONParser(JSONParser):  # type: ignore[misc]  # DRF ships no type hints
    """DRF's JSON parser, with a 400 (not a 500) for nesting deeper than the interpreter's stack or than
    ``MAX_JSON_DEPTH``."""

    def parse(
        self,
        stream: IO[bytes] | None,
        media_type: str | None = None,
        parser_context: dict[str, Any] | None = None,
    ) -> Any:
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            data = json.loads(stream.read().decode(encoding)) if stream is not None else None
        except RecursionError:
            raise ParseError(
                _("JSON nested too deeply: at most %(limit)d levels.") % {"limit": MAX_JSON_DEPTH}
            ) from None
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {exc}") from None
        if json_depth_exceeds(data, MAX_JSON_DEPTH):
            raise ParseError(
                _("JSON nested too deeply: at most %(limit)d levels.") % {"limit": MAX_JSON_DEPTH}
            )
        return data


def moment_in_range(value: datetime | None) -> datetime | None:
    """A serializer validator: a moment between ``FIRST_YEAR`` and ``LAST_YEAR`` (or none)."""
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            _("Use a date between the years %(first)d and %(last)d.")
            % {"first": FIRST_YEAR, "last": LAST_YEAR},
            code="out_of_range",
        )
    return value


def csv_safe(value: Any) -> str:
    """The one CSV formula guard: spreadsheets run cells starting with = + - @ (or a tab or carriage return)
    as formulas; a leading quote keeps them text. Every CSV export writes its cells through this."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_response(rows: Iterable[Sequence[Any]], filename: str) -> HttpResponse:
    """A CSV download of ``rows``, every cell through ``csv_safe``, with a BOM (spreadsheets then read the
    Chinese right). The audit trail streams its own (``compliance.apis``), with the same guard."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([csv_safe(value) for value in row])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class CSVRenderer(BaseRenderer):  # type: ignore[misc]  # DRF ships no type hints
    """Lets DRF's ``?format=csv`` negotiation reach the view, which streams the CSV itself."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: dict[str, Any] | None = None,
    ) -> bytes:
        # Only error bodies get here: as JSON with sorted keys (the audit trail's canonical form).
        return json.dumps(
            data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
        ).encode("utf-8")
