"""A seeded random.Random shuffles quiz questions for display: no secret depends on it."""
import random


class Quiz:
    def __init__(self, questions, seed):
        self.questions = list(questions)
        self.rng = random.Random(seed)

    def ordered(self):
        order = self.questions[:]
        self.rng.shuffle(order)
        return order
