"""Negative: each stored value is escaped while the rows are collected, so marking the join safe is fine."""
from django.utils.html import escape
from django.utils.safestring import mark_safe


def comment_rows(comments):
    rows = []
    for c in comments:
        rows.append(f"<li>{escape(c.body)}</li>")
    return mark_safe("".join(rows))
