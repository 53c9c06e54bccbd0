from django.http import JsonResponse
from lxml import etree

CATALOG = etree.parse("/srv/data/catalog.xml")


def by_category(request):
    category = request.GET.get("c", "")
    titles = CATALOG.xpath("//book[@category=$cat]/title/text()", cat=category)
    return JsonResponse({"titles": [str(t) for t in titles]})
