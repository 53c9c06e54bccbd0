"""Public member directory for a club website (Django)."""
from django.core.paginator import Paginator
from django.http import JsonResponse

from .models import Member

PUBLIC_FIELDS = ("id", "display_name", "city", "joined")


def serialize(member):
    return {field: getattr(member, field) for field in PUBLIC_FIELDS}


def member_list(request):
    qs = Member.objects.filter(listed=True).order_by("display_name")
    page = Paginator(qs, 25).get_page(request.GET.get("page"))
    return JsonResponse({
        "members": [serialize(m) for m in page],
        "page": page.number,
        "pages": page.paginator.num_pages,
    }, json_dumps_params={"default": str})


def member_detail(request, member_id):
    try:
        member = Member.objects.get(pk=member_id, listed=True)
    except Member.DoesNotExist:
        return JsonResponse({"error": "not found"}, status=404)
    return JsonResponse(serialize(member), json_dumps_params={"default": str})
