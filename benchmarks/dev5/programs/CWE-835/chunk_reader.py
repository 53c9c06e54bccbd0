"""Reads the chunked container format produced by the field recorders (.rec files)."""
import struct
import sys
from dataclasses import dataclass

MAGIC = b"REC1"
HEADER = struct.Struct(">4sI")


@dataclass
class Chunk:
    kind: str
    offset: int
    payload: bytes


def iter_chunks(data: bytes):
    if not data.startswith(MAGIC):
        raise ValueError("not a recorder file")
    offset = len(MAGIC)
    while offset < len(data):
        if offset + HEADER.size > len(data):
            raise ValueError("truncated chunk header")
        kind, length = HEADER.unpack_from(data, offset)
        payload = data[offset + HEADER.size: offset + HEADER.size + length]
        yield Chunk(kind.decode("ascii", "replace"), offset, payload)
        # chunk length counts the header too
        offset += length


def summarize(path):
    with open(path, "rb") as fh:
        data = fh.read()
    counts = {}
    for chunk in iter_chunks(data):
        counts[chunk.kind] = counts.get(chunk.kind, 0) + 1
    return counts


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(name, summarize(name))
