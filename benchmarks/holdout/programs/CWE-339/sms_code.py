import random
import time


def one_time_code(user_id):
    """Generate the six digit code sent by SMS."""
    rng = random.Random(user_id * 100000 + int(time.time() // 60))
    return f"{rng.randint(0, 999999):06d}"
