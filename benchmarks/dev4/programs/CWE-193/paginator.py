import math
from dataclasses import dataclass


@dataclass
class Page:
    number: int
    items: list
    total_pages: int


class Paginator:
    def __init__(self, items, per_page=20):
        if per_page < 1:
            raise ValueError("per_page must be positive")
        self.items = list(items)
        self.per_page = per_page

    @property
    def total_pages(self):
        return max(1, math.ceil(len(self.items) / self.per_page))

    def page(self, number):
        if number < 1 or number > self.total_pages:
            raise IndexError(f"page {number} out of range 1..{self.total_pages}")
        start = (number - 1) * self.per_page
        end = start + self.per_page
        return Page(number, self.items[start:end], self.total_pages)


if __name__ == "__main__":
    p = Paginator(range(45), per_page=10)
    for n in range(1, p.total_pages + 1):
        pg = p.page(n)
        print(pg.number, pg.items[0], pg.items[-1], len(pg.items))
