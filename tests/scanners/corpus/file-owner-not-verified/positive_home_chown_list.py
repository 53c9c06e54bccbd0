"""Positive example for file-owner-not-verified: a root maintenance job hands every path a user lists in
~/.reclaim over to that user, without checking the user owned the path before."""

import os
import pwd


def reclaim(account):
    listing = os.path.join(account.pw_dir, ".reclaim")
    if not os.path.exists(listing):
        return
    with open(listing) as fh:
        paths = fh.read().splitlines()
    for path in paths:
        os.chown(path, account.pw_uid, account.pw_gid)


for account in pwd.getpwall():
    if account.pw_uid >= 1000:
        reclaim(account)
