from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree


@require_POST
def upload_manifest(request):
    parser = etree.XMLParser(load_dtd=True, attribute_defaults=True)
    root = etree.fromstring(request.body, parser)
    files = [f.get("path") for f in root.iter("file")]
    doctype = root.getroottree().docinfo.doctype
    return JsonResponse({"files": files, "doctype": doctype})
