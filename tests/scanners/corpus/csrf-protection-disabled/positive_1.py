"""Positive example for csrf-protection-disabled: the rule must flag this."""
from django.views.decorators.csrf import csrf_exempt
from django.http import HttpResponse
@csrf_exempt
def transfer(request):
    return HttpResponse("done")
