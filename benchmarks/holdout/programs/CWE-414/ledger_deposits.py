import threading


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount


def run():
    acct = Account()
    threads = [threading.Thread(target=lambda: [acct.deposit(1) for _ in range(10000)]) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return acct.balance
