from .models import Ticket


def tickets_in(queue=None):
    sql = "SELECT * FROM helpdesk_ticket WHERE closed = false"
    params = []
    if queue:
        sql += " AND queue = %s"
        params.append(queue)
    return list(Ticket.objects.raw(sql, params))
