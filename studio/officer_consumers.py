"""The officers' live view of held lines: a WebSocket that says when the queue changed. Nothing else.

``ws/officer/held/`` — the officers' workspace only (``compliance.access.officer_workspace_open``), by the Django session cookie;
anybody else is closed with 4403. The server sends ``{"type": "held.changed", "id", "change"}`` whenever a
line is held, released, removed or closed in any room (``studio.held_lines.held_queue_changed``); the page
then reloads its list over HTTP, scoped to the officer, because the stored queue is the truth and
channel-layer delivery is at most once. Client frames are ignored.
"""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from compliance.access import officer_workspace_open
from studio.held_lines import HELD_QUEUE_GROUP


class HeldQueueConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        if not await database_sync_to_async(officer_workspace_open)(self.scope["user"]):
            await self.close(code=4403)
            return
        await self.channel_layer.group_add(HELD_QUEUE_GROUP, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        await self.channel_layer.group_discard(HELD_QUEUE_GROUP, self.channel_name)

    async def receive_json(self, content, **kwargs):
        return None  # the page only listens

    async def held_changed(self, event):
        await self.send_json(event["payload"])
