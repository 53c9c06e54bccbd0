import json
import sys
import urllib.request

SERVICES = {
    "api": "https://api.example.com/health",
    "auth": "https://auth.example.com/health",
}


def check(name):
    url = SERVICES[name]
    with urllib.request.urlopen(url, timeout=3) as resp:
        return json.load(resp).get("status", "unknown")


if __name__ == "__main__":
    for svc in sys.argv[1:] or SERVICES:
        try:
            print(svc, check(svc))
        except KeyError:
            print(svc, "not a known service")
