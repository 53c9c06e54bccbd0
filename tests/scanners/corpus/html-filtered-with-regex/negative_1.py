"""Negative example for html-filtered-with-regex: the rule must not flag this."""
import html
def strip_scripts(text):
    return html.escape(text)
