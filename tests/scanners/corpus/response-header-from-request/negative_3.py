"""Negative example for response-header-from-request: CR and LF are removed or rejected before the header."""
import re

from django.http import HttpResponse


def tagged(request):
    tag = request.GET.get("tag", "").replace("\n", " ").replace("\r", " ")
    response = HttpResponse("tagged")
    response.headers["X-Tag"] = tag
    return response


def traced(request):
    trace = re.sub(r"[\r\n]+", "", request.GET.get("trace", ""))
    response = HttpResponse("traced")
    response.headers["X-Trace"] = trace
    return response


def lang(request):
    code = request.GET.get("lang", "en")
    if "\r" in code or "\n" in code:
        return HttpResponse("bad language", status=400)
    response = HttpResponse("ok")
    response.headers["Content-Language"] = code
    return response
