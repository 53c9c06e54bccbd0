from django.db.models import Q
from django.shortcuts import render

from .models import Article


def search(request):
    term = request.GET.get("q", "")
    hits = Article.objects.filter(Q(title__icontains=term) | Q(body__icontains=term))[:20]
    return render(request, "articles/search.html", {"term": term, "hits": hits})
