import getpass

import requests

AUTH_URL = "http://accounts.example.com/api/login"


def login(username: str, password: str) -> str:
    resp = requests.post(AUTH_URL, json={"username": username, "password": password}, timeout=10)
    resp.raise_for_status()
    return resp.json()["token"]


if __name__ == "__main__":
    user = input("username: ")
    pw = getpass.getpass("password: ")
    token = login(user, pw)
    print("token:", token[:8] + "...")
