"""Nightly job: pull yesterday's orders and mail a summary."""
import datetime
import os
import smtplib
from email.message import EmailMessage

import psycopg2


def yesterday_totals():
    conn = psycopg2.connect(host=os.environ["REPORT_DB_HOST"], dbname="shop",
                            user=os.environ["REPORT_DB_USER"],
                            password=os.environ["REPORT_DB_PASSWORD"])
    with conn, conn.cursor() as cur:
        day = datetime.date.today() - datetime.timedelta(days=1)
        cur.execute("SELECT count(*), coalesce(sum(total), 0) FROM orders "
                    "WHERE created::date = %s", (day,))
        return day, cur.fetchone()


def send(day, count, revenue):
    msg = EmailMessage()
    msg["Subject"] = f"Orders for {day}: {count}"
    msg["From"] = "reports@example.com"
    msg["To"] = "sales@example.com"
    msg.set_content(f"{count} orders, revenue {revenue:.2f}")
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "smtp.example.com"), 587) as s:
        s.starttls()
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)


if __name__ == "__main__":
    d, (n, total) = yesterday_totals()
    send(d, n, total)
