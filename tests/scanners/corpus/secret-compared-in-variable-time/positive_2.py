"""Positive example for secret-compared-in-variable-time: a char-by-char loop over two "_pw" values (flagged
whatever the hash seed orders the loop's names)."""


def same_password(stored_pw, typed_pw):
    if len(stored_pw) != len(typed_pw):
        return False
    for a, b in zip(stored_pw, typed_pw):
        if a != b:
            return False
    return True
