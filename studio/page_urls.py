"""Browser page routes (the JSON API lives in studio/urls.py under /api/)."""

import hashlib
from pathlib import Path

from django.conf import settings
from django.templatetags.static import static
from django.urls import path
from django.views.decorators.cache import cache_page
from django.views.generic import RedirectView
from django.views.i18n import JavaScriptCatalog

from studio import views


def _catalogue_version() -> str:
    """A digest of the compiled script translations, so a changed catalogue is never served from cache."""
    digest = hashlib.sha256()
    for mo in sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/djangojs.mo")):
        digest.update(mo.read_bytes())
    return digest.hexdigest()[:12]


urlpatterns = [
    # The scripts' translations, cached per language (the page asks for ?lang=<code>, so a browser that
    # switches language fetches the other catalogue instead of reusing its cached one).
    path(
        "jsi18n/",
        cache_page(3600, key_prefix=f"jsi18n-{_catalogue_version()}")(JavaScriptCatalog.as_view()),
        name="javascript-catalog",
    ),
    path("favicon.ico", RedirectView.as_view(url=static("favicon.svg"), permanent=True)),
    path("studio/", views.rm_dashboard, name="studio-dashboard"),
    path("studio/sessions/new/", views.session_editor, name="session-new"),
    path("studio/sessions/<int:session_id>/", views.session_editor, name="session-edit"),
    path("studio/sessions/<int:session_id>/console/", views.live_console, name="session-console"),
    path("watch/", views.customer_home, name="customer-home"),
    path("watch/<int:session_id>/", views.session_landing, name="session-landing"),
    path("watch/<int:session_id>/live/", views.live_room, name="session-room"),
]
