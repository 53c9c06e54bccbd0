"""Card-shuffling service for the online poker tables."""
import os
import random
import struct

SUITS = "SHDC"
RANKS = "23456789TJQKA"


class Table:
    def __init__(self, table_id):
        self.table_id = table_id
        raw = os.urandom(2)
        (seed,) = struct.unpack(">H", raw)
        self.rng = random.Random(seed)

    def new_deck(self):
        deck = [r + s for s in SUITS for r in RANKS]
        self.rng.shuffle(deck)
        return deck

    def deal(self, players):
        deck = self.new_deck()
        hands = {p: [deck.pop(), deck.pop()] for p in players}
        board = [deck.pop() for _ in range(5)]
        return hands, board


if __name__ == "__main__":
    t = Table("t-17")
    print(t.deal(["ann", "ben", "cat"]))
