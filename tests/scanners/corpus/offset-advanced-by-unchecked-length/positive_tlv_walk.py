"""Positive: a TLV walker moves its cursor by the length byte of each entry; a zero length stalls it for ever."""


def walk_tlv(buf: bytes) -> dict[int, bytes]:
    out = {}
    pos = 0
    while pos < len(buf):
        tag = buf[pos]
        span_len = buf[pos + 1]
        out[tag] = buf[pos + 2 : pos + span_len]
        pos += span_len
    return out
