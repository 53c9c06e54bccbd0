import sys
from lxml import etree


def validate_order(path):
    """Parse a partner order file and validate it against its declared DTD."""
    parser = etree.XMLParser(load_dtd=True, dtd_validation=True, no_network=False)
    tree = etree.parse(path, parser)
    return tree.getroot().get("id")


if __name__ == "__main__":
    print(validate_order(sys.argv[1]))
