"""Positive example for exception-not-handled: the rule must flag this."""
def ask():
    return int(input("number: "))
