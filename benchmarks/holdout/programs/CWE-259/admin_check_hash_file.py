import hashlib
import hmac
import json
import sys


def is_admin(password, cfg_path="/etc/maint/admin.json"):
    """Check whether the operator typed the maintenance password."""
    with open(cfg_path) as fh:
        cfg = json.load(fh)
    salt = bytes.fromhex(cfg["salt"])
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return hmac.compare_digest(digest.hex(), cfg["hash"])


if __name__ == "__main__":
    if is_admin(sys.argv[1]):
        print("maintenance mode enabled")
