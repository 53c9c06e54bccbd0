"""A Random instance seeded from two urandom bytes: only 65536 sequences of invite codes exist."""
import os
import random


class InviteIssuer:
    def __init__(self):
        entropy = int.from_bytes(os.urandom(2), "little")
        self.gen = random.Random(entropy)

    def next_invite(self):
        return "".join(self.gen.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
