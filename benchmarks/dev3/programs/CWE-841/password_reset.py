"""Three-step password reset: request code, verify code, set new password."""
import secrets

from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

CODES = {}


@require_POST
def request_code(request):
    user = User.objects.filter(email=request.POST["email"]).first()
    if user:
        CODES[user.pk] = f"{secrets.randbelow(10**6):06d}"
        send_mail("Reset code", CODES[user.pk], None, [user.email])
        request.session["reset_user"] = user.pk
    return JsonResponse({"sent": True})


@require_POST
def verify_code(request):
    uid = request.session.get("reset_user")
    if uid is None or CODES.get(uid) != request.POST.get("code"):
        return JsonResponse({"ok": False}, status=400)
    request.session["reset_verified"] = True
    return JsonResponse({"ok": True})


@require_POST
def set_password(request):
    uid = request.session.get("reset_user")
    if uid is None:
        return JsonResponse({"ok": False}, status=400)
    user = User.objects.get(pk=uid)
    user.set_password(request.POST["password"])
    user.save()
    CODES.pop(uid, None)
    return JsonResponse({"ok": True})
