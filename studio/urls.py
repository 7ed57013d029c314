"""HTTP API routes of the studio app, mounted under /api/."""

from django.urls import path

from studio import apis

urlpatterns = [
    path("studios/", apis.StudioListApi.as_view(), name="studio-list"),
    path("studios/<int:studio_id>/", apis.StudioDetailApi.as_view(), name="studio-detail"),
    path("sessions/", apis.SessionListApi.as_view(), name="session-list"),
    path("sessions/<int:session_id>/", apis.SessionDetailApi.as_view(), name="session-detail"),
    path("sessions/<int:session_id>/submit/", apis.SessionSubmitApi.as_view(), name="session-submit"),
    path("sessions/<int:session_id>/go-live/", apis.SessionGoLiveApi.as_view(), name="session-go-live"),
    path("sessions/<int:session_id>/end/", apis.SessionEndApi.as_view(), name="session-end"),
    path("sessions/<int:session_id>/messages/", apis.SessionMessagesApi.as_view(), name="session-messages"),
]
