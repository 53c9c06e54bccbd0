"""Positive: an anyio TCP handler appends every awaited stream read to one buffer until the peer sends a frame end; a peer that never does exhausts memory."""
import anyio
from anyio.abc import SocketStream


async def serve_frames(stream: SocketStream) -> None:
    pending = b""
    while True:
        data = await stream.receive()
        pending += data
        while b"\x00" in pending:
            frame, pending = pending.split(b"\x00", 1)
            await stream.send(frame.upper())


async def main() -> None:
    listener = await anyio.create_tcp_listener(local_port=7000)
    await listener.serve(serve_frames)
