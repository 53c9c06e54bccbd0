"""Negative example for restricted-view-only-hidden-in-ui: Django's staff decorator guards the report."""

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .models import Invoice


@login_required
def overview(request):
    return render(request, "overview.html", {"show_finance": request.user.is_staff})


@staff_member_required
def finance_report(request):
    return render(request, "finance.html", {"invoices": Invoice.objects.all()})
