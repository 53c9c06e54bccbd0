"""Negative example for lxml-parser-resolves-entities: the rule must not flag this."""
import defusedxml.ElementTree as DET
def parse(path):
    return DET.parse(path).getroot()
