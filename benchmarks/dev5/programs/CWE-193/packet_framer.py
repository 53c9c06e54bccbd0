"""Length-prefixed framing for the telemetry uplink."""
import struct

HEADER = struct.Struct("!H")
MAX_PAYLOAD = 0xFFFF


class FrameError(ValueError):
    pass


def encode_frame(payload: bytes) -> bytes:
    if len(payload) > MAX_PAYLOAD:
        raise FrameError("payload too large")
    return HEADER.pack(len(payload)) + payload


def decode_frames(buffer: bytes):
    """Return (frames, leftover) for as many complete frames as the buffer holds."""
    frames = []
    pos = 0
    while len(buffer) - pos >= HEADER.size:
        (length,) = HEADER.unpack_from(buffer, pos)
        end = pos + HEADER.size + length
        if end > len(buffer):
            break
        frames.append(buffer[pos + HEADER.size:end])
        pos = end
    return frames, buffer[pos:]


if __name__ == "__main__":
    data = encode_frame(b"abc") + encode_frame(b"") + encode_frame(b"hello")[:4]
    print(decode_frames(data))
