"""Positive example for object-accessed-without-ownership-check: a Django view loads any statement by pk."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .models import Statement


@login_required
def statement(request, statement_id):
    item = Statement.objects.get(pk=statement_id)
    return JsonResponse({"period": item.period, "balance": str(item.balance)})
