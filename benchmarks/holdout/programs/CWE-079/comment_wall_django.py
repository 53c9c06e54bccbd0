from django.http import HttpResponse
from django.utils.safestring import mark_safe

COMMENTS = []


def post_comment(request):
    COMMENTS.append(request.POST.get("text", ""))
    return HttpResponse(status=204)


def show_comments(request):
    items = "".join("<li>%s</li>" % c for c in COMMENTS)
    html = mark_safe("<ul>" + items + "</ul>")
    return HttpResponse(html)
