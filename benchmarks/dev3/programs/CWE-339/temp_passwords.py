import secrets
import string

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

ALPHABET = string.ascii_letters + string.digits + "!@#$%^&*"


def temporary_password(length=16):
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


@staff_member_required
def reset_user_password(request, user_id):
    user = get_object_or_404(get_user_model(), pk=user_id)
    pw = temporary_password()
    user.set_password(pw)
    user.profile.must_change_password = True
    user.profile.save()
    user.save()
    return JsonResponse({"user": user.username, "temporary_password": pw})
