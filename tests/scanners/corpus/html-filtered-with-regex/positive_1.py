"""Positive example for html-filtered-with-regex: the rule must flag this."""
import re
def strip_scripts(html):
    return re.sub(r"<script.*?>.*?</script>", "", html)
