"""Negative example for command-dispatch-without-state-check: an early exit rejects unauthenticated callers."""


class NotSignedIn(Exception):
    pass


def run_verb(verb, account, body, svc):
    if not svc.check_token(account):
        raise NotSignedIn(account)
    if verb == "balance":
        return svc.balance(account)
    elif verb == "transfer":
        return svc.transfer(account, body)
    elif verb == "history":
        return svc.history(account)
    return None
