import os
import psycopg2


def get_connection():
    """Open a connection to the reporting database."""
    return psycopg2.connect(
        host=os.environ.get("REPORT_DB_HOST", "db.internal"),
        dbname="reports",
        user=os.environ["REPORT_DB_USER"],
        password=os.environ["REPORT_DB_PASSWORD"],
    )
