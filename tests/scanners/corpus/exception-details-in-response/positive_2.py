"""Positive example for exception-details-in-response: the error text is stored and returned after the try."""
from django.http import HttpResponse


def convert(request):
    try:
        reply = str(int(request.GET["amount"]) * 100)
    except (KeyError, ValueError) as problem:
        reply = "conversion failed: " + repr(problem)
    return HttpResponse(reply, content_type="text/plain")
