"""Positive example for header-assigned-from-request-value: the rule must flag this."""
from django.http import HttpResponse
def next_page(request):
    target = request.GET.get("next", "/")
    response = HttpResponse(status=302)
    response["Location"] = target
    return response
