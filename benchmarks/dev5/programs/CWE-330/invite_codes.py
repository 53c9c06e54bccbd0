"""Generates invitation codes for the closed beta and a shuffled waitlist display order."""
import random
import string
from dataclasses import dataclass, field

_sysrand = random.SystemRandom()
CODE_ALPHABET = string.ascii_uppercase + string.digits


@dataclass
class Waitlist:
    entries: list = field(default_factory=list)
    codes: dict = field(default_factory=dict)

    def add(self, email: str) -> None:
        self.entries.append(email)

    def display_order(self) -> list:
        # purely cosmetic ordering for the public page
        order = list(self.entries)
        random.shuffle(order)
        return order

    def invite(self, count: int) -> dict:
        issued = {}
        for email in self.entries[:count]:
            code = "-".join(
                "".join(_sysrand.choice(CODE_ALPHABET) for _ in range(5)) for _ in range(4)
            )
            self.codes[code] = email
            issued[email] = code
        self.entries = self.entries[count:]
        return issued

    def redeem(self, code: str):
        return self.codes.pop(code.strip().upper(), None)


if __name__ == "__main__":
    wl = Waitlist()
    for e in ["a@example.com", "b@example.com", "c@example.com"]:
        wl.add(e)
    print(wl.display_order())
    print(wl.invite(2))
