import asyncio
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms


class ChannelCrypto:
    def __init__(self, shared_key: bytes):
        self.key = shared_key

    def _stream(self):
        return Cipher(algorithms.ARC4(self.key), mode=None)

    def seal(self, text: str) -> bytes:
        return self._stream().encryptor().update(text.encode())

    def open(self, blob: bytes) -> str:
        return self._stream().decryptor().update(blob).decode()


async def handle(reader, writer, crypto: ChannelCrypto):
    while line := await reader.readline():
        msg = crypto.open(line.rstrip(b"\n"))
        writer.write(crypto.seal(f"echo: {msg}") + b"\n")
        await writer.drain()
    writer.close()


async def main():
    crypto = ChannelCrypto(bytes.fromhex(os.environ["CHAT_KEY_HEX"]))
    server = await asyncio.start_server(lambda r, w: handle(r, w, crypto), "0.0.0.0", 7788)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
