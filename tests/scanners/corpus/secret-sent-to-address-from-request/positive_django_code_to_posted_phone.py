"""A Django view looks the account up by user name but texts the one-time code to a posted phone number."""
import secrets

from django.http import JsonResponse

from .models import Account
from .sms import send_sms


def start_recovery(request):
    account = Account.objects.get(username=request.POST["username"])
    code = secrets.token_hex(4)
    account.recovery_code = code
    account.save()
    phone = request.POST.get("phone")
    send_sms(phone, f"Your recovery code: {code}")
    return JsonResponse({"sent": True})
