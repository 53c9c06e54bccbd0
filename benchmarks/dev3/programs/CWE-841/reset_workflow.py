"""Three-step password reset: request code, verify code, set new password."""
import secrets
from enum import Enum

from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST


class Stage(str, Enum):
    CODE_SENT = "code_sent"
    VERIFIED = "verified"


@require_POST
def request_code(request):
    user = User.objects.filter(email=request.POST["email"]).first()
    if user:
        code = f"{secrets.randbelow(10**6):06d}"
        send_mail("Reset code", code, None, [user.email])
        request.session["reset"] = {"uid": user.pk, "code": code, "stage": Stage.CODE_SENT.value}
    return JsonResponse({"sent": True})


@require_POST
def verify_code(request):
    state = request.session.get("reset")
    if not state or state["stage"] != Stage.CODE_SENT.value:
        return JsonResponse({"ok": False}, status=409)
    if not secrets.compare_digest(state["code"], request.POST.get("code", "")):
        return JsonResponse({"ok": False}, status=400)
    state["stage"] = Stage.VERIFIED.value
    request.session["reset"] = state
    return JsonResponse({"ok": True})


@require_POST
def set_password(request):
    state = request.session.get("reset")
    if not state or state["stage"] != Stage.VERIFIED.value:
        return JsonResponse({"ok": False}, status=409)
    user = User.objects.get(pk=state["uid"])
    user.set_password(request.POST["password"])
    user.save()
    del request.session["reset"]
    return JsonResponse({"ok": True})
