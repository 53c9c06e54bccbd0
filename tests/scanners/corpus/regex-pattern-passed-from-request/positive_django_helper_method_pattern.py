"""A Django class-based view hands the 'match' GET parameter to a helper that compiles it."""
import re

from django.http import JsonResponse
from django.views import View


class AuditView(View):
    entries = ["login ok", "login failed", "logout"]

    def _select(self, expression):
        compiled = re.compile(expression, re.IGNORECASE)
        return [e for e in self.entries if compiled.search(e)]

    def get(self, request):
        chosen = request.GET.get("match", "")
        return JsonResponse({"entries": self._select(chosen)})
