import threading


class InsufficientFunds(Exception):
    pass


class Wallet:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self._lock = threading.Lock()
        self.history = []

    def deposit(self, amount):
        with self._lock:
            self.balance += amount
            self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if self.balance < amount:
            raise InsufficientFunds(self.owner)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def transfer_to(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
