import time

import requests


def download(url, attempts=5):
    delay = 1.0
    for attempt in range(1, attempts + 1):
        try:
            resp = requests.get(url, timeout=10)
            resp.raise_for_status()
            return resp.content
        except requests.RequestException:
            if attempt == attempts:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 30)


if __name__ == "__main__":
    import sys
    print(len(download(sys.argv[1])))
