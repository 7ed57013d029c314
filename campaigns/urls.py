"""HTTP API routes of campaigns, branch roll-ups, books and leads, mounted under /api/."""

from django.urls import path

from campaigns import apis

urlpatterns = [
    path("campaigns/", apis.CampaignListApi.as_view(), name="campaigns"),
    path("campaigns/<int:campaign_id>/", apis.CampaignDetailApi.as_view(), name="campaign-detail"),
    path("campaigns/<int:campaign_id>/submit/", apis.CampaignSubmitApi.as_view(), name="campaign-submit"),
    path(
        "campaigns/<int:campaign_id>/sessions/", apis.CampaignSessionsApi.as_view(), name="campaign-sessions"
    ),
    path("campaigns/<int:campaign_id>/board/", apis.CampaignBoardApi.as_view(), name="campaign-board-data"),
    path(
        "campaigns/<int:campaign_id>/evaluation/",
        apis.CampaignEvaluationApi.as_view(),
        name="campaign-evaluation-data",
    ),
    path("branches/<int:branch_id>/rollup/", apis.BranchRollupApi.as_view(), name="branch-rollup"),
    path("book/", apis.BookApi.as_view(), name="book"),
    path("book/import/", apis.BookImportApi.as_view(), name="book-import"),
    path("book/matching/", apis.BookMatchingApi.as_view(), name="book-matching"),
    path("leads/", apis.LeadListApi.as_view(), name="leads"),
    path("leads/<int:lead_id>/status/", apis.LeadStatusApi.as_view(), name="lead-status"),
]
