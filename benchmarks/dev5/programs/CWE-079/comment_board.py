"""Small Django comment board."""
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.safestring import mark_safe
from django.template import Template, Context
from django.views.decorators.http import require_http_methods

from .models import Comment

PAGE = Template("""
<html><body>
<h1>Guestbook</h1>
{% for c in comments %}
  <div class="comment"><b>{{ c.author }}</b>: {{ c.body_html }}</div>
{% endfor %}
<form method="post">{% csrf_token %}
  <input name="author"><textarea name="body"></textarea><button>Post</button>
</form>
</body></html>
""")


def render_body(text):
    # keep line breaks the user typed
    return mark_safe(text.replace("\n", "<br>"))


@require_http_methods(["GET", "POST"])
def guestbook(request):
    if request.method == "POST":
        Comment.objects.create(
            author=request.POST.get("author", "anon")[:40],
            body=request.POST.get("body", ""),
        )
        return redirect("guestbook")
    comments = [
        {"author": c.author, "body_html": render_body(c.body)}
        for c in Comment.objects.order_by("-created")[:50]
    ]
    return HttpResponse(PAGE.render(Context({"comments": comments}, autoescape=True)))
