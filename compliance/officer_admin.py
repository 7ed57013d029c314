"""The officers' workspace in the Django admin: the one officer-only admin base, the site and its landing page.

* ``officer_may_open`` is the one answer to "may this request open an officer page" (active staff who are
  compliance officers; superusers read). Every app's officer pages subclass ``OfficerOnlyAdmin``; none
  spells the check again (issue 13 point 2).
* ``OfficerAdminSite`` is the project's default admin site (``compliance.apps.OfficerAdminConfig``): a Cloud
  Studio header and titles, and a landing page listing what waits for officers. Apps above compliance
  (studio, broadcast, recordings) contribute their queues with ``officer_queue_register`` from their
  ``admin.py``, so this module imports none of them (dependencies point down).
* ``admin_labels_translate`` hands model and field names to gettext (see its docstring).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from django.apps import apps
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _

from compliance.access import is_officer, officer_workspace_open
from core.times import zone_label

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise as StrPromise

#: The apps whose models appear in the admin with names to translate (Django's own apps ship translations).
PROJECT_APPS = (
    "accounts",
    "products",
    "studio",
    "compliance",
    "recordings",
    "audience",
    "broadcast",
    "organisations",
    "campaigns",
)


def officer_may_open(request: HttpRequest) -> bool:
    """Active staff who are compliance officers open officer pages; superusers may read them too."""
    return officer_workspace_open(request.user)


def officer_may_decide(request: HttpRequest) -> bool:
    """Decisions (release, remove, approve…) are an officer's own: a superuser reads but does not decide."""
    return officer_may_open(request) and is_officer(request.user)


class OfficerOnlyAdmin(admin.ModelAdmin):
    """Officer pages: visible to officers (and superusers), read-only unless a subclass allows more.

    Writes happen in custom views wrapped by ``officer_view`` or in actions, and call the services.
    """

    def has_module_permission(self, request):
        return officer_may_open(request)

    def has_view_permission(self, request, obj=None):
        return officer_may_open(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def officer_view(self, view):
        """Wrap a custom view: admin login required, then the officer check (403 otherwise)."""

        def wrapped(request, *args, **kwargs):
            if not officer_may_open(request):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return self.admin_site.admin_view(wrapped)


# -------------------------------------------------------------------------------------------------------
# What waits for officers: the landing page's queues


@dataclass(frozen=True)
class OfficerQueue:
    """One line of the landing page: how many items wait, since when, and where to work them."""

    label: "str | StrPromise"
    count: int
    url: str
    oldest: datetime | None = None
    urgent: bool = False

    @property
    def age(self) -> str:
        return timesince(self.oldest, timezone.now()) if self.oldest else ""


QueueProvider = Callable[[HttpRequest], OfficerQueue | None]
_queue_providers: list[tuple[int, QueueProvider]] = []


def officer_queue_register(provider: QueueProvider, *, order: int = 100) -> None:
    """Add a queue to the landing page (called from an app's ``admin.py``; registering twice is a no-op).

    ``provider(request)`` runs on every visit of the landing page and returns the queue as the requesting
    officer may see it, or ``None`` when it does not apply to them. Lower ``order`` comes first.
    """
    if all(existing is not provider for _order, existing in _queue_providers):
        _queue_providers.append((order, provider))
        _queue_providers.sort(key=lambda item: item[0])


def officer_queues(request: HttpRequest) -> list[OfficerQueue]:
    return [queue for _order, provider in _queue_providers if (queue := provider(request)) is not None]


class OfficerAdminSite(admin.AdminSite):
    """The admin as the officers' workspace: Cloud Studio branding, a landing page of what waits."""

    site_header = _("Cloud Studio · Compliance workspace")
    site_title = _("Cloud Studio compliance")
    index_title = _("What waits for you")
    index_template = "admin/officer_index.html"

    def each_context(self, request: HttpRequest) -> dict:
        """Every officer page says which zone its times are in (the studio's, like the RM's pages)."""
        return {**super().each_context(request), "time_zone_label": zone_label()}

    def index(self, request, extra_context=None):
        queues = officer_queues(request) if officer_may_open(request) else []
        context = {
            "officer_queues": queues,
            "officer_waiting": sum(q.count for q in queues),
            **(extra_context or {}),
        }
        return super().index(request, context)


# -------------------------------------------------------------------------------------------------------
# Model and field names


def admin_labels_translate() -> None:
    """Give every app, model and field name of our apps to gettext, so the admin shows them in the reader's language.

    Django derives a name the code does not spell (``created_at`` → "created at") and shows it as is. Wrapping
    the names here, with the English name as msgid, translates all of them from ``locale/*/django.po`` without
    writing ``verbose_name=`` on some 300 fields and a schema-neutral migration per app: migrations read the
    names the code wrote (``Field._verbose_name``, ``Options.original_attrs``), which this leaves alone. Names the
    code wrote with ``gettext_lazy`` are kept. Runs once, before the admin modules build their forms.
    """
    for app_config in apps.get_app_configs():
        if app_config.label in PROJECT_APPS and not isinstance(app_config.verbose_name, Promise):
            app_config.verbose_name = _(app_config.verbose_name)
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS:
            continue
        meta = model._meta
        for attr in ("verbose_name", "verbose_name_plural"):
            written = meta.original_attrs.get(attr)
            if isinstance(written, Promise):
                continue
            # Unwritten names are derived: "held line" from the class name, the plural as a lazy "{name}s".
            with translation.override(None):
                msgid = str(getattr(meta, attr))
            setattr(meta, attr, _(msgid))
        for field in meta.get_fields(include_hidden=False):
            name = getattr(field, "verbose_name", None)
            if name is not None and not isinstance(name, Promise) and hasattr(field, "_verbose_name"):
                setattr(field, "verbose_name", _(str(name)))  # noqa: B010 - any field kind (mypy)
