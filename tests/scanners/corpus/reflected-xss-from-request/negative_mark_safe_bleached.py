"""Negative example for reflected-xss-from-request: bleach.clean allow-lists the markup first."""

import bleach
from django.http import HttpResponse
from django.template import engines
from django.utils.safestring import mark_safe

PAGE = engines["django"].from_string("<div>{{ note }}</div>")


def note(req):
    note_html = mark_safe(bleach.clean(req.POST.get("note", ""), tags=["b", "i"]))
    return HttpResponse(PAGE.render({"note": note_html}))
