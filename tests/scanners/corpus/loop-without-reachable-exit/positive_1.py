"""Positive example for loop-without-reachable-exit: the rule must flag this."""
def count_down(n):
    while n > 0:
        print(n)
