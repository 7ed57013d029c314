"""HTTP API routes of the compliance app, mounted under /api/."""

from django.urls import path

from compliance.apis import (
    AuditListApi,
    ComplianceCheckApi,
    NotificationListApi,
    NotificationReadApi,
    ProductCardCheckApi,
    SubmissionApproveApi,
    SubmissionDetailApi,
    SubmissionListApi,
    SubmissionRejectApi,
)

urlpatterns = [
    path("submissions/", SubmissionListApi.as_view(), name="submission-list"),
    path("submissions/<int:submission_id>/", SubmissionDetailApi.as_view(), name="submission-detail"),
    path(
        "submissions/<int:submission_id>/approve/", SubmissionApproveApi.as_view(), name="submission-approve"
    ),
    path("submissions/<int:submission_id>/reject/", SubmissionRejectApi.as_view(), name="submission-reject"),
    path("compliance/check/", ComplianceCheckApi.as_view(), name="compliance-check"),
    path("compliance/card-check/", ProductCardCheckApi.as_view(), name="compliance-card-check"),
    path("audit/", AuditListApi.as_view(), name="audit-list"),
    path("notifications/", NotificationListApi.as_view(), name="notification-list"),
    path(
        "notifications/<int:notification_id>/read/", NotificationReadApi.as_view(), name="notification-read"
    ),
]
