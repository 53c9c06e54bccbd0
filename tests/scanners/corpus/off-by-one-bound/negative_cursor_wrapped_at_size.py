"""Negative: the write cursor wraps as soon as it reaches the buffer length."""
BUF_LEN = 16
frames = bytearray(BUF_LEN)
cursor = 0


def put_byte(b):
    global cursor
    frames[cursor] = b
    cursor = cursor + 1
    if cursor >= BUF_LEN:
        cursor = 0
