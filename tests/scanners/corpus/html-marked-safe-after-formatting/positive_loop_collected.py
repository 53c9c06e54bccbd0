"""Positive: table rows are formatted from stored records in a loop, joined and declared safe with Markup."""
from markupsafe import Markup


def comment_rows(comments):
    rows = []
    for c in comments:
        rows.append("<tr><td>{}</td><td>{}</td></tr>".format(c.user, c.body))
    return Markup("".join(rows))
