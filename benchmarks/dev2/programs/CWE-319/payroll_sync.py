import csv
import os
import sys

import requests

PAYROLL_API = "http://payroll.example.com/api/v1/employees"


def load_rows(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def push_employee(session, row):
    payload = {
        "employee_id": row["id"],
        "name": row["name"],
        "ssn": row["ssn"],
        "bank_account": row["iban"],
        "salary": row["salary"],
    }
    resp = session.post(PAYROLL_API, json=payload, timeout=30)
    resp.raise_for_status()


def main(path):
    session = requests.Session()
    session.auth = (os.environ["PAYROLL_USER"], os.environ["PAYROLL_PASSWORD"])
    for row in load_rows(path):
        push_employee(session, row)
    print("synced", path)


if __name__ == "__main__":
    main(sys.argv[1])
