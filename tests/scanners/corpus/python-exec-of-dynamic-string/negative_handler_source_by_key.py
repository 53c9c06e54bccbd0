"""Negative example for python-exec-of-dynamic-string: the request only selects which constant
snippet runs."""
from django.http import JsonResponse

_SNIPPETS = {"reset": "state.clear()", "touch": "state['touched'] = True"}
state = {}


def run_action(request):
    source = _SNIPPETS.get(request.GET.get("action", ""))
    if source is None:
        return JsonResponse({"error": "unknown action"}, status=400)
    exec(source, {}, {"state": state})
    return JsonResponse({"state": state})
