"""Browser routes of the audience app: share links, the RM's session report, the customer's inbox and risk status."""

from django.urls import path

from audience import views

urlpatterns = [
    path("watch/inbox/", views.customer_inbox, name="customer-inbox"),
    path("watch/me/risk/", views.customer_risk, name="customer-risk"),
    path("s/<str:token>/", views.share_link_open, name="share-link-open"),
    path("watch/<int:session_id>/replay/", views.replay_room, name="session-replay"),
    path("watch/<int:session_id>/replay/video/", views.replay_video, name="session-replay-video"),
    path("studio/sessions/<int:session_id>/report/", views.session_report, name="session-report"),
]
