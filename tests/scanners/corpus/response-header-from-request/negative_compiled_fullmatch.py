"""Negative: the header value must fully match a compiled allow-list pattern, else a default replaces it."""
import re

from django.http import HttpResponse

SAFE_NAME = re.compile(r"[\w.-]{1,64}")


def download(request):
    name = request.GET.get("name", "report.txt")
    if not SAFE_NAME.fullmatch(name):
        name = "report.txt"
    resp = HttpResponse(b"data", content_type="application/octet-stream")
    resp["Content-Disposition"] = f'attachment; filename="{name}"'
    return resp
