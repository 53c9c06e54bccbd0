import json
import ssl
import urllib.request

ENDPOINTS = ["https://status.example.com/health", "https://api.example.com/health"]


def probe(url: str) -> bool:
    ctx = ssl._create_unverified_context()
    try:
        with urllib.request.urlopen(url, context=ctx, timeout=5) as resp:
            return json.load(resp).get("status") == "ok"
    except OSError:
        return False


if __name__ == "__main__":
    for url in ENDPOINTS:
        print(("UP  " if probe(url) else "DOWN"), url)
