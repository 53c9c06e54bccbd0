import argparse
import xml.etree.ElementTree as ET


def summarize(path):
    tree = ET.parse(path)
    root = tree.getroot()
    return {child.tag: len(list(child)) for child in root}


def main():
    ap = argparse.ArgumentParser(description="summarize an XML export")
    ap.add_argument("export")
    args = ap.parse_args()
    for tag, count in summarize(args.export).items():
        print(f"{tag}: {count}")


if __name__ == "__main__":
    main()
