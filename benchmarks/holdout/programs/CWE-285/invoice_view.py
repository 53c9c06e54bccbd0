from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from billing.models import Invoice


@login_required
def invoice_detail(request, invoice_id):
    invoice = Invoice.objects.get(pk=invoice_id)
    return JsonResponse({"id": invoice.pk, "amount": str(invoice.amount), "customer": invoice.customer.name})
