"""Non-API routes: the ingest's callbacks (loopback, shared secret in the path)."""

from django.urls import path

from broadcast import views

urlpatterns = [
    path("broadcast/ingest/<str:secret>/<str:call>/", views.ingest_callback, name="ingest-callback"),
]
