"""Negative example for exception-not-handled: the rule must not flag this."""
def ask():
    try:
        return int(input("number: "))
    except ValueError:
        return None
