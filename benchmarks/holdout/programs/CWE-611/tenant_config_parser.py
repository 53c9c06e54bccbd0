import sys
from lxml import etree


def load_config(path):
    """Parse an XML config file supplied by a tenant."""
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    tree = etree.parse(path, parser)
    return {el.tag: el.text for el in tree.getroot()}


if __name__ == "__main__":
    print(load_config(sys.argv[1]))
