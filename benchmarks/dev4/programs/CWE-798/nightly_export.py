"""Export yesterday's orders to CSV and upload them to the partner bucket."""
import csv
import io
from datetime import date, timedelta

import boto3
import psycopg2

DB_DSN = "host=db.internal dbname=shop user=reporting password=Rep0rt!ng2023"
BUCKET = "partner-drop-eu"


def s3_client():
    return boto3.client(
        "s3",
        region_name="eu-west-1",
        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    )


def export(day):
    buf = io.StringIO()
    writer = csv.writer(buf)
    with psycopg2.connect(DB_DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT id, total, currency FROM orders WHERE created::date = %s", (day,))
        writer.writerow(["id", "total", "currency"])
        writer.writerows(cur.fetchall())
    key = f"orders/{day.isoformat()}.csv"
    s3_client().put_object(Bucket=BUCKET, Key=key, Body=buf.getvalue().encode())
    return key


if __name__ == "__main__":
    print(export(date.today() - timedelta(days=1)))
