"""Negative: the card is blocked once strikes reach the limit."""
PIN_LIMIT = 3


def enter_pin(card, pin, store):
    if store.pin_matches(card.number, pin):
        card.strikes = 0
        return True
    card.strikes += 1
    if card.strikes >= PIN_LIMIT:
        card.blocked = True
    return False
