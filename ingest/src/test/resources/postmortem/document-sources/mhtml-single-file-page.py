"""Saves a page as a browser's "Save as: Webpage, Single File" does (Chromium's Blink writes it so): a MIME
multipart/related message of type text/html, the page quoted-printable, then its images base64.
Run from this folder: python3 mhtml-single-file-page.py ../blog-post-saved-from-a-browser.html \\
    https://engineering.example.com/2025/11/cache-stampede > ../mhtml-blog-post-single-file.mhtml"""
import base64
import quopri
import sys

page = open(sys.argv[1], "rb").read()
url = sys.argv[2]
boundary = "----MultipartBoundary--xW9Tq2Ll7aXn3kB8vYcRfE0jHs5uPdMg----"
pixel = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


out = crlf((
    "From: <Saved by Blink>\n"
    f"Snapshot-Content-Location: {url}\n"
    "Subject: =?utf-8?Q?Postmortem?=\n"
    "Date: Thu, 27 Nov 2025 10:12:44 -0000\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/related;\n"
    "\ttype=\"text/html\";\n"
    f"\tboundary=\"{boundary}\"\n"
    "\n\n"
    f"--{boundary}\n"
    "Content-Type: text/html\n"
    "Content-ID: <frame-2F0C0A5BDDE0D8D9F1B0B1B2D1E0A3C4@mhtml.blink>\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    f"Content-Location: {url}\n"
    "\n").encode("ascii"))
out += crlf(quopri.encodestring(page))
out += crlf((
    f"\n--{boundary}\n"
    "Content-Type: image/png\n"
    "Content-Transfer-Encoding: base64\n"
    f"Content-Location: {url}/diagram.png\n"
    "\n").encode("ascii"))
out += crlf(base64.encodebytes(pixel))
out += crlf(f"\n--{boundary}--\n".encode("ascii"))
sys.stdout.buffer.write(out)
