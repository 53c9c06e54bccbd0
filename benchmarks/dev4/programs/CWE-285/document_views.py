from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Document, Membership


def can_edit(user, document):
    if document.owner_id == user.id:
        return True
    return Membership.objects.filter(
        team_id=document.team_id, user_id=user.id, role__in=("editor", "admin")
    ).exists()


@login_required
@require_http_methods(["GET"])
def document_detail(request, doc_id):
    doc = get_object_or_404(Document, pk=doc_id)
    if not (doc.owner_id == request.user.id
            or Membership.objects.filter(team_id=doc.team_id, user_id=request.user.id).exists()):
        return HttpResponseForbidden("not a member of this team")
    return JsonResponse({"id": doc.pk, "title": doc.title, "body": doc.body})


@login_required
@require_http_methods(["POST"])
def document_rename(request, doc_id):
    doc = get_object_or_404(Document, pk=doc_id)
    if not can_edit(request.user, doc):
        return HttpResponseForbidden("editor role required")
    title = request.POST.get("title", "").strip()
    if not title or len(title) > 200:
        return JsonResponse({"error": "invalid title"}, status=400)
    doc.title = title
    doc.save(update_fields=["title"])
    return JsonResponse({"id": doc.pk, "title": doc.title})


@login_required
@require_http_methods(["POST"])
def document_delete(request, doc_id):
    doc = get_object_or_404(Document, pk=doc_id)
    if doc.owner_id != request.user.id:
        return HttpResponseForbidden("only the owner may delete")
    doc.delete()
    return JsonResponse({"deleted": doc_id})
