from django.http import JsonResponse

from .models import Order


def orders_by_status(request):
    status = request.GET.get("status", "open")
    sql = "SELECT * FROM shop_order WHERE customer_id = %d AND status = '%s'" % (
        request.user.id,
        status,
    )
    rows = Order.objects.raw(sql)
    return JsonResponse({"orders": [{"id": o.id, "total": str(o.total)} for o in rows]})
