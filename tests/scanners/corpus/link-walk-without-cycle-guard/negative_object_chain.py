"""Negative example for link-walk-without-cycle-guard: a walk up objects the program built itself."""
import functools


def innermost(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def depth(node):
    levels = 0
    while node.parent is not None:
        node = node.parent
        levels += 1
    return levels
