"""Negative for non-cryptographic-random-for-secret: random only orders flash cards for practice."""
import random


def practice_round(cards: list[dict]) -> list[dict]:
    deck = list(cards)
    random.shuffle(deck)
    return deck[:20]
