import json

from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from wallets.models import Wallet


def has_funds(wallet, amount):
    return amount <= wallet.balance


@require_POST
@transaction.atomic
def transfer(request):
    body = json.loads(request.body)
    amount = float(body["amount"])
    source = Wallet.objects.select_for_update().get(owner=request.user)
    target = Wallet.objects.select_for_update().get(pk=body["to_wallet"])

    if not has_funds(source, amount):
        return JsonResponse({"error": "insufficient funds"}, status=400)

    source.balance -= amount
    target.balance += amount
    source.save()
    target.save()
    return JsonResponse({"balance": source.balance})
