"""Positive: verify_sig walks both strings with zip and leaves at the first differing character."""


def verify_sig(expected, received):
    for want, got in zip(expected, received):
        if want != got:
            return False
    return len(expected) == len(received)
