import struct
import sys

HEADER = struct.Struct(">HI")  # record count, total payload size


def read_records(buf: bytes):
    count, _size = HEADER.unpack_from(buf, 0)
    offset = HEADER.size
    records = []
    for index in range(count + 1):
        (length,) = struct.unpack_from(">H", buf, offset)
        offset += 2
        records.append(buf[offset:offset + length])
        offset += length
    return records


def checksum(records):
    total = 0
    for i in range(1, len(records)):
        total = (total * 31 + sum(records[i])) & 0xFFFFFFFF
    return total


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as fh:
        recs = read_records(fh.read())
    print(len(recs), "records, checksum", checksum(recs))
