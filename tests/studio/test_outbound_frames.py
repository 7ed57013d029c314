"""Server → client frames are typed in ``studio.protocol`` (every frame the room tests receive is checked
against its type in ``tests/support/room.py``); here: the documented frames and the checker itself."""

import re

from studio import consumers, protocol
from tests.support.room import outbound_problems


def test_every_documented_server_frame_has_a_type():
    doc = consumers.__doc__.split("Server → client", 1)[1]
    named = set(re.findall(r"``([a-z_]+\.[a-z_.]+|ack|error|presence|reactions)[ `]", doc))
    documented = {name for name in named if not name.startswith("studio.")}  # module references
    assert {"chat.message", "session.state", "server.restart", "ack", "error"} <= documented
    assert documented - set(protocol.OUTBOUND_FRAMES) == set()


def test_the_checker_finds_an_undeclared_and_a_missing_key():
    good = {"type": "chat.removed", "seq": 3, "id": 9}
    assert outbound_problems(good) == []
    assert outbound_problems({**good, "extra": 1}) == ["chat.removed: key 'extra' is not declared"]
    assert outbound_problems({"type": "chat.removed", "seq": 3}) == [
        "chat.removed: required key 'id' missing"
    ]
    assert outbound_problems({"type": "chat.batch", "messages": [good]}) != []
    assert outbound_problems({"type": "nope"}) == ["no type in studio.protocol for 'nope'"]
