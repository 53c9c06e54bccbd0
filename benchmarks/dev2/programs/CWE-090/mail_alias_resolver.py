import sys

import ldap
from ldap.filter import filter_format


def resolve_alias(conn, base_dn, address):
    query = filter_format("(&(objectClass=mailAlias)(mailAlternateAddress=%s))", [address])
    entries = conn.search_s(base_dn, ldap.SCOPE_SUBTREE, query, ["mail"])
    targets = []
    for _dn, attrs in entries:
        targets.extend(v.decode() for v in attrs.get("mail", []))
    return targets


def main(argv):
    if len(argv) != 2:
        print("usage: mail_alias_resolver.py ADDRESS", file=sys.stderr)
        return 2
    conn = ldap.initialize("ldap://localhost")
    conn.simple_bind_s()
    for target in resolve_alias(conn, "ou=aliases,dc=example,dc=org", argv[1]):
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
