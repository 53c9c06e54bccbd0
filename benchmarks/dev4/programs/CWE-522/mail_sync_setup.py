"""Set up the mail sync daemon; the IMAP password goes into the OS keyring."""
import argparse
import configparser
import getpass
from pathlib import Path

import keyring

SERVICE = "mailsync"
CONF = Path.home() / ".config" / "mailsync" / "mailsync.ini"


def write_config(host, user):
    CONF.parent.mkdir(parents=True, exist_ok=True)
    cfg = configparser.ConfigParser()
    cfg["account"] = {"host": host, "user": user, "port": "993", "tls": "yes"}
    with CONF.open("w") as fh:
        cfg.write(fh)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("host")
    ap.add_argument("user")
    args = ap.parse_args()
    secret = getpass.getpass(f"IMAP password for {args.user}@{args.host}: ")
    keyring.set_password(SERVICE, f"{args.user}@{args.host}", secret)
    write_config(args.host, args.user)
    print(f"Configuration written to {CONF}; password stored in system keyring")


def get_password(host, user):
    return keyring.get_password(SERVICE, f"{user}@{host}")


if __name__ == "__main__":
    main()
