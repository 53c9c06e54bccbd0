from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from billing.models import Invoice


@login_required
def invoice_detail(request, invoice_id):
    invoice = get_object_or_404(Invoice, pk=invoice_id, customer__owner=request.user)
    return JsonResponse({"id": invoice.pk, "amount": str(invoice.amount), "customer": invoice.customer.name})
