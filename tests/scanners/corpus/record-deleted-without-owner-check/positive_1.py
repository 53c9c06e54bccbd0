"""Positive example for record-deleted-without-owner-check: any signed-in user deletes any note by id."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from .models import Note


@login_required
def remove_note(request, note_id):
    note = get_object_or_404(Note, pk=note_id)
    note.delete()
    return HttpResponse(status=204)
