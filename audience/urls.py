"""HTTP API routes of the audience app, mounted under /api/."""

from django.urls import path

from audience import apis

urlpatterns = [
    path(
        "sessions/<int:session_id>/analytics/", apis.SessionAnalyticsApi.as_view(), name="session-analytics"
    ),
    path("sessions/<int:session_id>/replay/", apis.SessionReplayApi.as_view(), name="session-replay-api"),
    path("sessions/<int:session_id>/evidence/", apis.SessionEvidenceApi.as_view(), name="session-evidence"),
    path(
        "sessions/<int:session_id>/cards/<int:card_id>/interest/",
        apis.CardInterestApi.as_view(),
        name="card-interest",
    ),
    path(
        "sessions/<int:session_id>/share-links/",
        apis.SessionShareLinksApi.as_view(),
        name="session-share-links",
    ),
    path("share-links/<int:link_id>/revoke/", apis.ShareLinkRevokeApi.as_view(), name="share-link-revoke"),
    path("share-links/redeem/", apis.ShareLinkRedeemApi.as_view(), name="share-link-redeem"),
    path(
        "sessions/<int:session_id>/invitations/",
        apis.SessionInvitationsApi.as_view(),
        name="session-invitations",
    ),
    path(
        "sessions/<int:session_id>/reminders/", apis.SessionRemindersApi.as_view(), name="session-reminders"
    ),
]
