"""WebSocket routes of the live room."""

from django.urls import path

from studio.consumers import LiveRoomConsumer
from studio.officer_consumers import HeldQueueConsumer

websocket_urlpatterns: list = [
    path("ws/sessions/<int:session_id>/", LiveRoomConsumer.as_asgi()),
    path("ws/officer/held/", HeldQueueConsumer.as_asgi()),
]
