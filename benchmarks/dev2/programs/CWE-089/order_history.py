from django.db import connection
from django.http import JsonResponse
from django.views import View


class OrderRepository:
    def __init__(self, customer_id):
        self.customer_id = customer_id

    def history(self, sort_by, direction):
        query = (
            "SELECT id, placed_at, total FROM shop_order "
            "WHERE customer_id = %s ORDER BY " + sort_by + " " + direction
        )
        with connection.cursor() as cur:
            cur.execute(query, [self.customer_id])
            cols = [c[0] for c in cur.description]
            return [dict(zip(cols, row)) for row in cur.fetchall()]


class OrderHistoryView(View):
    def get(self, request):
        repo = OrderRepository(request.user.id)
        sort_by = request.GET.get("sort", "placed_at")
        direction = "DESC" if request.GET.get("desc") else "ASC"
        return JsonResponse({"orders": repo.history(sort_by, direction)})
