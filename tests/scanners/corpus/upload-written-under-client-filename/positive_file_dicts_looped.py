import os

UPLOADS = "/var/lib/app/public"


class BatchUpload:
    def handle(self, request):
        stored = []
        parts = request.files.get("docs", [])
        for part in parts:
            target = os.path.join(UPLOADS, part["filename"].strip())
            with open(target, "wb") as fh:
                fh.write(part["body"])
            stored.append(target)
        return stored
