"""Positive example for open-redirect-from-request: a same-host check done on urljoin(base, target) lets
"///evil.example" through (joined it keeps our host; the browser reads the raw value as "//evil.example")."""
from urllib.parse import urljoin, urlsplit

from django.http import HttpResponseRedirect


def is_safe_redirect(target, request):
    base = request.build_absolute_uri("/")
    return urlsplit(urljoin(base, target)).netloc == urlsplit(base).netloc


def after_login(request):
    nxt = request.GET.get("next", "/")
    if not is_safe_redirect(nxt, request):
        nxt = "/"
        return HttpResponseRedirect(nxt)
    return HttpResponseRedirect(nxt)
