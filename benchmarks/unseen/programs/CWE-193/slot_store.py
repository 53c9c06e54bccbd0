import ctypes

SLOT = 32
SIZE = 16


class RecordStore:
    def __init__(self):
        self.buf = ctypes.create_string_buffer(SLOT * SIZE)

    def _check(self, index: int) -> None:
        if not 0 <= index < SIZE:
            raise IndexError(index)

    def put(self, index: int, data: bytes) -> None:
        self._check(index)
        payload = data[:SLOT]
        ctypes.memmove(ctypes.addressof(self.buf) + index * SLOT, payload, len(payload))

    def get(self, index: int) -> bytes:
        self._check(index)
        start = index * SLOT
        return self.buf.raw[start:start + SLOT].rstrip(b"\0")


if __name__ == "__main__":
    store = RecordStore()
    store.put(3, b"hello")
    print(store.get(3))
