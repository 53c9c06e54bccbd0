"""Negative example for loop-without-reachable-exit: the rule must not flag this."""
def count_down(n):
    while n > 0:
        print(n)
        n -= 1
