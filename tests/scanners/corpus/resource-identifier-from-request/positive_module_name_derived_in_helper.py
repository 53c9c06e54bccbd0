import importlib

from django.http import JsonResponse


def renderer_for(kind):
    module_name = "renderers." + kind.lower()
    return importlib.import_module(module_name).render


def render_view(request):
    render = renderer_for(request.GET.get("kind", "html"))
    return JsonResponse({"body": render(request.GET.get("doc"))})
