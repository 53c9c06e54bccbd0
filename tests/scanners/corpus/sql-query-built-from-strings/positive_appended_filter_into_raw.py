from django.http import JsonResponse

from .models import Ticket


def tickets(request):
    sql = "SELECT * FROM helpdesk_ticket WHERE 1=1"
    sql += " AND queue = '" + request.GET.get("queue", "") + "'"
    rows = Ticket.objects.raw(sql)
    return JsonResponse({"ids": [t.id for t in rows]})
