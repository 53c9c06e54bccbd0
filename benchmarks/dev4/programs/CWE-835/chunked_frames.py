"""Split a byte stream from the device socket into length-prefixed frames."""
import socket
import struct

LEN = struct.Struct(">I")
MAX_FRAME = 1 << 20


class FrameError(Exception):
    pass


def iter_frames(buffer: bytes):
    offset = 0
    while offset + LEN.size <= len(buffer):
        (size,) = LEN.unpack_from(buffer, offset)
        if size == 0 or size > MAX_FRAME:
            raise FrameError(f"invalid frame length {size} at {offset}")
        end = offset + LEN.size + size
        if end > len(buffer):
            break
        yield buffer[offset + LEN.size:end]
        offset = end


def read_all(host, port):
    frames = []
    with socket.create_connection((host, port), timeout=10) as sock:
        data = bytearray()
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data.extend(chunk)
    frames.extend(iter_frames(bytes(data)))
    return frames
