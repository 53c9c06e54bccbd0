import random
import string

ALPHABET = string.ascii_uppercase + string.digits
rng = random.SystemRandom()


def generate_vouchers(count: int) -> list[str]:
    return ["".join(rng.choice(ALPHABET) for _ in range(12)) for _ in range(count)]


if __name__ == "__main__":
    import sys
    for code in generate_vouchers(int(sys.argv[1])):
        print(code)
