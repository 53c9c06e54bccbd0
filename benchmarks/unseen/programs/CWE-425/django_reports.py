from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from .models import Invoice


@login_required
def my_invoices(request):
    invoices = Invoice.objects.filter(owner=request.user).values("id", "total")
    return FileResponse(str(list(invoices)).encode())


@staff_member_required
def all_invoices_csv(request):
    path = "/srv/reports/invoices.csv"
    try:
        return FileResponse(open(path, "rb"), as_attachment=True)
    except FileNotFoundError:
        raise Http404
