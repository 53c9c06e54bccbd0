"""Decode TLV records from the sensor gateway's binary upload format."""
import struct
import sys

HEADER = struct.Struct(">HH")  # type, length (length includes the 4-byte header)


def records(blob):
    offset = 0
    while offset < len(blob):
        rtype, length = HEADER.unpack_from(blob, offset)
        value = blob[offset + HEADER.size: offset + length]
        yield rtype, value
        offset += length


def summarize(path):
    with open(path, "rb") as fh:
        blob = fh.read()
    counts = {}
    for rtype, value in records(blob):
        counts[rtype] = counts.get(rtype, 0) + 1
    return counts


if __name__ == "__main__":
    for rtype, n in sorted(summarize(sys.argv[1]).items()):
        print(f"type {rtype:#06x}: {n} records")
