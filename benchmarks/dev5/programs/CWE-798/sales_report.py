"""Nightly job: pull yesterday's sales from the warehouse DB and e-mail a CSV summary."""
import csv
import datetime
import io
import smtplib
from email.message import EmailMessage

import psycopg2

DB_SETTINGS = {
    "host": "warehouse-db.internal",
    "dbname": "sales",
    "user": "report_job",
    "password": "Rep0rt!Nightly#2023",
}
RECIPIENTS = ["sales-leads@example.com"]


def fetch_rows(day):
    with psycopg2.connect(**DB_SETTINGS) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT region, SUM(amount) FROM orders WHERE order_date = %s GROUP BY region ORDER BY region",
            (day,),
        )
        return cur.fetchall()


def to_csv(rows):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["region", "total"])
    writer.writerows(rows)
    return buf.getvalue()


def send(day, body):
    msg = EmailMessage()
    msg["Subject"] = f"Sales summary {day}"
    msg["From"] = "reports@example.com"
    msg["To"] = ", ".join(RECIPIENTS)
    msg.set_content("Summary attached.")
    msg.add_attachment(body, filename=f"sales-{day}.csv", subtype="csv")
    with smtplib.SMTP("mail.internal") as smtp:
        smtp.send_message(msg)


if __name__ == "__main__":
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    send(yesterday, to_csv(fetch_rows(yesterday)))
