from django.http import HttpResponse
from django.utils.safestring import mark_safe
from django.template import Template, Context
from django.views.decorators.http import require_http_methods

COMMENTS = []

PAGE = Template("""
<h1>Guestbook</h1>
{% for c in comments %}<div class="comment"><b>{{ c.author }}</b>: {{ c.body }}</div>{% endfor %}
<form method="post"><input name="author"><textarea name="body"></textarea><button>Post</button></form>
""")


@require_http_methods(["GET", "POST"])
def guestbook(request):
    if request.method == "POST":
        COMMENTS.append({
            "author": request.POST.get("author", "anon"),
            # allow people to use <b> and <i> in their messages
            "body": mark_safe(request.POST.get("body", "")),
        })
    return HttpResponse(PAGE.render(Context({"comments": COMMENTS})))
