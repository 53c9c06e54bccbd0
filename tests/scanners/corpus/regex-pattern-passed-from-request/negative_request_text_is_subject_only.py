"""Request text is only the subject matched against fixed, linear patterns; the patterns are constants."""
import re

from django.http import HttpResponseBadRequest, JsonResponse

SKU = re.compile(r"[A-Z]{3}-\d{4}")


def lookup(request):
    code = request.GET.get("sku", "")[:16]
    if not SKU.fullmatch(code):
        return HttpResponseBadRequest("bad sku")
    parts = re.split(r"-", code)
    return JsonResponse({"family": parts[0], "number": parts[1]})
