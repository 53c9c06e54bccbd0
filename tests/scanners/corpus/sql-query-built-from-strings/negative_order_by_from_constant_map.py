"""Negative: the ORDER BY column is looked up in a constant mapping (with a constant default) and the direction is one of two constants."""
import sqlite3

from django.http import JsonResponse

ORDERABLE = {"name": "display_name", "joined": "joined_at", "karma": "karma"}


def member_rows(db, guild_id, wanted, newest_first):
    col = ORDERABLE.get(wanted, "joined_at")
    way = "DESC" if newest_first else "ASC"
    statement = f"SELECT id, display_name FROM members WHERE guild_id = ? ORDER BY {col} {way}"
    return db.execute(statement, (guild_id,)).fetchall()


def members(request, guild_id):
    db = sqlite3.connect("guild.db")
    rows = member_rows(db, guild_id, request.GET.get("order", "joined"), request.GET.get("desc") == "1")
    return JsonResponse({"members": rows})
