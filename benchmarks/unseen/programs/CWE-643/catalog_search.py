import sys
import xml.etree.ElementTree as ET


def find_books(catalog_path, author):
    tree = ET.parse(catalog_path)
    expr = ".//book[author='%s']" % author
    return [b.findtext("title") for b in tree.getroot().findall(expr)]


def find_books_x(doc, category):
    from lxml import etree
    root = etree.parse(doc)
    return root.xpath("//book[@category='" + category + "']/title/text()")


if __name__ == "__main__":
    print(find_books_x(sys.argv[1], sys.argv[2]))
