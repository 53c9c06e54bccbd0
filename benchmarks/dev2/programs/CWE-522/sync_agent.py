import argparse
import getpass
import json
import urllib.parse
import urllib.request


class InventorySync:
    def __init__(self, server, username, password):
        self.server = server
        self.username = username
        self.password = password

    def _login_url(self):
        query = urllib.parse.urlencode({"user": self.username, "pass": self.password})
        return f"http://{self.server}/api/login?{query}"

    def token(self):
        with urllib.request.urlopen(self._login_url(), timeout=15) as resp:
            return json.load(resp)["token"]

    def push(self, items):
        req = urllib.request.Request(
            f"http://{self.server}/api/inventory",
            data=json.dumps(items).encode(),
            headers={"Authorization": "Bearer " + self.token(), "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("user")
    parser.add_argument("items_file")
    args = parser.parse_args()
    password = getpass.getpass()
    with open(args.items_file) as fh:
        items = json.load(fh)
    print(InventorySync(args.server, args.user, password).push(items))


if __name__ == "__main__":
    main()
