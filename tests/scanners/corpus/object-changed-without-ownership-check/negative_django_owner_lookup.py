"""Negative example for object-changed-without-ownership-check: the project is loaded through its owner,
so a foreign id is simply not found."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Project


@login_required
@require_POST
def archive_project(request, project_id):
    project = get_object_or_404(Project, pk=project_id, owner=request.user)
    project.archived = True
    project.save()
    return JsonResponse({"archived": project_id})
