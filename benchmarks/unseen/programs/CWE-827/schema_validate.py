import sys

from lxml import etree


def validate(doc_path):
    parser = etree.XMLParser(dtd_validation=True, load_dtd=True, no_network=False)
    tree = etree.parse(doc_path, parser)
    return tree.docinfo.system_url, tree.getroot().tag


if __name__ == "__main__":
    print(validate(sys.argv[1]))
