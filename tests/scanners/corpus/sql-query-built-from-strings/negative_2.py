from django.http import JsonResponse
from sqlalchemy import text

from .models import Article


def articles_by_tag(request):
    tag = request.GET.get("tag", "")
    found = Article.objects.raw("SELECT * FROM blog_article WHERE tag = %s", [tag])
    return JsonResponse({"ids": [a.pk for a in found]})


def count_orders(session, customer):
    stmt = text("SELECT count(*) FROM orders WHERE customer = :c")
    return session.execute(stmt, {"c": customer}).scalar()
