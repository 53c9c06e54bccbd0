import random
import string
import time

ALPHABET = string.ascii_uppercase + string.digits


def generate_vouchers(count: int) -> list[str]:
    random.seed(int(time.time()))
    return ["".join(random.choice(ALPHABET) for _ in range(12)) for _ in range(count)]


if __name__ == "__main__":
    import sys
    for code in generate_vouchers(int(sys.argv[1])):
        print(code)
