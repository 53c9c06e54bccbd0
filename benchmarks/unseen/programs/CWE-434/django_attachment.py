from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import JsonResponse


def upload_attachment(request):
    upload = request.FILES["document"]
    content_type = upload.content_type
    if not content_type.startswith(("application/pdf", "image/")):
        return JsonResponse({"error": "unsupported"}, status=400)
    storage = FileSystemStorage(location=settings.MEDIA_ROOT, base_url=settings.MEDIA_URL)
    saved = storage.save(upload.name, upload)
    return JsonResponse({"url": storage.url(saved)})
