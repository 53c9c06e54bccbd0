"""Negative example for ldap-filter-built-from-input: the attribute is taken from a constant table
and the value is substituted by python-ldap's filter_format, which escapes it."""
import ldap
import ldap.filter
from django.http import JsonResponse

SEARCH_ATTRS = {"login": "uid", "mail": "mail", "phone": "telephoneNumber"}


def find_people(request):
    attr = SEARCH_ATTRS.get(request.GET.get("kind", "login"), "uid")
    flt = ldap.filter.filter_format("(" + attr + "=%s)", [request.GET.get("q", "")])
    conn = ldap.initialize("ldap://directory.internal")
    found = conn.search_s("dc=corp,dc=local", ldap.SCOPE_SUBTREE, flt)
    return JsonResponse({"n": len(found)})
