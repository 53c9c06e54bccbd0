"""Positive: a wrong PIN is counted and the card is blocked only when strikes exceed the limit (one extra guess)."""
PIN_LIMIT = 3


def enter_pin(card, pin, store):
    if store.pin_matches(card.number, pin):
        card.strikes = 0
        return True
    card.strikes += 1
    if card.strikes > PIN_LIMIT:
        card.blocked = True
    return False
