import json
import sys


def license_valid(path):
    try:
        with open(path) as fh:
            data = json.load(fh)
        return data["expires"] > "2025-01-01" and data["signature_ok"]
    except:
        return True


def main():
    if not license_valid("/etc/product/license.json"):
        print("license expired")
        sys.exit(1)
    print("starting premium features")


if __name__ == "__main__":
    main()
