"""A missing signature header is rejected before the HMAC is compared."""
import hashlib
import hmac

from django.http import HttpResponseForbidden, JsonResponse

SECRET = b"loaded-from-settings"


def hook(request):
    signature = request.headers.get("X-Signature")
    if not signature:
        return HttpResponseForbidden("signature required")
    expected = hmac.new(SECRET, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        return HttpResponseForbidden("bad signature")
    return JsonResponse({"ok": True})
