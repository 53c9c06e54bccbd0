"""Small Django views for the staff dashboard."""
import json

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST

ROLE_FLAGS = {
    "staff": "is_staff",
    "superuser": "is_superuser",
}


def _apply_role(user, role, enabled):
    attr = ROLE_FLAGS.get(role)
    if attr is None:
        raise ValueError("unknown role")
    setattr(user, attr, enabled)
    user.save(update_fields=[attr])


@login_required
@require_POST
def change_role(request, user_id):
    try:
        payload = json.loads(request.body)
        role = payload["role"]
        enabled = bool(payload.get("enabled", True))
    except (ValueError, KeyError):
        return HttpResponseBadRequest("invalid body")

    target = User.objects.filter(pk=user_id).first()
    if target is None:
        return JsonResponse({"error": "no such user"}, status=404)

    try:
        _apply_role(target, role, enabled)
    except ValueError:
        return HttpResponseBadRequest("unknown role")

    return JsonResponse({"id": target.pk, "role": role, "enabled": enabled})
