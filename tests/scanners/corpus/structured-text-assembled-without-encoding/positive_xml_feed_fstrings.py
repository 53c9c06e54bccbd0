"""Positive: an RSS-like feed is written with f-strings around item fields, so "<" and "&" in a title inject markup."""


def write_items(items, out):
    out.write("<items>\n")
    for item in items:
        out.write(f"  <item><title>{item['title']}</title><link>{item['link']}</link></item>\n")
    out.write("</items>\n")
