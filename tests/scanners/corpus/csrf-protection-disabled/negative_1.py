"""Negative example for csrf-protection-disabled: the rule must not flag this."""
from django.http import HttpResponse
def transfer(request):
    return HttpResponse("done")
