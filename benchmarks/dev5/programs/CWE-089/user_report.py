"""Django view producing a filtered user report."""
from django.db import connection
from django.http import JsonResponse

ALLOWED_SORT = {"joined": "date_joined", "name": "username", "last": "last_login"}


def _fetch(filters, order):
    clauses, params = [], []
    for column, value in filters.items():
        clauses.append(f"{column} = %s")
        params.append(value)
    where = " AND ".join(clauses) or "1=1"
    sql = f"SELECT id, username, email FROM auth_user WHERE {where} ORDER BY {order}"
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def user_report(request):
    filters = {}
    if "active" in request.GET:
        filters["is_active"] = request.GET["active"] == "1"
    if "staff" in request.GET:
        filters["is_staff"] = request.GET["staff"] == "1"
    order = ALLOWED_SORT.get(request.GET.get("sort"), "id")
    rows = _fetch(filters, order)
    return JsonResponse({"users": [dict(zip(("id", "username", "email"), r)) for r in rows]})
