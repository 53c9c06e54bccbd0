"""Positive example for return-value-discarded: str.replace's result is its only effect."""


def clean_name(name):
    name.replace("../", "")
    return "/srv/files/" + name
