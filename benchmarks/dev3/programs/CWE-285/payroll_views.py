from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Employee, PayrollRun


def _require_manager_of(user, employee):
    if user.is_superuser:
        return
    if not user.has_perm("payroll.view_salary"):
        raise PermissionDenied
    if employee.department_id not in set(user.managed_departments.values_list("id", flat=True)):
        raise PermissionDenied


@login_required
def salary_history(request, employee_id):
    employee = get_object_or_404(Employee, pk=employee_id)
    _require_manager_of(request.user, employee)
    runs = PayrollRun.objects.filter(employee=employee).order_by("-period_end")[:24]
    data = [
        {"period": r.period_end.isoformat(), "gross": str(r.gross), "net": str(r.net)}
        for r in runs
    ]
    return JsonResponse({"employee": employee.pk, "runs": data})
