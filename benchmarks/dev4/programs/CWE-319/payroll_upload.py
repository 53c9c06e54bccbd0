import argparse
import csv
import os

import requests

PAYROLL_API = "http://payroll.internal.example/api/v1"


def read_rows(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            yield {
                "employee_id": row["employee_id"],
                "iban": row["iban"],
                "gross": row["gross"],
            }


def login(session, user, password):
    resp = session.post(f"{PAYROLL_API}/login", json={"user": user, "password": password}, timeout=15)
    resp.raise_for_status()
    session.headers["Authorization"] = "Token " + resp.json()["token"]


def upload(path):
    session = requests.Session()
    login(session, os.environ["PAYROLL_USER"], os.environ["PAYROLL_PASSWORD"])
    rows = list(read_rows(path))
    resp = session.post(f"{PAYROLL_API}/runs", json={"lines": rows}, timeout=60)
    resp.raise_for_status()
    return resp.json()["run_id"]


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("csv_file")
    print("created run", upload(p.parse_args().csv_file))
