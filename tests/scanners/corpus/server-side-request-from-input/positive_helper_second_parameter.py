"""Positive example for server-side-request-from-input: a Django view hands the URL to a download helper."""

import httpx
from django.http import HttpResponse

TIMEOUT = 4.0


def download(timeout, target):
    reply = httpx.get(target, timeout=timeout, follow_redirects=True)
    return reply.content


def proxy_image(request):
    src = request.GET["src"]
    return HttpResponse(download(TIMEOUT, src), content_type="image/png")
