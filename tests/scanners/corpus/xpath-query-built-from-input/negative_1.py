"""Negative example for xpath-query-built-from-input: the rule must not flag this."""
from lxml import etree
def find_user(tree, name):
    return tree.xpath("//user[@name=$n]", n=name)
