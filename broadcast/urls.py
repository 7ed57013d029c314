"""HTTP API routes of live video, mounted under /api/."""

from django.urls import path

from broadcast import apis

urlpatterns = [
    path("broadcast/sessions/<int:session_id>/", apis.StreamDetailApi.as_view(), name="stream-detail"),
    path(
        "broadcast/sessions/<int:session_id>/key/",
        apis.StreamKeyRotateApi.as_view(),
        name="stream-key-rotate",
    ),
    path("broadcast/sessions/<int:session_id>/playback/", apis.PlaybackApi.as_view(), name="stream-playback"),
    path("broadcast/sessions/<int:session_id>/stop/", apis.StreamStopApi.as_view(), name="stream-stop"),
]
