from django.http import JsonResponse


def fibonacci_table(request):
    n = int(request.GET.get("rows", "10"))
    rows = []
    a, b = 0, 1
    for i in range(n):
        rows.append({"index": i, "value": a})
        a, b = b, a + b
    return JsonResponse({"rows": rows})
