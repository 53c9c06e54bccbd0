import asyncio
import struct


class ProbeProtocol(asyncio.DatagramProtocol):
    """Network diagnostics: reply with `count` padded packets so clients can measure loss."""

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        if len(data) < 6 or data[:2] != b"PR":
            return
        count, size = struct.unpack("!HH", data[2:6])
        size = max(16, size)
        for seq in range(count):
            pkt = struct.pack("!2sH", b"PA", seq) + b"\x00" * (size - 4)
            self.transport.sendto(pkt, addr)


async def main():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(ProbeProtocol, local_addr=("0.0.0.0", 7331))
    try:
        await asyncio.Event().wait()
    finally:
        transport.close()


if __name__ == "__main__":
    asyncio.run(main())
