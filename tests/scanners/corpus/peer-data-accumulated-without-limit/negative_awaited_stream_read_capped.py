"""Negative: the awaited stream reads are accumulated only up to a maximum frame size; a longer frame closes the connection."""
import anyio
from anyio.abc import SocketStream

MAX_FRAME = 16 * 1024


async def serve_frames(stream: SocketStream) -> None:
    pending = b""
    while True:
        data = await stream.receive()
        pending += data
        if len(pending) > MAX_FRAME:
            await stream.aclose()
            return
        while b"\x00" in pending:
            frame, pending = pending.split(b"\x00", 1)
            await stream.send(frame.upper())
