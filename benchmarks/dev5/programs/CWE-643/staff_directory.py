"""Look up staff members in the exported HR directory XML."""
import argparse

from lxml import etree

FIND_BY_DEPT = etree.XPath("//employee[department=$dept and status='active']")
FIND_BY_EMAIL = etree.XPath("//employee[email=$email]")


class Directory:
    def __init__(self, path):
        self.root = etree.parse(path).getroot()

    def in_department(self, dept):
        return [self._summary(e) for e in FIND_BY_DEPT(self.root, dept=dept)]

    def by_email(self, email):
        found = FIND_BY_EMAIL(self.root, email=email.strip().lower())
        return self._summary(found[0]) if found else None

    @staticmethod
    def _summary(node):
        return {
            "name": node.findtext("name"),
            "email": node.findtext("email"),
            "phone": node.findtext("phone"),
        }


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("directory_xml")
    ap.add_argument("--dept")
    ap.add_argument("--email")
    args = ap.parse_args()
    d = Directory(args.directory_xml)
    if args.dept:
        for person in d.in_department(args.dept):
            print(person)
    if args.email:
        print(d.by_email(args.email))
