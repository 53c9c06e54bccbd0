from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .models import Order


@login_required
def orders_by_status(request):
    status = request.GET.get("status", "open")
    rows = Order.objects.filter(customer=request.user, status=status).order_by("-created")
    return JsonResponse({"orders": [{"id": o.id, "total": str(o.total)} for o in rows]})
