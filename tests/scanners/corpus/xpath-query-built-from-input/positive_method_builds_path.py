"""Positive: a method formats a user-chosen value into an ElementTree path predicate used by iterfind."""
import sys
import xml.etree.ElementTree as ET


class Directory:
    def __init__(self, path):
        self.tree = ET.parse(path)

    def _path_for(self, dept):
        return ".//employee[@dept='{}']".format(dept)

    def members(self, dept):
        return [e.get("name") for e in self.tree.iterfind(self._path_for(dept))]


if __name__ == "__main__":
    print(Directory(sys.argv[1]).members(sys.argv[2]))
