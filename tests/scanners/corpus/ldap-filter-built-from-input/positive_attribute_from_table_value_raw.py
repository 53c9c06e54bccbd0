"""Positive example for ldap-filter-built-from-input: the attribute comes from a constant table but
the searched value is formatted into the filter unescaped."""
import ldap
from django.http import JsonResponse

SEARCH_ATTRS = {"login": "uid", "mail": "mail"}


def find_people(request):
    attr = SEARCH_ATTRS[request.GET["kind"]]
    term = request.GET["q"]
    conn = ldap.initialize("ldap://directory.internal")
    found = conn.search_s("dc=corp,dc=local", ldap.SCOPE_SUBTREE, "(%s=%s)" % (attr, term))
    return JsonResponse({"n": len(found)})
