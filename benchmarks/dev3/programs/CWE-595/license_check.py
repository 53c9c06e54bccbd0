"""Offline license checker for the desktop build."""
import hashlib
import sys


class License:
    def __init__(self, customer, key):
        self.customer = customer
        self.key = key

    def expected_key(self):
        digest = hashlib.sha256(("acme-desktop:" + self.customer).encode()).hexdigest()
        return "-".join(digest[i:i + 5] for i in range(0, 20, 5)).upper()

    def valid(self):
        return self.key.strip().upper() is self.expected_key()


def main():
    if len(sys.argv) != 3:
        print("usage: license_check.py CUSTOMER KEY")
        return 2
    lic = License(sys.argv[1], sys.argv[2])
    if lic.valid():
        print("license accepted for", lic.customer)
        return 0
    print("license rejected")
    return 1


if __name__ == "__main__":
    sys.exit(main())
