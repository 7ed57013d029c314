"""WebSocket routes of live video."""

from django.urls import path

from broadcast.consumers import BroadcastConsumer

websocket_urlpatterns: list = [
    path("ws/broadcast/<int:session_id>/", BroadcastConsumer.as_asgi()),
]
