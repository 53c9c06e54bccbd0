import argparse

import ldap
from ldap.filter import escape_filter_chars


def members_of(conn, base, group_name):
    flt = "(&(objectClass=groupOfNames)(cn={}))".format(escape_filter_chars(group_name))
    found = conn.search_s(base, ldap.SCOPE_SUBTREE, flt, ["member"])
    members = []
    for _dn, attrs in found:
        members.extend(m.decode() for m in attrs.get("member", []))
    return members


def main():
    ap = argparse.ArgumentParser(description="List members of an LDAP group")
    ap.add_argument("group")
    ap.add_argument("--url", default="ldaps://ldap.example.org")
    ap.add_argument("--base", default="ou=groups,dc=example,dc=org")
    args = ap.parse_args()
    conn = ldap.initialize(args.url)
    conn.simple_bind_s()
    try:
        for m in members_of(conn, args.base, args.group):
            print(m)
    finally:
        conn.unbind_s()


if __name__ == "__main__":
    main()
