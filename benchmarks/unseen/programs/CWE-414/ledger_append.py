import fcntl
import json


class Ledger:
    def __init__(self, path):
        self.path = path

    def append(self, entry):
        with open(self.path, "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                fh.write(json.dumps(entry) + "\n")
                fh.flush()
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def compact(self):
        with open(self.path) as fh:
            entries = [json.loads(line) for line in fh if line.strip()]
        merged = {}
        for e in entries:
            merged[e["account"]] = merged.get(e["account"], 0) + e["amount"]
        with open(self.path, "w") as fh:
            for account, amount in merged.items():
                fh.write(json.dumps({"account": account, "amount": amount}) + "\n")
