"""Negative example for open-redirect-from-request: the helper admits only local paths, without urljoin."""
from urllib.parse import urlsplit

from django.http import HttpResponseRedirect


def is_safe_local_path(target):
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and target[1:2] not in ("/", "\\")


def after_logout(request):
    nxt = request.GET.get("next", "/")
    if not is_safe_local_path(nxt):
        return HttpResponseRedirect("/")
    return HttpResponseRedirect(nxt)
