import importlib

from django.http import JsonResponse

RENDERERS = {"html": "html", "md": "markdown"}


def renderer_for(kind):
    module_name = "renderers." + kind
    return importlib.import_module(module_name).render


def render_view(request):
    render = renderer_for(RENDERERS.get(request.GET.get("kind"), "html"))
    return JsonResponse({"body": render(request.GET.get("doc"))})
