import hmac


class Locked(Exception):
    pass


class Keypad:
    MAX_FAILURES = 3

    def __init__(self, code: str):
        self._code = code
        self.failures = 0

    def can_try(self) -> bool:
        return self.failures <= self.MAX_FAILURES

    def enter(self, code: str) -> bool:
        if not self.can_try():
            raise Locked()
        self.failures += 1
        if hmac.compare_digest(code, self._code):
            self.failures = 0
            return True
        return False
