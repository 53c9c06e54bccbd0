import sys

from ldap3 import Server, Connection, SUBTREE

SERVER = Server("ldaps://dc01.example.org")


def members_of(group: str) -> list[str]:
    conn = Connection(SERVER, user="EXAMPLE\\svc_dir", password=sys.argv[2], auto_bind=True)
    flt = "(&(objectClass=group)(cn=" + group + "))"
    conn.search("dc=example,dc=org", flt, search_scope=SUBTREE, attributes=["member"])
    found = []
    for entry in conn.entries:
        found.extend(str(m) for m in entry.member)
    conn.unbind()
    return found


if __name__ == "__main__":
    for dn in members_of(sys.argv[1]):
        print(dn)
