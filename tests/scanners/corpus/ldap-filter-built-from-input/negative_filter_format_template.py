"""Negative: python-ldap's filter_format builds the filter and escapes the request value it substitutes."""
import ldap
from ldap import filter as ldap_filter
from fastapi import FastAPI

api = FastAPI()
directory = ldap.initialize("ldaps://ldap.corp.example")


@api.get("/groups")
def groups_of(member: str):
    flt = ldap_filter.filter_format("(&(objectClass=groupOfNames)(member=uid=%s,ou=people))", [member])
    found = directory.search_s("ou=groups,dc=corp", ldap.SCOPE_SUBTREE, flt, ["cn"])
    return [dn for dn, _ in found]
