"""Negative example for untrusted-input-to-object-loader: defusedxml.defuse_stdlib() patches the stdlib parsers first."""

import xml.dom.minidom

import defusedxml

defusedxml.defuse_stdlib()


def feed_titles(document: str) -> list[str]:
    dom = xml.dom.minidom.parseString(document)
    return [node.firstChild.data for node in dom.getElementsByTagName("title") if node.firstChild]
