from django.http import JsonResponse

from .models import Article


def articles_by_tag(request):
    tag = request.GET.get("tag", "")
    found = Article.objects.raw(f"SELECT * FROM blog_article WHERE tag = '{tag}'")
    return JsonResponse({"ids": [a.pk for a in found]})
