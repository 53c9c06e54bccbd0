import psycopg2
from psycopg2.extras import RealDictCursor
from django.conf import settings
from django.http import JsonResponse


class InventoryGateway:
    def __init__(self):
        self.dsn = settings.INVENTORY_DSN

    def stock_for(self, sku):
        sql = "SELECT sku, warehouse, qty FROM stock WHERE sku = %s"
        with psycopg2.connect(self.dsn) as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(sql, (sku,))
            return cur.fetchall()


def stock_view(request, sku):
    gateway = InventoryGateway()
    try:
        rows = gateway.stock_for(sku)
    except psycopg2.Error as exc:
        return JsonResponse(
            {"error": "database error", "detail": str(exc), "dsn": gateway.dsn},
            status=500,
        )
    return JsonResponse({"sku": sku, "stock": rows})
