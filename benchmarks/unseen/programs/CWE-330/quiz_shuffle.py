import json
import random
import sys


def load_questions(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def run_quiz(questions: list[dict]) -> int:
    random.shuffle(questions)
    score = 0
    for q in questions[:10]:
        answer = input(q["prompt"] + " ").strip().lower()
        if answer == q["answer"].lower():
            score += 1
    return score


if __name__ == "__main__":
    qs = load_questions(sys.argv[1])
    print(f"score: {run_quiz(qs)}/10")
