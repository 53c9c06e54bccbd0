"""Positive example for object-changed-without-ownership-check: a Django view restricted to POST (a verb
decorator, not an access check) archives any project by id for any signed-in user."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Project


@login_required
@require_POST
def archive_project(request, project_id):
    project = Project.objects.get(pk=project_id)
    project.archived = True
    project.save()
    return JsonResponse({"archived": project_id})
