def export_contacts(contacts, path):
    """Write contacts (name, email, phone) to a CSV file."""
    with open(path, "w") as fh:
        fh.write("name,email,phone\n")
        for c in contacts:
            fh.write(",".join([c["name"], c["email"], c["phone"]]) + "\n")
