import secrets
import time

from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.views.decorators.http import require_POST

PENDING = {}


@require_POST
def request_code(request):
    User = get_user_model()
    try:
        user = User.objects.get(email=request.POST["email"])
    except User.DoesNotExist:
        return JsonResponse({"sent": True})
    code = f"{secrets.randbelow(10**6):06d}"
    PENDING[user.pk] = {"code": code, "expires": time.time() + 600}
    user.email_user("Your reset code", f"Code: {code}")
    request.session["reset_user"] = user.pk
    return JsonResponse({"sent": True})


@require_POST
def verify_code(request):
    entry = PENDING.get(request.session.get("reset_user"))
    if entry and entry["expires"] > time.time() and secrets.compare_digest(entry["code"], request.POST["code"]):
        request.session["reset_verified"] = True
        return JsonResponse({"verified": True})
    return JsonResponse({"verified": False}, status=400)


@require_POST
def set_password(request):
    user_pk = request.session.get("reset_user")
    if user_pk is None:
        return JsonResponse({"error": "start again"}, status=400)
    user = get_user_model().objects.get(pk=user_pk)
    user.set_password(request.POST["new_password"])
    user.save()
    PENDING.pop(user_pk, None)
    return JsonResponse({"changed": True})
