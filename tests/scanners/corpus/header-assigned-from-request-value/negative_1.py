"""Negative example for header-assigned-from-request-value: the rule must not flag this."""
from django.http import HttpResponse
def next_page(request):
    response = HttpResponse(status=302)
    response["Location"] = "/home"
    return response
