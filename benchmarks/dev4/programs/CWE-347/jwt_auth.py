import jwt
from django.http import JsonResponse

from .models import Account


def account_from_token(request):
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if not header.startswith("Bearer "):
        return None
    token = header[7:]
    claims = jwt.decode(token, options={"verify_signature": False})
    try:
        return Account.objects.get(pk=claims["sub"])
    except (Account.DoesNotExist, KeyError):
        return None


def balance(request):
    account = account_from_token(request)
    if account is None:
        return JsonResponse({"error": "unauthorized"}, status=401)
    return JsonResponse({"account": account.pk, "balance": str(account.balance)})
