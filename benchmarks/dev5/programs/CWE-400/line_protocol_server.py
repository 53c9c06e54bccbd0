"""asyncio TCP server that accepts newline-delimited JSON commands from field sensors."""
import asyncio
import json
import logging

log = logging.getLogger("sensors")


class SensorState:
    def __init__(self):
        self.readings: dict[str, list[float]] = {}

    def record(self, sensor: str, values: list[float]) -> int:
        self.readings.setdefault(sensor, []).extend(values)
        return len(self.readings[sensor])


STATE = SensorState()


async def read_message(reader: asyncio.StreamReader) -> bytes:
    buf = bytearray()
    while True:
        chunk = await reader.read(4096)
        if not chunk:
            return bytes(buf)
        buf.extend(chunk)
        if b"\n" in chunk:
            return bytes(buf)


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    try:
        while True:
            msg = await read_message(reader)
            if not msg:
                break
            data = json.loads(msg)
            total = STATE.record(data["sensor"], data["values"])
            writer.write(f"{total}\n".encode())
            await writer.drain()
    except (ValueError, KeyError) as exc:
        log.info("malformed message from %s: %s", peer, exc)
    finally:
        writer.close()


async def main() -> None:
    server = await asyncio.start_server(handle, "0.0.0.0", 9400)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
