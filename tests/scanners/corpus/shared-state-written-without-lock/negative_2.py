"""Negative example for shared-state-written-without-lock: every change holds the lock."""

import threading


class Wallet:
    def __init__(self):
        self.lock = threading.Lock()
        self.balance = 0

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
        return False
