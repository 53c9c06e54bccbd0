import csv
import sys
from dataclasses import dataclass


@dataclass
class Contact:
    name: str
    email: str
    company: str


class VCardWriter:
    def __init__(self, out):
        self.out = out

    def write(self, contact):
        self.out.write(
            "<contact>"
            f"<name>{contact.name}</name>"
            f"<email>{contact.email}</email>"
            f"<org>{contact.company}</org>"
            "</contact>\n"
        )


def export(csv_path, out=sys.stdout):
    writer = VCardWriter(out)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<contacts>\n')
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            writer.write(Contact(row["name"], row["email"], row["company"]))
    out.write("</contacts>\n")


if __name__ == "__main__":
    export(sys.argv[1])
