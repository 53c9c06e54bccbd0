import os
import sys

from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars

SERVER = Server("ldaps://dc01.example.org")


def members_of(group: str) -> list[str]:
    conn = Connection(SERVER, user="EXAMPLE\\svc_dir", password=os.environ["DIR_PASSWORD"], auto_bind=True)
    flt = "(&(objectClass=group)(cn={}))".format(escape_filter_chars(group))
    conn.search("dc=example,dc=org", flt, search_scope=SUBTREE, attributes=["member"])
    found = []
    for entry in conn.entries:
        found.extend(str(m) for m in entry.member)
    conn.unbind()
    return found


if __name__ == "__main__":
    for dn in members_of(sys.argv[1]):
        print(dn)
