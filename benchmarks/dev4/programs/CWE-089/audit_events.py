import sqlite3
from django.http import JsonResponse

SORT_COLUMNS = {"time": "created_at", "user": "username", "action": "action"}


def list_events(request):
    user = request.GET.get("user")
    sort = SORT_COLUMNS.get(request.GET.get("sort", "time"), "created_at")
    direction = "DESC" if request.GET.get("dir") == "desc" else "ASC"
    sql = "SELECT username, action, created_at FROM audit_log"
    params = []
    if user:
        sql += " WHERE username = ?"
        params.append(user)
    sql += f" ORDER BY {sort} {direction} LIMIT 200"
    conn = sqlite3.connect("audit.db")
    try:
        rows = conn.execute(sql, params).fetchall()
    finally:
        conn.close()
    return JsonResponse({"events": [
        {"user": u, "action": a, "at": t} for u, a, t in rows
    ]})
