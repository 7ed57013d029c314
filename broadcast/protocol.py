"""Frames of the browser-broadcast socket (``ws/broadcast/<session_id>/``), validated strictly.

Client → server: ``start {mime}`` once, then binary frames (MediaRecorder chunks), then ``stop``.
Server → client: ``started {transcoding}``, ``health {bytes, seconds, kbps}`` every 2 s,
``ended {reason}`` when the ingest refused or cut the stream (``reason``: a ``Refusal`` code, or
``relay_failed``), ``error {code}``. Codes, not sentences: the console shows them in the RM's language.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class StartFrame(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    type: Literal["start"]
    mime: str = Field(max_length=120)


class StopFrame(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    type: Literal["stop"]


InboundFrame = TypeAdapter(Annotated[StartFrame | StopFrame, Field(discriminator="type")])
