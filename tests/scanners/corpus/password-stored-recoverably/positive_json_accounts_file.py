import json
from pathlib import Path

STORE = Path("mail_accounts.json")


class MailAccounts:
    def __init__(self):
        self.accounts = json.loads(STORE.read_text()) if STORE.exists() else {}

    def add(self, address, imap_server, passwd):
        self.accounts[address] = {"server": imap_server, "pass": passwd}
        STORE.write_text(json.dumps(self.accounts))
