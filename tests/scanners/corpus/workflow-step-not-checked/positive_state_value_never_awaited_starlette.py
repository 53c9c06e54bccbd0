from starlette.responses import JSONResponse


async def upload_id(request):
    request.session["kyc"] = "uploaded"
    return JSONResponse({"next": "/kyc/review"})


async def review(request):
    if request.session.get("kyc") == "uploaded":
        request.session["kyc"] = "approved"
    return JSONResponse({"next": "/wallet/open"})


async def open_wallet(request):
    owner = request.session.get("user_id")
    if owner is None:
        return JSONResponse({"error": "login"}, status_code=401)
    return JSONResponse({"wallet": f"w-{owner}"}, status_code=201)
