"""Negative example for workflow-step-not-checked: an object's own life-cycle flags are no workflow."""


class Download:
    def __init__(self, chunks):
        self._chunks = list(chunks)
        self.body_consumed = False
        self.is_closed = False

    def read_all(self):
        data = b"".join(self._chunks)
        self.body_consumed = True
        return data

    def close(self):
        self._chunks = []
        self.is_closed = True
