import argparse

from defusedxml import ElementTree as DET

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def load_urls(path):
    tree = DET.parse(path)
    return [loc.text.strip() for loc in tree.getroot().findall("sm:url/sm:loc", NS) if loc.text]


def main():
    parser = argparse.ArgumentParser(description="List URLs found in a sitemap file")
    parser.add_argument("sitemap")
    parser.add_argument("--prefix", default="")
    args = parser.parse_args()
    urls = load_urls(args.sitemap)
    for url in urls:
        if url.startswith(args.prefix):
            print(url)
    print(f"{len(urls)} urls", flush=True)


if __name__ == "__main__":
    main()
