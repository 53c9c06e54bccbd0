"""Negative: the length field is checked (at least the header, within the buffer) before the cursor moves."""


def walk_tlv(buf: bytes) -> dict[int, bytes]:
    out = {}
    pos = 0
    while pos + 2 <= len(buf):
        tag = buf[pos]
        span_len = buf[pos + 1]
        if span_len < 2 or pos + span_len > len(buf):
            raise ValueError("bad entry length")
        out[tag] = buf[pos + 2 : pos + span_len]
        pos += span_len
    return out
