from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

from docs.models import Document


@login_required
@require_http_methods(["DELETE"])
def delete_document(request, doc_id):
    try:
        doc = Document.objects.get(pk=doc_id)
    except Document.DoesNotExist:
        return JsonResponse({"error": "not found"}, status=404)
    doc.file.delete(save=False)
    doc.delete()
    return JsonResponse({"deleted": doc_id})


@login_required
def my_documents(request):
    docs = Document.objects.filter(owner=request.user).values("id", "title")
    return JsonResponse({"documents": list(docs)})
