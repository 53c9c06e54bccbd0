from django.contrib.auth.decorators import login_required, user_passes_test
from django.contrib.auth import get_user_model
from django.http import JsonResponse, Http404
from django.views.decorators.http import require_http_methods
from django.db import transaction

from audit.models import AuditEntry

User = get_user_model()


def is_admin(user):
    return user.is_authenticated and user.is_superuser


@login_required
@user_passes_test(is_admin)
@require_http_methods(["DELETE"])
def delete_user(request, username):
    try:
        target = User.objects.get(username=username)
    except User.DoesNotExist:
        raise Http404("no such user")
    with transaction.atomic():
        AuditEntry.objects.create(actor=request.user, action="delete_user", subject=username)
        target.delete()
    return JsonResponse({"deleted": username})


@login_required
def whoami(request):
    return JsonResponse({"username": request.user.get_username()})
