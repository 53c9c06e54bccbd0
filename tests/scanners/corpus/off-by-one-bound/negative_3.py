"""Negative example for off-by-one-bound: zero-based checked with >=, one-based shifted by one."""


def pick(options, choice):
    if choice < 0 or choice >= len(options):
        return None
    return options[choice]


def pick_page(pages, number):
    if number < 1 or number > len(pages):
        raise ValueError("no such page")
    return pages[number - 1]
