import random
import string
import time

from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import PasswordReset, User

ALPHABET = string.ascii_letters + string.digits


def make_reset_code(length=24):
    return "".join(random.choice(ALPHABET) for _ in range(length))


@require_POST
def request_reset(request):
    email = request.POST.get("email", "")
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        code = make_reset_code()
        PasswordReset.objects.create(user=user, code=code, expires=time.time() + 3600)
        send_mail(
            "Password reset",
            f"Use this link to reset your password: https://app.example.com/reset/{code}",
            "noreply@example.com",
            [user.email],
        )
    return JsonResponse({"sent": True})
