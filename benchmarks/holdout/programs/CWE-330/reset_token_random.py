import random
import string


def make_reset_token(length=24):
    """Generate a token emailed to the user for password reset."""
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))
