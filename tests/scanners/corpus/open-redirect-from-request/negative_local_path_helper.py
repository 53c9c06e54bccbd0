"""Negative: a module helper returns the target only when it has no scheme, no host, no // and no backslash."""
from urllib.parse import urlparse

from django.shortcuts import redirect


def same_site_path(target):
    parsed = urlparse(target or "")
    if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    if "\\" in target:
        return "/"
    return target


def after_login(request):
    return redirect(same_site_path(request.GET.get("next")))
