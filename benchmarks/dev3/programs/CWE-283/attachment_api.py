from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from mail.models import Attachment


@login_required
@require_http_methods(["DELETE"])
def delete_attachment(request, attachment_id):
    attachment = get_object_or_404(Attachment, pk=attachment_id, owner=request.user)
    attachment.file.delete(save=False)
    attachment.delete()
    return JsonResponse({"deleted": attachment_id})
