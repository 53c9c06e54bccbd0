"""Django view: project owners invite members with a role no higher than their own."""
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Project, Membership

RANK = {"viewer": 1, "editor": 2, "owner": 3}


def role_of(user, project):
    m = Membership.objects.filter(project=project, user=user).first()
    return m.role if m else None


@login_required
@require_POST
def invite(request, project_id):
    project = get_object_or_404(Project, pk=project_id)
    inviter_role = role_of(request.user, project)
    wanted = request.POST.get("role", "viewer")
    if wanted not in RANK or inviter_role not in RANK:
        return HttpResponseForbidden("not allowed")
    if inviter_role == "viewer" or RANK[wanted] > RANK[inviter_role]:
        return HttpResponseForbidden("cannot grant that role")
    membership, _ = Membership.objects.update_or_create(
        project=project, user_id=int(request.POST["user_id"]),
        defaults={"role": wanted, "invited_by": request.user})
    return JsonResponse({"user": membership.user_id, "role": membership.role})
