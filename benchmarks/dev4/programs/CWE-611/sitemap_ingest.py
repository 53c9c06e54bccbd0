"""Read sitemap XML uploaded by site owners."""
import sys

import defusedxml.ElementTree as ET

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def urls_from_sitemap(data: bytes):
    root = ET.fromstring(data)
    out = []
    for url in root.findall("sm:url", NS):
        loc = url.findtext("sm:loc", default="", namespaces=NS).strip()
        lastmod = url.findtext("sm:lastmod", default="", namespaces=NS).strip()
        if loc:
            out.append((loc, lastmod or None))
    return out


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as fh:
        for loc, lastmod in urls_from_sitemap(fh.read()):
            print(loc, lastmod or "-")
