from django.http import JsonResponse
from django.views.decorators.http import require_POST
from django.contrib.auth.decorators import login_required
from django.db import transaction

from .models import Wallet


@login_required
@require_POST
def send_money(request):
    recipient_id = request.POST.get("to")
    amount = float(request.POST.get("amount", "0"))
    with transaction.atomic():
        mine = Wallet.objects.select_for_update().get(owner=request.user)
        theirs = Wallet.objects.select_for_update().get(pk=recipient_id)
        if mine.balance < amount:
            return JsonResponse({"error": "not enough funds"}, status=400)
        mine.balance -= amount
        theirs.balance += amount
        mine.save()
        theirs.save()
    return JsonResponse({"balance": mine.balance})
