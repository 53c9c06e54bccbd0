import secrets
import time

from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.views.decorators.http import require_POST

PENDING: dict[int, dict] = {}
VERIFIED_WINDOW = 300


@require_POST
def request_code(request):
    User = get_user_model()
    user = User.objects.filter(email=request.POST.get("email", "")).first()
    if user is not None:
        code = f"{secrets.randbelow(10**6):06d}"
        PENDING[user.pk] = {"code": code, "expires": time.time() + 600, "verified_at": None}
        user.email_user("Your reset code", f"Code: {code}")
        request.session["reset_user"] = user.pk
    return JsonResponse({"sent": True})


@require_POST
def verify_code(request):
    entry = PENDING.get(request.session.get("reset_user"))
    code = request.POST.get("code", "")
    if entry and entry["expires"] > time.time() and secrets.compare_digest(entry["code"], code):
        entry["verified_at"] = time.time()
        return JsonResponse({"verified": True})
    return JsonResponse({"verified": False}, status=400)


@require_POST
def set_password(request):
    user_pk = request.session.get("reset_user")
    entry = PENDING.get(user_pk)
    if not entry or not entry["verified_at"] or time.time() - entry["verified_at"] > VERIFIED_WINDOW:
        return JsonResponse({"error": "verify your code first"}, status=403)
    user = get_user_model().objects.get(pk=user_pk)
    user.set_password(request.POST["new_password"])
    user.save()
    del PENDING[user_pk]
    request.session.pop("reset_user", None)
    return JsonResponse({"changed": True})
