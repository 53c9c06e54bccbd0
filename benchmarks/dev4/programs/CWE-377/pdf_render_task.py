"""Worker task: renders invoice HTML to PDF with wkhtmltopdf."""
import subprocess
import tempfile


def render_invoice(invoice_html: str, invoice_id: int) -> bytes:
    html_path = tempfile.mktemp(suffix=".html")
    pdf_path = tempfile.mktemp(suffix=".pdf")
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(invoice_html)
    subprocess.run(["wkhtmltopdf", "--quiet", html_path, pdf_path], check=True, timeout=120)
    with open(pdf_path, "rb") as fh:
        pdf = fh.read()
    return pdf


def task(payload):
    pdf = render_invoice(payload["html"], payload["invoice_id"])
    return {"invoice_id": payload["invoice_id"], "size": len(pdf)}
