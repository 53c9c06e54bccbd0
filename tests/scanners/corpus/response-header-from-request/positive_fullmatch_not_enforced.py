"""Positive: a failing fullmatch only logs; the request value still reaches the header."""
import logging
import re

from django.http import HttpResponse

SAFE_NAME = re.compile(r"[\w.-]{1,64}")


def download(request):
    name = request.GET.get("name", "report.txt")
    if not SAFE_NAME.fullmatch(name):
        logging.warning("odd name")
    resp = HttpResponse(b"data", content_type="application/octet-stream")
    resp["Content-Disposition"] = f'attachment; filename="{name}"'
    return resp
