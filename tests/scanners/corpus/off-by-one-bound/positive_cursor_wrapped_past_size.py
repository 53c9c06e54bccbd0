"""Positive: the write cursor wraps only once it exceeds the buffer length, so cursor == BUF_LEN writes one past the end."""
BUF_LEN = 16
frames = bytearray(BUF_LEN)
cursor = 0


def put_byte(b):
    global cursor
    frames[cursor] = b
    cursor = cursor + 1
    if cursor > BUF_LEN:
        cursor = 0
