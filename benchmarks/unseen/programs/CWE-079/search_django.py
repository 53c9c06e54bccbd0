from django.http import HttpResponse
from django.db.models import Q

from .models import Article


def search(request):
    term = request.GET.get("q", "")
    hits = Article.objects.filter(Q(title__icontains=term) | Q(body__icontains=term))[:20]
    items = "".join(f"<li><a href='/a/{a.pk}'>{a.pk}</a></li>" for a in hits)
    html = "<h2>Results for %s</h2><ul>%s</ul>" % (term, items)
    return HttpResponse(html)
