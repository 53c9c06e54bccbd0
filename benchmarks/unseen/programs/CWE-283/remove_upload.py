from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Document


@login_required
@require_POST
def delete_document(request, doc_id):
    doc = get_object_or_404(Document, pk=doc_id, owner=request.user)
    doc.file.delete(save=False)
    doc.delete()
    return JsonResponse({"deleted": doc_id})
