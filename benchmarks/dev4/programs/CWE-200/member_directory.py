from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import JsonResponse

PUBLIC_FIELDS = ("username", "first_name", "last_name", "date_joined")


@login_required
def members(request):
    qs = User.objects.filter(is_active=True).order_by("username").values(*PUBLIC_FIELDS)
    page = qs[:100]
    return JsonResponse({"members": [
        {**row, "date_joined": row["date_joined"].date().isoformat()} for row in page
    ]})


@login_required
def me(request):
    u = request.user
    return JsonResponse({"username": u.username, "email": u.email,
                         "first_name": u.first_name, "last_name": u.last_name})
