"""Negative: an index loop starting at 1 compares each timestamp with the previous one, so every item takes part in a check."""


def check_ordered(stamps: list[float]) -> None:
    for k in range(1, len(stamps)):
        if stamps[k] < stamps[k - 1]:
            raise ValueError(f"timestamp {k} goes backwards")
