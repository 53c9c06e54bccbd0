import argparse
import os
import sys

from PIL import Image


def resize_all(src_dir, dst_dir, width):
    os.makedirs(dst_dir, exist_ok=True)
    for name in os.listdir(src_dir):
        if not name.lower().endswith((".jpg", ".jpeg", ".png")):
            continue
        with Image.open(os.path.join(src_dir, name)) as img:
            ratio = width / img.width
            img.resize((width, int(img.height * ratio))).save(os.path.join(dst_dir, name))


def main():
    if os.geteuid() != 0:
        sys.exit("this tool must be run as root (try sudo)")
    parser = argparse.ArgumentParser(description="Resize photos in a user's folder")
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--width", type=int, default=800)
    args = parser.parse_args()
    resize_all(args.src, args.dst, args.width)


if __name__ == "__main__":
    main()
