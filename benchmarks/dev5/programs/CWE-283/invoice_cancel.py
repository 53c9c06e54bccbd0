"""Django view letting customers cancel their own unpaid invoices."""
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Invoice


@login_required
@require_POST
def cancel_invoice(request, invoice_id):
    invoice = get_object_or_404(Invoice, pk=invoice_id, customer__user=request.user)
    if invoice.status != "unpaid":
        return JsonResponse({"error": "only unpaid invoices can be cancelled"}, status=409)
    invoice.status = "cancelled"
    invoice.save(update_fields=["status"])
    return JsonResponse({"id": invoice.pk, "status": invoice.status})
