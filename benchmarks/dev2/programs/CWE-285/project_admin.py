from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Project, Membership


def _role_for(user, project):
    membership = Membership.objects.filter(user=user, project=project).first()
    return membership.role if membership else None


@login_required
@require_POST
def archive_project(request, project_id):
    project = get_object_or_404(Project, pk=project_id)
    role = _role_for(request.user, project)
    if role is None:
        return HttpResponseForbidden("not a member of this project")
    project.archived = True
    project.save(update_fields=["archived"])
    return JsonResponse({"id": project.id, "archived": True})


@login_required
def project_summary(request, project_id):
    project = get_object_or_404(Project, pk=project_id)
    if _role_for(request.user, project) is None:
        return HttpResponseForbidden()
    return JsonResponse({"id": project.id, "name": project.name})
