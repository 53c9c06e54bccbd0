"""Positive example for password-stored-recoverably: an MD5 digest of the password is what gets stored."""

import hashlib


def remember(users, login, password):
    users[login] = hashlib.md5(password.encode("utf-8")).hexdigest()
