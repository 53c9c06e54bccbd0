"""Positive example for reflected-xss-from-request: posted text is mark_safe'd into the context."""

from django.http import HttpResponse
from django.template import engines
from django.utils.safestring import mark_safe

PAGE = engines["django"].from_string("<p>{{ signature }}</p>")


def save_signature(req):
    signature = mark_safe(req.POST["signature"])
    return HttpResponse(PAGE.render({"signature": signature}))
