import sys

import requests
from defusedxml import ElementTree as ET


def read_feed(url):
    resp = requests.get(url, timeout=20)
    resp.raise_for_status()
    root = ET.fromstring(resp.content, forbid_dtd=True)
    for item in root.iter("item"):
        yield item.findtext("title", default=""), item.findtext("link", default="")


if __name__ == "__main__":
    for title, link in read_feed(sys.argv[1]):
        print(f"{title}\n  {link}")
