"""WebSocket routes of the live room."""

from django.urls import path

from studio.consumers import LiveRoomConsumer

websocket_urlpatterns: list = [
    path("ws/sessions/<int:session_id>/", LiveRoomConsumer.as_asgi()),
]
