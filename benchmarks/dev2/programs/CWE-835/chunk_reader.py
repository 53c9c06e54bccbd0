import struct
import sys
from typing import Iterator

HEADER = struct.Struct(">HH")  # record type, record length (including header)


class CorruptFile(Exception):
    pass


def iter_records(blob: bytes) -> Iterator[tuple[int, bytes]]:
    offset = 0
    while offset < len(blob):
        if offset + HEADER.size > len(blob):
            raise CorruptFile(f"truncated header at {offset}")
        rtype, length = HEADER.unpack_from(blob, offset)
        if length < HEADER.size or offset + length > len(blob):
            raise CorruptFile(f"invalid record length {length} at {offset}")
        yield rtype, blob[offset + HEADER.size: offset + length]
        offset += length


def main(path: str) -> int:
    with open(path, "rb") as fh:
        data = fh.read()
    counts: dict[int, int] = {}
    try:
        for rtype, _ in iter_records(data):
            counts[rtype] = counts.get(rtype, 0) + 1
    except CorruptFile as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 1
    for rtype, n in sorted(counts.items()):
        print(f"type {rtype:#06x}: {n} records")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
