"""Positive example for xpath-query-built-from-input: the rule must flag this."""
from lxml import etree
def find_user(tree, name):
    return tree.xpath("//user[@name='" + name + "']")
