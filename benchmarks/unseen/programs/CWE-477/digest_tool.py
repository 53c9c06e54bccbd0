import argparse
import hashlib
import html
import secrets


def render_row(name, value):
    return "<tr><td>{}</td><td>{}</td></tr>".format(html.escape(name), html.escape(value))


def main():
    parser = argparse.ArgumentParser(description="hash files and print an HTML table")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    rows = []
    for path in args.files:
        with open(path, "rb") as fh:
            rows.append(render_row(path, hashlib.file_digest(fh, "sha256").hexdigest()))
    nonce = secrets.token_hex(8)
    print(f"<table data-run='{nonce}'>" + "".join(rows) + "</table>")


if __name__ == "__main__":
    main()
