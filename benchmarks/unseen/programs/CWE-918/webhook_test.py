import urllib.request

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def test_webhook(request):
    endpoint = request.POST["endpoint"]
    if not endpoint.startswith(("http://", "https://")):
        return JsonResponse({"error": "bad scheme"}, status=400)
    req = urllib.request.Request(endpoint, data=b'{"ping": true}', headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return JsonResponse({"status": resp.status, "body": resp.read(500).decode(errors="replace")})
