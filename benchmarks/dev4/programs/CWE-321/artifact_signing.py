import argparse
import hashlib
import hmac
import pathlib


def load_key(path):
    key = pathlib.Path(path).read_bytes().strip()
    if len(key) < 32:
        raise SystemExit("signing key too short")
    return key


def digest_file(path, key):
    mac = hmac.new(key, digestmod=hashlib.sha256)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            mac.update(chunk)
    return mac.hexdigest()


def main():
    ap = argparse.ArgumentParser(description="Sign or verify build artifacts")
    ap.add_argument("mode", choices=["sign", "verify"])
    ap.add_argument("artifact")
    ap.add_argument("--key-file", required=True, help="path to secret provisioned by CI")
    args = ap.parse_args()

    key = load_key(args.key_file)
    sig_path = pathlib.Path(args.artifact + ".sig")
    tag = digest_file(args.artifact, key)
    if args.mode == "sign":
        sig_path.write_text(tag)
        print("wrote", sig_path)
    else:
        expected = sig_path.read_text().strip()
        if not hmac.compare_digest(tag, expected):
            raise SystemExit("signature mismatch")
        print("ok")


if __name__ == "__main__":
    main()
