from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars


def members_of(conn: Connection, group_cn: str, base="ou=groups,dc=example,dc=com"):
    flt = "(&(objectClass=groupOfNames)(cn=%s))" % escape_filter_chars(group_cn)
    conn.search(base, flt, SUBTREE, attributes=["member"])
    members = []
    for entry in conn.entries:
        members.extend(str(m) for m in entry.member.values)
    return members


if __name__ == "__main__":
    import sys
    server = Server("ldap://localhost")
    c = Connection(server, auto_bind=True)
    for dn in members_of(c, sys.argv[1]):
        print(dn)
