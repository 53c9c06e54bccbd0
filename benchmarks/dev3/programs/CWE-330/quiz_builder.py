import json
import random
import secrets
import sys


def build_quiz(bank_path, n_questions, seed=None):
    with open(bank_path) as fh:
        bank = json.load(fh)
    rng = random.Random(seed)
    questions = rng.sample(bank["questions"], k=min(n_questions, len(bank["questions"])))
    for q in questions:
        rng.shuffle(q["choices"])
    return {
        "attempt_id": secrets.token_hex(16),
        "questions": [{"text": q["text"], "choices": q["choices"]} for q in questions],
    }


if __name__ == "__main__":
    path = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    json.dump(build_quiz(path, count), sys.stdout, indent=2)
