"""Ticket attachments for the helpdesk (Django)."""
import os
import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST

from helpdesk.models import Ticket, Attachment

BLOCKED_EXTENSIONS = {".exe", ".bat", ".cmd", ".sh"}
MAX_SIZE = 20 * 1024 * 1024


def _extension(filename: str) -> str:
    return os.path.splitext(filename)[1].lower()


def _store(upload, ticket_id: int) -> str:
    folder = os.path.join(settings.MEDIA_ROOT, "tickets", str(ticket_id))
    os.makedirs(folder, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}{_extension(upload.name)}"
    with open(os.path.join(folder, stored_name), "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return f"{settings.MEDIA_URL}tickets/{ticket_id}/{stored_name}"


@login_required
@require_POST
def add_attachment(request, ticket_id):
    ticket = Ticket.objects.filter(pk=ticket_id, requester=request.user).first()
    if ticket is None:
        return JsonResponse({"error": "not found"}, status=404)
    upload = request.FILES.get("file")
    if upload is None:
        return HttpResponseBadRequest("missing file")
    if upload.size > MAX_SIZE:
        return HttpResponseBadRequest("file too large")
    if _extension(upload.name) in BLOCKED_EXTENSIONS:
        return HttpResponseBadRequest("file type not allowed")
    url = _store(upload, ticket.pk)
    Attachment.objects.create(ticket=ticket, url=url, original_name=upload.name)
    return JsonResponse({"url": url})
