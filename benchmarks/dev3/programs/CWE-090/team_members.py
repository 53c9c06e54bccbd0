import argparse
import sys

import ldap
from ldap.filter import filter_format

BASE_DN = "ou=teams,dc=example,dc=com"


def members_of(conn, team_name):
    query = filter_format("(&(objectClass=groupOfNames)(cn=%s))", [team_name])
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, query, ["member"])
    members = []
    for _dn, attrs in results:
        members.extend(m.decode() for m in attrs.get("member", []))
    return members


def main():
    parser = argparse.ArgumentParser(description="List the members of a team")
    parser.add_argument("team")
    parser.add_argument("--uri", default="ldap://ldap.example.com")
    args = parser.parse_args()
    conn = ldap.initialize(args.uri)
    conn.simple_bind_s()
    for dn in members_of(conn, args.team):
        print(dn)
    return 0


if __name__ == "__main__":
    sys.exit(main())
