import json
import queue
import threading
from decimal import Decimal


class Ledger:
    def __init__(self):
        self.balances = {"acct-1": Decimal("500.00"), "acct-2": Decimal("20.00")}
        self.lock = threading.Lock()

    def transfer(self, src, dst, amount):
        with self.lock:
            if src not in self.balances or dst not in self.balances:
                raise KeyError("unknown account")
            if self.balances[src] < amount:
                raise ValueError("insufficient funds")
            self.balances[src] -= amount
            self.balances[dst] += amount


def parse_job(raw):
    job = json.loads(raw)
    return job["from"], job["to"], Decimal(str(job["amount"]))


def worker(jobs: queue.Queue, ledger: Ledger):
    while True:
        raw = jobs.get()
        if raw is None:
            break
        try:
            src, dst, amount = parse_job(raw)
            ledger.transfer(src, dst, amount)
            print(f"moved {amount} from {src} to {dst}")
        except (KeyError, ValueError) as exc:
            print(f"rejected: {exc}")
        finally:
            jobs.task_done()


if __name__ == "__main__":
    q = queue.Queue()
    ledger = Ledger()
    t = threading.Thread(target=worker, args=(q, ledger), daemon=True)
    t.start()
    import sys
    for line in sys.stdin:
        q.put(line)
    q.put(None)
    t.join()
