import argparse
import sys

from PIL import Image

MIN_SIDE = 16
MAX_SIDE = 4096


def parse_size(text):
    try:
        width_s, height_s = text.lower().split("x", 1)
        width, height = int(width_s), int(height_s)
    except ValueError:
        raise argparse.ArgumentTypeError("size must look like 320x240")
    for side in (width, height):
        if not MIN_SIDE <= side <= MAX_SIDE:
            raise argparse.ArgumentTypeError(
                f"each side must be between {MIN_SIDE} and {MAX_SIDE}")
    return width, height


def main(argv=None):
    parser = argparse.ArgumentParser(description="Make a thumbnail")
    parser.add_argument("source")
    parser.add_argument("dest")
    parser.add_argument("--size", type=parse_size, default=(256, 256))
    parser.add_argument("--quality", type=int, choices=range(10, 96), default=85,
                        metavar="10-95")
    args = parser.parse_args(argv)

    with Image.open(args.source) as img:
        img.thumbnail(args.size)
        img.save(args.dest, quality=args.quality)
    return 0


if __name__ == "__main__":
    sys.exit(main())
