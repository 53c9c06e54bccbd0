import argparse
import tarfile


def main():
    parser = argparse.ArgumentParser(description="Unpack an uploaded theme bundle")
    parser.add_argument("archive")
    parser.add_argument("--dest", default="themes")
    args = parser.parse_args()
    with tarfile.open(args.archive) as tar:
        tar.extractall(args.dest)
    print("unpacked into", args.dest)


if __name__ == "__main__":
    main()
