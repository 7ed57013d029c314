"""Domain errors that cross every interface (HTTP, WebSocket, tasks) with a stable code.

Services raise ``ApplicationError`` subclasses; the DRF exception handler below and the
WebSocket ``error`` frame both render them as ``{"code", "message", "details"}``.
"""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import exceptions as drf_exceptions
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler


class ApplicationError(Exception):
    """A failure the caller can understand and act on; never a server fault."""

    code = "invalid"
    status_code = status.HTTP_400_BAD_REQUEST

    def __init__(self, message: str, *, code: str | None = None, details: dict[str, Any] | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.details = details or {}


class NotFound(ApplicationError):
    """Missing and forbidden look the same to the caller, so existence does not leak."""

    code = "not_found"
    status_code = status.HTTP_404_NOT_FOUND

    def __init__(self, message: str | None = None, **kwargs: Any):
        super().__init__(message if message is not None else str(gettext_lazy("Not found.")), **kwargs)


class Forbidden(ApplicationError):
    """The caller can see the object but may not perform this action on it."""

    code = "forbidden"
    status_code = status.HTTP_403_FORBIDDEN


class Conflict(ApplicationError):
    """The object is in a state that does not allow the action (e.g. editing an ended session)."""

    code = "conflict"
    status_code = status.HTTP_409_CONFLICT


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"code": code, "message": message, "details": details if details is not None else {}}


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Render every API error as ``{"code", "message", "details"}`` with the right status."""
    if isinstance(exc, ApplicationError):
        return Response(error_body(exc.code, exc.message, exc.details), status=exc.status_code)
    if isinstance(exc, OverflowError | RecursionError):
        # A number or a nesting too large for some layer below a serializer's checks: the input's fault.
        return Response(error_body("invalid", _("A value of the request is out of range.")), status=400)
    if isinstance(exc, DjangoValidationError):
        exc = drf_exceptions.ValidationError(
            detail=exc.message_dict if hasattr(exc, "error_dict") else exc.messages
        )
    elif isinstance(exc, Http404):
        exc = drf_exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = drf_exceptions.PermissionDenied()

    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, drf_exceptions.ValidationError):
        response.data = error_body("invalid", _("The request is not valid."), exc.detail)
    elif isinstance(exc, drf_exceptions.APIException):
        codes = exc.get_codes()
        code = codes if isinstance(codes, str) else "error"
        response.data = error_body(code, str(exc.detail))
    return response
