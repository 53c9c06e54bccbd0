"""Positive example for socket-bound-to-all-interfaces: asyncio opens the listener with reuse_port."""

import asyncio


async def main(handler):
    server = await asyncio.start_server(handler, "127.0.0.1", 7070, reuse_port=True)
    async with server:
        await server.serve_forever()
