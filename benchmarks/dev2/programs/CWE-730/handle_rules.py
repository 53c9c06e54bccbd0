import re

from django.http import JsonResponse
from django.views import View

# word groups separated by single dots, e.g. "jane.doe.dev"
HANDLE = re.compile(r"[a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*")
MAX_LEN = 64


class HandleAvailability(View):
    taken = {"admin", "root", "support"}

    def get(self, request):
        handle = request.GET.get("handle", "")
        if len(handle) > MAX_LEN or not HANDLE.fullmatch(handle):
            return JsonResponse({"valid": False})
        return JsonResponse({"valid": True, "available": handle.lower() not in self.taken})
