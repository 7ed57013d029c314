"""ASGI entry point: HTTP through Django, WebSockets through Channels.

``get_asgi_application()`` runs before any consumer import so that the app registry is ready.
"""

import os
import sys

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from broadcast.routing import websocket_urlpatterns as broadcast_websockets  # noqa: E402
from core.middleware import WebSocketOriginValidator, websocket_auth_stack  # noqa: E402
from observability.middleware import WebSocketContextMiddleware  # noqa: E402
from studio.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # The log context (request id, user, session, room) is bound once the user is known.
        "websocket": WebSocketOriginValidator(
            websocket_auth_stack(
                WebSocketContextMiddleware(URLRouter(websocket_urlpatterns + broadcast_websockets))
            )
        ),
    }
)

if "twisted.internet.reactor" in sys.modules:  # served by Daphne
    from twisted.internet import reactor  # noqa: E402

    from core.heap import server_heap_tune  # noqa: E402
    from studio import drain  # noqa: E402
    from studio.fanout import process_warm_up_before_serving  # noqa: E402
    from studio.wire import daphne_tune  # noqa: E402

    drain.install(reactor)  # SIGTERM drains (studio/drain.py)
    daphne_tune()  # no per-connection work that buys nothing (studio/wire.py)
    process_warm_up_before_serving()  # the rule packs compiled before the port opens (studio/fanout.py)
    server_heap_tune()  # the start-up heap, compiled packs included, out of the collector (core/heap.py)
