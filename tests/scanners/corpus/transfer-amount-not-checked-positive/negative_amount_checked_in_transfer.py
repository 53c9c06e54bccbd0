"""Negative: the transfer itself refuses non-positive amounts before debiting and crediting."""


def transfer(accounts, src, dst, amount):
    if amount <= 0 or accounts[src] < amount:
        raise ValueError("invalid amount")
    accounts[src] -= amount
    accounts[dst] += amount
