"""Positive example for transfer-amount-not-checked-positive: loyalty points move between two
members with SQL UPDATEs and the amount is never checked to be positive."""
import psycopg2


class PointsStore:
    def __init__(self, dsn):
        self.db = psycopg2.connect(dsn)

    def give(self, giver, receiver, points):
        with self.db.cursor() as cur:
            cur.execute(
                "UPDATE members SET points = points + %(n)s WHERE member_id = %(who)s",
                {"n": points, "who": receiver},
            )
            cur.execute(
                "UPDATE members SET points = points - %(n)s WHERE member_id = %(who)s",
                {"n": points, "who": giver},
            )
        self.db.commit()
