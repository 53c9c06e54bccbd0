"""Positive: Django view formats stored review rows into table cells by hand, so stored markup reaches the page."""
from django.http import HttpResponse

from .models import Review


def reviews(request):
    rows = [f"<tr><td>{r.author}</td><td>{r.body}</td></tr>" for r in Review.objects.all()]
    return HttpResponse("<table>" + "".join(rows) + "</table>")
