import struct
import sys

HEADER = struct.Struct(">HH")  # record type, record length (including header)


def iter_records(blob):
    offset = 0
    while offset < len(blob):
        rtype, length = HEADER.unpack_from(blob, offset)
        payload = blob[offset + HEADER.size: offset + length]
        yield rtype, payload
        offset += length


def summarize(path):
    counts = {}
    with open(path, "rb") as fh:
        data = fh.read()
    for rtype, payload in iter_records(data):
        entry = counts.setdefault(rtype, [0, 0])
        entry[0] += 1
        entry[1] += len(payload)
    return counts


if __name__ == "__main__":
    for rtype, (n, size) in sorted(summarize(sys.argv[1]).items()):
        print(f"type {rtype:#06x}: {n} records, {size} bytes")
