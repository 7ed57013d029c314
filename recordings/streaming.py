"""Serving a stored MP4 to a ``<video>`` element: byte ranges, so the player can seek (jump to a moment).

Django's ``FileResponse`` sends whole files only, and browsers seek MP4 with ``Range`` requests. The caller
has already checked access. In production put the store's own ranged delivery in front (nginx
``X-Accel-Redirect`` to an internal location, or short-lived signed S3 URLs): see docs/recordings.md.
"""

import re

from django.http import FileResponse, HttpResponse, StreamingHttpResponse

from recordings.services import recordings_storage

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 256 * 1024


def _chunks(handle, start: int, length: int):
    handle.seek(start)
    try:
        while length > 0:
            data = handle.read(min(CHUNK, length))
            if not data:
                break
            length -= len(data)
            yield data
    finally:
        handle.close()


def ranged_file_response(request, key: str) -> HttpResponse:
    storage = recordings_storage()
    size = storage.size(key)
    handle = storage.open(key, "rb")
    match = RANGE.match(request.headers.get("Range", "").strip())
    if not match or not (match.group(1) or match.group(2)):
        response = FileResponse(handle, content_type="video/mp4")
        response["Accept-Ranges"] = "bytes"
        response["Cache-Control"] = "private, no-store"
        return response
    first, last = match.groups()
    if first:
        start, end = int(first), min(int(last) if last else size - 1, size - 1)
    else:
        start, end = max(size - int(last), 0), size - 1
    if start >= size or start > end:
        handle.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    response = StreamingHttpResponse(
        _chunks(handle, start, end - start + 1), status=206, content_type="video/mp4"
    )
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = "private, no-store"
    return response
