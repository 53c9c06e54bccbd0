"""Negative: string.Template from a constant only substitutes $names; the request value is a substitution, not template text."""
import string

from django.http import HttpResponse
from django.utils.html import escape

GREETING = string.Template("<p>Hello, $name</p>")


def hello(request):
    return HttpResponse(GREETING.substitute(name=escape(request.GET.get("name", ""))))
