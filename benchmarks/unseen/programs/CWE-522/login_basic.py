import base64

import requests

API = "http://intranet.example.com/api/login"


def login(username, password):
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    resp = requests.get(API, headers={"Authorization": "Basic " + token}, timeout=10)
    resp.raise_for_status()
    return resp.json()["session"]


if __name__ == "__main__":
    import getpass
    print(login(input("user: "), getpass.getpass()))
