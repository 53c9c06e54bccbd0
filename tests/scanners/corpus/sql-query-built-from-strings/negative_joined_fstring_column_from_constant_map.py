"""Negative example for sql-query-built-from-strings: the only value formatted into the joined
literals is a column name taken from a constant mapping; the search term is a bound parameter."""
import sqlite3

from django.http import JsonResponse

ORDERINGS = {"newest": "created_at DESC", "title": "title ASC"}


def articles(request):
    ordering = ORDERINGS.get(request.GET.get("order", "newest"), "created_at DESC")
    cur = sqlite3.connect("blog.db").cursor()
    cur.execute(
        "SELECT id, title FROM articles "
        "WHERE title LIKE ? "
        f"ORDER BY {ordering}",
        ("%" + request.GET.get("q", "") + "%",),
    )
    return JsonResponse({"ids": [row[0] for row in cur.fetchall()]})
