"""A multi-value container keeps every pair on purpose and always answers with the first one."""


class Params:
    def __init__(self, pairs):
        self._items = []
        for key, value in pairs:
            self._items.append((key, value))

    def get(self, key, default=None):
        for k, v in self._items:
            if k == key:
                return v
        return default

    def getall(self, key):
        return [v for k, v in self._items if k == key]
