from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.safestring import mark_safe
from django.template import engines

from guestbook.models import Entry

PAGE = engines["django"].from_string(
    "<html><body><h1>Guestbook</h1>{{ entries }}"
    "<form method='post'>{% csrf_token %}<textarea name='message'></textarea>"
    "<button>Sign</button></form></body></html>"
)


def render_entries(entries):
    parts = []
    for e in entries:
        parts.append("<div class='entry'><b>%s</b>: %s</div>" % (e.author, e.message))
    return mark_safe("\n".join(parts))


def guestbook(request):
    if request.method == "POST":
        Entry.objects.create(author=request.user.username, message=request.POST["message"])
        return redirect("guestbook")
    entries = Entry.objects.order_by("-created")[:50]
    html = PAGE.render({"entries": render_entries(entries)}, request)
    return HttpResponse(html)
