"""A Django webhook rejects a wrong signature, but only when a signature header was sent at all:
a request with no header skips the comparison and is processed as if it were signed."""
import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse


def _mac(payload: bytes) -> str:
    return hmac.new(settings.HOOK_KEY.encode(), payload, hashlib.sha1).hexdigest()


def deploy_hook(request):
    given = request.META.get("HTTP_X_DEPLOY_MAC")
    if given is not None and not hmac.compare_digest(_mac(request.body), given):
        return HttpResponseForbidden("bad mac")
    trigger_deploy(request.POST.get("ref", "main"))
    return JsonResponse({"queued": True})


def trigger_deploy(ref):
    print("deploying", ref)
