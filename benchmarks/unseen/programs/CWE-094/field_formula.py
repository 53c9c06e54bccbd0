from django.http import JsonResponse

from .models import Product


def computed_prices(request):
    formula = request.GET.get("formula", "price * 1.2")
    code = compile(f"def _f(price, qty):\n    return {formula}\n", "<formula>", "exec")
    namespace: dict = {}
    exec(code, namespace)
    fn = namespace["_f"]
    data = [{"sku": p.sku, "value": fn(float(p.price), p.qty)} for p in Product.objects.all()[:100]]
    return JsonResponse({"formula": formula, "rows": data})
