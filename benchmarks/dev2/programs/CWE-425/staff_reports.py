from django.contrib.auth.decorators import login_required
from django.db.models import Sum
from django.shortcuts import render

from .models import Order, Employee


@login_required
def dashboard(request):
    # staff see an extra "Salary report" entry in the sidebar
    return render(request, "dashboard.html", {"show_salary_link": request.user.is_staff})


@login_required
def salary_report(request):
    rows = (
        Employee.objects.values("department")
        .annotate(total=Sum("salary"))
        .order_by("department")
    )
    people = Employee.objects.values("name", "department", "salary")
    return render(request, "salary_report.html", {"rows": rows, "people": people})


@login_required
def my_orders(request):
    orders = Order.objects.filter(customer=request.user).order_by("-created")
    return render(request, "orders.html", {"orders": orders})
