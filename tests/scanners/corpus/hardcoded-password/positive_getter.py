"""Positive example for hardcoded-password: a getter that returns the literal password."""


def get_admin_password():
    return "Adm1n!2024"


def is_admin(candidate):
    return candidate == get_admin_password()
