import csv


def export_contacts(contacts, path):
    """Write contacts (name, email, phone) to a CSV file."""
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(["name", "email", "phone"])
        for c in contacts:
            writer.writerow([c["name"], c["email"], c["phone"]])
