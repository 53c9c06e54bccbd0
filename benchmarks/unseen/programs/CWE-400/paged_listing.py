from fastapi import FastAPI, Query

app = FastAPI()
PRODUCTS = [{"id": i, "name": f"item-{i}"} for i in range(5000)]
MAX_PAGE = 100


@app.get("/products")
def list_products(offset: int = Query(0, ge=0), limit: int = Query(20, ge=1, le=MAX_PAGE)):
    page = PRODUCTS[offset:offset + limit]
    return {"items": page, "total": len(PRODUCTS)}
