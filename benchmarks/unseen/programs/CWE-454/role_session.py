from django.http import HttpResponseForbidden, JsonResponse

from .models import Account


def delete_account(request, account_id):
    if not request.user.is_authenticated:
        return HttpResponseForbidden()
    role = request.user.profile.role
    if role != "admin":
        return HttpResponseForbidden()
    Account.objects.filter(pk=account_id).delete()
    return JsonResponse({"deleted": account_id})
