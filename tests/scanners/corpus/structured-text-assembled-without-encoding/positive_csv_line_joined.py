"""Positive: CSV rows of customer-entered fields are written by joining with "," (no quoting)."""


def write_contacts(path, contacts):
    with open(path, "w") as out:
        out.write("name,city,note\n")
        for c in contacts:
            out.write(",".join([c.name, c.city, c.note]) + "\n")


def export_text(rows):
    return "\n".join(",".join(str(x) for x in r) for r in rows)
