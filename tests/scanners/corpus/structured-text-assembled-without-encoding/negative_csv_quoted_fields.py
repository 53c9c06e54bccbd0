"""Negative: every field is quoted by a CSV-escaping helper before the line is joined."""


def csv_quote(value):
    text = str(value).replace('"', '""')
    return f'"{text}"'


def export_text(rows):
    return "\n".join(",".join(csv_quote(x) for x in r) for r in rows)
