import time

import requests


def download(url):
    while True:
        try:
            resp = requests.get(url, timeout=10)
            if resp.status_code == 200:
                return resp.content
        except requests.RequestException:
            pass
        time.sleep(1)


if __name__ == "__main__":
    import sys
    data = download(sys.argv[1])
    print(len(data))
