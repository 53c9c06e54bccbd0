import asyncio
import json
import os
import ssl

HOST = os.environ.get("METRICS_HOST", "metrics.example.net")
PORT = int(os.environ.get("METRICS_PORT", "6514"))
CA_FILE = os.environ.get("METRICS_CA", "/etc/metrics/ca.pem")


def make_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=CA_FILE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


async def push(samples):
    reader, writer = await asyncio.open_connection(
        HOST, PORT, ssl=make_context(), server_hostname=HOST
    )
    try:
        for sample in samples:
            writer.write((json.dumps(sample) + "\n").encode())
        await writer.drain()
        ack = await reader.readline()
        return ack.decode().strip()
    finally:
        writer.close()
        await writer.wait_closed()


if __name__ == "__main__":
    data = [{"name": "queue_depth", "value": 12}, {"name": "workers", "value": 4}]
    print(asyncio.run(push(data)))
