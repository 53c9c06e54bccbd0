"""Positive: loyalty points move between two members with only a sufficiency check, so a negative amount reverses the move."""


class PointsBook:
    def __init__(self):
        self.points = {}

    def give(self, giver, receiver, amount):
        if self.points.get(giver, 0) < amount:
            raise ValueError("not enough points")
        self.points[giver] -= amount
        self.points[receiver] = self.points.get(receiver, 0)
        self.points[receiver] += amount
