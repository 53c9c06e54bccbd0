from django.http import JsonResponse
from lxml import etree

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def upload_sitemap(request):
    try:
        tree = etree.fromstring(request.body, parser=PARSER)
    except etree.XMLSyntaxError:
        return JsonResponse({"error": "bad xml"}, status=400)
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = [loc.text for loc in tree.findall(".//sm:loc", ns)]
    return JsonResponse({"count": len(urls), "urls": urls[:50]})
