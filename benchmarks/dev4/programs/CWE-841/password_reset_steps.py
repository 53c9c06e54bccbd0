"""Three-step password reset: request code, verify code, choose password."""
import secrets

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

User = get_user_model()


@require_POST
def request_reset(request):
    user = User.objects.filter(email=request.POST.get("email", "")).first()
    if user:
        code = f"{secrets.randbelow(10**6):06d}"
        request.session["reset_user_id"] = user.pk
        request.session["reset_code"] = code
        send_mail("Your reset code", code, None, [user.email])
    return JsonResponse({"next": "verify"})


@require_POST
def verify_code(request):
    expected = request.session.get("reset_code")
    if expected and secrets.compare_digest(expected, request.POST.get("code", "")):
        request.session["reset_verified"] = True
        return JsonResponse({"next": "new-password"})
    return JsonResponse({"error": "wrong code"}, status=400)


@require_POST
def set_new_password(request):
    user_id = request.session.get("reset_user_id")
    if user_id is None:
        return JsonResponse({"error": "start the reset first"}, status=400)
    user = User.objects.get(pk=user_id)
    user.set_password(request.POST["password"])
    user.save()
    for key in ("reset_user_id", "reset_code", "reset_verified"):
        request.session.pop(key, None)
    return JsonResponse({"done": True})
