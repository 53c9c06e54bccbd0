from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required

from billing.models import Membership, Invoice


class TenantMiddleware:
    """Resolves the tenant and role for the logged-in user from the membership table."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.tenant = None
        request.tenant_role = None
        if request.user.is_authenticated:
            m = (
                Membership.objects.select_related("tenant")
                .filter(user=request.user, tenant__slug=request.headers.get("X-Tenant", ""))
                .first()
            )
            if m is not None:
                request.tenant = m.tenant
                request.tenant_role = m.role
        return self.get_response(request)


@login_required
def tenant_invoices(request):
    if request.tenant is None:
        raise PermissionDenied
    qs = Invoice.objects.filter(tenant=request.tenant)
    if request.tenant_role != "owner":
        qs = qs.filter(created_by=request.user)
    return JsonResponse({"invoices": list(qs.values("id", "total", "status"))})
