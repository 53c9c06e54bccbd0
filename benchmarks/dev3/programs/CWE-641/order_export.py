"""Export a customer's orders to a spreadsheet in the shared web export folder."""
import csv
import json
import os
import sys
import uuid

EXPORT_ROOT = "/srv/www/exports"


class OrderExport:
    def __init__(self, customer, label):
        self.customer = customer
        self.label = label
        self.filename = uuid.uuid4().hex + ".csv"

    def target(self):
        return os.path.join(EXPORT_ROOT, self.filename)

    def write(self, rows):
        with open(self.target(), "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["order", "date", "total"])
            writer.writerows(rows)
        with open(self.target() + ".meta", "w") as meta:
            json.dump({"customer": self.customer, "label": self.label}, meta)
        return self.target()


def fetch_orders(customer):
    from orders import by_customer
    return [(o.number, o.date.isoformat(), o.total) for o in by_customer(customer)]


if __name__ == "__main__":
    # argv[1]: export request queued by the customer portal
    with open(sys.argv[1]) as fh:
        request = json.load(fh)
    customer_id = request["customer_id"]
    job = OrderExport(customer_id, request["file_name"])
    print("written", job.write(fetch_orders(customer_id)))
