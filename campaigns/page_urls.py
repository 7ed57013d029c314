"""Browser pages of campaigns, branch roll-ups and books."""

from django.urls import path

from campaigns import views

urlpatterns = [
    path("campaigns/", views.campaign_list_page, name="campaign-list"),
    path("campaigns/new/", views.campaign_create_page, name="campaign-create"),
    path("campaigns/<int:campaign_id>/board/", views.campaign_board_page, name="campaign-board"),
    path(
        "campaigns/<int:campaign_id>/evaluation/", views.campaign_evaluation_page, name="campaign-evaluation"
    ),
    path("branches/<int:branch_id>/rollup/", views.branch_rollup_page, name="branch-rollup-page"),
    path("book/", views.book_page, name="book-page"),
    path("book/leads/<int:lead_id>/status/", views.lead_status_page, name="lead-status-page"),
]
