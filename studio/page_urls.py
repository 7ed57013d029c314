"""Browser page routes (the JSON API lives in studio/urls.py under /api/)."""

from django.urls import path
from django.views.i18n import JavaScriptCatalog

from studio import views

urlpatterns = [
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("studio/", views.rm_dashboard, name="studio-dashboard"),
    path("studio/sessions/new/", views.session_editor, name="session-new"),
    path("studio/sessions/<int:session_id>/", views.session_editor, name="session-edit"),
    path("studio/sessions/<int:session_id>/console/", views.live_console, name="session-console"),
    path("watch/", views.customer_home, name="customer-home"),
    path("watch/<int:session_id>/", views.session_landing, name="session-landing"),
    path("watch/<int:session_id>/live/", views.live_room, name="session-room"),
]
