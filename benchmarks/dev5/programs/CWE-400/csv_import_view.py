import csv
import io

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from contacts.models import Contact


@login_required
@require_POST
def import_contacts(request):
    raw = request.body.decode("utf-8", errors="replace")
    rows = list(csv.DictReader(io.StringIO(raw)))
    contacts = [
        Contact(owner=request.user, name=r.get("name", ""), email=r.get("email", ""))
        for r in rows
    ]
    Contact.objects.bulk_create(contacts)
    return JsonResponse({"imported": len(contacts)})
