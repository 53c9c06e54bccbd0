import requests


def upload_payroll(host: str, token: str, csv_bytes: bytes):
    endpoint = f"http://{host}/payroll/import"
    return requests.put(endpoint, data=csv_bytes, headers={"Authorization": f"Bearer {token}"}, timeout=30)
