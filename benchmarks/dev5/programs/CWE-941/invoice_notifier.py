"""Sends invoice notifications to the billing contact recorded for each customer."""
import logging
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

import sqlite3

log = logging.getLogger("invoices")


@dataclass
class Customer:
    id: int
    name: str
    billing_email: str


class CustomerDirectory:
    def __init__(self, path="billing.db"):
        self.conn = sqlite3.connect(path)

    def get(self, customer_id):
        row = self.conn.execute(
            "SELECT id, name, billing_email FROM customers WHERE id = ?", (customer_id,)
        ).fetchone()
        if row is None:
            raise LookupError(customer_id)
        return Customer(*row)


class InvoiceNotifier:
    def __init__(self, directory, smtp_host, sender):
        self.directory = directory
        self.smtp_host = smtp_host
        self.sender = sender

    def notify(self, customer_id, invoice_no, amount):
        customer = self.directory.get(customer_id)
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = customer.billing_email
        msg["Subject"] = f"Invoice {invoice_no}"
        msg.set_content(f"Dear {customer.name},\n\nInvoice {invoice_no} for {amount:.2f} EUR is ready.")
        with smtplib.SMTP(self.smtp_host, 587, timeout=20) as smtp:
            smtp.starttls(context=ssl.create_default_context())
            smtp.send_message(msg)
        log.info("invoice %s sent to customer %s", invoice_no, customer_id)


def handle_event(notifier, event):
    """event comes from the billing queue: {"customer_id": .., "invoice": .., "amount": ..}"""
    notifier.notify(int(event["customer_id"]), str(event["invoice"]), float(event["amount"]))
