"""Positive example for python-code-built-from-input: a request parameter is compiled; passing a
clean globals mapping does not make the code safe."""
from django.http import HttpResponse


def preview(request):
    code = compile(request.POST["snippet"], "<preview>", "exec")
    scope = {"__builtins__": {}}
    exec(code, scope)
    return HttpResponse(str(scope.get("result")))
