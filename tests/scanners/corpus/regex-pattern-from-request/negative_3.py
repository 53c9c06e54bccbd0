"""Negative example for regex-pattern-from-request: a digits-only value has no regex metacharacters."""
import re

from django.http import HttpResponse


def ticket(request):
    number = request.GET.get("n", "")
    if not number.isdigit():
        return HttpResponse("bad number", status=400)
    found = re.search(number, "ticket-4711 ticket-815")
    return HttpResponse("yes" if found else "no")
