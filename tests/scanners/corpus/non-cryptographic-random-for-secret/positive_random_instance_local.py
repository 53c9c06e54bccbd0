"""A local random.Random() picks the characters of a password reset code."""
import random
import string


def reset_code():
    gen = random.Random()
    return "".join(gen.choice(string.ascii_uppercase + string.digits) for _ in range(8))
