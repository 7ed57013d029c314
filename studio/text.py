"""What a line of text written by a person may contain before anybody else is shown it.

Refused, with a clear error: control characters (NUL among them: PostgreSQL cannot store it), the bidirectional
overrides and isolates that make a line read differently from what it holds (U+202A–U+202E, U+2066–U+2069), and
lines with nothing visible in them (only spaces, zero-width or other format characters, fillers).
Line breaks and tabs are allowed. Every check is one pass over the text.
"""

import unicodedata

from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError

from core.exceptions import ApplicationError
from studio.errors import StudioError

_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ALLOWED_CONTROLS = frozenset("\n\t\r")
# Characters that render as blank although Unicode files them as letters or symbols.
_BLANK_LOOKALIKES = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})


class InvalidText(ApplicationError):
    code = StudioError.INVALID_TEXT


def text_problem(text: str) -> str | None:
    """Why ``text`` may not be shown to others (a translated sentence), or ``None`` when it may."""
    visible = False
    for char in text:
        if char in _BIDI_CONTROLS:
            return _("The text contains a character that reverses its reading direction (U+%(code)04X).") % {
                "code": ord(char)
            }
        category = unicodedata.category(char)
        if category == "Cc" and char not in _ALLOWED_CONTROLS:
            return _("The text contains a control character (U+%(code)04X).") % {"code": ord(char)}
        if not visible and category not in _INVISIBLE_CATEGORIES and char not in _BLANK_LOOKALIKES:
            visible = True
    if not visible:
        return _("The text has nothing visible in it.")
    return None


def text_clean(text: str) -> str:
    """``text`` stripped of surrounding blanks; raise ``InvalidText`` (or ``empty``) when it may not be shown."""
    text = text.strip()
    if not text:
        raise ApplicationError(_("The text is empty."), code=StudioError.EMPTY)
    problem = text_problem(text)
    if problem is not None:
        raise InvalidText(problem)
    return text


def visible_text_validator(value: str) -> None:
    """The same rule for a DRF serializer field (the API's text inputs)."""
    if value and value.strip():
        problem = text_problem(value)
        if problem is not None:
            raise ValidationError(problem, code="invalid_text")
