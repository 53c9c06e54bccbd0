"""A generator instance reseeded from the start time produces the reset codes."""
import random
import time

gen = random.Random()
gen.seed(int(time.time()))


def new_reset_code() -> str:
    return "".join(str(gen.randrange(10)) for _ in range(8))
