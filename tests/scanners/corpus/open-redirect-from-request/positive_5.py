"""Positive example for open-redirect-from-request: an empty netloc is no proof of a local path
("https:/evil.com" and "/\\evil.com" have none)."""
from urllib.parse import urlparse

from django.http import HttpResponseRedirect


def go(request):
    target = request.GET.get("next", "/")
    if urlparse(target).netloc == "":
        return HttpResponseRedirect(target)
    return HttpResponseRedirect("/")
