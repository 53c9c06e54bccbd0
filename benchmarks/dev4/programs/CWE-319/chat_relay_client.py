"""Connects to the support chat relay and forwards customer messages."""
import asyncio
import json
import os
import ssl

RELAY_HOST = os.environ.get("RELAY_HOST", "relay.support.example")
RELAY_PORT = int(os.environ.get("RELAY_PORT", "8443"))


class RelayClient:
    def __init__(self, agent_token):
        self.agent_token = agent_token
        self.reader = None
        self.writer = None

    async def connect(self):
        ctx = ssl.create_default_context()
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        self.reader, self.writer = await asyncio.open_connection(
            RELAY_HOST, RELAY_PORT, ssl=ctx, server_hostname=RELAY_HOST
        )
        await self.send({"op": "auth", "token": self.agent_token})

    async def send(self, obj):
        self.writer.write(json.dumps(obj).encode() + b"\n")
        await self.writer.drain()

    async def messages(self):
        while line := await self.reader.readline():
            yield json.loads(line)

    async def close(self):
        self.writer.close()
        await self.writer.wait_closed()


async def main():
    client = RelayClient(os.environ["RELAY_AGENT_TOKEN"])
    await client.connect()
    async for msg in client.messages():
        print(msg.get("customer"), ":", msg.get("text"))
    await client.close()


if __name__ == "__main__":
    asyncio.run(main())
