"""Positive example for object-reference-comparison: identity test against a string literal."""


def can_publish(state):
    return state is "approved"
