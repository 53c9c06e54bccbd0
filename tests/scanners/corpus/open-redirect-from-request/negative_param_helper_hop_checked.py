from urllib.parse import urlparse

from django.http import HttpResponseRedirect

OWN_HOSTS = {"portal.example.com"}


def read_target(request):
    raw = request.GET.get("target", "/")
    parsed = urlparse(raw)
    if parsed.scheme not in ("", "https") or (parsed.netloc and parsed.netloc not in OWN_HOSTS):
        return "/"
    return raw


def jump(request):
    return HttpResponseRedirect(read_target(request))
