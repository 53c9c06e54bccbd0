"""Positive example for object-changed-without-ownership-check: an UPDATE whose SET clause is built in an
f-string, keyed only by the album id from the URL."""

from django.db import connection
from django.http import JsonResponse


def rename_album(request, album_id):
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login"}, status=401)
    columns = ", ".join(f"{c} = %s" for c in ("title", "cover"))
    with connection.cursor() as cur:
        cur.execute(
            f"UPDATE albums SET {columns} WHERE id = %s",
            [request.POST.get("title"), request.POST.get("cover"), album_id],
        )
    return JsonResponse({"ok": True})
