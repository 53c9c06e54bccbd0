import argparse
import getpass
import imaplib

import keyring

SERVICE = "mailbox-sync"


def get_password(user, host):
    stored = keyring.get_password(SERVICE, f"{user}@{host}")
    if stored:
        return stored
    password = getpass.getpass(f"IMAP password for {user}@{host}: ")
    keyring.set_password(SERVICE, f"{user}@{host}", password)
    return password


def count_unseen(host, user):
    with imaplib.IMAP4_SSL(host) as imap:
        imap.login(user, get_password(user, host))
        imap.select("INBOX", readonly=True)
        _typ, data = imap.search(None, "UNSEEN")
        return len(data[0].split())


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    parser.add_argument("user")
    args = parser.parse_args()
    print(count_unseen(args.host, args.user), "unread")
