"""Store user UI preferences in a cookie and read them back."""
import json

from django.http import JsonResponse

DEFAULTS = {"theme": "light", "page_size": 25, "sidebar": True}


def load_prefs(request):
    raw = request.COOKIES.get("prefs")
    prefs = dict(DEFAULTS)
    if raw:
        try:
            data = json.loads(raw)
        except ValueError:
            data = {}
        if isinstance(data, dict):
            for key, default in DEFAULTS.items():
                if isinstance(data.get(key), type(default)):
                    prefs[key] = data[key]
    return prefs


def prefs_view(request):
    prefs = load_prefs(request)
    if request.method == "POST":
        prefs["theme"] = "dark" if request.POST.get("theme") == "dark" else "light"
    resp = JsonResponse(prefs)
    resp.set_cookie("prefs", json.dumps(prefs), httponly=True, samesite="Lax")
    return resp
